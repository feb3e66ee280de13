package de.buergerinfo.kiosk.terminal;

import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.devices.printer.TicketPrinter;

/** Stands in for a printer that is not (yet) there: every job ends "not printed" with why. */
public final class NoPrinter implements TicketPrinter {

  private final DeviceHealth health;

  public NoPrinter(String reason) {
    this.health = DeviceHealth.absent(reason);
  }

  @Override
  public PrintResult print(Ticket ticket) {
    return new PrintResult.NotPrinted(health.reason());
  }

  @Override
  public DeviceHealth checkNow() {
    return health;
  }

  @Override
  public DeviceHealth health() {
    return health;
  }
}
