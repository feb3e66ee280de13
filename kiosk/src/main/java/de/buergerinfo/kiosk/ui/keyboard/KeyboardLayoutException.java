package de.buergerinfo.kiosk.ui.keyboard;

/** A layout file that cannot be used; the message names the file and the line. */
public final class KeyboardLayoutException extends RuntimeException {

  private final String source;
  private final int line;

  KeyboardLayoutException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file name as given to the reader. */
  public String source() {
    return source;
  }

  /** The 1-based line the problem is on (0 when it concerns the whole file). */
  public int line() {
    return line;
  }
}
