package de.buergerinfo.content.catalog;

import de.buergerinfo.content.language.Language;
import java.util.Objects;

/**
 * A text chosen for a reader, with the language it is written in.
 *
 * @param text the text
 * @param language the language the text is in
 * @param requested the language the reader asked for
 */
public record ResolvedText(String text, Language language, Language requested) {

  public ResolvedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(requested, "requested");
  }

  /** Whether the reader gets another language than asked for; the UI marks such text. */
  public boolean isFallback() {
    return language != requested;
  }
}
