package de.buergerinfo.content.catalog;

import de.buergerinfo.content.language.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small catalogue entries for tests. */
final class CatalogFixtures {

  private CatalogFixtures() {}

  static LocalizedText de(String text) {
    return LocalizedText.of(Language.GERMAN, text);
  }

  static Service service(
      String id, List<String> offices, List<String> situations, List<ChecklistItem> documents) {
    return new Service(
        id,
        List.of(),
        de("Dienst " + id),
        LocalizedText.empty(),
        LocalizedText.empty(),
        Map.of(),
        documents,
        List.of(),
        LocalizedText.empty(),
        LocalizedText.empty(),
        List.of(),
        Optional.empty(),
        LocalizedText.empty(),
        offices,
        List.of(),
        situations,
        Optional.empty(),
        "");
  }

  static Office office(String id) {
    return new Office(
        id,
        de("Amt " + id),
        new Address("Am Markt", "1", "28195", "Bremen", LocalizedText.empty()),
        Optional.empty(),
        Contact.none(),
        OpeningHours.none(),
        LocalizedText.empty(),
        List.of(),
        "");
  }

  static LifeSituation situation(String id) {
    return new LifeSituation(id, de("Lage " + id), LocalizedText.empty(), Optional.empty());
  }

  static ChecklistItem item(String id, AnswerCondition... conditions) {
    return new ChecklistItem(id, de("Unterlage " + id), LocalizedText.empty(), List.of(conditions));
  }

  static FlowAnswer answer(String id, FlowStep next) {
    return new FlowAnswer(id, de(id), next);
  }

  static FlowQuestion question(String id, FlowAnswer... answers) {
    return new FlowQuestion(id, de("Frage " + id + "?"), LocalizedText.empty(), List.of(answers));
  }
}
