package de.buergerinfo.kiosk.terminal;

import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.gpio.Gpio;
import de.buergerinfo.devices.gpio.NoGpio;
import de.buergerinfo.devices.printer.TicketPrinter;
import de.buergerinfo.kiosk.devices.DeviceEvents;
import de.buergerinfo.kiosk.speech.NoSpeech;
import de.buergerinfo.kiosk.speech.SpeechService;
import de.buergerinfo.kiosk.sync.LiveContent;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What screens reach beyond the UI: the applied content, the ticket printer, the GPIO light, the
 * device events, speech and the clock. The attract screen is up before the runtime has started, so
 * content and devices arrive later through {@link #connect}; until then the content is empty and
 * the devices are stand-ins that say "not ready".
 */
public final class Terminal {

  /** Opening hours and "today" are Bremen's local time, whatever the machine's zone is. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  private final Clock clock;
  private final DeviceEvents events = DeviceEvents.forwarded();
  private volatile Optional<LiveContent> content = Optional.empty();
  private volatile TicketPrinter printer = new NoPrinter("the terminal is still starting");
  private volatile Gpio gpio = new NoGpio(DeviceHealth.absent("the terminal is still starting"));
  private volatile SpeechService speech = new NoSpeech();

  public Terminal(Clock clock) {
    this.clock = clock.withZone(ZONE);
  }

  /** Connects what the runtime started; device events are forwarded to {@link #events()}. */
  public Runnable connect(
      LiveContent content, TicketPrinter printer, Gpio gpio, DeviceEvents runtimeEvents) {
    this.content = Optional.of(content);
    this.printer = Objects.requireNonNull(printer, "printer");
    this.gpio = Objects.requireNonNull(gpio, "gpio");
    return runtimeEvents.subscribe(events::accept);
  }

  /** A terminal with content and devices from the start, for snapshots and tests. */
  public static Terminal of(Clock clock, LiveContent content, TicketPrinter printer, Gpio gpio) {
    Terminal terminal = new Terminal(clock);
    terminal.content = Optional.of(content);
    terminal.printer = printer;
    terminal.gpio = gpio;
    return terminal;
  }

  /** The catalogue and search index, empty while the terminal is starting. */
  public Optional<LiveContent.Snapshot> content() {
    return content.map(LiveContent::current);
  }

  /** The clock in Bremen's time zone. */
  public Clock clock() {
    return clock;
  }

  public TicketPrinter printer() {
    return printer;
  }

  /** Swaps the printer (tests and snapshots of a printer problem). */
  public void usePrinter(TicketPrinter printer) {
    this.printer = Objects.requireNonNull(printer, "printer");
  }

  public Gpio gpio() {
    return gpio;
  }

  /** Scans, cards, presence and the help button; screens subscribe while they are shown. */
  public DeviceEvents events() {
    return events;
  }

  public SpeechService speech() {
    return speech;
  }

  /** Sets the voice once it has started (it starts beside the window, never before it). */
  public void useSpeech(SpeechService speech) {
    this.speech = Objects.requireNonNull(speech, "speech");
  }
}
