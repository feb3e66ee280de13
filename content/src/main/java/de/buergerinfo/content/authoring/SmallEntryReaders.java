package de.buergerinfo.content.authoring;

import de.buergerinfo.content.catalog.Announcement;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.LifeSituation;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Readers for life situations, announcements and glossary concepts. */
final class SmallEntryReaders {

  private SmallEntryReaders() {}

  /** One file of {@code life-situations/}. */
  static LifeSituation lifeSituation(SourceNode node) throws SourceException {
    Fields fields = Fields.of(node, "");
    String id = fields.text("id");
    var name = fields.requiredLocalized("name");
    var description = fields.localized("description");
    var ozgText = fields.optionalText("ozg-situation");
    Optional<Integer> ozg =
        ozgText.isEmpty()
            ? Optional.empty()
            : Optional.of(fields.convert("ozg-situation", ozgText.get(), Integer::valueOf));
    fields.noOtherKeys();
    return fields.build(() -> new LifeSituation(id, name, description, ozg));
  }

  /** One entry of {@code announcements.yaml}. */
  static Announcement announcement(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    String id = fields.text("id");
    String kindText = fields.text("kind");
    Announcement.Kind kind =
        fields.convert(
            "kind", kindText, k -> Announcement.Kind.valueOf(k.toUpperCase(Locale.ROOT)));
    List<String> offices = fields.texts("offices");
    var title = fields.requiredLocalized("title");
    var text = fields.localized("text");
    LocalDateTime from = fields.convert("from", fields.text("from"), LocalDateTime::parse);
    LocalDateTime until = fields.convert("until", fields.text("until"), LocalDateTime::parse);
    fields.noOtherKeys();
    return fields.build(() -> new Announcement(id, kind, offices, title, text, from, until));
  }

  /** One entry of a {@code glossary/} file. */
  static GlossaryConcept glossaryConcept(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    String id = fields.text("id");
    var terms = fields.localizedLists("terms");
    fields.noOtherKeys();
    return fields.build(() -> new GlossaryConcept(id, terms));
  }
}
