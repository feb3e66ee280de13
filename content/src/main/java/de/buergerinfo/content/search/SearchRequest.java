package de.buergerinfo.content.search;

import de.buergerinfo.content.language.Language;
import java.util.Objects;

/**
 * What a citizen typed, in which language.
 *
 * @param text the query as typed; cleaned and cut to {@link #MAX_LENGTH} characters
 * @param language the citizen's language
 * @param limit how many results at most, 1 to 100
 * @param explain whether each hit should say why it ranked
 */
public record SearchRequest(String text, Language language, int limit, boolean explain) {

  /** Longer queries are cut: nobody types more on a kiosk, and it bounds the work. */
  public static final int MAX_LENGTH = 200;

  public SearchRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("limit must be between 1 and 100");
    }
    text = clean(text);
  }

  public SearchRequest(String text, Language language) {
    this(text, language, 10, false);
  }

  /**
   * Control and format characters become spaces (the ZERO WIDTH NON-JOINER stays: Persian words
   * contain it); the NARROW NO-BREAK SPACE the kiosk's fields show for that non-joiner becomes it
   * again. The result is cut and trimmed at the start.
   */
  static String clean(String text) {
    StringBuilder cleaned = new StringBuilder(Math.min(text.length(), MAX_LENGTH));
    text.codePoints()
        .limit(MAX_LENGTH)
        .forEach(
            c -> {
              int type = Character.getType(c);
              boolean invisible =
                  Character.isISOControl(c) || type == Character.FORMAT && c != 0x200C;
              cleaned.appendCodePoint(c == 0x202F ? 0x200C : invisible ? ' ' : c);
            });
    return cleaned.toString().stripLeading();
  }

  /** Whether the last word is still being typed (no space after it): matched as a prefix. */
  public boolean lastWordUnfinished() {
    return !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
  }
}
