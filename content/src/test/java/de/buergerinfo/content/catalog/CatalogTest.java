package de.buergerinfo.content.catalog;

import static de.buergerinfo.content.catalog.CatalogFixtures.answer;
import static de.buergerinfo.content.catalog.CatalogFixtures.de;
import static de.buergerinfo.content.catalog.CatalogFixtures.item;
import static de.buergerinfo.content.catalog.CatalogFixtures.office;
import static de.buergerinfo.content.catalog.CatalogFixtures.question;
import static de.buergerinfo.content.catalog.CatalogFixtures.service;
import static de.buergerinfo.content.catalog.CatalogFixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

  private static final AnswerCondition MARRIED = new AnswerCondition("verheiratet", "ja");

  private static Catalog catalog() throws CatalogException {
    Service registration =
        service(
            "anmeldung",
            List.of("bsc-mitte"),
            List.of("umzug"),
            List.of(
                item("ausweis"),
                item("wohnungsgeberbestaetigung"),
                item("heiratsurkunde", MARRIED)));
    Service idCard =
        service(
            "personalausweis",
            List.of("bsc-mitte", "bsc-nord"),
            List.of(),
            List.of(item("ausweis"), item("foto")));
    GuidedFlow flow =
        new GuidedFlow(
            "umzug-flow",
            de("Umzug"),
            LocalizedText.empty(),
            "verheiratet",
            List.of(
                question(
                    "verheiratet",
                    answer(
                        "ja",
                        new FlowStep.Finish(
                            List.of("anmeldung", "personalausweis"), List.of(item("termin")))),
                    answer("nein", new FlowStep.Finish(List.of("anmeldung"), List.of())))),
            List.of("umzug"),
            "");
    Announcement closure =
        new Announcement(
            "zu",
            Announcement.Kind.CLOSURE,
            List.of("bsc-nord"),
            de("Geschlossen"),
            LocalizedText.empty(),
            LocalDateTime.of(2026, 12, 1, 0, 0),
            LocalDateTime.of(2026, 12, 2, 0, 0));
    return Catalog.of(
        List.of(registration, idCard),
        List.of(office("bsc-mitte"), office("bsc-nord")),
        List.of(situation("umzug")),
        List.of(flow),
        List.of(closure),
        List.of());
  }

  @Test
  void findsEntriesAndTheirRelations() throws Exception {
    Catalog catalog = catalog();
    Service idCard = catalog.service("personalausweis").orElseThrow();

    assertThat(catalog.officesOf(idCard))
        .extracting(Office::id)
        .containsExactly("bsc-mitte", "bsc-nord");
    assertThat(catalog.servicesOf(catalog.lifeSituation("umzug").orElseThrow()))
        .extracting(Service::id)
        .containsExactly("anmeldung");
    assertThat(catalog.service("nope")).isEmpty();
  }

  @Test
  void theChecklistDependsOnTheAnswersAndListsEachItemOnce() throws Exception {
    Catalog catalog = catalog();
    GuidedFlow flow = catalog.flow("umzug-flow").orElseThrow();

    PersonalChecklist married =
        catalog.checklistFor(flow, FlowAnswers.none().with("verheiratet", "ja")).orElseThrow();
    PersonalChecklist single =
        catalog.checklistFor(flow, FlowAnswers.none().with("verheiratet", "nein")).orElseThrow();

    assertThat(married.services())
        .extracting(Service::id)
        .containsExactly("anmeldung", "personalausweis");
    assertThat(married.items())
        .extracting(ChecklistItem::id)
        .containsExactly(
            "termin", "ausweis", "wohnungsgeberbestaetigung", "heiratsurkunde", "foto");
    assertThat(single.items())
        .extracting(ChecklistItem::id)
        .containsExactly("ausweis", "wohnungsgeberbestaetigung");
    assertThat(catalog.checklistFor(flow, FlowAnswers.none())).isEmpty();
  }

  @Test
  void duplicatesAndDanglingReferencesAreAllReported() {
    Service broken =
        service(
            "s",
            List.of("no-office"),
            List.of("no-situation"),
            List.of(item("urkunde", new AnswerCondition("q", "c"))));
    GuidedFlow flow =
        new GuidedFlow(
            "f",
            de("F"),
            LocalizedText.empty(),
            "q",
            List.of(
                question(
                    "q",
                    answer("a", new FlowStep.Finish(List.of("no-service"), List.of())),
                    answer("b", new FlowStep.Finish(List.of("s"), List.of())))),
            List.of(),
            "");

    assertThatThrownBy(
            () ->
                Catalog.of(
                    List.of(broken, broken),
                    List.of(),
                    List.of(),
                    List.of(flow),
                    List.of(),
                    List.of()))
        .isInstanceOfSatisfying(
            CatalogException.class,
            e ->
                assertThat(e.problems())
                    // The service is there twice: each of its problems is still listed once.
                    .doesNotHaveDuplicates()
                    .contains(
                        new CatalogProblem("service", "s", "the id is used twice"),
                        new CatalogProblem("service", "s", "refers to unknown office 'no-office'"),
                        new CatalogProblem(
                            "service", "s", "refers to unknown life situation 'no-situation'"),
                        new CatalogProblem("flow", "f", "refers to unknown service 'no-service'"),
                        new CatalogProblem(
                            "service",
                            "s",
                            "checklist item 'urkunde' depends on the answer 'c' to question 'q',"
                                + " which no guided flow asks")));
  }

  @Test
  void oneChecklistItemIdMeansOneThingAcrossServicesAndFlows() {
    ChecklistItem idCard = item("ausweis");
    ChecklistItem otherForm =
        new ChecklistItem("ausweis", de("Reisepass"), LocalizedText.empty(), List.of());
    GuidedFlow flow =
        new GuidedFlow(
            "f",
            de("F"),
            LocalizedText.empty(),
            "q",
            List.of(
                question(
                    "q",
                    answer("a", new FlowStep.Finish(List.of("a"), List.of(otherForm))),
                    answer("b", new FlowStep.Finish(List.of("b"), List.of(otherForm))))),
            List.of(),
            "");

    assertThatThrownBy(
            () ->
                Catalog.of(
                    List.of(
                        service("a", List.of(), List.of(), List.of(idCard)),
                        service("b", List.of(), List.of(), List.of(idCard))),
                    List.of(),
                    List.of(),
                    List.of(flow),
                    List.of(),
                    List.of()))
        .isInstanceOfSatisfying(
            CatalogException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new CatalogProblem(
                            "flow",
                            "f",
                            "checklist item 'ausweis' has another German text than in service"
                                + " 'a': a checklist shows each item id once, so give it another"
                                + " id")));
  }

  @Test
  void announcementsHaveAWindowAndOffices() throws Exception {
    Announcement closure = catalog().announcements().getFirst();

    assertThat(closure.isActiveAt(LocalDateTime.of(2026, 12, 1, 9, 0))).isTrue();
    assertThat(closure.isActiveAt(LocalDateTime.of(2026, 12, 2, 0, 1))).isFalse();
    assertThat(closure.concerns("bsc-nord")).isTrue();
    assertThat(closure.concerns("bsc-mitte")).isFalse();
  }

  @Test
  void entriesRefuseBadValues() {
    assertThatThrownBy(() -> new LeikaKey("9900800100000")).hasMessageContaining("14 digits");
    assertThatThrownBy(() -> new Form(de("x"), java.net.URI.create("javascript:alert(1)")))
        .hasMessageContaining("https://");
    assertThatThrownBy(() -> new Form(de("x"), java.net.URI.create("file:///etc/passwd")))
        .hasMessageContaining("https://");
    assertThatThrownBy(() -> service("../etc", List.of(), List.of(), List.of()))
        .hasMessageContaining("service id");
    assertThatThrownBy(() -> new Address("Am Markt", "1", "2819", "Bremen", LocalizedText.empty()))
        .hasMessageContaining("five digits");
    assertThatThrownBy(() -> new GeoPoint(91, 8)).hasMessageContaining("not a place");
    assertThatThrownBy(() -> new GlossaryConcept("x", java.util.Map.of()))
        .hasMessageContaining("German term");
    assertThat(new LeikaKey("99008001012003").serviceObject()).isEqualTo("99008001");
  }
}
