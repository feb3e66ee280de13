package de.buergerinfo.kiosk.sync;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;

/**
 * Polls the central server: every {@code interval} while all is well; after failures it waits
 * longer (doubling up to {@code maxBackoff}) with random jitter, so a fleet that lost the server
 * together does not return to it in one wave.
 */
public final class SyncSchedule implements AutoCloseable {

  private final ContentSync sync;
  private final Duration interval;
  private final Duration maxBackoff;
  private final RandomGenerator random;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private Thread thread;

  public SyncSchedule(
      ContentSync sync, Duration interval, Duration maxBackoff, RandomGenerator random) {
    this.sync = sync;
    this.interval = interval;
    this.maxBackoff = maxBackoff;
    this.random = random;
  }

  /** Syncs now, then on schedule, on a virtual thread, until {@link #close()}. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    thread = Thread.ofVirtual().name("content-sync").start(this::run);
  }

  private void run() {
    int failures = 0;
    while (!stopped.get()) {
      SyncResult result = sync.syncOnce();
      boolean failed = result instanceof SyncResult.Failed || result instanceof SyncResult.Refused;
      failures = failed ? failures + 1 : 0;
      try {
        Thread.sleep(delayAfter(failures, interval, maxBackoff, random.nextDouble()));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * How long to wait after {@code failures} failed attempts in a row: the interval when none
   * failed, else the interval doubled per failure, at most {@code maxBackoff}, times a jitter
   * between one half and one ({@code unitRandom} in [0, 1)).
   */
  static Duration delayAfter(
      int failures, Duration interval, Duration maxBackoff, double unitRandom) {
    if (failures == 0) {
      return interval;
    }
    long millis = interval.toMillis();
    for (int i = 0; i < failures && millis < maxBackoff.toMillis(); i++) {
      millis *= 2;
    }
    long capped = Math.min(millis, maxBackoff.toMillis());
    return Duration.ofMillis((long) (capped * (0.5 + unitRandom / 2)));
  }

  @Override
  public void close() {
    stopped.set(true);
    Thread running;
    synchronized (this) {
      running = thread;
    }
    if (running != null) {
      running.interrupt();
      try {
        running.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
