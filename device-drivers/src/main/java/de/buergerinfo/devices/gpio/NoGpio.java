package de.buergerinfo.devices.gpio;

import de.buergerinfo.devices.DeviceHealth;
import java.util.Objects;

/**
 * GPIO that is not there (no GPIO on this machine, none configured, or a wrong address): reports
 * why, ignores the light, and never sees anyone, so the terminal runs on without it.
 */
public final class NoGpio implements Gpio {

  private final DeviceHealth health;

  public NoGpio(DeviceHealth health) {
    this.health = Objects.requireNonNull(health, "health");
  }

  @Override
  public void showLight(LightPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public boolean someonePresent() {
    return false;
  }

  @Override
  public boolean hasPresenceSensor() {
    return false;
  }

  @Override
  public DeviceHealth health() {
    return health;
  }

  @Override
  public void close() {}
}
