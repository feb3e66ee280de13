package de.buergerinfo.devices;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where a device is, as written in a terminal profile: {@code escpos+tcp://10.0.0.5:9100}, {@code
 * escpos+serial:/dev/ttyUSB0?baud=38400}, {@code pcsc:*}, {@code gpio:pi4j?presence=17}, {@code
 * sim} or {@code none}.
 *
 * @param scheme the driver, for example {@code escpos+tcp}
 * @param target what the driver opens (host:port, device path, reader name pattern); may be empty.
 *     Addresses hold no spaces, so a card reader is {@code pcsc:*} (any reader) or a part of its
 *     name without spaces, such as {@code pcsc:ACR122U}
 * @param parameters options after {@code ?}, in the order written
 */
public record DeviceAddress(String scheme, String target, Map<String, String> parameters) {

  /** Longest address we accept; anything longer is a typo or an attack, never a device. */
  public static final int MAX_LENGTH = 512;

  public static final String SIMULATED = "sim";
  public static final String NONE = "none";

  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+]*");
  private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
  private static final Pattern HOST_PORT =
      Pattern.compile("(?<host>[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+\\]):(?<port>[0-9]{1,5})");

  public DeviceAddress {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(target, "target");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** The simulator of a device kind, which the embedded default uses. */
  public static DeviceAddress simulated() {
    return new DeviceAddress(SIMULATED, "", Map.of());
  }

  /** No device of this kind is attached. */
  public static DeviceAddress none() {
    return new DeviceAddress(NONE, "", Map.of());
  }

  public boolean isSimulated() {
    return scheme.equals(SIMULATED);
  }

  public boolean isNone() {
    return scheme.equals(NONE);
  }

  /**
   * Reads an address for a device of the given kind.
   *
   * @throws IllegalArgumentException with a message that says what is wrong and what is expected
   */
  public static DeviceAddress parse(DeviceKind kind, String text) {
    Objects.requireNonNull(kind, "kind");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is empty; write 'sim', 'none' or a device address");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("is longer than " + MAX_LENGTH + " characters");
    }
    // C0 and C1 controls, and every kind of space, including no-break ones.
    if (text.chars()
        .anyMatch(
            c ->
                Character.isISOControl(c)
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException(
          "contains spaces or control characters; write the address as one word, such as "
              + example(kind));
    }
    if (text.equals(SIMULATED)) {
      return simulated();
    }
    if (text.equals(NONE)) {
      return none();
    }
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "'" + text + "' has no scheme; expected one of " + allowedSchemes(kind));
    }
    String scheme = text.substring(0, colon);
    if (!SCHEME.matcher(scheme).matches() || !kind.hardwareSchemes().contains(scheme)) {
      throw new IllegalArgumentException(
          "unknown scheme '"
              + scheme
              + "' for a "
              + kind.displayName()
              + "; expected one of "
              + allowedSchemes(kind));
    }
    String rest = text.substring(colon + 1);
    int question = rest.indexOf('?');
    String target = question < 0 ? rest : rest.substring(0, question);
    Map<String, String> parameters =
        question < 0 ? Map.of() : parseParameters(rest.substring(question + 1));
    if (target.startsWith("//")) {
      target = target.substring(2);
    }
    checkTarget(scheme, target);
    return new DeviceAddress(scheme, target, parameters);
  }

  private static void checkTarget(String scheme, String target) {
    switch (scheme) {
      case "escpos+tcp" -> {
        var matcher = HOST_PORT.matcher(target);
        int port = matcher.matches() ? Integer.parseInt(matcher.group("port")) : 0;
        if (port < 1 || port > 65535) {
          throw new IllegalArgumentException(
              "'" + target + "' is not host:port, for example escpos+tcp://10.0.0.5:9100");
        }
      }
      case "escpos+serial", "escpos+file", "hid", "serial", "camera" -> {
        if (!target.startsWith("/") || target.contains("/../") || target.endsWith("/..")) {
          throw new IllegalArgumentException(
              "'" + target + "' is not an absolute device path such as /dev/ttyUSB0");
        }
      }
      case "keyboard" -> {
        if (!target.isEmpty() && !target.equals("*")) {
          throw new IllegalArgumentException(
              "'"
                  + target
                  + "' is not a keyboard; write keyboard:* (the scanner types as a"
                  + " keyboard)");
        }
      }
      case "pcsc", "gpio" -> {
        if (target.isEmpty()) {
          throw new IllegalArgumentException(
              "needs a target: pcsc:* (any reader) or pcsc:<reader name>, gpio:pi4j?presence=17");
        }
      }
      default -> throw new IllegalStateException("scheme without a target rule: " + scheme);
    }
  }

  private static Map<String, String> parseParameters(String query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      if (!PARAMETER_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "option '"
                + pair
                + "' has no valid name; write options as name=value joined by &, such as"
                + " ?presence=17&light=27");
      }
      if (parameters.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException(
            "option '" + name + "' is given twice; give each option once");
      }
    }
    return parameters;
  }

  /** A valid address of the kind, for messages. */
  private static String example(DeviceKind kind) {
    return switch (kind) {
      case PRINTER -> "escpos+tcp://10.0.0.5:9100";
      case CARD_READER -> "pcsc:* (any reader) or pcsc:ACR122U (a part of the reader's name)";
      case SCANNER -> "hid:/dev/input/by-id/usb-Scanner-event-kbd";
      case GPIO -> "gpio:pi4j?presence=17";
    };
  }

  private static String allowedSchemes(DeviceKind kind) {
    Set<String> all = new TreeSet<>(kind.hardwareSchemes());
    all.addAll(List.of(SIMULATED, NONE));
    return String.join(", ", all);
  }

  /** The address as it would be written in a profile. */
  @Override
  public String toString() {
    if (isSimulated() || isNone()) {
      return scheme;
    }
    StringBuilder text = new StringBuilder(scheme).append(':');
    if (scheme.equals("escpos+tcp")) {
      text.append("//");
    }
    text.append(target);
    if (!parameters.isEmpty()) {
      text.append('?');
      parameters.forEach((name, value) -> text.append(name).append('=').append(value).append('&'));
      text.setLength(text.length() - 1);
    }
    return text.toString();
  }
}
