package de.buergerinfo.content.catalog;

import de.buergerinfo.content.language.Language;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A municipal service a citizen can apply for, such as "Personalausweis beantragen".
 *
 * @param id stable id; for imported catalogues the source's own id (DLDB id)
 * @param leikaKeys the LeiKa keys this service covers, possibly none
 * @param name the service's name
 * @param shortText one or two sentences: what it is
 * @param longText the full explanation
 * @param keywords search words and synonyms per language
 * @param documents what to bring, possibly depending on answers in a guided flow
 * @param prerequisites who can apply, what must be true
 * @param fees what it costs
 * @param processingTime how long it takes
 * @param forms forms and pages to continue on
 * @param onlineService where to do it online, if possible
 * @param responsibility who is responsible (authority, department)
 * @param officeIds offices that offer the service
 * @param booking how to book it, where bookable
 * @param lifeSituationIds life situations the service belongs to
 * @param lastUpdated when the content was last checked
 * @param editorialNote for editors, never shown to citizens: sources, what is invented or unsure
 */
public record Service(
    String id,
    List<LeikaKey> leikaKeys,
    LocalizedText name,
    LocalizedText shortText,
    LocalizedText longText,
    Map<Language, List<String>> keywords,
    List<ChecklistItem> documents,
    List<LocalizedText> prerequisites,
    LocalizedText fees,
    LocalizedText processingTime,
    List<Form> forms,
    Optional<URI> onlineService,
    LocalizedText responsibility,
    List<String> officeIds,
    List<BookingReference> booking,
    List<String> lifeSituationIds,
    Optional<LocalDate> lastUpdated,
    String editorialNote) {

  public Service {
    CatalogIds.check(id, "service id");
    leikaKeys = List.copyOf(leikaKeys);
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("service " + id + " has no name in any language");
    }
    Objects.requireNonNull(shortText, "shortText");
    Objects.requireNonNull(longText, "longText");
    keywords = Keywords.copy(keywords);
    documents = List.copyOf(documents);
    prerequisites = List.copyOf(prerequisites);
    Objects.requireNonNull(fees, "fees");
    Objects.requireNonNull(processingTime, "processingTime");
    forms = List.copyOf(forms);
    onlineService = onlineService.map(url -> WebAddresses.check(url, "online service URL"));
    Objects.requireNonNull(responsibility, "responsibility");
    officeIds = officeIds.stream().map(office -> CatalogIds.check(office, "office id")).toList();
    booking = List.copyOf(booking);
    lifeSituationIds =
        lifeSituationIds.stream().map(s -> CatalogIds.check(s, "life situation id")).toList();
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    Objects.requireNonNull(editorialNote, "editorialNote");
  }

  /** This service under another name, everything else the same (an editor's rename). */
  public Service withName(LocalizedText newName) {
    return new Service(
        id,
        leikaKeys,
        newName,
        shortText,
        longText,
        keywords,
        documents,
        prerequisites,
        fees,
        processingTime,
        forms,
        onlineService,
        responsibility,
        officeIds,
        booking,
        lifeSituationIds,
        lastUpdated,
        editorialNote);
  }

  /** The checklist for someone who gave these answers in a guided flow. */
  public List<ChecklistItem> documentsFor(FlowAnswers answers) {
    return documents.stream().filter(item -> item.appliesTo(answers)).toList();
  }
}
