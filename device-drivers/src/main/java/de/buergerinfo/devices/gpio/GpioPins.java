package de.buergerinfo.devices.gpio;

import de.buergerinfo.devices.DeviceAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which pins a terminal's GPIO uses, read from an address such as {@code
 * gpio:pi4j?presence=17&light=27&help=22} (BCM numbers, each pin optional).
 *
 * @param presence the presence sensor's input pin
 * @param light the status light's output pin
 * @param help the help button's input pin
 * @param presenceActive the level at which the sensor sees someone; PIR modules drive HIGH
 * @param helpActive the level of a pressed button; LOW for a button to ground with a pull-up
 * @param presenceHold how long the sensor must stay quiet before everyone counts as gone
 * @param chip the gpiochip to use, when Pi4J's own choice (the chip labelled "pinctrl") is wrong
 */
public record GpioPins(
    Optional<Integer> presence,
    Optional<Integer> light,
    Optional<Integer> help,
    Level presenceActive,
    Level helpActive,
    Duration presenceHold,
    Optional<String> chip) {

  /** A pin's electrical level. */
  public enum Level {
    HIGH,
    LOW
  }

  /** The highest BCM number on the Raspberry Pi's 40-pin header. */
  public static final int MAX_PIN = 27;

  /**
   * A PIR sensor drops out while someone stands still reading the screen; 30 s keeps the screen
   * awake through that without keeping it on long after people left.
   */
  public static final Duration DEFAULT_PRESENCE_HOLD = Duration.ofSeconds(30);

  /** Longest hold we accept: an hour; longer means the sensor is useless for waking the screen. */
  public static final Duration MAX_PRESENCE_HOLD = Duration.ofHours(1);

  private static final String EXAMPLE = "gpio:pi4j?presence=17&light=27&help=22";
  private static final Pattern PIN = Pattern.compile("[0-9]{1,2}");
  private static final Pattern SECONDS = Pattern.compile("[0-9]{1,4}");
  private static final Pattern CHIP = Pattern.compile("gpiochip[0-9]{1,3}");
  private static final Set<String> OPTIONS =
      Set.of(
          "presence", "light", "help", "presence-active", "help-active", "presence-hold", "chip");

  public GpioPins {
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(presenceActive, "presenceActive");
    Objects.requireNonNull(helpActive, "helpActive");
    Objects.requireNonNull(presenceHold, "presenceHold");
    Objects.requireNonNull(chip, "chip");
    if (presence.isEmpty() && light.isEmpty() && help.isEmpty()) {
      throw new IllegalArgumentException(
          "names no pins; give at least one of presence=, light=, help= (BCM numbers), such as "
              + EXAMPLE);
    }
    Map<Integer, String> used = new HashMap<>();
    checkPin("presence", presence, used);
    checkPin("light", light, used);
    checkPin("help", help, used);
    if (presenceHold.isNegative() || presenceHold.compareTo(MAX_PRESENCE_HOLD) > 0) {
      throw new IllegalArgumentException(
          "presence hold " + presenceHold.toSeconds() + " s is not between 0 and 3600 seconds");
    }
  }

  /**
   * Reads the pins of a {@code gpio:pi4j} address.
   *
   * @throws IllegalArgumentException saying what is wrong and what is expected
   */
  public static GpioPins parse(DeviceAddress address) {
    Objects.requireNonNull(address, "address");
    if (!address.scheme().equals("gpio") || !address.target().equals("pi4j")) {
      throw new IllegalArgumentException(
          "'" + address + "' is not a Pi4J GPIO address; write it like " + EXAMPLE);
    }
    Map<String, String> options = address.parameters();
    List<String> unknown = new ArrayList<>();
    for (String name : options.keySet()) {
      if (!OPTIONS.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown option "
              + String.join(", ", unknown.stream().map(n -> "'" + n + "'").toList())
              + "; known options are "
              + String.join(", ", new TreeSet<>(OPTIONS)));
    }
    Optional<Integer> presence = pin(options, "presence");
    Optional<Integer> help = pin(options, "help");
    if (presence.isEmpty()) {
      forbidWithout(options, "presence-active", "presence");
      forbidWithout(options, "presence-hold", "presence");
    }
    if (help.isEmpty()) {
      forbidWithout(options, "help-active", "help");
    }
    return new GpioPins(
        presence,
        pin(options, "light"),
        help,
        level(options, "presence-active", Level.HIGH),
        level(options, "help-active", Level.LOW),
        hold(options),
        chip(options));
  }

  /** The pins in use, for health messages: "presence sensor on GPIO 17, status light on ...". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    presence.ifPresent(pin -> parts.add("presence sensor on GPIO " + pin));
    light.ifPresent(pin -> parts.add("status light on GPIO " + pin));
    help.ifPresent(pin -> parts.add("help button on GPIO " + pin));
    return String.join(", ", parts);
  }

  private static void checkPin(String name, Optional<Integer> pin, Map<Integer, String> used) {
    if (pin.isEmpty()) {
      return;
    }
    int number = pin.get();
    if (number < 0 || number > MAX_PIN) {
      throw new IllegalArgumentException(
          name + "=" + number + " is not a BCM pin number; use 0 to " + MAX_PIN);
    }
    String other = used.putIfAbsent(number, name);
    if (other != null) {
      throw new IllegalArgumentException(
          other + " and " + name + " both use GPIO " + number + "; give each its own pin");
    }
  }

  private static Optional<Integer> pin(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      return Optional.empty();
    }
    // Only ASCII digits: Integer.parseInt would also take "+17" and other scripts' digits.
    if (!PIN.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name
              + "='"
              + shortened(value)
              + "' is not a BCM pin number; use 0 to "
              + MAX_PIN
              + ", such as "
              + name
              + "=17");
    }
    return Optional.of(Integer.parseInt(value));
  }

  private static Level level(Map<String, String> options, String name, Level standard) {
    String value = options.get(name);
    if (value == null) {
      return standard;
    }
    return switch (value) {
      case "high" -> Level.HIGH;
      case "low" -> Level.LOW;
      default ->
          throw new IllegalArgumentException(
              name + "='" + shortened(value) + "' must be high or low");
    };
  }

  private static Duration hold(Map<String, String> options) {
    String value = options.get("presence-hold");
    if (value == null) {
      return DEFAULT_PRESENCE_HOLD;
    }
    if (!SECONDS.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "presence-hold='"
              + shortened(value)
              + "' is not a number of seconds from 0 to 3600, such as presence-hold=30");
    }
    return Duration.ofSeconds(Integer.parseInt(value));
  }

  private static Optional<String> chip(Map<String, String> options) {
    String value = options.get("chip");
    if (value == null) {
      return Optional.empty();
    }
    if (!CHIP.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "chip='" + shortened(value) + "' is not a GPIO chip name such as chip=gpiochip0");
    }
    return Optional.of(value);
  }

  private static void forbidWithout(Map<String, String> options, String option, String pin) {
    if (options.containsKey(option)) {
      throw new IllegalArgumentException(
          option + " is given but no " + pin + " pin; add " + pin + "= or remove " + option);
    }
  }

  /** Messages quote what was written, but not a whole hostile address. */
  private static String shortened(String value) {
    return value.length() <= 20 ? value : value.substring(0, 20) + "…";
  }
}
