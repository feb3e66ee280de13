package de.buergerinfo.devices.printer;

import de.buergerinfo.devices.Device;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;

/** The kiosk's port to a ticket printer. */
public interface TicketPrinter extends Device {

  /** Prints {@code ticket}; never throws: every job ends as printed or not printed with why. */
  PrintResult print(Ticket ticket);

  /**
   * Asks the printer how it is now (paper, cover, online) without printing, and reports a change as
   * an event; never throws.
   */
  DeviceHealth checkNow();

  /** The printer's health as last seen. */
  @Override
  DeviceHealth health();

  @Override
  default DeviceKind kind() {
    return DeviceKind.PRINTER;
  }

  /** Printers opened per job hold nothing between jobs. */
  @Override
  default void close() {}
}
