package de.buergerinfo.kiosk.i18n;

/**
 * Makes text safe for JavaFX to draw. JavaFX 26 draws Unicode format characters (category Cf, such
 * as ZERO WIDTH NON-JOINER or LEFT-TO-RIGHT MARK) as visible boxes instead of hiding them as
 * HarfBuzz does. Persian needs the non-joiner between word parts (می‌توانیم), so it becomes a
 * NARROW NO-BREAK SPACE, the "half space" it stands for; the other format characters are removed,
 * because reading direction comes from node orientation, not from marks in the text.
 */
public final class DisplayText {

  static final char ZERO_WIDTH_NON_JOINER = '\u200C';
  static final char NARROW_NO_BREAK_SPACE = '\u202F';

  private DisplayText() {}

  /** The text as JavaFX should receive it. */
  public static String of(String text) {
    StringBuilder result = null;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      boolean format = Character.getType(codePoint) == Character.FORMAT;
      if (format && result == null) {
        result = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (result != null) {
        if (codePoint == ZERO_WIDTH_NON_JOINER) {
          result.append(NARROW_NO_BREAK_SPACE);
        } else if (!format) {
          result.appendCodePoint(codePoint);
        }
      }
      i = next;
    }
    return result == null ? text : result.toString();
  }

  /** Whether JavaFX would draw a box somewhere in this text. */
  public static boolean hasFormatCharacters(String text) {
    return text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT);
  }
}
