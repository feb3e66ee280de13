package de.buergerinfo.devices.gpio;

import java.time.Duration;
import java.util.Objects;

/**
 * Drives the status light in a {@link LightPattern}: steady, or blinking on the GPIO timer thread.
 * A new pattern cancels the blinking of the one before. A failing output is reported once and tried
 * again (at the blink rate, or every {@link #RETRY} for a steady pattern) until it works.
 */
final class StatusLight {

  /** Half a period of {@link LightPattern#ATTENTION}: 1 s on, 1 s off. */
  static final Duration SLOW = Duration.ofSeconds(1);

  /** Half a period of {@link LightPattern#ERROR}: 0.2 s on, 0.2 s off. */
  static final Duration FAST = Duration.ofMillis(200);

  /** How often a steady pattern is tried again while the output fails. */
  static final Duration RETRY = Duration.ofSeconds(5);

  /** The lamp's switch; may throw when the pin fails. */
  @FunctionalInterface
  interface Output {
    void set(boolean on);
  }

  /** Told whether the output worked each time it was switched. */
  interface Faults {
    void failed(RuntimeException cause);

    void works();
  }

  private final GpioScheduler scheduler;
  private final Output output;
  private final Faults faults;

  private LightPattern pattern = LightPattern.OFF;
  private boolean on;
  private boolean failing;
  private boolean closed;
  private long generation;
  private GpioScheduler.Scheduled blink = GpioScheduler.Scheduled.NONE;

  StatusLight(GpioScheduler scheduler, Output output, Faults faults) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.output = Objects.requireNonNull(output, "output");
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  synchronized void show(LightPattern next) {
    Objects.requireNonNull(next, "pattern");
    // The UI may repeat a pattern on every screen: restarting would make the blink stutter.
    if (closed || (next == pattern && !failing)) {
      return;
    }
    stopBlinking();
    pattern = next;
    start(generation);
  }

  synchronized LightPattern pattern() {
    return pattern;
  }

  /** Turns the light off for good; safe to call twice. */
  synchronized void close() {
    if (closed) {
      return;
    }
    stopBlinking();
    write(false);
    pattern = LightPattern.OFF;
    closed = true;
  }

  private void start(long showing) {
    switch (pattern) {
      case OFF -> steady(false, showing);
      case OK -> steady(true, showing);
      case ATTENTION -> blink(SLOW, showing);
      case ERROR -> blink(FAST, showing);
    }
  }

  private void steady(boolean value, long showing) {
    if (!write(value)) {
      blink = scheduler.after(RETRY, () -> retry(showing));
    }
  }

  private synchronized void retry(long showing) {
    if (!closed && showing == generation) {
      start(showing);
    }
  }

  private void blink(Duration half, long showing) {
    write(true);
    next(half, showing);
  }

  private void next(Duration half, long showing) {
    blink = scheduler.after(half, () -> toggle(half, showing));
  }

  private synchronized void toggle(Duration half, long showing) {
    if (closed || showing != generation) {
      return; // a newer pattern took over while this toggle waited for the lock
    }
    // Even when the write fails the rhythm goes on: the next toggle tries the pin again.
    write(!on);
    next(half, showing);
  }

  private void stopBlinking() {
    generation++;
    blink.cancel();
    blink = GpioScheduler.Scheduled.NONE;
  }

  private boolean write(boolean value) {
    try {
      output.set(value);
    } catch (RuntimeException e) {
      if (!failing) {
        failing = true;
        faults.failed(e);
      }
      return false;
    }
    on = value;
    if (failing) {
      failing = false;
      faults.works();
    }
    return true;
  }
}
