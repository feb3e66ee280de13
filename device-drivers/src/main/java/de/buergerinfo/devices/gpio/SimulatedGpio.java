package de.buergerinfo.devices.gpio;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import java.time.Clock;
import java.util.Objects;

/**
 * GPIO for the embedded default and the demo: someone arrives or leaves, or presses help, when a
 * test or the demo says so; the light's last pattern is kept for them to check.
 */
public final class SimulatedGpio implements Gpio {

  private final DeviceEventSink sink;
  private final Clock clock;
  private LightPattern light = LightPattern.OFF;
  private boolean present;
  private boolean closed;

  public SimulatedGpio(DeviceEventSink sink) {
    this(sink, Clock.systemUTC());
  }

  public SimulatedGpio(DeviceEventSink sink, Clock clock) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Someone arrives ({@code true}) or everyone leaves; reported only when it changes. */
  public void simulatePresence(boolean someone) {
    synchronized (this) {
      if (closed || someone == present) {
        return;
      }
      present = someone;
    }
    sink.accept(new DeviceEvent.PresenceChanged(clock.instant(), someone));
  }

  /** Someone presses the help button once. */
  public void simulateHelpPressed() {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    sink.accept(new DeviceEvent.HelpPressed(clock.instant()));
  }

  /** The pattern the light shows now ({@link LightPattern#OFF} after close). */
  public synchronized LightPattern light() {
    return light;
  }

  @Override
  public synchronized void showLight(LightPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (!closed) {
      light = pattern;
    }
  }

  @Override
  public synchronized boolean someonePresent() {
    return present;
  }

  @Override
  public boolean hasPresenceSensor() {
    return true;
  }

  @Override
  public DeviceHealth health() {
    return DeviceHealth.ok("simulated GPIO");
  }

  @Override
  public synchronized void close() {
    closed = true;
    light = LightPattern.OFF;
    present = false;
  }
}
