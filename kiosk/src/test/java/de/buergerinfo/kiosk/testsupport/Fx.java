package de.buergerinfo.kiosk.testsupport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Runs test code on the FX thread and waits for it, passing exceptions and assertion errors on. */
public final class Fx {

  private static final long TIMEOUT_SECONDS = 60;

  private Fx() {}

  /** Code that may throw anything. */
  @FunctionalInterface
  public interface FxCallable<T> {
    T call() throws Exception;
  }

  /** Code without a result that may throw anything. */
  @FunctionalInterface
  public interface FxRunnable {
    void run() throws Exception;
  }

  public static <T> T call(FxCallable<T> code) {
    if (Platform.isFxApplicationThread()) {
      try {
        return code.call();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(code.call());
          } catch (Throwable e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "FX thread did not finish within " + TIMEOUT_SECONDS + " s", e);
    }
  }

  public static void run(FxRunnable code) {
    call(
        () -> {
          code.run();
          return null;
        });
  }

  /** Waits until the FX thread has handled everything queued so far (one round trip). */
  public static void waitForIdle() {
    run(() -> {});
  }

  /**
   * Waits a few pulses: a window just shown takes its focus a moment later, so speech and focus are
   * read after this.
   */
  public static void settle() {
    for (int i = 0; i < 5; i++) {
      waitForIdle();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
