package de.buergerinfo.devices.setup;

import de.buergerinfo.devices.Device;
import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.DeviceSetup;
import de.buergerinfo.devices.cardreader.CardReader;
import de.buergerinfo.devices.cardreader.PcscCardReader;
import de.buergerinfo.devices.cardreader.SimulatedCardReader;
import de.buergerinfo.devices.gpio.Gpio;
import de.buergerinfo.devices.gpio.GpioPins;
import de.buergerinfo.devices.gpio.NoGpio;
import de.buergerinfo.devices.gpio.Pi4jGpio;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.devices.printer.DeviceFilePrinterLink;
import de.buergerinfo.devices.printer.EscPosEncoder;
import de.buergerinfo.devices.printer.EscPosPrinter;
import de.buergerinfo.devices.printer.PrinterLink;
import de.buergerinfo.devices.printer.PrinterProfile;
import de.buergerinfo.devices.printer.SerialPrinterLink;
import de.buergerinfo.devices.printer.SimulatedPrinter;
import de.buergerinfo.devices.printer.TcpPrinterLink;
import de.buergerinfo.devices.printer.TicketPrinter;
import de.buergerinfo.devices.scanner.CodeScanner;
import de.buergerinfo.devices.scanner.SimulatedScanner;
import de.buergerinfo.devices.scanner.camera.CameraScanner;
import de.buergerinfo.devices.scanner.camera.CameraSettings;
import de.buergerinfo.devices.scanner.hid.HidScanner;
import de.buergerinfo.devices.scanner.keyboard.KeyboardScanner;
import de.buergerinfo.devices.scanner.serial.SerialScanner;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running drivers of one terminal, one per device kind, made from its {@link DeviceSetup}:
 * hardware drivers, simulators, or stand-ins for devices it does not have. Opening never throws: a
 * driver that cannot start becomes a stand-in that says why, and the terminal runs on.
 */
public final class TerminalDevices implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TerminalDevices.class);

  /** How long a printer may take to answer a status request. */
  private static final Duration PRINTER_TIMEOUT = Duration.ofSeconds(3);

  /** How often an idle printer is asked for its status, so "paper low" shows before a job fails. */
  private static final Duration PRINTER_WATCH = Duration.ofSeconds(60);

  private final TicketPrinter printer;
  private final CardReader cardReader;
  private final CodeScanner scanner;
  private final Gpio gpio;
  private final ScheduledExecutorService printerWatch;

  private TerminalDevices(
      TicketPrinter printer, CardReader cardReader, CodeScanner scanner, Gpio gpio) {
    this.printer = printer;
    this.cardReader = cardReader;
    this.scanner = scanner;
    this.gpio = gpio;
    this.printerWatch =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("printer-status-watch").factory());
    printerWatch.scheduleWithFixedDelay(
        printer::checkNow, PRINTER_WATCH.toSeconds(), PRINTER_WATCH.toSeconds(), TimeUnit.SECONDS);
  }

  /** Starts a driver for every device of the setup; events of all of them go to {@code sink}. */
  public static TerminalDevices open(DeviceSetup setup, DeviceEventSink sink) {
    return new TerminalDevices(
        start(DeviceKind.PRINTER, setup, () -> printer(setup.address(DeviceKind.PRINTER), sink))
            .orElseGet(() -> new AbsentDevices.NoPrinter(failed(DeviceKind.PRINTER, setup))),
        start(
                DeviceKind.CARD_READER,
                setup,
                () -> cardReader(setup.address(DeviceKind.CARD_READER), sink))
            .orElseGet(() -> new AbsentDevices.NoCardReader(failed(DeviceKind.CARD_READER, setup))),
        start(DeviceKind.SCANNER, setup, () -> scanner(setup.address(DeviceKind.SCANNER), sink))
            .orElseGet(() -> new AbsentDevices.NoScanner(failed(DeviceKind.SCANNER, setup))),
        start(DeviceKind.GPIO, setup, () -> gpio(setup.address(DeviceKind.GPIO), sink))
            .orElseGet(() -> new NoGpio(failed(DeviceKind.GPIO, setup))));
  }

  /**
   * Checks the options of a hardware address as its driver will read them, so a terminal profile
   * with a wrong option is refused when it is loaded, not when the device is first used.
   *
   * @throws IllegalArgumentException naming the option and what it may be
   */
  public static void checkOptions(DeviceKind kind, DeviceAddress address) {
    if (address.isSimulated() || address.isNone()) {
      return;
    }
    switch (kind) {
      case PRINTER -> {
        PrinterProfile.fromOptions(address.parameters());
        printerLink(address);
      }
      case CARD_READER -> {
        if (!address.parameters().isEmpty()) {
          throw new IllegalArgumentException("a card reader address takes no options");
        }
      }
      case SCANNER -> {
        switch (address.scheme()) {
          case "hid" -> HidScanner.Settings.from(address);
          case "serial" -> SerialScanner.Settings.from(address);
          case "camera" -> CameraSettings.from(address);
          case "keyboard" -> KeyboardScanner.settings(address);
          default -> throw new IllegalArgumentException("no driver for the scanner " + address);
        }
      }
      case GPIO -> GpioPins.parse(address);
    }
  }

  private interface Starter<T> {
    T start() throws Exception;
  }

  private static <T extends Device> Optional<T> start(
      DeviceKind kind, DeviceSetup setup, Starter<T> starter) {
    try {
      return Optional.of(starter.start());
    } catch (Exception | LinkageError e) {
      // A broken driver (a missing native library, a bad option) must not stop the terminal.
      LOG.error(
          "{} at {} could not start: {}", kind.displayName(), setup.address(kind), e.toString());
      return Optional.empty();
    }
  }

  private static DeviceHealth failed(DeviceKind kind, DeviceSetup setup) {
    DeviceAddress address = setup.address(kind);
    return address.isNone()
        ? DeviceHealth.absent("no " + kind.displayName() + " configured")
        : new DeviceHealth(
            DeviceHealth.State.ERROR, kind.displayName() + " driver could not start");
  }

  private static TicketPrinter printer(DeviceAddress address, DeviceEventSink sink) {
    if (address.isNone()) {
      return new AbsentDevices.NoPrinter(DeviceHealth.absent("no ticket printer configured"));
    }
    if (address.isSimulated()) {
      return SimulatedPrinter.start(sink);
    }
    PrinterLink link = printerLink(address);
    PrinterProfile profile = PrinterProfile.fromOptions(address.parameters());
    return new EscPosPrinter(link, new EscPosEncoder(profile), sink);
  }

  /**
   * How a printer address is reached; opens nothing.
   *
   * @throws IllegalArgumentException for link options that are wrong or belong to another link
   */
  private static PrinterLink printerLink(DeviceAddress address) {
    boolean serial = address.scheme().equals("escpos+serial");
    if (!serial
        && (address.parameters().containsKey("baud") || address.parameters().containsKey("flow"))) {
      throw new IllegalArgumentException("baud and flow are options of escpos+serial only");
    }
    return switch (address.scheme()) {
      case "escpos+tcp" -> {
        int colon = address.target().lastIndexOf(':');
        String host = address.target().substring(0, colon).replace("[", "").replace("]", "");
        int port = Integer.parseInt(address.target().substring(colon + 1));
        yield new TcpPrinterLink(InetSocketAddress.createUnresolved(host, port), PRINTER_TIMEOUT);
      }
      case "escpos+serial" -> serialLink(address);
      case "escpos+file" -> new DeviceFilePrinterLink(Path.of(address.target()), PRINTER_TIMEOUT);
      default -> throw new IllegalArgumentException("not a printer: " + address);
    };
  }

  /** The serial link of an {@code escpos+serial} address: {@code baud} (38400), {@code flow}. */
  private static SerialPrinterLink serialLink(DeviceAddress address) {
    String baud = address.parameters().getOrDefault("baud", "38400");
    if (!baud.matches("[0-9]{3,6}")) {
      throw new IllegalArgumentException("baud=" + baud + " is not a number such as 38400");
    }
    boolean hardwareFlow =
        switch (address.parameters().getOrDefault("flow", "none")) {
          case "none" -> false;
          case "rtscts" -> true;
          default ->
              throw new IllegalArgumentException(
                  "flow=" + address.parameters().get("flow") + " is not none or rtscts");
        };
    return new SerialPrinterLink(
        address.target(), Integer.parseInt(baud), hardwareFlow, PRINTER_TIMEOUT);
  }

  private static CardReader cardReader(DeviceAddress address, DeviceEventSink sink) {
    if (address.isNone()) {
      return new AbsentDevices.NoCardReader(DeviceHealth.absent("no card reader configured"));
    }
    if (address.isSimulated()) {
      return SimulatedCardReader.start(sink);
    }
    return PcscCardReader.start(address, sink);
  }

  private static CodeScanner scanner(DeviceAddress address, DeviceEventSink sink) {
    if (address.isNone()) {
      return new AbsentDevices.NoScanner(DeviceHealth.absent("no code scanner configured"));
    }
    if (address.isSimulated()) {
      return new SimulatedScanner(sink);
    }
    return switch (address.scheme()) {
      case "hid" -> HidScanner.start(HidScanner.Settings.from(address), sink);
      case "serial" -> SerialScanner.start(SerialScanner.Settings.from(address), sink);
      case "camera" -> CameraScanner.open(address, sink);
      case "keyboard" -> new KeyboardScanner(KeyboardScanner.settings(address), sink);
      default -> throw new IllegalArgumentException("no driver for the scanner at " + address);
    };
  }

  private static Gpio gpio(DeviceAddress address, DeviceEventSink sink) {
    if (address.isNone()) {
      return new NoGpio(DeviceHealth.absent("no GPIO configured"));
    }
    if (address.isSimulated()) {
      return new SimulatedGpio(sink);
    }
    return Pi4jGpio.open(address, sink);
  }

  public TicketPrinter printer() {
    return printer;
  }

  public CardReader cardReader() {
    return cardReader;
  }

  public CodeScanner scanner() {
    return scanner;
  }

  public Gpio gpio() {
    return gpio;
  }

  /** Every driver, in the order of {@link DeviceKind}. */
  public List<Device> all() {
    return List.of(printer, cardReader, scanner, gpio);
  }

  /** Each device's health as last seen. */
  public Map<DeviceKind, DeviceHealth> health() {
    Map<DeviceKind, DeviceHealth> health = new EnumMap<>(DeviceKind.class);
    for (Device device : all()) {
      health.put(device.kind(), device.health());
    }
    return health;
  }

  /** Stops every driver; one that fails to stop does not keep the others running. */
  @Override
  public void close() {
    printerWatch.shutdownNow();
    for (Device device : all()) {
      try {
        device.close();
      } catch (RuntimeException e) {
        LOG.warn("{} did not close cleanly: {}", device.kind().displayName(), e.toString());
      }
    }
  }
}
