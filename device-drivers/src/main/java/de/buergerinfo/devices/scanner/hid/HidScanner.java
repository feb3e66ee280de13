package de.buergerinfo.devices.scanner.hid;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.scanner.CodeDelivery;
import de.buergerinfo.devices.scanner.CodeScanner;
import de.buergerinfo.devices.scanner.ReopenBackoff;
import de.buergerinfo.devices.scanner.ReopeningReader;
import de.buergerinfo.devices.scanner.ScannedText;
import de.buergerinfo.devices.scanner.ScannerHealth;
import de.buergerinfo.devices.scanner.ScannerOptions;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A USB scanner in keyboard mode, read from its evdev device ({@code
 * hid:/dev/input/by-id/usb-…-event-kbd?terminator=enter}) and grabbed exclusively, so its keys
 * never reach the screen. Reads on its own daemon thread; when the scanner is unplugged it reports
 * an error and opens the device again, with growing pauses, until it is back.
 */
public final class HidScanner implements CodeScanner {

  /** The {@link de.buergerinfo.devices.DeviceEvent.CodeScanned#source()} of this driver. */
  public static final String SOURCE = "hid";

  static final DeviceHealth READY = DeviceHealth.ok("code scanner ready");
  static final DeviceHealth DISCONNECTED = ScannerHealth.error("code scanner disconnected");
  static final DeviceHealth NO_PERMISSION =
      ScannerHealth.error("no permission to read the code scanner (check the udev rule)");
  static final DeviceHealth NOT_GRABBED =
      ScannerHealth.warning("code scanner not taken over: scans may also appear on the screen");
  static final DeviceHealth HELD_ELSEWHERE =
      ScannerHealth.warning(
          "code scanner is held by another program: scans may also appear on the screen");

  private static final Logger LOG = LoggerFactory.getLogger(HidScanner.class);
  private static final int POLL_MILLIS = 50;
  private static final int EVENTS_PER_READ = 64;
  private static final Set<String> OPTIONS = Set.of("terminator", "pause", "maxLength");

  /**
   * Where the scanner is and how it frames codes.
   *
   * @param device the evdev file, best a stable {@code /dev/input/by-id/…} link
   * @param framing terminator, length limit and pause
   * @param layout the event layout; {@link InputEventLayout#ofThisProcess()} for real devices
   * @param backoff waits between attempts to open a lost device
   */
  public record Settings(
      Path device, ScanAssembler.Settings framing, InputEventLayout layout, ReopenBackoff backoff) {
    public Settings {
      Objects.requireNonNull(device, "device");
      Objects.requireNonNull(framing, "framing");
      Objects.requireNonNull(layout, "layout");
      Objects.requireNonNull(backoff, "backoff");
    }

    /**
     * Reads {@code hid:<path>?terminator=enter|tab|none&pause=<ms>&maxLength=<chars>}. Without a
     * terminator the pause that ends a code is 150 ms; with one, a half code is dropped after 500
     * ms.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    public static Settings from(DeviceAddress address) {
      if (!address.scheme().equals("hid")) {
        throw new IllegalArgumentException("not a hid: address: " + address);
      }
      var options = address.parameters();
      ScannerOptions.requireKnown(options, OPTIONS, "hid scanner");
      KeyTerminator terminator = KeyTerminator.parse(options.getOrDefault("terminator", "enter"));
      int defaultPause = terminator == KeyTerminator.NONE ? 150 : 500;
      int pause = ScannerOptions.number(options, "pause", defaultPause, 20, 10_000);
      int maxLength =
          ScannerOptions.number(
              options, "maxLength", ScannedText.MAX_LENGTH, 1, ScannedText.MAX_LENGTH);
      return new Settings(
          Path.of(address.target()),
          new ScanAssembler.Settings(terminator, maxLength, Duration.ofMillis(pause)),
          InputEventLayout.ofThisProcess(),
          ReopenBackoff.DEFAULT);
    }
  }

  private final Settings settings;
  private final CodeDelivery delivery;
  private final ScannerHealth health;
  private final ReopeningReader thread;
  // Used on the reader thread only.
  private final ScanAssembler assembler;
  private final InputEventReader events;
  private boolean grabWarned;

  private HidScanner(Settings settings, DeviceEventSink sink) {
    this.settings = settings;
    this.delivery = new CodeDelivery(sink, SOURCE);
    this.health = new ScannerHealth(DeviceHealth.absent("code scanner not opened yet"), sink);
    this.assembler = new ScanAssembler(settings.framing());
    this.events = new InputEventReader(settings.layout());
    this.thread =
        new ReopeningReader(
            "hid-scanner", settings.backoff(), this::attempt, () -> health.set(DISCONNECTED));
  }

  /** Starts reading on a daemon thread; never throws for a missing or broken device. */
  public static HidScanner start(Settings settings, DeviceEventSink sink) {
    HidScanner scanner =
        new HidScanner(Objects.requireNonNull(settings), Objects.requireNonNull(sink));
    scanner.thread.start();
    return scanner;
  }

  @Override
  public DeviceHealth health() {
    return health.get();
  }

  @Override
  public void close() {
    thread.close();
  }

  /** Opens the device, grabs it and reads it until it is lost or the scanner is closed. */
  private ReopeningReader.Outcome attempt(BooleanSupplier closed) {
    try (Arena arena = Arena.ofConfined()) {
      LinuxFiles files = new LinuxFiles(arena);
      OptionalInt fd = open(files);
      if (fd.isEmpty()) {
        return ReopeningReader.Outcome.NOT_OPENED;
      }
      grabWarned = grab(files, fd.getAsInt(), grabWarned);
      assembler.reset();
      events.reset();
      boolean gotEvents = read(files, fd.getAsInt(), closed);
      files.close(fd.getAsInt());
      return gotEvents
          ? ReopeningReader.Outcome.LOST_AFTER_DATA
          : ReopeningReader.Outcome.LOST_WITHOUT_DATA;
    } catch (LinkageError | IllegalStateException e) {
      LOG.error("the code scanner cannot be read on this system", e);
      health.set(ScannerHealth.error("code scanner cannot be read on this system"));
      return ReopeningReader.Outcome.GIVE_UP;
    }
  }

  private OptionalInt open(LinuxFiles files) {
    try {
      return OptionalInt.of(files.open(settings.device().toString()));
    } catch (LinuxFiles.NativeError e) {
      health.set(
          switch (e.errno()) {
            case LinuxFiles.ENOENT, LinuxFiles.ENODEV -> DISCONNECTED;
            case LinuxFiles.EACCES -> NO_PERMISSION;
            default -> ScannerHealth.error("code scanner cannot be opened");
          });
      return OptionalInt.empty();
    }
  }

  /** Grabs the device; returns whether the failure was logged already (it is logged once). */
  private boolean grab(LinuxFiles files, int fd, boolean warned) {
    try {
      files.grab(fd);
      health.set(READY);
      return warned;
    } catch (LinuxFiles.NativeError e) {
      // Reading still works; only the exclusivity is lost, so the scanner keeps working.
      health.set(e.errno() == LinuxFiles.EBUSY ? HELD_ELSEWHERE : NOT_GRABBED);
      if (!warned) {
        LOG.warn(
            "{} is not grabbed (errno {}); reading it anyway, its keys may also reach the screen",
            settings.device(),
            e.errno());
      }
      return true;
    }
  }

  /** Reads until the device is lost or the scanner closed; whether any event arrived. */
  private boolean read(LinuxFiles files, int fd, BooleanSupplier closed) {
    int bufferSize = settings.layout().size() * EVENTS_PER_READ;
    MemorySegment buffer = files.allocate(bufferSize);
    byte[] bytes = new byte[bufferSize];
    long pauseNanos = settings.framing().pause().toNanos();
    long lastEvent = System.nanoTime();
    boolean gotEvents = false;
    try {
      while (!closed.getAsBoolean()) {
        short revents;
        try {
          revents = files.poll(fd, POLL_MILLIS);
        } catch (LinuxFiles.NativeError e) {
          if (e.errno() == LinuxFiles.EINTR) {
            continue; // A signal woke the thread; the device is fine.
          }
          throw e;
        }
        if (revents == 0) {
          if (System.nanoTime() - lastEvent >= pauseNanos) {
            assembler.pause().ifPresent(this::deliver);
          }
          continue;
        }
        if ((revents & LinuxFiles.POLLNVAL) != 0) {
          return gotEvents;
        }
        long count;
        try {
          count = files.read(fd, buffer);
        } catch (LinuxFiles.NativeError e) {
          if (e.errno() == LinuxFiles.EAGAIN || e.errno() == LinuxFiles.EINTR) {
            continue;
          }
          LOG.info("{}: read failed with errno {}", settings.device(), e.errno());
          return gotEvents;
        }
        if (count == 0) {
          return gotEvents; // End of file: a FIFO's writer left; an evdev device never does this.
        }
        MemorySegment.copy(buffer, ValueLayout.JAVA_BYTE, 0, bytes, 0, (int) count);
        lastEvent = System.nanoTime();
        gotEvents = true;
        for (InputEvent event : events.feed(bytes, 0, (int) count)) {
          assembler.accept(event).ifPresent(this::deliver);
        }
      }
    } catch (LinuxFiles.NativeError e) {
      LOG.info("{}: poll failed with errno {}", settings.device(), e.errno());
    }
    return gotEvents;
  }

  private void deliver(ScanAssembler.Assembled assembled) {
    switch (assembled) {
      case ScanAssembler.Assembled.Code code -> delivery.code(code.text());
      case ScanAssembler.Assembled.Discarded discarded ->
          delivery.discarded(discarded.why().name(), discarded.keys());
    }
  }
}
