package de.buergerinfo.content.authoring;

import de.buergerinfo.content.catalog.BookingReference;
import de.buergerinfo.content.catalog.Form;
import de.buergerinfo.content.catalog.LeikaKey;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Service;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one file of {@code services/}. */
final class ServiceReader {

  private ServiceReader() {}

  static Service read(SourceNode node) throws SourceException {
    Fields fields = Fields.of(node, "");
    String id = fields.text("id");
    List<LeikaKey> leika = new ArrayList<>();
    for (String key : fields.texts("leika")) {
      leika.add(fields.convert("leika", key, LeikaKey::new));
    }
    LocalizedText name = fields.requiredLocalized("name");
    LocalizedText shortText = fields.localized("short");
    LocalizedText longText = fields.localized("long");
    var keywords = fields.localizedLists("keywords");
    var documents = fields.objects("documents", ChecklistItemReader::read);
    var prerequisites = fields.objects("prerequisites", Fields::localized);
    LocalizedText fees = fields.localized("fees");
    LocalizedText processingTime = fields.localized("processing-time");
    var forms = fields.objects("forms", ServiceReader::form);
    var online = fields.url("online-service");
    LocalizedText responsibility = fields.localized("responsibility");
    List<String> offices = fields.texts("offices");
    var booking = fields.objects("booking", ServiceReader::booking);
    List<String> situations = fields.texts("life-situations");
    var updatedText = fields.optionalText("last-updated");
    Optional<LocalDate> updated =
        updatedText.isEmpty()
            ? Optional.empty()
            : Optional.of(fields.convert("last-updated", updatedText.get(), LocalDate::parse));
    String note = fields.optionalText("note").orElse("");
    fields.noOtherKeys();
    return fields.build(
        () ->
            new Service(
                id,
                leika,
                name,
                shortText,
                longText,
                keywords,
                documents,
                prerequisites,
                fees,
                processingTime,
                forms,
                online,
                responsibility,
                offices,
                booking,
                situations,
                updated,
                note));
  }

  static Form form(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    LocalizedText title = fields.requiredLocalized("title");
    var url = fields.url("url").orElseThrow(() -> fields.error("url", "is missing"));
    fields.noOtherKeys();
    return fields.build(() -> new Form(title, url));
  }

  static BookingReference booking(SourceNode node, String path) throws SourceException {
    Fields fields = Fields.of(node, path);
    String system = fields.text("system");
    String id = fields.text("id");
    fields.noOtherKeys();
    return fields.build(() -> new BookingReference(system, id));
  }
}
