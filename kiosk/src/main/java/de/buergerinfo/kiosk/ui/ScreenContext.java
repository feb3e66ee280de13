package de.buergerinfo.kiosk.ui;

import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.provisioning.profile.TerminalProfile;

/**
 * What every screen works with: the terminal's profile, the citizen's session, the UI texts and the
 * navigation.
 */
public record ScreenContext(
    TerminalProfile profile, KioskSession session, MessageCatalog catalog, Navigation navigation) {

  /** The texts in the session's current language. */
  public Messages messages() {
    return catalog.messages(session.language().get());
  }
}
