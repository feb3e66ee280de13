package de.buergerinfo.kiosk.app;

import de.buergerinfo.devices.printer.SimulatedPrinter;
import de.buergerinfo.devices.scanner.keyboard.KeyboardScanner;
import de.buergerinfo.kiosk.devices.KeyboardScanFilter;
import de.buergerinfo.kiosk.devices.ScreenWake;
import de.buergerinfo.kiosk.devices.SimulatedDevicesWindow;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.lockdown.StaffCorner;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the terminal: runtime first, then the JavaFX window, until the window closes or SIGTERM. */
public final class KioskApp {

  private static final Logger log = LoggerFactory.getLogger(KioskApp.class);

  private KioskApp() {}

  /**
   * Blocks until the window is closed; returns the exit code: 0, or 1 when no window could be shown
   * (no display, no GTK 3).
   */
  public static int run(TerminalProfile profile, LaunchSettings settings)
      throws InterruptedException {
    MessageCatalog catalog = MessageCatalog.load(); // before the toolkit: no I/O on the FX thread
    KioskRuntime runtime = KioskRuntime.start(profile, settings.dataFolder());
    Thread shutdown = new Thread(runtime::close, "kiosk-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    CountDownLatch closed = new CountDownLatch(1);
    AtomicBoolean failed = new AtomicBoolean();
    boolean toolkitStarted = false;
    try {
      runtime.startContentSync();
      Platform.setImplicitExit(false);
      try {
        startToolkit(profile, settings, catalog, runtime, closed, failed);
        toolkitStarted = true;
      } catch (RuntimeException | LinkageError e) {
        // Without this, Platform.exit() below would wait forever for a toolkit that never started.
        log.error(
            "the window toolkit could not start (a display and GTK 3 are needed): {}",
            e.toString());
        return 1;
      }
      closed.await();
    } finally {
      if (toolkitStarted) {
        Platform.exit();
      }
      runtime.close();
      try {
        Runtime.getRuntime().removeShutdownHook(shutdown);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already shutting down; the hook closes the runtime (a second close is a no-op)
      }
    }
    return failed.get() ? 1 : 0;
  }

  private static void startToolkit(
      TerminalProfile profile,
      LaunchSettings settings,
      MessageCatalog catalog,
      KioskRuntime runtime,
      CountDownLatch closed,
      AtomicBoolean failed) {
    Platform.startup(
        () -> {
          try {
            Stage kiosk = new Stage();
            KioskUi ui = KioskWindow.open(kiosk, profile, catalog, settings, closed::countDown);
            // Only a hook until the librarian issue brings the staff functions.
            StaffCorner.install(ui.frame(), () -> {});
            if (runtime.devices().gpio().hasPresenceSensor()) {
              // Lives as long as the window's frame.
              ScreenWake.install(ui.frame(), runtime.deviceEvents());
            }
            if (runtime.devices().scanner() instanceof KeyboardScanner keyboard) {
              // The filter lives as long as the window's scene; no need to remove it.
              KeyboardScanFilter.install(kiosk.getScene(), keyboard);
            }
            if (!settings.kioskMode() && runtime.devices().printer() instanceof SimulatedPrinter) {
              // Beside the window, never on a locked terminal: the tickets it printed.
              Stage simulators = new Stage();
              simulators.setX(kiosk.getX() + kiosk.getWidth() + 8);
              simulators.setY(kiosk.getY());
              SimulatedDevicesWindow.open(simulators, runtime.devices());
            }
          } catch (RuntimeException e) {
            log.error("the kiosk window could not open", e);
            failed.set(true);
            closed.countDown();
          }
        });
  }
}
