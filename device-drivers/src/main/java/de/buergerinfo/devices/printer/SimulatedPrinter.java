package de.buergerinfo.devices.printer;

import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticket printer of the embedded default and of demos: the real driver, sending real ESC/POS
 * bytes over TCP to a {@link PrinterEmulator} in the same process, which decodes them. Each printed
 * ticket is handed to listeners as a picture of the paper, so a demo shows what a citizen would
 * get.
 */
public final class SimulatedPrinter implements TicketPrinter {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedPrinter.class);

  /** A ticket as the simulated printer put it on paper. */
  public record PrintedTicket(List<EscPosDecoder.Printed> content, BufferedImage picture) {
    public PrintedTicket {
      content = List.copyOf(content);
    }
  }

  private final PrinterEmulator emulator;
  private final EscPosPrinter driver;
  private final PrinterProfile profile;
  private final List<Consumer<PrintedTicket>> listeners = new CopyOnWriteArrayList<>();

  private SimulatedPrinter(PrinterEmulator emulator, PrinterProfile profile, DeviceEventSink sink) {
    this.emulator = emulator;
    this.profile = profile;
    this.driver =
        new EscPosPrinter(
            new TcpPrinterLink(
                new InetSocketAddress("127.0.0.1", emulator.port()), Duration.ofSeconds(2)),
            new EscPosEncoder(profile),
            sink);
    emulator.onJob(this::printed);
  }

  /**
   * Starts the emulator on a free loopback port and an Epson-like 80 mm printer driving it.
   *
   * @throws UncheckedIOException when no loopback port can be opened (the machine is broken)
   */
  public static SimulatedPrinter start(DeviceEventSink sink) {
    try {
      return new SimulatedPrinter(
          PrinterEmulator.start(),
          PrinterProfile.fromOptions(java.util.Map.of("profile", "epson-tm-t20iii")),
          sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the printer emulator on 127.0.0.1", e);
    }
  }

  /** Calls {@code listener} with each ticket printed from now on, on the emulator's thread. */
  public void onPrinted(Consumer<PrintedTicket> listener) {
    listeners.add(listener);
  }

  /** Plays a printer problem (paper low, out, cover open, offline) for demos and tests. */
  public void script(PrinterStatus state) {
    emulator.script(state);
  }

  private void printed(List<EscPosDecoder.Printed> content) {
    if (content.isEmpty()) {
      return;
    }
    PrintedTicket ticket = new PrintedTicket(content, TicketPicture.draw(content, profile.paper()));
    for (Consumer<PrintedTicket> listener : listeners) {
      try {
        listener.accept(ticket);
      } catch (RuntimeException e) {
        LOG.warn("a printed-ticket listener failed: {}", e.toString());
      }
    }
  }

  @Override
  public PrintResult print(Ticket ticket) {
    return driver.print(ticket);
  }

  @Override
  public DeviceHealth checkNow() {
    return driver.checkNow();
  }

  @Override
  public DeviceHealth health() {
    return driver.health();
  }

  @Override
  public void close() {
    try {
      emulator.close();
    } catch (Exception e) {
      LOG.debug("printer emulator closed with {}", e.toString());
    }
  }
}
