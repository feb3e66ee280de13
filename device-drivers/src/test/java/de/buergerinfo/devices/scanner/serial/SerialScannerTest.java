package de.buergerinfo.devices.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.SerialLinePair;
import de.buergerinfo.devices.scanner.ReopenBackoff;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real driver through jSerialComm on real pseudo-terminals made by socat. */
class SerialScannerTest {

  @TempDir Path folder;
  private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
  private final BlockingQueue<DeviceEvent.CodeScanned> codes = new LinkedBlockingQueue<>();
  private SerialScanner scanner;
  private SerialLinePair ptys;

  @AfterEach
  void stop() throws Exception {
    if (scanner != null) {
      scanner.close();
    }
    if (ptys != null) {
      ptys.close();
    }
  }

  private void start(LineTerminator terminator, int maxBytes) throws Exception {
    ptys = SerialLinePair.start(folder);
    scanner =
        SerialScanner.start(
            new SerialScanner.Settings(
                ptys.driverEnd(),
                9600,
                new LineAssembler.Settings(
                    terminator,
                    maxBytes,
                    Duration.ofMillis(terminator == LineTerminator.NONE ? 150 : 500),
                    StandardCharsets.UTF_8),
                new ReopenBackoff(Duration.ofMillis(50), Duration.ofMillis(200))),
            event -> {
              events.add(event);
              if (event instanceof DeviceEvent.CodeScanned code) {
                codes.add(code);
              }
            });
    awaitHealth(SerialScanner.READY);
  }

  private String nextCode() throws InterruptedException {
    DeviceEvent.CodeScanned code = codes.poll(5, TimeUnit.SECONDS);
    if (code == null) {
      throw new AssertionError("no code within 5 s");
    }
    assertThat(code.source()).isEqualTo("serial");
    return code.text();
  }

  private void awaitHealth(DeviceHealth expected) throws InterruptedException {
    for (int i = 0; i < 100 && !scanner.health().equals(expected); i++) {
      Thread.sleep(50);
    }
    assertThat(scanner.health()).isEqualTo(expected);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aCodeWithCrLfArrivesAsOneEvent() throws Exception {
    start(LineTerminator.CRLF, 8000);
    try (OutputStream feed = ptys.deviceOutput()) {
      feed.write(ascii("0012345678\r\n"));
      feed.flush();
      assertThat(nextCode()).isEqualTo("0012345678");
      Thread.sleep(200);
      assertThat(codes).as("the LF after CR is no second code").isEmpty();
    }
  }

  @Test
  void splitWritesAndSeveralCodesInOneWrite() throws Exception {
    start(LineTerminator.CR, 8000);
    try (OutputStream feed = ptys.deviceOutput()) {
      feed.write(ascii("00123"));
      feed.flush();
      Thread.sleep(100);
      feed.write(ascii("45678\r"));
      feed.write(ascii("A-1\rB-2\r\nhttps://service.bremen.de/?id=1&x=%20\n"));
      feed.flush();
      assertThat(List.of(nextCode(), nextCode(), nextCode(), nextCode()))
          .containsExactly("0012345678", "A-1", "B-2", "https://service.bremen.de/?id=1&x=%20");
    }
  }

  @Test
  void anOverlongLineIsDiscardedAndTheNextLineRead() throws Exception {
    start(LineTerminator.CRLF, 100);
    try (OutputStream feed = ptys.deviceOutput()) {
      feed.write(ascii("9".repeat(100_000) + "\r\n"));
      feed.write(ascii("x".repeat(100) + "\r\n"));
      feed.write(ascii("ok\r\n"));
      feed.flush();
      assertThat(nextCode()).isEqualTo("x".repeat(100));
      assertThat(nextCode()).isEqualTo("ok");
    }
  }

  @Test
  void binaryGarbageNeverBecomesControlCharactersInACode() throws Exception {
    start(LineTerminator.CRLF, 8000);
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    try (OutputStream feed = ptys.deviceOutput()) {
      feed.write(garbage);
      feed.write(ascii("\r\n"));
      feed.write(new byte[] {0, 0x1b, '[', '2', 'J', 'a', 0x7f, 'b', 0x07, '\t', 'c', '\r', '\n'});
      feed.write(ascii("\u202Eevil\r\n")); // bidi override removed
      feed.write(ascii("0012345678\r\n"));
      feed.flush();
      // Random bytes are almost never valid UTF-8, and nothing valid is left of them here.
      assertThat(nextCode()).isEqualTo("[2Jab c");
      assertThat(nextCode()).isEqualTo("evil");
      assertThat(nextCode()).isEqualTo("0012345678");
    }
  }

  @Test
  void withoutTerminatorThePauseEndsTheCode() throws Exception {
    start(LineTerminator.NONE, 8000);
    try (OutputStream feed = ptys.deviceOutput()) {
      feed.write(ascii("4711"));
      feed.flush();
      Thread.sleep(30);
      feed.write(ascii("0815"));
      feed.flush();
      assertThat(nextCode()).isEqualTo("47110815");
    }
  }

  @Test
  void socatGoneIsAnErrorAndBackIsReadyAgain() throws Exception {
    start(LineTerminator.CRLF, 8000);
    try (OutputStream feed = ptys.deviceOutput()) {
      feed.write(ascii("before\r\n"));
      feed.flush();
      assertThat(nextCode()).isEqualTo("before");
    }

    ptys.close();
    awaitHealth(SerialScanner.DISCONNECTED);
    Thread.sleep(400);
    assertThat(scanner.health()).isEqualTo(SerialScanner.DISCONNECTED);

    ptys = SerialLinePair.start(folder);
    awaitHealth(SerialScanner.READY);
    try (OutputStream feed = ptys.deviceOutput()) {
      feed.write(ascii("after\r\n"));
      feed.flush();
      assertThat(nextCode()).isEqualTo("after");
    }
    assertThat(events)
        .filteredOn(e -> e instanceof DeviceEvent.HealthChanged)
        .extracting(e -> ((DeviceEvent.HealthChanged) e).health())
        .containsSubsequence(SerialScanner.READY, SerialScanner.DISCONNECTED, SerialScanner.READY);
  }
}
