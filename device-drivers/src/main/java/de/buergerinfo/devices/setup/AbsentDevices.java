package de.buergerinfo.devices.setup;

import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.cardreader.CardReader;
import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.devices.printer.TicketPrinter;
import de.buergerinfo.devices.scanner.CodeScanner;
import java.util.List;

/**
 * Stand-ins for devices a terminal does not have ({@code none}) or whose driver could not start:
 * they report why and do nothing, so the terminal runs on without them.
 */
final class AbsentDevices {

  private AbsentDevices() {}

  record NoPrinter(DeviceHealth health) implements TicketPrinter {
    @Override
    public PrintResult print(Ticket ticket) {
      return new PrintResult.NotPrinted(health.reason());
    }

    @Override
    public DeviceHealth checkNow() {
      return health;
    }
  }

  record NoCardReader(DeviceHealth health) implements CardReader {
    @Override
    public List<String> readers() {
      return List.of();
    }

    @Override
    public void close() {}
  }

  record NoScanner(DeviceHealth health) implements CodeScanner {
    @Override
    public void close() {}
  }
}
