package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts the kiosk UI into a stage: a window for development, or locked full screen. */
public final class KioskWindow {

  private static final Logger log = LoggerFactory.getLogger(KioskWindow.class);

  private KioskWindow() {}

  /**
   * Builds the UI, shows the attract screen in {@code stage}, and calls {@code onClosed} once the
   * stage is gone. Call on the FX thread.
   */
  public static KioskUi open(
      Stage stage,
      TerminalProfile profile,
      MessageCatalog catalog,
      Terminal terminal,
      LaunchSettings settings,
      Runnable onClosed) {
    KioskSession session = new KioskSession(profile.defaultLanguage(), terminal.clock());
    KioskUi ui = KioskUi.create(profile, session, catalog, terminal);
    Rectangle2D screen = Screen.getPrimary().getBounds();
    double width = settings.kioskMode() ? screen.getWidth() : settings.windowWidth();
    double height = settings.kioskMode() ? screen.getHeight() : settings.windowHeight();
    Scene scene = new Scene(ui.frame(), width, height);
    // Scene and frame live as long as the window: these listeners go with them.
    scene.widthProperty().subscribe(w -> ui.frame().fitTo(scene.getWidth(), scene.getHeight()));
    scene.heightProperty().subscribe(h -> ui.frame().fitTo(scene.getWidth(), scene.getHeight()));
    stage.setScene(scene);
    stage.setTitle("BIS Kiosk – " + profile.site());
    if (settings.kioskMode()) {
      lockDown(stage, screen);
    }
    IdleHeapReturn heapReturn = IdleHeapReturn.install(ui.navigator().current());
    stage.setOnHidden(
        e -> {
          session.end(SessionEndReason.SHUTDOWN);
          heapReturn.uninstall();
          ui.stop();
          onClosed.run();
        });
    ui.start();
    stage.show();
    whenFirstShown(scene, ui);
    log.info(
        "kiosk window open: {}",
        settings.kioskMode()
            ? "full screen, locked"
            : settings.windowWidth() + "x" + settings.windowHeight() + " window");
    return ui;
  }

  /**
   * Once the first frame of the attract screen is laid out: logs how long after the process start
   * that was (the start-up time docs/PERFORMANCE.md reports; bench/startup.sh reads this line),
   * then has the other screens built.
   */
  private static void whenFirstShown(Scene scene, KioskUi ui) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          long started = ManagementFactory.getRuntimeMXBean().getStartTime();
          log.info(
              "attract screen shown {} ms after the process started",
              System.currentTimeMillis() - started);
          Platform.runLater(ui::buildScreens);
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  /**
   * Full screen with no key to leave it and no way to close the window from the keyboard. The stage
   * also covers the screen by its bounds, for X servers without a window manager, which ignore the
   * full-screen request.
   */
  private static void lockDown(Stage stage, Rectangle2D screen) {
    stage.initStyle(StageStyle.UNDECORATED);
    stage.setX(screen.getMinX());
    stage.setY(screen.getMinY());
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    stage.setFullScreenExitHint("");
    stage.setFullScreen(true);
    stage.setOnCloseRequest(Event::consume);
  }
}
