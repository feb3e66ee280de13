package de.buergerinfo.devices.gpio;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A digital input in software debounce: a new level counts only once the pin has kept it for a
 * while, so a bouncing button gives one press and a flickering sensor one change. Becoming active
 * and becoming inactive may take different times (a presence sensor wakes the screen at once but
 * lets it sleep only after a long quiet spell).
 */
final class StableInput {

  /** Told of each change of the stable level, on the thread that saw it settle. */
  @FunctionalInterface
  interface Listener {
    void changed(boolean active);
  }

  private final GpioScheduler scheduler;
  private final Duration toActive;
  private final Duration toInactive;
  private final BooleanSupplier pin;
  private final Listener listener;

  private boolean stable;
  private boolean last;
  private long samples;
  private GpioScheduler.Scheduled pending = GpioScheduler.Scheduled.NONE;
  private boolean stopped;

  /**
   * @param initial the stable level to start from
   * @param pin reads the pin's level now; asked again when a level has held long enough, so an edge
   *     the hardware lost cannot leave the stable level wrong
   */
  StableInput(
      GpioScheduler scheduler,
      Duration toActive,
      Duration toInactive,
      boolean initial,
      BooleanSupplier pin,
      Listener listener) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.toActive = Objects.requireNonNull(toActive, "toActive");
    this.toInactive = Objects.requireNonNull(toInactive, "toInactive");
    this.pin = Objects.requireNonNull(pin, "pin");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.stable = initial;
    this.last = initial;
  }

  /** The pin went to {@code active}; starts the wait for it to hold, or ends a bounce. */
  synchronized void sample(boolean active) {
    if (stopped) {
      return;
    }
    last = active;
    long sample = ++samples;
    pending.cancel();
    pending = GpioScheduler.Scheduled.NONE;
    if (active == stable) {
      return; // a bounce that came back before it counted
    }
    Duration hold = active ? toActive : toInactive;
    if (hold.isZero()) {
      settle(active);
    } else {
      pending = scheduler.after(hold, () -> check(sample));
    }
  }

  /** The level that counts now. */
  synchronized boolean active() {
    return stable;
  }

  /** No more changes, and no pending check; safe to call twice. */
  synchronized void stop() {
    stopped = true;
    pending.cancel();
    pending = GpioScheduler.Scheduled.NONE;
  }

  private synchronized void check(long sample) {
    if (stopped || sample != samples) {
      return; // a newer sample replaced this wait (its cancel came too late)
    }
    pending = GpioScheduler.Scheduled.NONE;
    boolean now = pin.getAsBoolean();
    if (now != last) {
      sample(now); // the pin moved without telling us: wait for the level it has now
      return;
    }
    settle(last);
  }

  private void settle(boolean active) {
    stable = active;
    listener.changed(active);
  }
}
