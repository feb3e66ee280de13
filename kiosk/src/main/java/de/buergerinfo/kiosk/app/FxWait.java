package de.buergerinfo.kiosk.app;

import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Waits on the FX thread, for a snapshot scenario, until something that arrives later has arrived
 * (results of a search on its own thread, a device event handed over with {@code runLater}): a
 * nested event loop keeps the FX thread serving while it waits.
 */
final class FxWait {

  private FxWait() {}

  /**
   * Returns once {@code done} holds or {@code timeoutMillis} have passed; call on the FX thread.
   */
  static void until(BooleanSupplier done, long timeoutMillis) {
    if (done.getAsBoolean()) {
      return;
    }
    Object key = new Object();
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    Timeline poll = new Timeline();
    poll.getKeyFrames()
        .add(
            new KeyFrame(
                Duration.millis(10),
                e -> {
                  if (done.getAsBoolean() || System.nanoTime() > deadline) {
                    poll.stop();
                    Platform.exitNestedEventLoop(key, null);
                  }
                }));
    poll.setCycleCount(Animation.INDEFINITE);
    poll.play();
    Platform.enterNestedEventLoop(key);
  }
}
