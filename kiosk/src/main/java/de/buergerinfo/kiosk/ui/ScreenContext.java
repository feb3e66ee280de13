package de.buergerinfo.kiosk.ui;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.provisioning.profile.TerminalProfile;

/**
 * What every screen works with: the terminal's profile, the citizen's session, the UI texts, the
 * navigation, and the terminal (content, devices, speech, clock).
 */
public record ScreenContext(
    TerminalProfile profile,
    KioskSession session,
    MessageCatalog catalog,
    Navigation navigation,
    Terminal terminal) {

  /** The texts in the session's current language. */
  public Messages messages() {
    return catalog.messages(session.language().get());
  }

  /** The language the citizen reads now. */
  public Language language() {
    return session.language().get();
  }
}
