package de.buergerinfo.kiosk.screen;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.time.Clock;

/** A screen context with a real session and catalog and a recording navigation, no JavaFX. */
public final class ViewModelFixture {

  public final TerminalProfile profile = TerminalProfile.embeddedDefault();
  public final KioskSession session = new KioskSession(Language.GERMAN, Clock.systemUTC());
  public final RecordingNavigation navigation = new RecordingNavigation();
  public final ScreenContext context =
      new ScreenContext(profile, session, MessageCatalog.load(), navigation);
}
