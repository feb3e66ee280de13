package de.buergerinfo.devices.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEvent.CodeScanned;
import de.buergerinfo.devices.DeviceEvent.HealthChanged;
import de.buergerinfo.devices.DeviceHealth.State;
import de.buergerinfo.devices.scanner.decode.TestCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera scanner with a real ffmpeg process that plays pictures instead of a camera. */
class CameraScannerTest {

  private static final CameraSettings VGA = new CameraSettings("/dev/video0", 640, 480, 10);
  private static final CameraScanner.Timing FAST_RETRY =
      new CameraScanner.Timing(
          Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(2));
  private static final String TEXT = "https://www.service.bremen.de/termin?code=A-042-ÄÖÜ";

  @TempDir Path folder;
  private final LinkedBlockingQueue<DeviceEvent> events = new LinkedBlockingQueue<>();
  private final List<DeviceEvent> seen = new ArrayList<>();
  private final List<CameraScanner> scanners = new ArrayList<>();

  @BeforeAll
  static void ffmpegIsInstalled() throws Exception {
    boolean installed;
    try {
      installed = new ProcessBuilder("ffmpeg", "-version").start().waitFor() == 0;
    } catch (java.io.IOException e) {
      installed = false;
    }
    String why = "ffmpeg is not installed (apt-get install ffmpeg; .ci/run installs it)";
    if (!installed && System.getenv("CI") != null) {
      throw new IllegalStateException(why + ", but CI must run the camera scanner tests");
    }
    assumeTrue(installed, why);
  }

  @AfterEach
  void closeScanners() {
    scanners.forEach(CameraScanner::close);
  }

  private CameraScanner start(List<String> input) {
    return start(new FfmpegCommand("ffmpeg", input));
  }

  private CameraScanner start(FfmpegCommand command) {
    CameraScanner scanner = CameraScanner.start(VGA, command, events::add, FAST_RETRY);
    scanners.add(scanner);
    return scanner;
  }

  private Path qrPicture(String text) throws Exception {
    Path picture = folder.resolve("qr.png");
    ImageIO.write(TestCodes.qr(text, 640, 480, 300), "png", picture.toFile());
    return picture;
  }

  /** Waits for the next event that matches, remembering every event on the way. */
  private DeviceEvent await(Predicate<DeviceEvent> wanted, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      DeviceEvent event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (event == null) {
        break;
      }
      seen.add(event);
      if (wanted.test(event)) {
        return event;
      }
    }
    throw new AssertionError("no matching event within " + timeout + "; saw " + seen);
  }

  private static Predicate<DeviceEvent> health(State state) {
    return event -> event instanceof HealthChanged changed && changed.health().state() == state;
  }

  private List<DeviceEvent> drain() {
    List<DeviceEvent> rest = new ArrayList<>();
    events.drainTo(rest);
    seen.addAll(rest);
    return rest;
  }

  @Test
  void aCodeHeldInFrontOfTheCameraIsScannedOnce() throws Exception {
    Path picture = qrPicture(TEXT);
    CameraScanner scanner =
        start(List.of("-re", "-loop", "1", "-framerate", "10", "-i", picture.toString()));

    await(health(State.OK), Duration.ofSeconds(10));
    CodeScanned scanned =
        (CodeScanned) await(event -> event instanceof CodeScanned, Duration.ofSeconds(10));
    long framesAtFirstScan = scanner.framesRead();
    Thread.sleep(1_500);

    assertThat(scanned.text()).isEqualTo(TEXT);
    assertThat(scanned.source()).isEqualTo("camera");
    assertThat(scanner.framesRead()).isGreaterThan(framesAtFirstScan + 5);
    assertThat(drain()).noneMatch(event -> event instanceof CodeScanned);
    assertThat(scanner.health().state()).isEqualTo(State.OK);
  }

  @Test
  void framesWithoutACodeGiveNoEvent() throws Exception {
    CameraScanner scanner =
        start(List.of("-re", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10"));

    await(health(State.OK), Duration.ofSeconds(10));
    Thread.sleep(2_000);

    assertThat(scanner.framesRead()).isGreaterThan(10);
    assertThat(drain()).noneMatch(event -> event instanceof CodeScanned);
  }

  @Test
  void aCodeIsNotScannedAgainAfterAShortRestart() throws Exception {
    Path picture = qrPicture(TEXT);
    // One second of the code, then ffmpeg ends; it is restarted after the 2 s hold is over.
    start(
        new FfmpegCommand(
            "ffmpeg",
            List.of("-re", "-loop", "1", "-framerate", "10", "-t", "1", "-i", picture.toString())));
    await(event -> event instanceof CodeScanned, Duration.ofSeconds(10));
    await(health(State.ERROR), Duration.ofSeconds(10));
    await(health(State.OK), Duration.ofSeconds(10));
    // The restarts come every 0.1 to 0.4 s, so the code is out of view for less than the hold.
    Thread.sleep(1_500);
    assertThat(drain()).noneMatch(event -> event instanceof CodeScanned);
  }

  @Test
  void ffmpegEndingIsAnErrorAndTheScannerRestartsIt() throws Exception {
    CameraScanner scanner =
        start(List.of("-re", "-f", "lavfi", "-t", "0.5", "-i", "testsrc=size=640x480:rate=10"));

    await(health(State.OK), Duration.ofSeconds(10));
    HealthChanged error = (HealthChanged) await(health(State.ERROR), Duration.ofSeconds(10));
    await(health(State.OK), Duration.ofSeconds(10));

    assertThat(error.health().reason())
        .isEqualTo("camera stopped (ffmpeg exit code 0); restarting");
    assertThat(scanner.ffmpegStarts()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aKilledFfmpegIsRestarted() throws Exception {
    CameraScanner scanner =
        start(List.of("-re", "-f", "lavfi", "-i", "testsrc=size=640x480:rate=10"));
    await(health(State.OK), Duration.ofSeconds(10));
    long pid = scanner.ffmpegPid().orElseThrow();

    ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    HealthChanged error = (HealthChanged) await(health(State.ERROR), Duration.ofSeconds(10));
    await(health(State.OK), Duration.ofSeconds(10));

    assertThat(error.health().reason()).contains("camera stopped").contains("137");
    assertThat(scanner.ffmpegPid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(pid));
  }

  @Test
  void aMissingFfmpegIsAnErrorThatSaysSo() throws Exception {
    CameraScanner scanner =
        start(new FfmpegCommand(folder.resolve("no-ffmpeg-here").toString(), List.of("-i", "x")));

    HealthChanged error = (HealthChanged) await(health(State.ERROR), Duration.ofSeconds(10));
    Thread.sleep(600);

    assertThat(error.health().reason())
        .isEqualTo("ffmpeg missing: install the ffmpeg package for the camera scanner");
    assertThat(scanner.ffmpegStarts()).isZero();
    // Health changes are sent on change only, not on every retry.
    assertThat(drain()).noneMatch(event -> event instanceof HealthChanged);
  }

  @Test
  void aMissingCameraIsReportedAsNotFound() throws Exception {
    CameraSettings absent = new CameraSettings("/dev/video-bis-test-absent", 640, 480, 10);
    CameraScanner scanner =
        CameraScanner.start(absent, FfmpegCommand.camera(absent), events::add, FAST_RETRY);
    scanners.add(scanner);

    HealthChanged error = (HealthChanged) await(health(State.ERROR), Duration.ofSeconds(10));

    assertThat(error.health().reason()).isEqualTo("camera not found at /dev/video-bis-test-absent");
  }

  @Test
  void aStreamThatEndsInTheMiddleOfAFrameIsAnError() throws Exception {
    // A stand-in for ffmpeg that writes one and a half frames, then exits.
    Path fake = folder.resolve("half-frame-ffmpeg");
    Files.writeString(fake, "#!/bin/sh\nhead -c " + 640 * 480 * 3 / 2 + " /dev/zero\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    CameraScanner scanner = start(new FfmpegCommand(fake.toString(), List.of()));

    await(health(State.OK), Duration.ofSeconds(10));
    HealthChanged error = (HealthChanged) await(health(State.ERROR), Duration.ofSeconds(10));

    assertThat(error.health().reason())
        .isEqualTo("camera stopped in the middle of a frame (ffmpeg exit code 0); restarting");
    assertThat(scanner.framesRead()).isLessThanOrEqualTo(scanner.ffmpegStarts());
  }

  @Test
  void framesAreDroppedWhenTheDecoderIsBehindInsteadOfQueued() throws Exception {
    Path picture = qrPicture(TEXT);
    // No -re: ffmpeg writes frames as fast as it can, much faster than they can be decoded.
    CameraScanner scanner = start(List.of("-loop", "1", "-t", "300", "-i", picture.toString()));

    await(event -> event instanceof CodeScanned, Duration.ofSeconds(10));
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (scanner.framesDropped() < 20 && System.nanoTime() < end) {
      Thread.sleep(50);
    }

    assertThat(scanner.framesDropped()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void closeStopsFfmpegAndCanBeCalledTwice() throws Exception {
    CameraScanner scanner =
        start(List.of("-re", "-f", "lavfi", "-i", "testsrc=size=640x480:rate=10"));
    await(health(State.OK), Duration.ofSeconds(10));
    ProcessHandle ffmpeg = ProcessHandle.of(scanner.ffmpegPid().orElseThrow()).orElseThrow();

    scanner.close();
    scanner.close();

    assertThat(ffmpeg.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().startsWith("camera-") && thread.isAlive());
  }
}
