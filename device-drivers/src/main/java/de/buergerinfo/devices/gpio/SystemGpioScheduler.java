package de.buergerinfo.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real {@link GpioScheduler}: runs tasks on one named daemon thread. */
final class SystemGpioScheduler implements GpioScheduler {

  private static final Logger log = LoggerFactory.getLogger(SystemGpioScheduler.class);

  private final Clock clock;
  private final ScheduledThreadPoolExecutor executor;

  SystemGpioScheduler(String name, Clock clock) {
    this.clock = clock;
    this.executor =
        new ScheduledThreadPoolExecutor(
            1, runnable -> Thread.ofPlatform().name(name).daemon(true).unstarted(runnable));
    // Every bounce of a button cancels a pending check: keep cancelled ones from piling up.
    executor.setRemoveOnCancelPolicy(true);
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public Scheduled after(Duration delay, Runnable task) {
    try {
      ScheduledFuture<?> future =
          executor.schedule(() -> run(task), delay.toNanos(), TimeUnit.NANOSECONDS);
      return () -> future.cancel(false);
    } catch (RejectedExecutionException closed) {
      return Scheduled.NONE;
    }
  }

  private static void run(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      // One failing task must not end the thread that blinks the light and debounces buttons.
      log.warn("GPIO timer task failed", e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** Waits until the thread has ended, for tests and orderly shutdown. */
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }
}
