package de.buergerinfo.devices.scanner.hid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Makes {@code src/test/resources/scanner/hid/usb-scanner-x86_64.events}: the bytes a 64-bit
 * process reads from a USB barcode scanner's {@code event-kbd} device for two scans. We have no
 * physical scanner, so the stream is generated, as hid-input writes it for a boot-protocol keyboard
 * report: per report {@code MSC_SCAN} + {@code EV_KEY} for each changed key (Shift first, in the
 * same report as the key), then {@code EV_SYN}; the release report 2 to 4 ms after the press; 7 to
 * 20 ms from one key to the next (seeded jitter); 1.8 s between the two scans.
 *
 * <p>Regenerate (only when the generator changes; {@code RecordedStreamTest} checks the file
 * against it) from the {@code device-drivers} folder after {@code ./mvnw -o -pl device-drivers
 * test-compile}: {@code java -cp target/classes:target/test-classes
 * de.buergerinfo.devices.scanner.hid.RecordedScannerStream}.
 */
final class RecordedScannerStream {

  static final Path FIXTURE = Path.of("src/test/resources/scanner/hid/usb-scanner-x86_64.events");
  static final String RESOURCE = "/scanner/hid/usb-scanner-x86_64.events";

  /** What the two scans hold: a library card number and a service URL from a QR code. */
  static final List<String> CODES =
      List.of(
          "0012345678",
          "https://www.service.bremen.de/dienstleistungen/-/leistung/8966130?lang=de_DE&x=50%");

  private RecordedScannerStream() {}

  static byte[] bytes() {
    Random jitter = new Random(2026);
    // 2026-11-03 09:14:07 local time, as the kernel stamps it (wall clock, microseconds).
    KeyStrokes strokes = new KeyStrokes(1_793_607_247_318_402L, true);
    for (String code : CODES) {
      for (char c : code.toCharArray()) {
        KeyStrokes.Stroke stroke = KeyStrokes.strokeOf(c);
        strokes.tap(stroke.code(), stroke.shift(), 7 + jitter.nextInt(14));
      }
      strokes.enter(7 + jitter.nextInt(14));
      strokes.pause(1800);
    }
    return strokes.bytes(InputEventLayout.BITS_64);
  }

  /** Writes the fixture; run from the {@code device-drivers} folder. */
  public static void main(String[] args) throws IOException {
    Files.write(FIXTURE, bytes());
  }
}
