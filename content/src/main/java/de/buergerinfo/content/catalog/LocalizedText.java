package de.buergerinfo.content.catalog;

import de.buergerinfo.content.language.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One text in several languages. Resolving it for a language walks that language's fallback chain
 * ({@code fa -> en -> de}) and says which language the text really came from, so the UI can mark
 * text that is not in the citizen's language.
 *
 * @param values the text per language; blank texts are not kept
 */
public record LocalizedText(Map<Language, String> values) {

  private static final LocalizedText EMPTY = new LocalizedText(Map.of());

  public LocalizedText {
    Objects.requireNonNull(values, "values");
    EnumMap<Language, String> kept = new EnumMap<>(Language.class);
    values.forEach(
        (language, text) -> {
          Objects.requireNonNull(language, "language");
          if (text != null && !text.isBlank()) {
            kept.put(language, text.strip());
          }
        });
    values = Collections.unmodifiableMap(kept);
  }

  /** No text in any language. */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /** A text that exists in one language only, such as an imported German catalogue. */
  public static LocalizedText of(Language language, String text) {
    return new LocalizedText(Map.of(language, text));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The text exactly in {@code language}, without fallback. */
  public Optional<String> in(Language language) {
    return Optional.ofNullable(values.get(language));
  }

  /** The best text for {@code language}: its own, else along its fallback chain. */
  public Optional<ResolvedText> resolve(Language language) {
    String own = values.get(language);
    if (own != null) {
      return Optional.of(new ResolvedText(own, language, language));
    }
    for (Language fallback : language.fallbacks()) {
      String text = values.get(fallback);
      if (text != null) {
        return Optional.of(new ResolvedText(text, fallback, language));
      }
    }
    return Optional.empty();
  }

  /** A copy with {@code text} in {@code language}, replacing what was there. */
  public LocalizedText with(Language language, String text) {
    EnumMap<Language, String> copy = new EnumMap<>(Language.class);
    copy.putAll(values);
    copy.put(language, text);
    return new LocalizedText(copy);
  }
}
