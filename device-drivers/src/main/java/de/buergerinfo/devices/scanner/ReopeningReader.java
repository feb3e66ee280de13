package de.buergerinfo.devices.scanner;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The thread of a scanner driver that reads a device until it is lost, then opens it again after
 * growing pauses, until the driver is closed. The driver says what one attempt does; this class
 * owns the thread, the pauses and closing.
 */
public final class ReopeningReader {

  /** One attempt to open the device and read it until it fails or the reader is closed. */
  @FunctionalInterface
  public interface Attempt {

    /**
     * Opens and reads; returns what happened.
     *
     * @param closed true once the driver is closed: a read loop checks it and ends
     */
    Outcome run(BooleanSupplier closed) throws InterruptedException;
  }

  /** How an attempt ended. */
  public enum Outcome {
    /** The device could not be opened. */
    NOT_OPENED,
    /** Opened, then lost before anything arrived (counts as a failure: pauses keep growing). */
    LOST_WITHOUT_DATA,
    /** Opened, data arrived, then lost: the next pause starts short again. */
    LOST_AFTER_DATA,
    /** Reading cannot work on this system at all: the thread ends. */
    GIVE_UP
  }

  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;

  /**
   * @param onLost called after an opened device was lost (not when the reader was closed)
   */
  public ReopeningReader(
      String threadName, ReopenBackoff backoff, Attempt attempt, Runnable onLost) {
    this.thread =
        Thread.ofPlatform()
            .daemon()
            .name(threadName)
            .unstarted(() -> loop(backoff, attempt, onLost));
  }

  /** Starts the thread. */
  public void start() {
    thread.start();
  }

  private void loop(ReopenBackoff backoff, Attempt attempt, Runnable onLost) {
    int failures = 0;
    try {
      while (!closed.get()) {
        Outcome outcome = attempt.run(closed::get);
        if (outcome == Outcome.GIVE_UP || closed.get()) {
          return;
        }
        if (outcome != Outcome.NOT_OPENED) {
          onLost.run();
        }
        failures = outcome == Outcome.LOST_AFTER_DATA ? 1 : failures + 1;
        if (stop.await(backoff.delay(failures).toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public boolean closed() {
    return closed.get();
  }

  /** Ends the thread (waiting up to 2 s for a read to notice); safe to call twice. */
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    stop.countDown();
    try {
      thread.join(Duration.ofSeconds(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
