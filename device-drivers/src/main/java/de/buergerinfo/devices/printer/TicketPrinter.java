package de.buergerinfo.devices.printer;

import de.buergerinfo.devices.DeviceHealth;

/** The kiosk's port to a ticket printer. */
public interface TicketPrinter {

  /** Prints {@code ticket}; never throws: every job ends as printed or not printed with why. */
  PrintResult print(Ticket ticket);

  /** The printer's health as last seen. */
  DeviceHealth health();
}
