package de.buergerinfo.devices.printer;

import de.buergerinfo.devices.DeviceHealth;

/**
 * A printer's state from its real-time status replies ({@code DLE EOT 1, 2, 4}).
 *
 * @param offline the printer does not print (any cause)
 * @param coverOpen the paper cover is open
 * @param paperOut no paper: printing stopped
 * @param paperNearEnd the roll is nearly used up
 */
public record PrinterStatus(
    boolean offline, boolean coverOpen, boolean paperOut, boolean paperNearEnd) {

  public static final PrinterStatus READY = new PrinterStatus(false, false, false, false);

  /**
   * Reads the three replies; each must look like a status byte ({@code (b & 0x93) == 0x12}).
   *
   * @throws IllegalArgumentException for a byte that is no status reply
   */
  public static PrinterStatus fromReplies(int printer, int offlineCause, int rollSensor) {
    for (int reply : new int[] {printer, offlineCause, rollSensor}) {
      if (!isStatusReply(reply)) {
        throw new IllegalArgumentException(
            "0x" + Integer.toHexString(reply) + " is not a status reply");
      }
    }
    return new PrinterStatus(
        (printer & 0x08) != 0,
        (offlineCause & 0x04) != 0,
        (offlineCause & 0x20) != 0 || (rollSensor & 0x60) == 0x60,
        (rollSensor & 0x0C) == 0x0C);
  }

  /**
   * Whether {@code b} has the fixed bits of a {@code DLE EOT} reply (bits 1 and 4 set, 0 and 7
   * clear).
   */
  public static boolean isStatusReply(int b) {
    return (b & 0x93) == 0x12;
  }

  /** The replies a printer in this state gives to {@code DLE EOT 1}, {@code 2} and {@code 4}. */
  public int[] replies() {
    boolean stopped = offline || coverOpen || paperOut;
    int printer = 0x12 | (stopped ? 0x08 : 0);
    int cause = 0x12 | (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
    int roll = 0x12 | (paperNearEnd || paperOut ? 0x0C : 0) | (paperOut ? 0x60 : 0);
    return new int[] {printer, cause, roll};
  }

  public boolean canPrint() {
    return !offline && !coverOpen && !paperOut;
  }

  /** The state as a librarian reads it. */
  public DeviceHealth health() {
    if (paperOut) {
      return new DeviceHealth(DeviceHealth.State.ERROR, "ticket printer: paper out");
    }
    if (coverOpen) {
      return new DeviceHealth(DeviceHealth.State.ERROR, "ticket printer: cover open");
    }
    if (offline) {
      return new DeviceHealth(DeviceHealth.State.ERROR, "ticket printer: offline");
    }
    if (paperNearEnd) {
      return new DeviceHealth(DeviceHealth.State.WARNING, "ticket printer: paper low");
    }
    return DeviceHealth.ok("ticket printer ready");
  }
}
