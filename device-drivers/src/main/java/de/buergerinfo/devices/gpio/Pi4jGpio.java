package de.buergerinfo.devices.gpio;

import com.pi4j.boardinfo.util.BoardInfoHelper;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GPIO on a Raspberry Pi through Pi4J ({@code gpio:pi4j?presence=17&light=27&help=22}): a presence
 * sensor that wakes the screen, a status light, and a help button, each debounced in software
 * because hardware debounce is ignored by some Pi4J providers.
 */
public final class Pi4jGpio implements Gpio {

  /** A presence pulse must last this long to count: filters electrical spikes, not people. */
  static final Duration PRESENCE_SETTLE = Duration.ofMillis(100);

  /**
   * A button level must hold this long to count: longer than contact bounce, shorter than a tap.
   */
  static final Duration HELP_DEBOUNCE = Duration.ofMillis(50);

  /** Pi4J's own debounce, in microseconds (not milliseconds); the software debounce decides. */
  private static final long PI4J_DEBOUNCE_MICROS = 5_000L;

  static final String PRESENCE_ID = "bis-presence";
  static final String LIGHT_ID = "bis-light";
  static final String HELP_ID = "bis-help";

  private static final Logger log = LoggerFactory.getLogger(Pi4jGpio.class);

  private final Context context;
  private final GpioPins pins;
  private final DeviceEventSink sink;
  private final GpioScheduler scheduler;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object healthLock = new Object();
  private final List<String> unopened = new ArrayList<>();
  private final Optional<StableInput> presence;
  private final Optional<StableInput> help;
  private final Optional<StatusLight> light;

  // Guarded by healthLock.
  private DeviceHealth health = DeviceHealth.absent("GPIO starting");
  private boolean lightFailing;
  private boolean helpHeldAtStart;

  /**
   * Opens the configured pins on {@code context}. A pin that cannot be opened makes the health
   * ERROR; the other pins still work. Takes over {@code context} and {@code scheduler}: {@link
   * #close()} shuts both down.
   */
  public Pi4jGpio(Context context, GpioPins pins, DeviceEventSink sink, GpioScheduler scheduler) {
    this.context = Objects.requireNonNull(context, "context");
    this.pins = Objects.requireNonNull(pins, "pins");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.presence = pins.presence().flatMap(this::openPresence);
    this.light = pins.light().flatMap(this::openLight);
    this.help = pins.help().flatMap(this::openHelp);
    updateHealth();
  }

  /**
   * Opens the GPIO of this machine. Never throws: on a machine without Raspberry Pi GPIO (an x86
   * kiosk, a developer's laptop) the result reports ABSENT and ignores the light, and a wrong
   * address reports ERROR, so the terminal runs on either way.
   */
  public static Gpio open(DeviceAddress address, DeviceEventSink sink) {
    return open(address, sink, Path.of("/dev"), () -> GpioScheduler.system("gpio-timer"));
  }

  /** {@link #open(DeviceAddress, DeviceEventSink)} with the device folder and time to use. */
  static Gpio open(
      DeviceAddress address,
      DeviceEventSink sink,
      Path devices,
      Supplier<GpioScheduler> scheduler) {
    GpioPins pins;
    try {
      pins = GpioPins.parse(address);
    } catch (IllegalArgumentException e) {
      return unavailable(
          sink, new DeviceHealth(DeviceHealth.State.ERROR, "GPIO address " + e.getMessage()));
    }
    if (!hasGpioChip(devices)) {
      log.info("No {}/gpiochip*: the terminal runs without GPIO", devices);
      return unavailable(sink, DeviceHealth.absent("no GPIO on this machine"));
    }
    Context context;
    try {
      context = GpiodContexts.build(pins.chip());
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      log.warn("Pi4J cannot start its gpiod driver; the terminal runs without GPIO", e);
      return unavailable(
          sink, DeviceHealth.absent("no GPIO on this machine (Pi4J cannot start its driver)"));
    }
    // Pi4J's gpiod library opens no chip on a board it does not know, so every pin would fail.
    if (!BoardInfoHelper.runningOnRaspberryPi()) {
      shutdown(context);
      log.info("GPIO chips found, but this is no Raspberry Pi: the terminal runs without GPIO");
      return unavailable(sink, DeviceHealth.absent("no Raspberry Pi GPIO on this machine"));
    }
    return new Pi4jGpio(context, pins, sink, scheduler.get());
  }

  private static Gpio unavailable(DeviceEventSink sink, DeviceHealth health) {
    emit(sink, new DeviceEvent.HealthChanged(DeviceKind.GPIO, Instant.now(), health));
    return new NoGpio(health);
  }

  private static boolean hasGpioChip(Path devices) {
    try (DirectoryStream<Path> chips = Files.newDirectoryStream(devices, "gpiochip*")) {
      return chips.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void showLight(LightPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (!closed.get()) {
      light.ifPresent(l -> l.show(pattern));
    }
  }

  @Override
  public boolean someonePresent() {
    return presence.map(StableInput::active).orElse(false);
  }

  @Override
  public boolean hasPresenceSensor() {
    return presence.isPresent();
  }

  @Override
  public DeviceHealth health() {
    synchronized (healthLock) {
      return health;
    }
  }

  /** Turns the light off and shuts Pi4J and the timer thread down; safe to call twice. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    presence.ifPresent(StableInput::stop);
    help.ifPresent(StableInput::stop);
    light.ifPresent(StatusLight::close);
    shutdown(context);
    scheduler.close();
  }

  private Optional<StableInput> openPresence(int pin) {
    GpioPins.Level active = pins.presenceActive();
    return input(PRESENCE_ID, "presence sensor", pin, active)
        .map(
            input -> {
              BooleanSupplier level = () -> isActive(input.state(), active);
              StableInput stable =
                  new StableInput(
                      scheduler,
                      PRESENCE_SETTLE,
                      pins.presenceHold(),
                      false,
                      level,
                      this::presenceChanged);
              listen(input, active, stable);
              // Someone may stand there already while the terminal starts.
              stable.sample(level.getAsBoolean());
              return stable;
            });
  }

  private Optional<StableInput> openHelp(int pin) {
    GpioPins.Level active = pins.helpActive();
    return input(HELP_ID, "help button", pin, active)
        .map(
            input -> {
              BooleanSupplier level = () -> isActive(input.state(), active);
              // A button that reads pressed at start is stuck or wired the other way round: it
              // must not call a librarian each time the terminal starts.
              boolean pressed = level.getAsBoolean();
              if (pressed) {
                synchronized (healthLock) {
                  helpHeldAtStart = true;
                }
              }
              StableInput stable =
                  new StableInput(
                      scheduler, HELP_DEBOUNCE, HELP_DEBOUNCE, pressed, level, this::helpChanged);
              listen(input, active, stable);
              return stable;
            });
  }

  private Optional<StatusLight> openLight(int pin) {
    DigitalOutput output;
    try {
      output =
          context.create(
              DigitalOutput.newConfigBuilder(context)
                  .id(LIGHT_ID)
                  .name("status light")
                  .address(pin)
                  .initial(DigitalState.LOW)
                  .shutdown(DigitalState.LOW)
                  .build());
    } catch (RuntimeException | LinkageError e) {
      unopened(pin, "status light", e);
      return Optional.empty();
    }
    StatusLight.Faults faults =
        new StatusLight.Faults() {
          @Override
          public void failed(RuntimeException cause) {
            log.warn("Status light on GPIO {} failed: {}", pin, cause.toString());
            lightFailing(true);
          }

          @Override
          public void works() {
            log.info("Status light on GPIO {} works again", pin);
            lightFailing(false);
          }
        };
    return Optional.of(
        new StatusLight(
            scheduler, on -> output.state(on ? DigitalState.HIGH : DigitalState.LOW), faults));
  }

  private Optional<DigitalInput> input(String id, String role, int pin, GpioPins.Level active) {
    try {
      return Optional.of(
          context.create(
              DigitalInput.newConfigBuilder(context)
                  .id(id)
                  .name(role)
                  .address(pin)
                  // Pull to the idle level: an unplugged sensor or button then reads "nothing".
                  .pull(
                      active == GpioPins.Level.HIGH
                          ? PullResistance.PULL_DOWN
                          : PullResistance.PULL_UP)
                  .debounce(PI4J_DEBOUNCE_MICROS)
                  .build()));
    } catch (RuntimeException | LinkageError e) {
      unopened(pin, role, e);
      return Optional.empty();
    }
  }

  private void listen(DigitalInput input, GpioPins.Level active, StableInput stable) {
    input.addListener(
        (DigitalStateChangeListener)
            change -> {
              if (!closed.get()) {
                stable.sample(isActive(change.state(), active));
              }
            });
  }

  private void unopened(int pin, String role, Throwable cause) {
    log.warn("Cannot open GPIO {} for the {}: {}", pin, role, cause.toString());
    synchronized (healthLock) {
      unopened.add(
          "GPIO " + pin + " (" + role + ") cannot be opened; is another program using it?");
    }
  }

  private static boolean isActive(DigitalState state, GpioPins.Level active) {
    return state == (active == GpioPins.Level.HIGH ? DigitalState.HIGH : DigitalState.LOW);
  }

  private void presenceChanged(boolean present) {
    emit(sink, new DeviceEvent.PresenceChanged(scheduler.now(), present));
  }

  private void helpChanged(boolean pressed) {
    if (pressed) {
      emit(sink, new DeviceEvent.HelpPressed(scheduler.now()));
      return;
    }
    boolean wasHeld;
    synchronized (healthLock) {
      wasHeld = helpHeldAtStart;
      helpHeldAtStart = false;
    }
    if (wasHeld) {
      updateHealth();
    }
  }

  private void lightFailing(boolean failing) {
    synchronized (healthLock) {
      lightFailing = failing;
    }
    updateHealth();
  }

  private void updateHealth() {
    synchronized (healthLock) {
      DeviceHealth next = currentHealth();
      if (next.equals(health)) {
        return;
      }
      health = next;
      log.info("GPIO health: {} ({})", next.state(), next.reason());
      emit(sink, new DeviceEvent.HealthChanged(DeviceKind.GPIO, scheduler.now(), next));
    }
  }

  private DeviceHealth currentHealth() {
    List<String> errors = new ArrayList<>(unopened);
    if (lightFailing) {
      errors.add("status light on GPIO " + pins.light().orElseThrow() + " does not respond");
    }
    if (!errors.isEmpty()) {
      return new DeviceHealth(DeviceHealth.State.ERROR, String.join("; ", errors));
    }
    if (helpHeldAtStart) {
      return new DeviceHealth(
          DeviceHealth.State.WARNING,
          "help button on GPIO "
              + pins.help().orElseThrow()
              + " reads pressed since the start; check its wiring or help-active");
    }
    return DeviceHealth.ok("GPIO ready (" + pins.describe() + ")");
  }

  private static void emit(DeviceEventSink sink, DeviceEvent event) {
    try {
      sink.accept(event);
    } catch (RuntimeException e) {
      // The receiver's fault must not stop debouncing or blinking.
      log.warn("The GPIO event receiver failed on {}", event.getClass().getSimpleName(), e);
    }
  }

  private static void shutdown(Context context) {
    try {
      context.shutdown();
    } catch (RuntimeException e) {
      log.warn("Pi4J did not shut down cleanly: {}", e.toString());
    }
  }
}
