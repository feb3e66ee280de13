package de.buergerinfo.kiosk.testsupport;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the JavaFX toolkit once per test JVM (Headless platform, software rendering: see the
 * Surefire configuration) and keeps it running for all test classes.
 */
public final class JavaFxExtension implements BeforeAllCallback {

  private static boolean started;

  @Override
  public void beforeAll(ExtensionContext context) throws InterruptedException {
    startToolkit();
  }

  /** Starts the toolkit if it is not running yet. */
  public static synchronized void startToolkit() throws InterruptedException {
    if (started) {
      return;
    }
    CountDownLatch ready = new CountDownLatch(1);
    Platform.startup(ready::countDown);
    if (!ready.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
    }
    Platform.setImplicitExit(false);
    started = true;
  }
}
