package de.buergerinfo.devices.scanner.serial;

import com.fazecast.jSerialComm.SerialPort;
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
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner on a serial port: USB-COM (CDC-ACM, {@code /dev/ttyACM0}) or RS-232 ({@code
 * serial:/dev/ttyACM0?baud=9600&terminator=crlf}), through jSerialComm, opened by path (jSerialComm
 * does not list pseudo-terminals or by-id links, but opens them). Reads on its own daemon thread;
 * when the port goes away it reports an error and opens it again, with growing pauses.
 */
public final class SerialScanner implements CodeScanner {

  /** The {@link de.buergerinfo.devices.DeviceEvent.CodeScanned#source()} of this driver. */
  public static final String SOURCE = "serial";

  static final DeviceHealth READY = DeviceHealth.ok("code scanner ready");
  static final DeviceHealth DISCONNECTED = ScannerHealth.error("code scanner disconnected");
  static final DeviceHealth NO_PERMISSION =
      ScannerHealth.error("no permission to open the code scanner's port (dialout group)");

  private static final Logger LOG = LoggerFactory.getLogger(SerialScanner.class);
  private static final int READ_TIMEOUT_MILLIS = 50;
  private static final int EACCES = 13;
  private static final Set<String> OPTIONS =
      Set.of("baud", "terminator", "pause", "maxLength", "charset");

  /**
   * Where the scanner is and how it frames codes (always 8 data bits, no parity, 1 stop bit, no
   * flow control, as scanners ship).
   *
   * @param port the device file, best a stable {@code /dev/serial/by-id/…} link
   * @param baud the line speed; a USB-COM port ignores it
   * @param framing terminator, length limit, pause and charset
   * @param backoff waits between attempts to open a lost port
   */
  public record Settings(
      Path port, int baud, LineAssembler.Settings framing, ReopenBackoff backoff) {
    public Settings {
      Objects.requireNonNull(port, "port");
      Objects.requireNonNull(framing, "framing");
      Objects.requireNonNull(backoff, "backoff");
    }

    /**
     * Reads {@code serial:<path>?baud=9600&terminator=cr|lf|crlf|none&pause=<ms>&maxLength=<bytes>
     * &charset=UTF-8}. Without a terminator the pause that ends a code is 150 ms; with one, a half
     * code is dropped after 500 ms.
     *
     * @throws IllegalArgumentException naming the option that is wrong
     */
    public static Settings from(DeviceAddress address) {
      if (!address.scheme().equals("serial")) {
        throw new IllegalArgumentException("not a serial: address: " + address);
      }
      Map<String, String> options = address.parameters();
      ScannerOptions.requireKnown(options, OPTIONS, "serial scanner");
      LineTerminator terminator = LineTerminator.parse(options.getOrDefault("terminator", "crlf"));
      int pause =
          ScannerOptions.number(
              options, "pause", terminator == LineTerminator.NONE ? 150 : 500, 20, 10_000);
      int maxLength =
          ScannerOptions.number(
              options, "maxLength", ScannedText.MAX_LENGTH, 1, 4 * ScannedText.MAX_LENGTH);
      int baud = ScannerOptions.number(options, "baud", 9600, 50, 4_000_000);
      return new Settings(
          Path.of(address.target()),
          baud,
          new LineAssembler.Settings(
              terminator, maxLength, Duration.ofMillis(pause), charset(options)),
          ReopenBackoff.DEFAULT);
    }

    private static Charset charset(Map<String, String> options) {
      String name = options.getOrDefault("charset", "UTF-8");
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new IllegalArgumentException("option charset=" + name + " is no known charset");
      }
    }
  }

  private final Settings settings;
  private final CodeDelivery delivery;
  private final ScannerHealth health;
  private final ReopeningReader thread;
  private final LineAssembler assembler; // used on the reader thread only

  private SerialScanner(Settings settings, DeviceEventSink sink) {
    this.settings = settings;
    this.delivery = new CodeDelivery(sink, SOURCE);
    this.health = new ScannerHealth(DeviceHealth.absent("code scanner not opened yet"), sink);
    this.assembler = new LineAssembler(settings.framing());
    this.thread =
        new ReopeningReader(
            "serial-scanner", settings.backoff(), this::attempt, () -> health.set(DISCONNECTED));
  }

  /** Starts reading on a daemon thread; never throws for a missing or broken port. */
  public static SerialScanner start(Settings settings, DeviceEventSink sink) {
    SerialScanner scanner =
        new SerialScanner(Objects.requireNonNull(settings), Objects.requireNonNull(sink));
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

  /** Opens the port and reads it until it is lost or the scanner is closed. */
  private ReopeningReader.Outcome attempt(BooleanSupplier closed) {
    try {
      Optional<SerialPort> port = open();
      if (port.isEmpty()) {
        return ReopeningReader.Outcome.NOT_OPENED;
      }
      health.set(READY);
      assembler.reset();
      boolean gotBytes = read(port.get(), closed);
      port.get().closePort();
      return gotBytes
          ? ReopeningReader.Outcome.LOST_AFTER_DATA
          : ReopeningReader.Outcome.LOST_WITHOUT_DATA;
    } catch (LinkageError e) {
      // jSerialComm could not load its native part (a noexec temp folder, an unknown platform).
      LOG.error("the serial port library cannot run here", e);
      health.set(ScannerHealth.error("code scanner cannot be read on this system"));
      return ReopeningReader.Outcome.GIVE_UP;
    }
  }

  private Optional<SerialPort> open() {
    if (!Files.exists(settings.port())) {
      health.set(DISCONNECTED); // Asking jSerialComm would only log the same.
      return Optional.empty();
    }
    SerialPort port;
    try {
      port = SerialPort.getCommPort(settings.port().toString());
    } catch (RuntimeException e) {
      LOG.info("{}: not a serial port: {}", settings.port(), e.getMessage());
      health.set(ScannerHealth.error("code scanner cannot be opened"));
      return Optional.empty();
    }
    port.setComPortParameters(settings.baud(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
    port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
    if (!port.openPort()) {
      int errno = port.getLastErrorCode();
      LOG.info("{}: could not open (error {})", settings.port(), errno);
      health.set(errno == EACCES ? NO_PERMISSION : DISCONNECTED);
      return Optional.empty();
    }
    return Optional.of(port);
  }

  /** Reads until the port fails or the scanner is closed; whether any byte arrived. */
  private boolean read(SerialPort port, BooleanSupplier closed) {
    byte[] buffer = new byte[1024];
    boolean gotBytes = false;
    while (!closed.getAsBoolean()) {
      int count = port.readBytes(buffer, buffer.length);
      long now = System.nanoTime();
      if (count < 0) {
        LOG.info("{}: read failed (error {})", settings.port(), port.getLastErrorCode());
        return gotBytes;
      }
      if (count == 0) {
        assembler.idle(now).ifPresent(this::deliver);
        continue;
      }
      gotBytes = true;
      assembler.feed(buffer, 0, count, now).forEach(this::deliver);
    }
    return gotBytes;
  }

  private void deliver(LineAssembler.Line line) {
    switch (line) {
      case LineAssembler.Line.Code code -> delivery.code(code.text());
      case LineAssembler.Line.Discarded discarded ->
          delivery.discarded(discarded.why().name(), discarded.bytes());
    }
  }
}
