package de.buergerinfo.devices.scanner;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the options of a scanner address ({@code ?terminator=enter&pause=150}) with clear errors.
 */
public final class ScannerOptions {

  private ScannerOptions() {}

  /**
   * @throws IllegalArgumentException for an option the driver does not know (a typo would else be
   *     silently ignored)
   */
  public static void requireKnown(Map<String, String> options, Set<String> known, String driver) {
    for (String name : options.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown option '"
                + name
                + "' for a "
                + driver
                + "; known: "
                + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  /**
   * The whole number option, or the fallback when absent.
   *
   * @throws IllegalArgumentException when it is no number or outside {@code min..max}
   */
  public static int number(
      Map<String, String> options, String name, int fallback, int min, int max) {
    String text = options.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new IllegalArgumentException(
        "option " + name + "=" + text + " must be a whole number from " + min + " to " + max);
  }
}
