package de.buergerinfo.devices;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The devices a terminal is configured with, one address per kind.
 *
 * @param addresses one address for every {@link DeviceKind}
 */
public record DeviceSetup(Map<DeviceKind, DeviceAddress> addresses) {

  public DeviceSetup {
    Objects.requireNonNull(addresses, "addresses");
    EnumMap<DeviceKind, DeviceAddress> complete = new EnumMap<>(DeviceKind.class);
    for (DeviceKind kind : DeviceKind.values()) {
      complete.put(kind, addresses.getOrDefault(kind, DeviceAddress.none()));
    }
    addresses = Map.copyOf(complete);
  }

  /** Every device simulated: what the embedded default runs with. */
  public static DeviceSetup allSimulated() {
    Map<DeviceKind, DeviceAddress> addresses = new EnumMap<>(DeviceKind.class);
    for (DeviceKind kind : DeviceKind.values()) {
      addresses.put(kind, DeviceAddress.simulated());
    }
    return new DeviceSetup(addresses);
  }

  public DeviceAddress address(DeviceKind kind) {
    return addresses.get(kind);
  }

  /**
   * The health each device starts with, before its driver reports: simulators are OK, unconfigured
   * devices ABSENT, hardware ABSENT until its driver has found it.
   */
  public DeviceHealth initialHealth(DeviceKind kind) {
    DeviceAddress address = address(kind);
    if (address.isSimulated()) {
      return DeviceHealth.ok("simulated " + kind.displayName());
    }
    if (address.isNone()) {
      return DeviceHealth.absent("no " + kind.displayName() + " configured");
    }
    return DeviceHealth.absent("waiting for the " + kind.displayName() + " at " + address);
  }
}
