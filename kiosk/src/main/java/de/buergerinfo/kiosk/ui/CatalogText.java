package de.buergerinfo.kiosk.ui;

import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.DisplayText;
import de.buergerinfo.kiosk.i18n.Messages;
import java.util.Optional;

/**
 * Catalogue text on screen: in the citizen's language or along its fallback chain, made safe to
 * draw, and with a note when it is not in the citizen's language (issue 6: fallback is marked).
 */
public final class CatalogText {

  private CatalogText() {}

  /** The text for a reader of {@code language}; empty when no language has it. */
  public static Optional<ResolvedText> resolve(LocalizedText text, Language language) {
    return text.resolve(language)
        .map(r -> new ResolvedText(DisplayText.of(r.text()), r.language(), r.requested()));
  }

  /** The text for a reader of {@code language}, or "" when there is none. */
  public static String show(LocalizedText text, Language language) {
    return resolve(text, language).map(ResolvedText::text).orElse("");
  }

  /**
   * "Only in German", in the reader's language, when {@code text} fell back; empty when it is in
   * their language.
   */
  public static Optional<String> fallbackNote(ResolvedText text, Messages messages) {
    if (!text.isFallback()) {
      return Optional.empty();
    }
    return Optional.of(
        messages.format("content.fallback", "language", text.language().nativeName()));
  }
}
