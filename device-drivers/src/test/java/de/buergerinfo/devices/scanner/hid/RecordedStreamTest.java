package de.buergerinfo.devices.scanner.hid;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.scanner.hid.ScanAssembler.Assembled;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checked-in scanner recording: its bytes, its event structure and the codes it holds. */
class RecordedStreamTest {

  private static byte[] fixture() throws Exception {
    try (InputStream in =
        RecordedStreamTest.class.getResourceAsStream(RecordedScannerStream.RESOURCE)) {
      assertThat(in).as("fixture " + RecordedScannerStream.RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theFixtureIsWhatItsDocumentedGeneratorMakes() throws Exception {
    assertThat(fixture()).isEqualTo(RecordedScannerStream.bytes());
  }

  @Test
  void everyKeyIsAnMscScanKeySynReportPressedAndReleased() throws Exception {
    byte[] bytes = fixture();
    assertThat(bytes.length % 24).isZero();
    List<InputEvent> events =
        new InputEventReader(InputEventLayout.BITS_64).feed(bytes, 0, bytes.length);
    long presses = events.stream().filter(e -> e.isKey() && e.value() == 1).count();
    long releases = events.stream().filter(e -> e.isKey() && e.value() == 0).count();
    assertThat(presses).isEqualTo(releases);
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).isKey()) {
        InputEvent scan = events.get(i - 1);
        assertThat(scan.type()).isEqualTo(InputEvent.EV_MSC);
        assertThat(scan.code()).isEqualTo(InputEvent.MSC_SCAN);
        assertThat(scan.value() >>> 16).as("HID keyboard usage page").isEqualTo(7);
      }
    }
    assertThat(events.getLast().type()).isEqualTo(InputEvent.EV_SYN);
  }

  @Test
  void theRecordingReadsAsTheTwoScans() throws Exception {
    byte[] bytes = fixture();
    ScanAssembler assembler =
        new ScanAssembler(
            new ScanAssembler.Settings(KeyTerminator.ENTER, 8000, Duration.ofMillis(500)));
    InputEventReader reader = new InputEventReader(InputEventLayout.BITS_64);
    List<Assembled> out = new ArrayList<>();
    // In reads of 64 events, as the driver reads, with the last one cut short.
    for (int offset = 0; offset < bytes.length; offset += 64 * 24 - 7) {
      int length = Math.min(64 * 24 - 7, bytes.length - offset);
      reader.feed(bytes, offset, length).forEach(e -> assembler.accept(e).ifPresent(out::add));
    }
    assertThat(out)
        .containsExactly(
            new Assembled.Code(RecordedScannerStream.CODES.get(0)),
            new Assembled.Code(RecordedScannerStream.CODES.get(1)));
  }

  @Test
  void withoutTerminatorSettingTheSameRecordingSplitsAtThePause() throws Exception {
    byte[] bytes = fixture();
    ScanAssembler assembler =
        new ScanAssembler(
            new ScanAssembler.Settings(KeyTerminator.NONE, 8000, Duration.ofMillis(150)));
    List<Assembled> out = new ArrayList<>();
    new InputEventReader(InputEventLayout.BITS_64)
        .feed(bytes, 0, bytes.length)
        .forEach(e -> assembler.accept(e).ifPresent(out::add));
    assembler.pause().ifPresent(out::add);
    assertThat(out)
        .containsExactly(
            new Assembled.Code(RecordedScannerStream.CODES.get(0)),
            new Assembled.Code(RecordedScannerStream.CODES.get(1)));
  }
}
