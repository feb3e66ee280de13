package de.buergerinfo.devices;

/**
 * Where a driver sends its events. Drivers call it from their own threads; the receiver hands
 * events over to the UI thread itself.
 */
@FunctionalInterface
public interface DeviceEventSink {

  /** Receives one event; must not block the driver for long. */
  void accept(DeviceEvent event);

  /** A sink that drops everything, for self-tests and tools that only read health. */
  static DeviceEventSink ignoring() {
    return event -> {};
  }
}
