package de.buergerinfo.devices.scanner.camera;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.scanner.CodeScanner;
import de.buergerinfo.devices.scanner.decode.CodeDecoder;
import de.buergerinfo.devices.scanner.decode.Decoded;
import de.buergerinfo.devices.scanner.decode.GreyFrame;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera as code scanner ({@code camera:/dev/video0?size=640x480&fps=10}): an ffmpeg process
 * reads the camera and writes grey frames, one thread cuts them out of its output, another decodes
 * the newest frame with {@link CodeDecoder}. Frames that arrive while a frame is being decoded
 * replace the waiting one, so a slow decode drops frames instead of queueing them. When ffmpeg
 * cannot start or stops, the health says why and ffmpeg is started again after a growing pause.
 */
public final class CameraScanner implements CodeScanner {

  private static final Logger LOG = LoggerFactory.getLogger(CameraScanner.class);

  /**
   * How the driver waits and repeats.
   *
   * @param firstRetry pause before the first restart of ffmpeg; it doubles up to {@code maxRetry}
   *     while ffmpeg delivers no frame
   * @param maxRetry longest pause between restarts
   * @param repeatHold how long a code must be out of view before it counts as scanned again
   */
  public record Timing(Duration firstRetry, Duration maxRetry, Duration repeatHold) {
    public static final Timing DEFAULT =
        new Timing(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(2));
  }

  private final CameraSettings settings;
  private final FfmpegCommand command;
  private final DeviceEventSink sink;
  private final Timing timing;
  private final CodeDecoder decoder = new CodeDecoder();
  private final RepeatFilter repeats;
  private final ArrayBlockingQueue<byte[]> newestFrame = new ArrayBlockingQueue<>(1);
  private final AtomicReference<DeviceHealth> health;
  private final AtomicReference<Process> ffmpeg = new AtomicReference<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicLong framesRead = new AtomicLong();
  private final AtomicLong framesDropped = new AtomicLong();
  private final AtomicLong ffmpegStarts = new AtomicLong();
  private final Thread capture;
  private final Thread decode;

  private CameraScanner(
      CameraSettings settings, FfmpegCommand command, DeviceEventSink sink, Timing timing) {
    this.settings = settings;
    this.command = command;
    this.sink = sink;
    this.timing = timing;
    this.repeats = new RepeatFilter(timing.repeatHold().toNanos());
    this.health =
        new AtomicReference<>(
            DeviceHealth.absent("waiting for the camera at " + settings.device()));
    this.capture =
        Thread.ofPlatform().name("camera-capture").daemon(true).unstarted(this::captureLoop);
    this.decode =
        Thread.ofPlatform().name("camera-decode").daemon(true).unstarted(this::decodeLoop);
  }

  /**
   * Starts the scanner of a {@code camera:} address with ffmpeg from PATH.
   *
   * @throws IllegalArgumentException when the address's options are wrong
   */
  public static CameraScanner open(DeviceAddress address, DeviceEventSink sink) {
    CameraSettings settings = CameraSettings.from(address);
    return start(settings, FfmpegCommand.camera(settings), sink, Timing.DEFAULT);
  }

  /** Starts a scanner with the given ffmpeg command (tests feed pictures instead of a camera). */
  public static CameraScanner start(
      CameraSettings settings, FfmpegCommand command, DeviceEventSink sink, Timing timing) {
    CameraScanner scanner = new CameraScanner(settings, command, sink, timing);
    scanner.decode.start();
    scanner.capture.start();
    return scanner;
  }

  @Override
  public DeviceHealth health() {
    return health.get();
  }

  private void captureLoop() {
    Duration pause = timing.firstRetry();
    while (!closed.get()) {
      Run run = runFfmpeg();
      if (closed.get()) {
        return;
      }
      if (setHealth(new DeviceHealth(DeviceHealth.State.ERROR, run.reason()))) {
        LOG.warn("camera scanner: {}", run.reason());
      }
      pause = run.deliveredFrames() ? timing.firstRetry() : pause;
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        return;
      }
      Duration doubled = pause.multipliedBy(2);
      pause = doubled.compareTo(timing.maxRetry()) > 0 ? timing.maxRetry() : doubled;
    }
  }

  /** How one ffmpeg process ended. */
  private record Run(boolean deliveredFrames, String reason) {}

  private Run runFfmpeg() {
    Process process;
    try {
      process =
          new ProcessBuilder(command.commandLine(settings.width(), settings.height())).start();
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      return new Run(
          false,
          message.contains("error=2") || message.contains("No such file")
              ? "ffmpeg missing: install the ffmpeg package for the camera scanner"
              : "ffmpeg cannot be started for the camera scanner");
    }
    ffmpegStarts.incrementAndGet();
    ffmpeg.set(process);
    if (closed.get()) {
      process.destroyForcibly();
    }
    StderrTail stderr = StderrTail.start(process.getErrorStream());
    FrameStream frames = new FrameStream(process.getInputStream(), settings.frameBytes());
    boolean delivered = false;
    try {
      for (Optional<byte[]> frame = frames.next(); frame.isPresent(); frame = frames.next()) {
        if (!delivered) {
          delivered = true;
          setHealth(DeviceHealth.ok("camera scanning"));
        }
        framesRead.incrementAndGet();
        handOver(frame.get());
      }
    } catch (IOException e) {
      // the pipe broke: ffmpeg was killed or we are closing
    }
    int exit = stop(process);
    stderr.awaitEnd(1_000);
    return new Run(delivered, reason(exit, frames.endedMidFrame(), stderr));
  }

  /** Keeps only the newest frame for the decoder: a frame it has not taken yet is dropped. */
  private void handOver(byte[] frame) {
    if (!newestFrame.offer(frame)) {
      if (newestFrame.poll() != null) {
        framesDropped.incrementAndGet();
      }
      newestFrame.offer(frame);
    }
  }

  /**
   * Waits for ffmpeg to end after its output ended, and ends it if it does not. Only a process that
   * did not end by itself is destroyed: destroying closes its pipes, and ffmpeg's last words on
   * stderr, which say why it ended, would be lost.
   */
  private static int stop(Process process) {
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(2, TimeUnit.SECONDS);
        }
      }
      return process.isAlive() ? -1 : process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private String reason(int exit, boolean endedMidFrame, StderrTail stderr) {
    String device = settings.device();
    if (stderr.mentions("no such file or directory") || stderr.mentions("no such device")) {
      return "camera not found at " + device;
    }
    if (stderr.mentions("permission denied")) {
      return "no permission to open the camera at " + device;
    }
    if (stderr.mentions("device or resource busy")) {
      return "camera at " + device + " is in use by another program";
    }
    if (endedMidFrame) {
      return "camera stopped in the middle of a frame (ffmpeg exit code " + exit + "); restarting";
    }
    return "camera stopped (ffmpeg exit code " + exit + "); restarting";
  }

  private void decodeLoop() {
    GreyFrame frame;
    while (!closed.get()) {
      try {
        frame = new GreyFrame(newestFrame.take(), settings.width(), settings.height());
      } catch (InterruptedException e) {
        return;
      }
      try {
        Optional<Decoded> decoded = decoder.decode(frame);
        if (decoded.isPresent() && repeats.isNew(decoded.get().text(), System.nanoTime())) {
          LOG.info(
              "camera scanner: {} of {} chars",
              decoded.get().format(),
              decoded.get().text().length());
          emit(new DeviceEvent.CodeScanned(Instant.now(), decoded.get().text(), "camera"));
        }
      } catch (RuntimeException e) {
        // One bad frame must not stop scanning; the next frame comes in 100 ms.
        LOG.warn("camera scanner: a frame could not be decoded ({})", e.getClass().getSimpleName());
      }
    }
  }

  /** Sets the health; tells the sink and returns true when it changed. */
  private boolean setHealth(DeviceHealth next) {
    DeviceHealth previous = health.getAndSet(next);
    boolean changed = !next.equals(previous) && !closed.get();
    if (changed) {
      emit(new DeviceEvent.HealthChanged(DeviceKind.SCANNER, Instant.now(), next));
    }
    return changed;
  }

  private void emit(DeviceEvent event) {
    try {
      sink.accept(event);
    } catch (RuntimeException e) {
      LOG.warn("camera scanner: the event receiver failed ({})", e.getClass().getSimpleName());
    }
  }

  /** The running ffmpeg's process id, for tests that kill it. */
  OptionalLong ffmpegPid() {
    Process process = ffmpeg.get();
    return process != null && process.isAlive()
        ? OptionalLong.of(process.pid())
        : OptionalLong.empty();
  }

  long framesRead() {
    return framesRead.get();
  }

  long framesDropped() {
    return framesDropped.get();
  }

  long ffmpegStarts() {
    return ffmpegStarts.get();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Process process = ffmpeg.get();
    if (process != null) {
      process.destroyForcibly();
    }
    capture.interrupt();
    decode.interrupt();
    try {
      capture.join(3_000);
      decode.join(3_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
