package de.buergerinfo.devices;

import java.util.Objects;

/**
 * How a device is, with a reason a librarian understands ("paper low", "no reader connected").
 *
 * @param state the overall state
 * @param reason one short sentence, never personal data
 */
public record DeviceHealth(State state, String reason) {

  /** Overall state of one device. */
  public enum State {
    /** Works. */
    OK,
    /** Works, but needs attention soon (paper low). */
    WARNING,
    /** Configured but not working (offline, cover open). */
    ERROR,
    /** Not configured or not found. */
    ABSENT
  }

  public DeviceHealth {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
  }

  public static DeviceHealth ok(String reason) {
    return new DeviceHealth(State.OK, reason);
  }

  public static DeviceHealth absent(String reason) {
    return new DeviceHealth(State.ABSENT, reason);
  }
}
