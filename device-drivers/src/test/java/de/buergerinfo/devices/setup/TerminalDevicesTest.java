package de.buergerinfo.devices.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.DeviceSetup;
import de.buergerinfo.devices.printer.EscPosDecoder;
import de.buergerinfo.devices.printer.EscPosPrinter;
import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.PrinterEmulator;
import de.buergerinfo.devices.printer.PrinterStatus;
import de.buergerinfo.devices.printer.SimulatedPrinter;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.devices.scanner.SimulatedScanner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A terminal's drivers made from its setup: simulators, hardware, stand-ins, and failures. */
class TerminalDevicesTest {

  private static final Ticket TICKET =
      Ticket.builder()
          .heading("Bürgerservice")
          .row("Nummer", "A 042")
          .text("مكتب خدمة المواطنين في بريمن")
          .qr("https://www.service.bremen.de")
          .barcode("A042")
          .cut()
          .build();

  @Test
  void theEmbeddedDefaultRunsASimulatorOfEveryDeviceAndAllAreHealthy() throws Exception {
    List<DeviceEvent> events = new CopyOnWriteArrayList<>();
    try (TerminalDevices devices = TerminalDevices.open(DeviceSetup.allSimulated(), events::add)) {
      assertThat(devices.printer()).isInstanceOf(SimulatedPrinter.class);
      assertThat(devices.scanner()).isInstanceOf(SimulatedScanner.class);
      assertThat(devices.printer().checkNow().state()).isEqualTo(DeviceHealth.State.OK);
      assertThat(devices.health().values())
          .extracting(DeviceHealth::state)
          .containsOnly(DeviceHealth.State.OK);
      assertThat(devices.all()).extracting(d -> d.kind()).containsExactly(DeviceKind.values());
    }
  }

  @Test
  void theSimulatedPrinterShowsEachTicketAsAPictureAndPlaysProblems() throws Exception {
    BlockingQueue<SimulatedPrinter.PrintedTicket> printed = new LinkedBlockingQueue<>();
    try (TerminalDevices devices = TerminalDevices.open(DeviceSetup.allSimulated(), e -> {})) {
      SimulatedPrinter printer = (SimulatedPrinter) devices.printer();
      printer.onPrinted(printed::add);

      assertThat(printer.print(TICKET)).isEqualTo(new PrintResult.Printed());
      SimulatedPrinter.PrintedTicket ticket = printed.poll(5, TimeUnit.SECONDS);
      assertThat(ticket).isNotNull();
      assertThat(ticket.content())
          .contains(new EscPosDecoder.TextLine("Bürgerservice", true, 1, 1));
      assertThat(ticket.picture().getWidth()).isGreaterThan(576);
      assertThat(ticket.picture().getHeight()).isGreaterThan(100);
      // For people to look at: what the demo shows.
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/printed-tickets"));
      javax.imageio.ImageIO.write(
          ticket.picture(), "png", new java.io.File("target/printed-tickets/simulated.png"));

      printer.script(new PrinterStatus(false, false, true, true));
      assertThat(printer.print(TICKET))
          .isEqualTo(new PrintResult.NotPrinted("ticket printer: paper out"));
      assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.ERROR);
    }
  }

  @Test
  void devicesTheTerminalDoesNotHaveAreAbsentAndHarmless() {
    try (TerminalDevices devices = TerminalDevices.open(new DeviceSetup(Map.of()), e -> {})) {
      assertThat(devices.health().values())
          .extracting(DeviceHealth::state)
          .containsOnly(DeviceHealth.State.ABSENT);
      assertThat(devices.printer().print(TICKET))
          .isEqualTo(new PrintResult.NotPrinted("no ticket printer configured"));
      assertThat(devices.cardReader().readers()).isEmpty();
      devices.gpio().showLight(de.buergerinfo.devices.gpio.LightPattern.ERROR);
    }
  }

  @Test
  void aRealTcpPrinterIsDrivenWithTheProfileOfItsAddress() throws Exception {
    try (PrinterEmulator emulator = PrinterEmulator.start()) {
      Map<DeviceKind, DeviceAddress> addresses = new EnumMap<>(DeviceKind.class);
      addresses.put(
          DeviceKind.PRINTER,
          DeviceAddress.parse(
              DeviceKind.PRINTER, "escpos+tcp://127.0.0.1:" + emulator.port() + "?qr=raster"));
      try (TerminalDevices devices = TerminalDevices.open(new DeviceSetup(addresses), e -> {})) {
        assertThat(devices.printer()).isInstanceOf(EscPosPrinter.class);
        emulator.script(new PrinterStatus(false, false, false, true));

        assertThat(devices.printer().print(Ticket.builder().qr("https://bremen.de").cut().build()))
            .isEqualTo(new PrintResult.Printed());
        assertThat(devices.printer().health().reason()).isEqualTo("ticket printer: paper low");
      }
    }
  }

  @Test
  void aDriverThatCannotStartBecomesAStandInThatSaysSo() {
    // The address passed the profile check's syntax, but its options are wrong for the driver.
    Map<DeviceKind, DeviceAddress> addresses = new EnumMap<>(DeviceKind.class);
    addresses.put(
        DeviceKind.SCANNER, DeviceAddress.parse(DeviceKind.SCANNER, "hid:/dev/input/x?speed=9"));
    try (TerminalDevices devices = TerminalDevices.open(new DeviceSetup(addresses), e -> {})) {
      assertThat(devices.scanner().health())
          .isEqualTo(
              new DeviceHealth(DeviceHealth.State.ERROR, "code scanner driver could not start"));
    }
  }

  @Test
  void wrongOptionsAreRefusedWhenTheProfileIsRead() {
    assertThatThrownBy(
            () ->
                TerminalDevices.checkOptions(
                    DeviceKind.PRINTER,
                    DeviceAddress.parse(
                        DeviceKind.PRINTER, "escpos+tcp://10.0.0.5:9100?baud=9600")))
        .hasMessage("baud and flow are options of escpos+serial only");
    assertThatThrownBy(
            () ->
                TerminalDevices.checkOptions(
                    DeviceKind.PRINTER,
                    DeviceAddress.parse(
                        DeviceKind.PRINTER, "escpos+serial:/dev/ttyUSB0?baud=fast")))
        .hasMessage("baud=fast is not a number such as 38400");
    assertThatThrownBy(
            () ->
                TerminalDevices.checkOptions(
                    DeviceKind.PRINTER,
                    DeviceAddress.parse(DeviceKind.PRINTER, "escpos+file:/dev/usb/lp0?paper=60")))
        .hasMessageContaining("paper=60");
    assertThatThrownBy(
            () ->
                TerminalDevices.checkOptions(
                    DeviceKind.CARD_READER,
                    DeviceAddress.parse(DeviceKind.CARD_READER, "pcsc:*?beep=off")))
        .hasMessage("a card reader address takes no options");
    assertThatThrownBy(
            () ->
                TerminalDevices.checkOptions(
                    DeviceKind.GPIO, DeviceAddress.parse(DeviceKind.GPIO, "gpio:pi4j?presence=99")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                TerminalDevices.checkOptions(
                    DeviceKind.SCANNER,
                    DeviceAddress.parse(DeviceKind.SCANNER, "camera:/dev/video0?size=huge")))
        .isInstanceOf(IllegalArgumentException.class);
    TerminalDevices.checkOptions(
        DeviceKind.SCANNER,
        DeviceAddress.parse(DeviceKind.SCANNER, "camera:/dev/video0?size=640x480&fps=10"));
    TerminalDevices.checkOptions(
        DeviceKind.SCANNER,
        DeviceAddress.parse(
            DeviceKind.SCANNER, "keyboard:*?terminator=tab&minLength=8&gap=30&germanLayout=true"));
    assertThatThrownBy(
            () ->
                TerminalDevices.checkOptions(
                    DeviceKind.SCANNER,
                    DeviceAddress.parse(DeviceKind.SCANNER, "keyboard:*?terminator=space")))
        .hasMessage("terminator=space is not enter, tab or none");
    assertThatThrownBy(() -> DeviceAddress.parse(DeviceKind.SCANNER, "keyboard:/dev/tty1"))
        .hasMessageContaining("write keyboard:*");
    TerminalDevices.checkOptions(
        DeviceKind.PRINTER,
        DeviceAddress.parse(
            DeviceKind.PRINTER, "escpos+serial:/dev/ttyUSB0?baud=9600&flow=rtscts&paper=58"));
  }
}
