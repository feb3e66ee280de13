package de.buergerinfo.kiosk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the JavaFX toolkit once per test JVM (Headless platform, software rendering: see the
 * Surefire configuration) and keeps it running for all test classes. A test fails when anything on
 * the JavaFX thread threw during it: JavaFX only prints such exceptions and goes on, so a broken
 * layout pass would otherwise pass unnoticed.
 */
public final class JavaFxExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

  private static final List<Throwable> UNCAUGHT = new ArrayList<>();

  private static boolean started;

  @Override
  public void beforeAll(ExtensionContext context) throws InterruptedException {
    startToolkit();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    takeUncaught();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    // Whatever the test left queued runs first, so its exceptions count for this test.
    Fx.run(() -> {});
    List<Throwable> thrown = takeUncaught();
    if (!thrown.isEmpty()) {
      AssertionError failure =
          new AssertionError(
              thrown.size() + " exception(s) on the JavaFX thread during the test",
              thrown.getFirst());
      thrown.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
  }

  private static List<Throwable> takeUncaught() {
    synchronized (UNCAUGHT) {
      List<Throwable> thrown = List.copyOf(UNCAUGHT);
      UNCAUGHT.clear();
      return thrown;
    }
  }

  /** Starts the toolkit if it is not running yet. */
  public static synchronized void startToolkit() throws InterruptedException {
    if (started) {
      return;
    }
    CountDownLatch ready = new CountDownLatch(1);
    Platform.startup(
        () -> {
          Thread.UncaughtExceptionHandler printing =
              Thread.currentThread().getUncaughtExceptionHandler();
          Thread.currentThread()
              .setUncaughtExceptionHandler(
                  (thread, error) -> {
                    synchronized (UNCAUGHT) {
                      UNCAUGHT.add(error);
                    }
                    printing.uncaughtException(thread, error);
                  });
          ready.countDown();
        });
    if (!ready.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
    }
    Platform.setImplicitExit(false);
    started = true;
  }
}
