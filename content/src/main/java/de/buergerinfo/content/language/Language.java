package de.buergerinfo.content.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the product, for the UI and for content, in the order citizens see them. */
public enum Language {
  GERMAN("de", "Deutsch", false),
  GERMAN_EASY("de-x-easy", "Leichte Sprache", false),
  ENGLISH("en", "English", false),
  TURKISH("tr", "Türkçe", false),
  ARABIC("ar", "العربية", true),
  RUSSIAN("ru", "Русский", false),
  UKRAINIAN("uk", "Українська", false),
  POLISH("pl", "Polski", false),
  PERSIAN("fa", "فارسی", true);

  private final String tag;
  private final String nativeName;
  private final boolean rightToLeft;

  Language(String tag, String nativeName, boolean rightToLeft) {
    this.tag = tag;
    this.nativeName = nativeName;
    this.rightToLeft = rightToLeft;
  }

  /** The BCP 47 tag, such as {@code de}, {@code de-x-easy} or {@code ar}. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself ("Türkçe", "العربية"): how people recognise their language. */
  public String nativeName() {
    return nativeName;
  }

  public boolean isRightToLeft() {
    return rightToLeft;
  }

  /** The locale for number, date and collation rules; Leichte Sprache formats like German. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * Languages to try, in order, when a text is missing in this one: Leichte Sprache falls back to
   * German; German has no fallback; every other language falls back to English, then German.
   */
  public List<Language> fallbacks() {
    return switch (this) {
      case GERMAN -> List.of();
      case GERMAN_EASY, ENGLISH -> List.of(GERMAN);
      default -> List.of(ENGLISH, GERMAN);
    };
  }

  /** The language with this BCP 47 tag, ignoring case. */
  public static Optional<Language> fromTag(String tag) {
    for (Language language : values()) {
      if (language.tag.equalsIgnoreCase(tag)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** All tags, comma-separated, for error messages. */
  public static String allTags() {
    StringBuilder tags = new StringBuilder();
    for (Language language : values()) {
      tags.append(tags.isEmpty() ? "" : ", ").append(language.tag);
    }
    return tags.toString();
  }
}
