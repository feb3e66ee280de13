package de.buergerinfo.devices;

/**
 * A running device driver: it reports its health, sends {@link DeviceEvent}s to the sink it was
 * given, and is closed when the terminal stops. Drivers never throw to the terminal: a fault
 * becomes a health change, so a broken device never stops the terminal.
 */
public interface Device extends AutoCloseable {

  /** Which kind of device this driver runs. */
  DeviceKind kind();

  /** The device's health as last seen. */
  DeviceHealth health();

  /** Stops the driver's threads and releases the device; safe to call twice; never throws. */
  @Override
  void close();
}
