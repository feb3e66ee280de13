package de.buergerinfo.devices.scanner.hid;

import java.util.Locale;

/** The key a HID scanner sends after each code ({@code terminator=} in the address). */
public enum KeyTerminator {
  ENTER,
  TAB,
  /** No suffix: a pause ends the code. */
  NONE;

  /** Reads {@code enter}, {@code tab} or {@code none}. */
  public static KeyTerminator parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "enter" -> ENTER;
      case "tab" -> TAB;
      case "none" -> NONE;
      default ->
          throw new IllegalArgumentException(
              "terminator '" + text + "' is not one of enter, tab, none");
    };
  }
}
