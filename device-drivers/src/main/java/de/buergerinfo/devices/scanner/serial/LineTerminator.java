package de.buergerinfo.devices.scanner.serial;

import java.util.Locale;

/** What a serial scanner sends after each code ({@code terminator=} in the address). */
public enum LineTerminator {
  CR,
  LF,
  CRLF,
  /** No suffix: a pause ends the code. */
  NONE;

  /** Reads {@code cr}, {@code lf}, {@code crlf} or {@code none}. */
  public static LineTerminator parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "cr" -> CR;
      case "lf" -> LF;
      case "crlf" -> CRLF;
      case "none" -> NONE;
      default ->
          throw new IllegalArgumentException(
              "terminator '" + text + "' is not one of cr, lf, crlf, none");
    };
  }
}
