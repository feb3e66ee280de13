package de.buergerinfo.devices.scanner.hid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.scanner.ReopenBackoff;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
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

/**
 * The real driver end to end, on a FIFO made with mkfifo: the FFM open, poll and read calls, the
 * failed grab (a FIFO is no input device), unplug and replug.
 */
class HidScannerTest {

  @TempDir Path folder;
  private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
  private final BlockingQueue<DeviceEvent.CodeScanned> codes = new LinkedBlockingQueue<>();
  private HidScanner scanner;

  @AfterEach
  void stop() {
    if (scanner != null) {
      scanner.close();
    }
  }

  private HidScanner start(Path device, KeyTerminator terminator) {
    var framing =
        new ScanAssembler.Settings(
            terminator, 200, Duration.ofMillis(terminator == KeyTerminator.NONE ? 150 : 500));
    scanner =
        HidScanner.start(
            new HidScanner.Settings(
                device,
                framing,
                InputEventLayout.BITS_64,
                new ReopenBackoff(Duration.ofMillis(50), Duration.ofMillis(200))),
            event -> {
              events.add(event);
              if (event instanceof DeviceEvent.CodeScanned code) {
                codes.add(code);
              }
            });
    return scanner;
  }

  private Path fifo(String name) throws Exception {
    Path path = folder.resolve(name);
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
    return path;
  }

  private DeviceEvent.CodeScanned nextCode() throws InterruptedException {
    DeviceEvent.CodeScanned code = codes.poll(5, TimeUnit.SECONDS);
    if (code == null) {
      throw new AssertionError("no code within 5 s");
    }
    return code;
  }

  private void awaitHealth(DeviceHealth expected) throws InterruptedException {
    for (int i = 0; i < 100 && !scanner.health().equals(expected); i++) {
      Thread.sleep(50);
    }
    assertThat(scanner.health()).isEqualTo(expected);
  }

  private static byte[] scan(String code) {
    return new KeyStrokes().type(code, 8).enter(8).bytes(InputEventLayout.BITS_64);
  }

  @Test
  void readsCodesFromTheDeviceFileAndWarnsThatItCouldNotGrabIt() throws Exception {
    Path device = fifo("usb-Scanner-event-kbd");
    start(device, KeyTerminator.ENTER);
    awaitHealth(HidScanner.NOT_GRABBED);

    try (OutputStream out = new FileOutputStream(device.toFile())) {
      out.write(scan("0012345678"));
      out.flush();
      DeviceEvent.CodeScanned first = nextCode();
      assertThat(first.text()).isEqualTo("0012345678");
      assertThat(first.source()).isEqualTo("hid");
      assertThat(first.device()).isEqualTo(DeviceKind.SCANNER);

      // One scan in two writes that split a record, then two scans in one write.
      byte[] split = scan("https://service.bremen.de/?id=1");
      out.write(split, 0, 101);
      out.flush();
      Thread.sleep(30);
      out.write(split, 101, split.length - 101);
      out.write(scan("A-1"));
      out.write(scan("B-2"));
      out.flush();
      assertThat(List.of(nextCode().text(), nextCode().text(), nextCode().text()))
          .containsExactly("https://service.bremen.de/?id=1", "A-1", "B-2");
    }
    assertThat(events)
        .filteredOn(e -> e instanceof DeviceEvent.HealthChanged)
        .extracting(e -> ((DeviceEvent.HealthChanged) e).health())
        .contains(HidScanner.NOT_GRABBED);
  }

  @Test
  void hostileInputIsDroppedAndTheNextScanStillArrives() throws Exception {
    Path device = fifo("event-kbd");
    start(device, KeyTerminator.ENTER);
    awaitHealth(HidScanner.NOT_GRABBED);
    KeyStrokes flood = new KeyStrokes();
    for (int i = 0; i < 10_000; i++) {
      flood.type("1234567890", 1);
    }
    flood
        .enter(2)
        .tap(KeyStrokes.KEY_ESC, false, 5)
        .enter(5)
        .type("a", 5)
        .tab(5)
        .type("b", 5)
        .enter(5);

    try (OutputStream out = new FileOutputStream(device.toFile())) {
      out.write(flood.bytes(InputEventLayout.BITS_64));
      out.write(new byte[] {1, 2, 3}); // a torn record: waits for bytes that never come
      out.flush();
      // The tab inside the code became a space in ScannedText.
      assertThat(nextCode().text()).isEqualTo("a b");
    }
    Thread.sleep(200);
    assertThat(codes).isEmpty();
  }

  @Test
  void withoutTerminatorThePauseEndsTheCode() throws Exception {
    Path device = fifo("event-kbd");
    start(device, KeyTerminator.NONE);
    awaitHealth(HidScanner.NOT_GRABBED);
    try (OutputStream out = new FileOutputStream(device.toFile())) {
      out.write(new KeyStrokes().type("4711", 8).bytes(InputEventLayout.BITS_64));
      out.flush();
      long start = System.nanoTime();
      assertThat(nextCode().text()).isEqualTo("4711");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).as("ended by the 150 ms pause").isBetween(100L, 3000L);
    }
  }

  @Test
  void aMissingDeviceIsAnErrorUntilItAppears() throws Exception {
    Path device = folder.resolve("usb-later-event-kbd");
    start(device, KeyTerminator.ENTER);
    awaitHealth(HidScanner.DISCONNECTED);

    fifo("usb-later-event-kbd");
    awaitHealth(HidScanner.NOT_GRABBED);
    try (OutputStream out = new FileOutputStream(device.toFile())) {
      out.write(scan("42"));
    }
    assertThat(nextCode().text()).isEqualTo("42");
  }

  @Test
  void unpluggedIsAnErrorAndReplugReadsAgain() throws Exception {
    Path device = fifo("usb-event-kbd");
    start(device, KeyTerminator.ENTER);
    awaitHealth(HidScanner.NOT_GRABBED);
    OutputStream out = new FileOutputStream(device.toFile());
    out.write(scan("before"));
    out.flush();
    assertThat(nextCode().text()).isEqualTo("before");

    Files.delete(device); // The by-id link goes when the scanner is unplugged ...
    out.close(); // ... and the open device ends.
    awaitHealth(HidScanner.DISCONNECTED);
    Thread.sleep(500); // Several reopen attempts, all failing.
    assertThat(scanner.health()).isEqualTo(HidScanner.DISCONNECTED);

    fifo("usb-event-kbd");
    awaitHealth(HidScanner.NOT_GRABBED);
    try (OutputStream again = new FileOutputStream(device.toFile())) {
      again.write(scan("after"));
    }
    assertThat(nextCode().text()).isEqualTo("after");
    assertThat(events)
        .filteredOn(e -> e instanceof DeviceEvent.HealthChanged)
        .extracting(e -> ((DeviceEvent.HealthChanged) e).health().state())
        .containsSubsequence(
            DeviceHealth.State.WARNING, DeviceHealth.State.ERROR, DeviceHealth.State.WARNING);
  }

  @Test
  void closeStopsTheThreadAndCanBeCalledTwice() throws Exception {
    Path device = fifo("event-kbd");
    start(device, KeyTerminator.ENTER);
    awaitHealth(HidScanner.NOT_GRABBED);
    assertThat(threadAlive()).isTrue();

    scanner.close();
    scanner.close();

    assertThat(threadAlive()).isFalse();
  }

  private static boolean threadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("hid-scanner") && t.isAlive() && t.isDaemon());
  }

  @Test
  void settingsFromTheProfileAddress() {
    HidScanner.Settings settings =
        HidScanner.Settings.from(
            DeviceAddress.parse(
                DeviceKind.SCANNER,
                "hid:/dev/input/by-id/usb-Honeywell-event-kbd?terminator=none"));
    assertThat(settings.device()).isEqualTo(Path.of("/dev/input/by-id/usb-Honeywell-event-kbd"));
    assertThat(settings.framing().terminator()).isEqualTo(KeyTerminator.NONE);
    assertThat(settings.framing().pause()).isEqualTo(Duration.ofMillis(150));
    assertThat(settings.layout()).isEqualTo(InputEventLayout.ofThisProcess());

    HidScanner.Settings defaults =
        HidScanner.Settings.from(DeviceAddress.parse(DeviceKind.SCANNER, "hid:/dev/input/event3"));
    assertThat(defaults.framing().terminator()).isEqualTo(KeyTerminator.ENTER);
    assertThat(defaults.framing().maxLength()).isEqualTo(8000);

    HidScanner.Settings tuned =
        HidScanner.Settings.from(
            DeviceAddress.parse(
                DeviceKind.SCANNER, "hid:/dev/input/event3?terminator=TAB&pause=80&maxLength=64"));
    assertThat(tuned.framing())
        .isEqualTo(new ScanAssembler.Settings(KeyTerminator.TAB, 64, Duration.ofMillis(80)));
  }

  @Test
  void badOptionsAreRejectedWithTheirName() {
    for (String bad :
        List.of(
            "hid:/dev/input/event3?terminator=crlf",
            "hid:/dev/input/event3?pause=0",
            "hid:/dev/input/event3?pause=abc",
            "hid:/dev/input/event3?maxLength=99999",
            "hid:/dev/input/event3?baud=9600")) {
      DeviceAddress address = DeviceAddress.parse(DeviceKind.SCANNER, bad);
      assertThatThrownBy(() -> HidScanner.Settings.from(address))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageMatching(".*(terminator|pause|maxLength|baud).*");
    }
  }
}
