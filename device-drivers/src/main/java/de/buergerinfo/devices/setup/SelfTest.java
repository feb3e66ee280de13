package de.buergerinfo.devices.setup;

import de.buergerinfo.devices.CardUid;
import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.DeviceSetup;
import de.buergerinfo.devices.cardreader.SimulatedCardReader;
import de.buergerinfo.devices.gpio.LightPattern;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.devices.printer.EscPosDecoder;
import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.SimulatedPrinter;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.devices.scanner.SimulatedScanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Checks each configured device of a terminal the way IT would by hand: the printer's status and a
 * test ticket, the card readers and a card if one is put on, the scanner listening for codes, the
 * status light blinking. Simulated devices are exercised end to end (a simulated card is put on, a
 * code scanned) so the embedded default proves its whole event path.
 */
public final class SelfTest {

  /** How one device did. */
  public record Check(DeviceKind device, String address, Verdict verdict, String detail) {}

  /** The outcome of one check. */
  public enum Verdict {
    /** Works. */
    PASSED,
    /** Works, but needs attention (paper low, scanner not grabbed). */
    WARNING,
    /** Configured but not working. */
    FAILED,
    /** Not configured ({@code none}): nothing to check. */
    SKIPPED
  }

  /** All checks; failed when any check failed. */
  public record Report(List<Check> checks) {
    public Report {
      checks = List.copyOf(checks);
    }

    public boolean failed() {
      return checks.stream().anyMatch(check -> check.verdict() == Verdict.FAILED);
    }
  }

  /**
   * How long to wait: for drivers to find their hardware, for a card, for scanned codes.
   *
   * @param settle time for hardware drivers to find their device before the checks
   * @param cardWait how long to wait for a card to be put on a reader
   * @param listen how long the scanner listens for codes (zero: do not listen)
   */
  public record Waits(Duration settle, Duration cardWait, Duration listen) {}

  private final Clock clock;

  public SelfTest(Clock clock) {
    this.clock = clock;
  }

  /** Opens the setup's devices, checks each, and closes them again. */
  public Report run(DeviceSetup setup, String terminalId, Waits waits) throws InterruptedException {
    // Cards and codes apart, so a code scanned while we wait for a card still counts.
    BlockingQueue<DeviceEvent> cards = new LinkedBlockingQueue<>();
    BlockingQueue<DeviceEvent> codes = new LinkedBlockingQueue<>();
    DeviceEventSink sink =
        event -> {
          switch (event) {
            case DeviceEvent.CardPresented card -> cards.add(card);
            case DeviceEvent.CodeScanned code -> codes.add(code);
            default -> {}
          }
        };
    try (TerminalDevices devices = TerminalDevices.open(setup, sink)) {
      if (needsSettling(setup)) {
        Thread.sleep(waits.settle().toMillis());
      }
      List<Check> checks = new ArrayList<>();
      DeviceAddress printer = setup.address(DeviceKind.PRINTER);
      DeviceAddress cardReader = setup.address(DeviceKind.CARD_READER);
      DeviceAddress scanner = setup.address(DeviceKind.SCANNER);
      DeviceAddress gpio = setup.address(DeviceKind.GPIO);
      // The printer is asked now; the others report what their drivers last saw.
      checks.add(
          check(
              DeviceKind.PRINTER,
              printer,
              devices.printer()::checkNow,
              () -> printer(devices, printer, terminalId)));
      checks.add(
          check(
              DeviceKind.CARD_READER,
              cardReader,
              devices.cardReader()::health,
              () -> cardReader(devices, cardReader, cards, waits)));
      checks.add(
          check(
              DeviceKind.SCANNER,
              scanner,
              devices.scanner()::health,
              () -> scanner(devices, scanner, codes, waits)));
      checks.add(check(DeviceKind.GPIO, gpio, devices.gpio()::health, () -> gpio(devices, gpio)));
      return new Report(checks);
    }
  }

  private static boolean needsSettling(DeviceSetup setup) {
    for (DeviceKind kind : DeviceKind.values()) {
      DeviceAddress address = setup.address(kind);
      if (!address.isNone() && !address.isSimulated()) {
        return true;
      }
    }
    return false;
  }

  /** One device's part of the self-test, run once it is known to be configured and working. */
  private interface Exercise {
    Check run() throws InterruptedException;
  }

  /**
   * Skips a device that is not configured and fails one whose driver reports an error or finds
   * nothing; exercises the rest.
   */
  private static Check check(
      DeviceKind kind, DeviceAddress address, Supplier<DeviceHealth> health, Exercise exercise)
      throws InterruptedException {
    if (address.isNone()) {
      return new Check(kind, address.toString(), Verdict.SKIPPED, "not configured");
    }
    DeviceHealth now = health.get();
    if (verdict(now) == Verdict.FAILED) {
      return new Check(kind, address.toString(), Verdict.FAILED, now.reason());
    }
    return exercise.run();
  }

  private Check printer(TerminalDevices devices, DeviceAddress address, String terminalId)
      throws InterruptedException {
    BlockingQueue<SimulatedPrinter.PrintedTicket> printed = new LinkedBlockingQueue<>();
    if (devices.printer() instanceof SimulatedPrinter simulated) {
      simulated.onPrinted(printed::add);
    }
    PrintResult result = devices.printer().print(testTicket(terminalId, clock.instant()));
    if (result instanceof PrintResult.NotPrinted(String reason)) {
      return new Check(
          DeviceKind.PRINTER,
          address.toString(),
          Verdict.FAILED,
          "test ticket not printed: " + reason);
    }
    String detail = devices.printer().health().reason() + "; test ticket printed";
    if (devices.printer() instanceof SimulatedPrinter) {
      SimulatedPrinter.PrintedTicket ticket = printed.poll(5, TimeUnit.SECONDS);
      if (ticket == null
          || !ticket.content().contains(new EscPosDecoder.TextLine(HEADING, true, 1, 1))) {
        return new Check(
            DeviceKind.PRINTER,
            address.toString(),
            Verdict.FAILED,
            "the printer emulator did not decode the test ticket");
      }
      detail += " and decoded by the emulator";
    }
    return new Check(
        DeviceKind.PRINTER, address.toString(), verdict(devices.printer().health()), detail);
  }

  private static final String HEADING = "BIS Kiosk Selbsttest";

  /**
   * The self-test's ticket; it covers what tickets use: umlauts and €, right-to-left text, a QR
   * code, a barcode, the cut.
   */
  public static Ticket testTicket(String terminalId, Instant at) {
    String now =
        DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .format(at.atZone(ZoneId.of("Europe/Berlin")));
    return Ticket.builder()
        .heading(HEADING)
        .row("Terminal", terminalId)
        .row("Zeit", now)
        .text("Umlaute: ÄÖÜ äöü ß, Gebühr 0,50 €")
        .text("اختبار الطابعة")
        .qr("https://www.service.bremen.de")
        .barcode("SELFTEST")
        .separator()
        .cut()
        .build();
  }

  private Check cardReader(
      TerminalDevices devices,
      DeviceAddress address,
      BlockingQueue<DeviceEvent> events,
      Waits waits)
      throws InterruptedException {
    DeviceHealth health = devices.cardReader().health();
    List<String> readers = devices.cardReader().readers();
    if (devices.cardReader() instanceof SimulatedCardReader simulated) {
      simulated.present(Optional.of(new CardUid("04a22b1a5c6480")));
    }
    Optional<DeviceEvent.CardPresented> card =
        next(events, DeviceEvent.CardPresented.class, waits.cardWait());
    if (devices.cardReader() instanceof SimulatedCardReader simulated) {
      simulated.remove();
    }
    String detail = "readers: " + String.join(", ", readers);
    if (card.isPresent()) {
      // The UID is personal data: only its length is reported.
      detail +=
          card.get()
              .uid()
              .map(uid -> "; card read (UID of " + uid.hex().length() / 2 + " bytes)")
              .orElse("; card read (reader tells no UID)");
    } else {
      detail += "; no card was put on within " + waits.cardWait().toSeconds() + " s";
    }
    return new Check(DeviceKind.CARD_READER, address.toString(), verdict(health), detail);
  }

  private Check scanner(
      TerminalDevices devices,
      DeviceAddress address,
      BlockingQueue<DeviceEvent> events,
      Waits waits)
      throws InterruptedException {
    DeviceHealth health = devices.scanner().health();
    if (devices.scanner() instanceof SimulatedScanner simulated) {
      simulated.scan("https://www.service.bremen.de/selftest");
    }
    int codes = 0;
    long end = System.nanoTime() + waits.listen().toNanos();
    while (true) {
      Duration left = Duration.ofNanos(end - System.nanoTime());
      if (left.isNegative() || left.isZero()) {
        break;
      }
      if (next(events, DeviceEvent.CodeScanned.class, left).isEmpty()) {
        break;
      }
      codes++;
    }
    String detail =
        health.reason()
            + "; "
            + codes
            + (codes == 1 ? " code" : " codes")
            + " scanned in "
            + waits.listen().toSeconds()
            + " s";
    return new Check(
        DeviceKind.SCANNER, address.toString(), verdict(devices.scanner().health()), detail);
  }

  private Check gpio(TerminalDevices devices, DeviceAddress address) throws InterruptedException {
    devices.gpio().showLight(LightPattern.ATTENTION);
    Thread.sleep(devices.gpio() instanceof SimulatedGpio ? 0 : 3_000);
    devices.gpio().showLight(LightPattern.OK);
    return new Check(
        DeviceKind.GPIO,
        address.toString(),
        verdict(devices.gpio().health()),
        devices.gpio().health().reason() + "; status light blinked");
  }

  private static <T extends DeviceEvent> Optional<T> next(
      BlockingQueue<DeviceEvent> events, Class<T> type, Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    while (true) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      DeviceEvent event = events.poll(left, TimeUnit.NANOSECONDS);
      if (type.isInstance(event)) {
        return Optional.of(type.cast(event));
      }
    }
  }

  private static Verdict verdict(DeviceHealth health) {
    return switch (health.state()) {
      case OK -> Verdict.PASSED;
      case WARNING -> Verdict.WARNING;
      case ERROR, ABSENT -> Verdict.FAILED;
    };
  }
}
