package de.buergerinfo.kiosk.testsupport;

import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.kiosk.app.KioskUi;
import de.buergerinfo.kiosk.app.KioskWindow;
import de.buergerinfo.kiosk.app.LaunchSettings;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import javafx.stage.Stage;

/** The kiosk's real window on the embedded default profile, opened from a test thread. */
public final class TestWindows {

  private TestWindows() {}

  /** Opens the window as the app does, for {@code terminal}; closing it does nothing more. */
  public static KioskUi open(Terminal terminal, LaunchSettings settings) {
    return Fx.call(
        () ->
            KioskWindow.open(
                new Stage(),
                TerminalProfile.embeddedDefault(),
                MessageCatalog.load(),
                terminal,
                settings,
                () -> {}));
  }

  /** A terminal with the demo content and a simulated GPIO nobody listens to. */
  public static Terminal demoTerminal() {
    return ViewModelFixture.demoTerminal(new SimulatedGpio(event -> {}));
  }
}
