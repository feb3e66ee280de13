package de.buergerinfo.devices;

import java.time.Instant;

/** Something a device reports; drivers emit these from their own threads. */
public sealed interface DeviceEvent {

  /** Which kind of device the event comes from. */
  DeviceKind device();

  /** When the driver saw it. */
  Instant at();

  /** The device's health changed, for example from OK to paper low. */
  record HealthChanged(DeviceKind device, Instant at, DeviceHealth health) implements DeviceEvent {}
}
