package de.buergerinfo.devices.setup;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.DeviceSetup;
import de.buergerinfo.devices.printer.PrinterEmulator;
import de.buergerinfo.devices.printer.PrinterStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The self-test on the embedded default's simulators and on a real (emulated) TCP printer. */
class SelfTestTest {

  private static final SelfTest.Waits QUICK =
      new SelfTest.Waits(Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(300));

  /** A terminal with only a TCP printer, played by {@code emulator}. */
  private static DeviceSetup printerOnly(PrinterEmulator emulator) {
    Map<DeviceKind, DeviceAddress> addresses = new EnumMap<>(DeviceKind.class);
    addresses.put(
        DeviceKind.PRINTER,
        DeviceAddress.parse(DeviceKind.PRINTER, "escpos+tcp://127.0.0.1:" + emulator.port()));
    return new DeviceSetup(addresses);
  }

  @Test
  void everySimulatedDeviceOfTheEmbeddedDefaultPassesEndToEnd() throws Exception {
    SelfTest.Report report =
        new SelfTest(Clock.systemUTC()).run(DeviceSetup.allSimulated(), "test-terminal", QUICK);

    assertThat(report.failed()).isFalse();
    assertThat(report.checks())
        .extracting(SelfTest.Check::verdict)
        .containsOnly(SelfTest.Verdict.PASSED);
    assertThat(report.checks().get(0).detail())
        .isEqualTo("ticket printer ready; test ticket printed and decoded by the emulator");
    assertThat(report.checks().get(1).detail())
        .isEqualTo("readers: Simulated reader; card read (UID of 7 bytes)")
        .doesNotContain("04a22b");
    assertThat(report.checks().get(2).detail()).contains("1 code scanned");
  }

  @Test
  void aPrinterWithoutPaperFailsAndUnconfiguredDevicesAreSkipped() throws Exception {
    try (PrinterEmulator emulator = PrinterEmulator.start()) {
      emulator.script(new PrinterStatus(false, false, true, true));
      SelfTest.Report report =
          new SelfTest(Clock.systemUTC()).run(printerOnly(emulator), "t", QUICK);

      assertThat(report.failed()).isTrue();
      assertThat(report.checks().getFirst())
          .isEqualTo(
              new SelfTest.Check(
                  DeviceKind.PRINTER,
                  "escpos+tcp://127.0.0.1:" + emulator.port(),
                  SelfTest.Verdict.FAILED,
                  "ticket printer: paper out"));
      assertThat(report.checks().subList(1, 4))
          .extracting(SelfTest.Check::verdict)
          .containsOnly(SelfTest.Verdict.SKIPPED);
      assertThat(emulator.jobs()).allMatch(java.util.List::isEmpty);
    }
  }

  @Test
  void aPrinterWithLowPaperPrintsTheTestTicketWithAWarning() throws Exception {
    try (PrinterEmulator emulator = PrinterEmulator.start()) {
      emulator.script(new PrinterStatus(false, false, false, true));
      SelfTest.Report report =
          new SelfTest(Clock.systemUTC()).run(printerOnly(emulator), "t", QUICK);

      assertThat(report.failed()).isFalse();
      assertThat(report.checks().getFirst().verdict()).isEqualTo(SelfTest.Verdict.WARNING);
      assertThat(report.checks().getFirst().detail())
          .isEqualTo("ticket printer: paper low; test ticket printed");
    }
  }
}
