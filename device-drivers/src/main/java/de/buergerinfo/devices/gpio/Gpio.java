package de.buergerinfo.devices.gpio;

import de.buergerinfo.devices.Device;
import de.buergerinfo.devices.DeviceKind;

/**
 * The kiosk's port to its GPIO pins: a presence sensor, a status light and a help button. Presence
 * and help presses come as {@link de.buergerinfo.devices.DeviceEvent}s.
 */
public interface Gpio extends Device {

  /** Shows a pattern on the status light; does nothing when no light is configured. */
  void showLight(LightPattern pattern);

  /** Whether the presence sensor sees someone now (false when there is no sensor). */
  boolean someonePresent();

  /**
   * Whether a presence sensor is configured and opened, so the terminal may let its screen sleep
   * while nobody is there (without one, it must stay awake to draw people in).
   */
  boolean hasPresenceSensor();

  @Override
  default DeviceKind kind() {
    return DeviceKind.GPIO;
  }
}
