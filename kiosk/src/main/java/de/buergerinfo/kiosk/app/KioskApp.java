package de.buergerinfo.kiosk.app;

import de.buergerinfo.devices.printer.SimulatedPrinter;
import de.buergerinfo.devices.scanner.keyboard.KeyboardScanner;
import de.buergerinfo.kiosk.devices.KeyboardScanFilter;
import de.buergerinfo.kiosk.devices.ScreenWake;
import de.buergerinfo.kiosk.devices.SimulatedDevicesWindow;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.lockdown.StaffCorner;
import de.buergerinfo.kiosk.speech.EspeakSettings;
import de.buergerinfo.kiosk.speech.EspeakSpeech;
import de.buergerinfo.kiosk.speech.JavaSoundOutput;
import de.buergerinfo.kiosk.speech.SpeechService;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the terminal until the window closes or SIGTERM: the window and the runtime (central server,
 * content, search index, devices) start side by side, and the devices are wired to the window once
 * both are up.
 */
public final class KioskApp {

  private static final Logger log = LoggerFactory.getLogger(KioskApp.class);

  /** How long a SIGTERM during start-up waits for the runtime, so its databases close cleanly. */
  private static final long SHUTDOWN_WAIT_SECONDS = 30;

  private KioskApp() {}

  /** The open window: its stage and UI. */
  private record Window(Stage stage, KioskUi ui) {}

  /**
   * Blocks until the window is closed; returns the exit code: 0, or 1 when no window could be shown
   * (no display, no GTK 3).
   *
   * @throws RuntimeException when the runtime cannot start (its message says why)
   */
  public static int run(TerminalProfile profile, LaunchSettings settings)
      throws InterruptedException {
    UncaughtErrors.logEverywhere();
    MessageCatalog catalog = MessageCatalog.load(); // before the toolkit: no I/O on the FX thread
    Terminal terminal = new Terminal(Clock.systemUTC());
    // The attract screen needs neither content nor devices: a citizen should not wait for them.
    CompletableFuture<KioskRuntime> starting = new CompletableFuture<>();
    Thread.ofPlatform()
        .name("kiosk-runtime-start")
        .start(
            () -> {
              try {
                starting.complete(KioskRuntime.start(profile, settings.dataFolder()));
              } catch (RuntimeException | Error e) {
                starting.completeExceptionally(e);
              }
            });
    // The voice starts beside the window too: asking espeak-ng for its voices takes a moment.
    CompletableFuture<SpeechService> voice = new CompletableFuture<>();
    Thread.ofPlatform()
        .name("kiosk-speech-start")
        .start(
            () -> {
              SpeechService speech =
                  EspeakSpeech.start(EspeakSettings.DEFAULT, new JavaSoundOutput());
              terminal.useSpeech(speech);
              voice.complete(speech);
            });
    Thread shutdown =
        new Thread(
            () -> {
              closeWhenStarted(starting);
              voice.thenAccept(SpeechService::close);
            },
            "kiosk-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    CountDownLatch closed = new CountDownLatch(1);
    AtomicBoolean failed = new AtomicBoolean();
    AtomicReference<Window> window = new AtomicReference<>();
    boolean toolkitStarted = false;
    try {
      Platform.setImplicitExit(false);
      try {
        Platform.startup(
            () -> openWindow(profile, settings, catalog, terminal, window, closed, failed));
        toolkitStarted = true;
      } catch (RuntimeException | LinkageError e) {
        // Without this, Platform.exit() below would wait forever for a toolkit that never started.
        log.error(
            "the window toolkit could not start (a display and GTK 3 are needed): {}",
            e.toString());
        return 1;
      }
      KioskRuntime runtime = started(starting);
      runtime.startContentSync();
      Platform.runLater(
          () -> {
            if (window.get() != null) {
              wireDevices(window.get(), runtime, terminal, settings);
            }
          });
      closed.await();
    } finally {
      if (toolkitStarted) {
        Platform.exit();
      }
      closeWhenStarted(starting);
      voice.thenAccept(SpeechService::close);
      try {
        Runtime.getRuntime().removeShutdownHook(shutdown);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already shutting down; the hook closes the runtime (a second close is a no-op)
      }
    }
    return failed.get() ? 1 : 0;
  }

  /** The runtime once started, or its start's failure as thrown. */
  private static KioskRuntime started(CompletableFuture<KioskRuntime> starting) {
    try {
      return starting.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static void closeWhenStarted(CompletableFuture<KioskRuntime> starting) {
    try {
      starting.get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS).close();
    } catch (ExecutionException e) {
      // It never started: nothing to close.
    } catch (TimeoutException e) {
      log.warn("the runtime did not finish starting; stopping without closing it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void openWindow(
      TerminalProfile profile,
      LaunchSettings settings,
      MessageCatalog catalog,
      Terminal terminal,
      AtomicReference<Window> window,
      CountDownLatch closed,
      AtomicBoolean failed) {
    try {
      Stage kiosk = new Stage();
      KioskUi ui = KioskWindow.open(kiosk, profile, catalog, terminal, settings, closed::countDown);
      // Only a hook until the librarian issue brings the staff functions.
      StaffCorner.install(ui.frame(), () -> {});
      window.set(new Window(kiosk, ui));
    } catch (RuntimeException e) {
      log.error("the kiosk window could not open", e);
      failed.set(true);
      closed.countDown();
    }
  }

  /** Connects the devices to the window; they live as long as it does. Call on the FX thread. */
  private static void wireDevices(
      Window window, KioskRuntime runtime, Terminal terminal, LaunchSettings settings) {
    // The runtime's event hub lives as long as the window: this subscription needs no undoing.
    terminal.connect(
        runtime.content(),
        runtime.devices().printer(),
        runtime.devices().gpio(),
        runtime.deviceEvents());
    if (runtime.devices().gpio().hasPresenceSensor()) {
      ScreenWake.install(window.ui().frame(), runtime.deviceEvents());
    }
    if (runtime.devices().scanner() instanceof KeyboardScanner keyboard) {
      KeyboardScanFilter.install(window.stage().getScene(), keyboard);
    }
    if (!settings.kioskMode() && runtime.devices().printer() instanceof SimulatedPrinter) {
      // Beside the window, never on a locked terminal: the tickets it printed.
      Stage simulators = new Stage();
      simulators.setX(window.stage().getX() + window.stage().getWidth() + 8);
      simulators.setY(window.stage().getY());
      SimulatedDevicesWindow.open(simulators, runtime.devices());
    }
  }
}
