package de.buergerinfo.devices.gpio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The GPIO driver's time: the current instant and delayed tasks. The real one runs tasks on one
 * named daemon thread; tests pass a manual one, so debounce and blink timing is exact and needs no
 * sleeps.
 */
public interface GpioScheduler extends AutoCloseable {

  /** Now, for event timestamps and debounce. */
  Instant now();

  /**
   * Runs {@code task} once after {@code delay}; does nothing once the scheduler is closed.
   *
   * @return a handle to cancel the task if it has not started yet
   */
  Scheduled after(Duration delay, Runnable task);

  /** Stops the scheduler; pending tasks do not run. Safe to call twice. */
  @Override
  void close();

  /** A task waiting to run. */
  @FunctionalInterface
  interface Scheduled {
    /** A handle for nothing scheduled. */
    Scheduled NONE = () -> {};

    /** Keeps the task from running if it has not started. */
    void cancel();
  }

  /** The real scheduler: one daemon thread called {@code name}, on the system clock. */
  static GpioScheduler system(String name) {
    return new SystemGpioScheduler(name, Clock.systemUTC());
  }
}
