package de.buergerinfo.devices.printer;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A printer code page: the {@code ESC t n} number and the Java charset that encodes it. Which
 * numbers a model knows comes from its printer profile; these are Epson's.
 */
public enum CodePage {
  /** German and Western European, with €. */
  CP858(19, "IBM00858"),
  /** Turkish. */
  CP857(13, "IBM857"),
  /** Russian and Ukrainian Cyrillic. */
  CP866(17, "IBM866");

  private final int number;
  private final Charset charset;

  CodePage(int number, String charset) {
    this.number = number;
    this.charset = Charset.forName(charset);
  }

  /** The value of {@code n} in {@code ESC t n}. */
  public int number() {
    return number;
  }

  public Charset charset() {
    return charset;
  }

  /** The code page {@code ESC t n} selects, if it is one of ours. */
  public static Optional<CodePage> byNumber(int n) {
    for (CodePage page : values()) {
      if (page.number == n) {
        return Optional.of(page);
      }
    }
    return Optional.empty();
  }
}
