package de.buergerinfo.kiosk.i18n;

import de.buergerinfo.content.language.Language;
import java.util.Map;

/**
 * The UI texts of one language. A key missing here is looked up along the language's fallback
 * chain; a test keeps every key present in every language, so that is a safety net only.
 */
public final class Messages {

  /**
   * Numbers in 0-9 in every language: times, fees and phone numbers on Bremen's letters and signs
   * are written so, and Persian and Arabic readers meet them so at the counter.
   */
  private static final java.util.function.Function<Language, com.ibm.icu.util.ULocale>
      NUMBERS_IN_LATIN_DIGITS =
          language ->
              com.ibm.icu.util.ULocale.forLocale(language.locale())
                  .setKeywordValue("numbers", "latn");

  private final Language language;
  private final Map<String, String> texts;
  private final MessageCatalog catalog;

  Messages(Language language, Map<String, String> texts, MessageCatalog catalog) {
    this.language = language;
    this.texts = Map.copyOf(texts);
    this.catalog = catalog;
  }

  public Language language() {
    return language;
  }

  /** The text for {@code key}, or a visible placeholder {@code [key]} if no language has it. */
  public String text(String key) {
    String text = texts.get(key);
    if (text != null) {
      return text;
    }
    for (Language fallback : language.fallbacks()) {
      text = catalog.messages(fallback).texts.get(key);
      if (text != null) {
        return text;
      }
    }
    return "[" + key + "]";
  }

  /**
   * The text for {@code key} with {@code arguments} put in, by ICU MessageFormat: {@code {count,
   * plural, one {# Ergebnis} other {# Ergebnisse}}} follows each language's plural rules (Arabic
   * has six forms, Russian, Ukrainian and Polish three). A broken pattern shows the key, never
   * throws.
   */
  public String format(String key, Map<String, ?> arguments) {
    String pattern = text(key);
    try {
      return DisplayText.of(
          new com.ibm.icu.text.MessageFormat(pattern, NUMBERS_IN_LATIN_DIGITS.apply(language))
              .format(arguments));
    } catch (IllegalArgumentException e) {
      return "[" + key + "]";
    }
  }

  /** {@link #format(String, Map)} with one argument. */
  public String format(String key, String name, Object value) {
    return format(key, Map.of(name, value));
  }

  /** The keys this language defines itself, without fallbacks. */
  public java.util.Set<String> keys() {
    return texts.keySet();
  }
}
