package de.buergerinfo.content.authoring;

import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.language.Language;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping, tracking the field path ({@code documents[2].text.de}) for
 * messages and which keys were used, so that a misspelt key is an error, not silently ignored.
 */
final class Fields {

  private final SourceNode.Mapping mapping;
  private final String path;
  private final Set<String> used = new HashSet<>();

  private Fields(SourceNode.Mapping mapping, String path) {
    this.mapping = mapping;
    this.path = path;
  }

  /** The fields of {@code node}, which must be a mapping. */
  static Fields of(SourceNode node, String path) throws SourceException {
    if (!(node instanceof SourceNode.Mapping mapping)) {
      throw new SourceException(node.line(), path, "must be a mapping of 'field: value' lines");
    }
    return new Fields(mapping, path);
  }

  int line() {
    return mapping.line();
  }

  private String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private Optional<SourceNode> node(String key) {
    used.add(key);
    SourceNode node = mapping.entries().get(key);
    return node == null || node instanceof SourceNode.Empty ? Optional.empty() : Optional.of(node);
  }

  private int lineOf(String key) {
    return mapping.keyLines().getOrDefault(key, mapping.line());
  }

  SourceException error(String key, String message) {
    return new SourceException(lineOf(key), child(key), message);
  }

  /** A required single-line text. */
  String text(String key) throws SourceException {
    return optionalText(key).orElseThrow(() -> error(key, "is missing"));
  }

  Optional<String> optionalText(String key) throws SourceException {
    Optional<SourceNode> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(scalar(node.get(), child(key)));
  }

  private static String scalar(SourceNode node, String path) throws SourceException {
    if (!(node instanceof SourceNode.Scalar scalar)) {
      throw new SourceException(node.line(), path, "must be a single value, not a list or mapping");
    }
    String text = scalar.text().strip();
    if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new SourceException(node.line(), path, "contains control characters");
    }
    return text;
  }

  /**
   * A text in several languages: a mapping from language tag to text. Optional: empty if absent.
   */
  LocalizedText localized(String key) throws SourceException {
    Optional<SourceNode> node = node(key);
    return node.isEmpty() ? LocalizedText.empty() : localized(node.get(), child(key));
  }

  /** Like {@link #localized(String)}, but at least the German text must be there. */
  LocalizedText requiredLocalized(String key) throws SourceException {
    LocalizedText text = localized(key);
    if (text.in(Language.GERMAN).isEmpty()) {
      throw error(key, "needs at least the German text (de)");
    }
    return text;
  }

  static LocalizedText localized(SourceNode node, String path) throws SourceException {
    Fields languages = Fields.of(node, path);
    Map<Language, String> values = new EnumMap<>(Language.class);
    for (String tag : languages.mapping.entries().keySet()) {
      Language language = languages.language(tag);
      languages.optionalText(tag).ifPresent(text -> values.put(language, text));
    }
    return new LocalizedText(values);
  }

  /** The language a key of a text mapping names, or an error at that key. */
  private Language language(String tag) throws SourceException {
    return Language.fromTag(tag)
        .orElseThrow(() -> error(tag, "is not one of our languages (" + Language.allTags() + ")"));
  }

  /** Words per language: {@code de: [Perso, Ausweis]}. */
  Map<Language, List<String>> localizedLists(String key) throws SourceException {
    Optional<SourceNode> node = node(key);
    Map<Language, List<String>> result = new EnumMap<>(Language.class);
    if (node.isEmpty()) {
      return result;
    }
    Fields languages = Fields.of(node.get(), child(key));
    for (String tag : languages.mapping.entries().keySet()) {
      Language language = languages.language(tag);
      result.put(language, languages.texts(tag));
    }
    return result;
  }

  /** A list of single values; a single value alone counts as a list of one. */
  List<String> texts(String key) throws SourceException {
    Optional<SourceNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof SourceNode.Sequence sequence) {
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < sequence.items().size(); i++) {
        texts.add(scalar(sequence.items().get(i), child(key) + "[" + i + "]"));
      }
      return texts;
    }
    return List.of(scalar(node.get(), child(key)));
  }

  /** A list of mappings, each read by {@code reader}. */
  <T> List<T> objects(String key, EntryReader<T> reader) throws SourceException {
    Optional<SourceNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (!(node.get() instanceof SourceNode.Sequence sequence)) {
      throw error(key, "must be a list (lines starting with '- ')");
    }
    List<T> result = new ArrayList<>();
    for (int i = 0; i < sequence.items().size(); i++) {
      String itemPath = child(key) + "[" + i + "]";
      result.add(reader.read(sequence.items().get(i), itemPath));
    }
    return result;
  }

  /** A nested mapping read by {@code reader}, if present. */
  <T> Optional<T> object(String key, EntryReader<T> reader) throws SourceException {
    Optional<SourceNode> node = node(key);
    return node.isEmpty() ? Optional.empty() : Optional.of(reader.read(node.get(), child(key)));
  }

  /** The keys of a nested mapping with their values, for maps such as {@code when:}. */
  Map<String, String> textMap(String key) throws SourceException {
    Optional<SourceNode> node = node(key);
    Map<String, String> result = new java.util.LinkedHashMap<>();
    if (node.isEmpty()) {
      return result;
    }
    Fields entries = Fields.of(node.get(), child(key));
    for (String name : entries.mapping.entries().keySet()) {
      result.put(name, entries.text(name));
    }
    return result;
  }

  /** The names of all keys of a nested mapping, such as the weekdays of opening hours. */
  Optional<Fields> nested(String key) throws SourceException {
    Optional<SourceNode> node = node(key);
    return node.isEmpty() ? Optional.empty() : Optional.of(Fields.of(node.get(), child(key)));
  }

  Set<String> keys() {
    return mapping.entries().keySet();
  }

  Optional<URI> url(String key) throws SourceException {
    Optional<String> text = optionalText(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(text.get()));
    } catch (URISyntaxException e) {
      throw error(key, "is not a web address: " + e.getReason());
    }
  }

  /** Converts a value, turning the model's IllegalArgumentException into a located error. */
  <T> T convert(String key, String value, Function<String, T> converter) throws SourceException {
    try {
      return converter.apply(value);
    } catch (RuntimeException e) {
      throw error(key, e.getMessage());
    }
  }

  /** Builds a model record, turning its validation error into a located error. */
  <T> T build(ThrowingSupplier<T> builder) throws SourceException {
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      throw new SourceException(mapping.line(), path, e.getMessage());
    }
  }

  /** Call last: every key the reader did not ask for is a mistake. */
  void noOtherKeys() throws SourceException {
    for (String key : mapping.entries().keySet()) {
      if (!used.contains(key)) {
        throw error(key, "is not a known field here");
      }
    }
  }

  /** Reads one entry from a node at a path. */
  @FunctionalInterface
  interface EntryReader<T> {
    T read(SourceNode node, String path) throws SourceException;
  }

  /** A constructor call that may throw IllegalArgumentException. */
  @FunctionalInterface
  interface ThrowingSupplier<T> {
    T get() throws SourceException;
  }
}
