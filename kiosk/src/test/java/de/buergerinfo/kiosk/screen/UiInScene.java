package de.buergerinfo.kiosk.screen;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.app.KioskUi;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import javafx.scene.Scene;

/** The whole kiosk UI in a 1920×1080 scene without a window, a visit begun in one language. */
public final class UiInScene {

  private UiInScene() {}

  /** Builds it; call on the JavaFX thread. */
  public static KioskUi open(Terminal terminal, Language language) {
    TerminalProfile profile = TerminalProfile.embeddedDefault();
    KioskSession session = new KioskSession(profile.defaultLanguage(), terminal.clock());
    KioskUi ui = KioskUi.create(profile, session, MessageCatalog.load(), terminal);
    new Scene(ui.frame(), 1920, 1080);
    ui.frame().fitTo(1920, 1080);
    session.begin();
    session.language().set(language);
    return ui;
  }
}
