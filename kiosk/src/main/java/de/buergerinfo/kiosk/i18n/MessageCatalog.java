package de.buergerinfo.kiosk.i18n;

import de.buergerinfo.content.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The UI texts of all languages, read once from {@code i18n/<bundle>_<tag>.properties} (UTF-8) and
 * made safe for display ({@link DisplayText}). Texts are grouped in bundles by screen; a key may
 * live in one bundle only. Our own loader, because {@link java.util.ResourceBundle} ignores the
 * private-use part of {@code de-x-easy} and would silently show standard German instead of Leichte
 * Sprache.
 */
public final class MessageCatalog {

  /** The bundles, by screen group: shared texts, then one per feature. */
  static final List<String> BUNDLES =
      List.of("messages", "results", "situations", "flow", "detail", "takeaway", "help", "session");

  private final Map<Language, Messages> byLanguage = new EnumMap<>(Language.class);

  private MessageCatalog() {}

  /** Loads the texts of every language; fails loudly if a file is missing from the build. */
  public static MessageCatalog load() {
    MessageCatalog catalog = new MessageCatalog();
    for (Language language : Language.values()) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (String bundle : BUNDLES) {
        read(bundle, language)
            .forEach(
                (key, text) -> {
                  if (texts.putIfAbsent(key, text) != null) {
                    throw new IllegalStateException(
                        "UI text " + key + " is defined twice: again in " + bundle);
                  }
                });
      }
      catalog.byLanguage.put(language, new Messages(language, texts, catalog));
    }
    return catalog;
  }

  public Messages messages(Language language) {
    return byLanguage.get(language);
  }

  static String resourceName(String bundle, Language language) {
    return bundle + "_" + language.tag() + ".properties";
  }

  private static Map<String, String> read(String bundle, Language language) {
    String name = resourceName(bundle, language);
    try (InputStream in = MessageCatalog.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("UI texts " + name + " are missing from the build");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new LinkedHashMap<>();
      properties
          .stringPropertyNames()
          .forEach(key -> texts.put(key, DisplayText.of(properties.getProperty(key))));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("UI texts " + name + " are unreadable", e);
    }
  }
}
