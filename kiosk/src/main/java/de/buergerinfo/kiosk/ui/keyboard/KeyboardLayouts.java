package de.buergerinfo.kiosk.ui.keyboard;

import de.buergerinfo.content.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layouts the keyboard can show, checked together: every {@code {layout:ID}} key leads to a
 * layout in the set. The bundled set is read once from the {@code .layout} files in this package.
 */
public final class KeyboardLayouts {

  /** The pad for digit-only fields. */
  public static final String NUMBER_PAD = "numpad";

  static final List<String> BUNDLED =
      List.of(
          "de", "en", "tr", "pl", "ru", "uk", "ar", "fa", "123", "123-ar", "123-fa", NUMBER_PAD);

  private final Map<String, KeyboardLayout> byId;

  private KeyboardLayouts(Map<String, KeyboardLayout> byId) {
    this.byId = byId;
  }

  /** The layouts shipped with the kiosk; a broken file fails here, at the first keyboard. */
  public static KeyboardLayouts bundled() {
    return Bundled.LAYOUTS;
  }

  /** A set of layouts whose switch keys all lead inside the set. */
  static KeyboardLayouts of(Collection<KeyboardLayout> layouts) {
    Map<String, KeyboardLayout> byId = new LinkedHashMap<>();
    for (KeyboardLayout layout : layouts) {
      if (byId.put(layout.id(), layout) != null) {
        throw new IllegalArgumentException("two layouts with the id " + layout.id());
      }
    }
    for (KeyboardLayout layout : layouts) {
      layout.rows().stream()
          .flatMap(List::stream)
          .filter(Key.SwitchLayout.class::isInstance)
          .map(key -> ((Key.SwitchLayout) key).layoutId())
          .filter(id -> !byId.containsKey(id))
          .findFirst()
          .ifPresent(
              id -> {
                throw new KeyboardLayoutException(
                    layout.id() + ".layout", 0, "{layout:" + id + "} leads to no layout");
              });
    }
    return new KeyboardLayouts(Map.copyOf(byId));
  }

  /** The letters for a UI language; Leichte Sprache types like German. */
  public KeyboardLayout forLanguage(Language language) {
    return byId(idFor(language)).orElseThrow();
  }

  public Optional<KeyboardLayout> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  static String idFor(Language language) {
    return switch (language) {
      case GERMAN, GERMAN_EASY -> "de";
      case ENGLISH -> "en";
      case TURKISH -> "tr";
      case ARABIC -> "ar";
      case RUSSIAN -> "ru";
      case UKRAINIAN -> "uk";
      case POLISH -> "pl";
      case PERSIAN -> "fa";
    };
  }

  /** Loaded on first use, once per JVM (the files are part of the jar and never change). */
  private static final class Bundled {
    static final KeyboardLayouts LAYOUTS = load();

    private static KeyboardLayouts load() {
      return of(BUNDLED.stream().map(Bundled::read).toList());
    }

    private static KeyboardLayout read(String id) {
      String file = id + ".layout";
      try (InputStream in = KeyboardLayouts.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new KeyboardLayoutException(file, 0, "missing from the jar");
        }
        return KeyboardLayoutReader.read(file, in);
      } catch (IOException e) {
        throw new UncheckedIOException(file + " could not be read", e);
      }
    }
  }
}
