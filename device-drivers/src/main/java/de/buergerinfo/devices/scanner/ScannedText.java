package de.buergerinfo.devices.scanner;

import java.util.Optional;

/**
 * Cleans what a scanner delivered before anything else sees it. Scanned codes are untrusted: a
 * printed code can hold anything, so every scanner (HID, serial, camera, keyboard) passes its
 * payload through here.
 */
public final class ScannedText {

  /**
   * Longest payload we accept, in characters. The largest QR code holds 7,089 digits; the codes a
   * terminal expects (a service URL, a LeiKa key, a case number) are far shorter.
   */
  public static final int MAX_LENGTH = 8_000;

  private ScannedText() {}

  /**
   * The payload with control characters, bidirectional overrides and surrounding spaces removed;
   * empty when nothing is left or when the payload is longer than {@link #MAX_LENGTH} (a longer
   * payload is cut off or hostile, and half a code must never be used).
   */
  public static Optional<String> clean(CharSequence raw) {
    if (raw == null || raw.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(raw.length());
    raw.codePoints()
        .forEach(
            c -> {
              if (c == '\t') {
                text.append(' ');
              } else if (!Character.isISOControl(c) && !isHiddenFormatting(c)) {
                text.appendCodePoint(c);
              }
            });
    String cleaned = text.toString().strip();
    return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
  }

  /**
   * Bidirectional embeddings, overrides and isolates (which can make a text display differently
   * from what it is) and the byte-order mark. Zero-width joiners stay: Persian needs them.
   */
  private static boolean isHiddenFormatting(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C
        || c == 0xFEFF;
  }
}
