package de.buergerinfo.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.SerialLinePair;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printer driver against the printer emulator: over TCP on 127.0.0.1, over a serial line and
 * through a device file (both real pseudo-terminals made by socat).
 */
class EscPosPrinterTest {

  private static final Ticket TICKET =
      Ticket.builder()
          .heading("Bürgerservice")
          .row("Wartenummer", "A 042")
          .qr("https://www.service.bremen.de")
          .cut()
          .build();

  private PrinterEmulator emulator;
  private EscPosPrinter printer;
  private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    emulator = PrinterEmulator.start();
    printer =
        new EscPosPrinter(
            new TcpPrinterLink(
                new InetSocketAddress("127.0.0.1", emulator.port()), Duration.ofSeconds(2)),
            new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
            events::add);
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
    EscPosPrinter gone =
        new EscPosPrinter(
            new TcpPrinterLink(new InetSocketAddress("127.0.0.1", closed), Duration.ofSeconds(1)),
            new EscPosEncoder(PaperWidth.MM58, CodePage.CP858, false),
            DeviceEventSink.ignoring());

    PrintResult result = gone.print(TICKET);

    assertThat(result).isInstanceOf(PrintResult.NotPrinted.class);
    assertThat(((PrintResult.NotPrinted) result).reason())
        .isEqualTo("ticket printer not reachable (127.0.0.1:" + closed + ")");
    assertThat(gone.health().state()).isEqualTo(DeviceHealth.State.ERROR);
  }

  @Test
  void healthChangesAreReportedOnceEach() {
    printer.print(TICKET);
    emulator.script(new PrinterStatus(false, false, false, true));
    printer.print(TICKET);
    printer.checkNow();
    emulator.script(new PrinterStatus(false, true, false, false));
    printer.checkNow();

    assertThat(events)
        .extracting(e -> ((DeviceEvent.HealthChanged) e).health().reason())
        .containsExactly(
            "ticket printer ready", "ticket printer: paper low", "ticket printer: cover open");
    assertThat(events).allMatch(e -> e.device() == DeviceKind.PRINTER);
  }

  @Test
  void checkingTheStatusPrintsNothing() throws Exception {
    emulator.script(new PrinterStatus(false, false, false, true));

    assertThat(printer.checkNow().reason()).isEqualTo("ticket printer: paper low");
    Thread.sleep(100);
    assertThat(emulator.jobs()).allMatch(List::isEmpty);
  }

  @Test
  void aPrinterThatAcceptsButNeverAnswersIsNotPrinted() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread.ofVirtual()
          .start(
              () -> {
                try (Socket held = silent.accept()) {
                  held.getInputStream().readAllBytes();
                } catch (Exception e) {
                  // the test ended
                }
              });
      EscPosPrinter mute =
          new EscPosPrinter(
              new TcpPrinterLink(
                  new InetSocketAddress("127.0.0.1", silent.getLocalPort()),
                  Duration.ofMillis(300)),
              new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
              DeviceEventSink.ignoring());

      assertThat(mute.print(TICKET))
          .isEqualTo(
              new PrintResult.NotPrinted(
                  "ticket printer does not answer (127.0.0.1:" + silent.getLocalPort() + ")"));
    }
  }

  @Test
  void aPrinterThatAnswersGarbageIsNotPrinted() throws Exception {
    try (ServerSocket garbage = new ServerSocket(0)) {
      Thread.ofVirtual()
          .start(
              () -> {
                try (Socket held = garbage.accept()) {
                  held.getOutputStream().write(new byte[64]);
                  held.getInputStream().readAllBytes();
                } catch (Exception e) {
                  // the test ended
                }
              });
      EscPosPrinter confused =
          new EscPosPrinter(
              new TcpPrinterLink(
                  new InetSocketAddress("127.0.0.1", garbage.getLocalPort()),
                  Duration.ofSeconds(2)),
              new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
              DeviceEventSink.ignoring());

      assertThat(confused.print(TICKET)).isInstanceOf(PrintResult.NotPrinted.class);
      assertThat(confused.health().state()).isEqualTo(DeviceHealth.State.ERROR);
    }
  }

  @Test
  void printsOverASerialLine(@TempDir Path folder) throws Exception {
    try (SerialLinePair line = SerialLinePair.start(folder);
        PrinterEmulator onLine = PrinterEmulator.attach(line.deviceEnd())) {
      EscPosPrinter serial =
          new EscPosPrinter(
              new SerialPrinterLink(
                  line.driverEnd().toString(), 38_400, false, Duration.ofSeconds(2)),
              new EscPosEncoder(PaperWidth.MM58, CodePage.CP858, false),
              DeviceEventSink.ignoring());

      assertThat(serial.print(TICKET)).isEqualTo(new PrintResult.Printed());
      onLine.script(new PrinterStatus(false, true, false, false));
      assertThat(serial.print(TICKET))
          .isEqualTo(new PrintResult.NotPrinted("ticket printer: cover open"));

      List<List<EscPosDecoder.Printed>> jobs = awaitJobs(onLine, 1);
      assertThat(jobs).hasSize(1);
      assertThat(texts(jobs.getFirst())).contains("Bürgerservice");
      assertThat(jobs.getFirst()).contains(new EscPosDecoder.Cut());
      // The raster QR code (qr=raster on this printer) scans.
      assertThat(jobs.getFirst())
          .filteredOn(p -> p instanceof EscPosDecoder.Image)
          .extracting(p -> QrScan.decode(((EscPosDecoder.Image) p).image()))
          .contains(java.util.Optional.of("https://www.service.bremen.de"));
    }
  }

  @Test
  void printsThroughADeviceFile(@TempDir Path folder) throws Exception {
    try (SerialLinePair line = SerialLinePair.start(folder);
        PrinterEmulator onLine = PrinterEmulator.attach(line.deviceEnd())) {
      EscPosPrinter usb =
          new EscPosPrinter(
              new DeviceFilePrinterLink(line.driverEnd(), Duration.ofSeconds(2)),
              new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
              DeviceEventSink.ignoring());

      assertThat(usb.print(TICKET)).isEqualTo(new PrintResult.Printed());
      assertThat(usb.print(TICKET)).isEqualTo(new PrintResult.Printed());

      List<List<EscPosDecoder.Printed>> jobs = awaitJobs(onLine, 2);
      assertThat(jobs).hasSize(2);
      assertThat(jobs.get(1)).contains(new EscPosDecoder.Qr("https://www.service.bremen.de"));
    }
  }

  @Test
  void aPulledCableIsAnErrorAndAReturningOneWorksAgain(@TempDir Path folder) throws Exception {
    SerialLinePair line = SerialLinePair.start(folder);
    PrinterEmulator onLine = PrinterEmulator.attach(line.deviceEnd());
    EscPosPrinter serial =
        new EscPosPrinter(
            new SerialPrinterLink(line.driverEnd().toString(), 9_600, false, Duration.ofSeconds(1)),
            new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
            DeviceEventSink.ignoring());
    assertThat(serial.checkNow().state()).isEqualTo(DeviceHealth.State.OK);

    onLine.close();
    line.close();
    PrintResult result = serial.print(TICKET);

    assertThat(result).isInstanceOf(PrintResult.NotPrinted.class);
    assertThat(serial.health().state()).isEqualTo(DeviceHealth.State.ERROR);

    try (SerialLinePair again = SerialLinePair.start(folder);
        PrinterEmulator back = PrinterEmulator.attach(again.deviceEnd())) {
      assertThat(serial.print(TICKET)).isEqualTo(new PrintResult.Printed());
      assertThat(serial.health().state()).isEqualTo(DeviceHealth.State.OK);
    }
  }

  @Test
  void aSilentDeviceFileDoesNotAnswerAndTheReadEnds(@TempDir Path folder) throws Exception {
    try (SerialLinePair line = SerialLinePair.start(folder)) {
      EscPosPrinter silent =
          new EscPosPrinter(
              new DeviceFilePrinterLink(line.driverEnd(), Duration.ofMillis(300)),
              new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
              DeviceEventSink.ignoring());

      assertThat(silent.print(TICKET))
          .isEqualTo(
              new PrintResult.NotPrinted(
                  "ticket printer does not answer (" + line.driverEnd() + ")"));
      assertThat(silent.checkNow().state()).isEqualTo(DeviceHealth.State.ERROR);
    }
  }

  @Test
  void aMissingDeviceFileIsNotReachable() {
    EscPosPrinter missing =
        new EscPosPrinter(
            new DeviceFilePrinterLink(Path.of("/dev/usb/no-such-lp9"), Duration.ofSeconds(1)),
            new EscPosEncoder(PaperWidth.MM80, CodePage.CP858, true),
            DeviceEventSink.ignoring());

    assertThat(missing.print(TICKET))
        .isEqualTo(
            new PrintResult.NotPrinted("ticket printer not reachable (/dev/usb/no-such-lp9)"));
  }

  private static List<List<EscPosDecoder.Printed>> awaitJobs(PrinterEmulator emulator, int cuts)
      throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      List<List<EscPosDecoder.Printed>> jobs = emulator.jobs();
      if (jobs.stream().filter(job -> job.contains(new EscPosDecoder.Cut())).count() >= cuts) {
        return jobs;
      }
      Thread.sleep(25);
    }
    return emulator.jobs();
  }

  private static List<String> texts(List<EscPosDecoder.Printed> job) {
    return job.stream()
        .filter(p -> p instanceof EscPosDecoder.TextLine)
        .map(p -> ((EscPosDecoder.TextLine) p).text())
        .toList();
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
