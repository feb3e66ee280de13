package de.buergerinfo.kiosk.i18n;

import de.buergerinfo.content.language.Language;
import java.util.Map;

/**
 * The UI texts of one language. A key missing here is looked up along the language's fallback
 * chain; a test keeps every key present in every language, so that is a safety net only.
 */
public final class Messages {

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

  /** The keys this language defines itself, without fallbacks. */
  public java.util.Set<String> keys() {
    return texts.keySet();
  }
}
