package de.buergerinfo.kiosk.app;

import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.idle.TestClock;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.terminal.NoPrinter;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The whole kiosk UI in a window for tests: demo content, a clock that moves only when the test
 * says, and a simulated GPIO whose presses and presence reach the UI as on a terminal.
 */
final class TestTerminalUi implements AutoCloseable {

  final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:30:00Z"));
  final SimulatedGpio gpio;
  final Terminal terminal;
  final KioskUi ui;
  private final Stage stage;

  TestTerminalUi() {
    AtomicReference<Terminal> hub = new AtomicReference<>();
    gpio = new SimulatedGpio(event -> hub.get().events().accept(event), clock);
    terminal =
        Terminal.of(clock, ViewModelFixture.DEMO_CONTENT, new NoPrinter("no printer here"), gpio);
    hub.set(terminal);
    TerminalProfile profile = TerminalProfile.embeddedDefault();
    MessageCatalog catalog = MessageCatalog.load();
    Object[] built =
        Fx.call(
            () -> {
              KioskSession session = new KioskSession(profile.defaultLanguage(), clock);
              KioskUi created = KioskUi.create(profile, session, catalog, terminal);
              Stage window = new Stage();
              window.setScene(new Scene(created.frame(), 960, 600));
              created.frame().fitTo(960, 600);
              created.start();
              window.show();
              return new Object[] {created, window};
            });
    ui = (KioskUi) built[0];
    stage = (Stage) built[1];
  }

  /** The screen on display now. */
  ScreenId shown() {
    return Fx.call(() -> ui.navigator().current().get());
  }

  @Override
  public void close() {
    Fx.run(
        () -> {
          ui.stop();
          stage.close();
        });
  }
}
