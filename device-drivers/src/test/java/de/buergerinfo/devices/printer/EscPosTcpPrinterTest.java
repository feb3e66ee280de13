package de.buergerinfo.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceHealth;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TCP printer driver against the printer emulator on 127.0.0.1. */
class EscPosTcpPrinterTest {

  private static final Ticket TICKET =
      Ticket.builder()
          .heading("Bürgerservice")
          .row("Wartenummer", "A 042")
          .qr("https://www.service.bremen.de")
          .cut()
          .build();

  private PrinterEmulator emulator;
  private EscPosTcpPrinter printer;

  @BeforeEach
  void start() throws Exception {
    emulator = PrinterEmulator.start();
    printer =
        new EscPosTcpPrinter(
            new InetSocketAddress("127.0.0.1", emulator.port()),
            new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
            Duration.ofSeconds(2));
  }

  @AfterEach
  void stop() throws Exception {
    emulator.close();
  }

  private List<EscPosDecoder.Printed> lastJob() throws Exception {
    for (int i = 0; i < 50 && emulator.jobs().isEmpty(); i++) {
      Thread.sleep(20);
    }
    return emulator.jobs().getLast();
  }

  @Test
  void aReadyPrinterPrintsTheTicketAsDecodedByThePrinter() throws Exception {
    PrintResult result = printer.print(TICKET);

    assertThat(result).isEqualTo(new PrintResult.Printed());
    List<EscPosDecoder.Printed> job = lastJob();
    assertThat(job)
        .contains(new EscPosDecoder.Qr("https://www.service.bremen.de"))
        .contains(new EscPosDecoder.Cut());
    assertThat(job)
        .filteredOn(p -> p instanceof EscPosDecoder.TextLine)
        .extracting(p -> ((EscPosDecoder.TextLine) p).text())
        .contains("Bürgerservice");
    assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.OK);
  }

  @Test
  void paperLowStillPrintsAndWarnsTheLibrarian() {
    emulator.script(new PrinterStatus(false, false, false, true));

    assertThat(printer.print(TICKET)).isEqualTo(new PrintResult.Printed());
    assertThat(printer.health())
        .isEqualTo(new DeviceHealth(DeviceHealth.State.WARNING, "ticket printer: paper low"));
  }

  @Test
  void paperOutCoverOpenAndOfflineAreNotPrintedWithTheReason() throws Exception {
    emulator.script(new PrinterStatus(false, false, true, true));
    PrintResult paperOut = printer.print(TICKET);
    emulator.script(new PrinterStatus(false, true, false, false));
    PrintResult coverOpen = printer.print(TICKET);
    emulator.script(new PrinterStatus(true, false, false, false));
    PrintResult offline = printer.print(TICKET);

    assertThat(paperOut).isEqualTo(new PrintResult.NotPrinted("ticket printer: paper out"));
    assertThat(coverOpen).isEqualTo(new PrintResult.NotPrinted("ticket printer: cover open"));
    assertThat(offline).isEqualTo(new PrintResult.NotPrinted("ticket printer: offline"));
    Thread.sleep(200);
    assertThat(emulator.jobs()).allMatch(List::isEmpty);
    assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.ERROR);
  }

  @Test
  void anUnreachablePrinterIsNotPrintedAndAnError() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    EscPosTcpPrinter gone =
        new EscPosTcpPrinter(
            new InetSocketAddress("127.0.0.1", closed),
            new EscPosEncoder(PaperWidth.MM58, CodePage.CP858, false),
            Duration.ofSeconds(1));

    PrintResult result = gone.print(TICKET);

    assertThat(result).isInstanceOf(PrintResult.NotPrinted.class);
    assertThat(((PrintResult.NotPrinted) result).reason())
        .startsWith("ticket printer not reachable");
    assertThat(gone.health().state()).isEqualTo(DeviceHealth.State.ERROR);
  }

  @Test
  void statusRepliesReadBackToTheSameState() {
    for (PrinterStatus state :
        List.of(
            PrinterStatus.READY,
            new PrinterStatus(false, false, false, true),
            new PrinterStatus(false, false, true, true),
            new PrinterStatus(false, true, false, false),
            new PrinterStatus(true, false, false, false))) {
      int[] replies = state.replies();
      PrinterStatus read = PrinterStatus.fromReplies(replies[0], replies[1], replies[2]);
      assertThat(read.health()).as(state.toString()).isEqualTo(state.health());
    }
  }
}
