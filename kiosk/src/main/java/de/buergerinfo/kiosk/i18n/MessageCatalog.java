package de.buergerinfo.kiosk.i18n;

import de.buergerinfo.content.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The UI texts of all languages, read once from {@code i18n/messages_<tag>.properties} (UTF-8) and
 * made safe for display ({@link DisplayText}). Our own loader, because {@link
 * java.util.ResourceBundle} ignores the private-use part of {@code de-x-easy} and would silently
 * show standard German instead of Leichte Sprache.
 */
public final class MessageCatalog {

  private final Map<Language, Messages> byLanguage = new EnumMap<>(Language.class);

  private MessageCatalog() {}

  /** Loads the texts of every language; fails loudly if a file is missing from the build. */
  public static MessageCatalog load() {
    MessageCatalog catalog = new MessageCatalog();
    for (Language language : Language.values()) {
      catalog.byLanguage.put(language, new Messages(language, read(language), catalog));
    }
    return catalog;
  }

  public Messages messages(Language language) {
    return byLanguage.get(language);
  }

  static String resourceName(Language language) {
    return "messages_" + language.tag() + ".properties";
  }

  private static Map<String, String> read(Language language) {
    String name = resourceName(language);
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
