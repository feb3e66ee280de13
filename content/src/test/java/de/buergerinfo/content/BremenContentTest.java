package de.buergerinfo.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerinfo.content.authoring.ContentDirectory;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.ChecklistItem;
import de.buergerinfo.content.catalog.FlowAnswer;
import de.buergerinfo.content.catalog.FlowQuestion;
import de.buergerinfo.content.catalog.FlowStep;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LeikaKey;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our own Bremen content: loads, has the services, offices, life situations, flows and glossary the
 * kiosk needs, in every language the issue asks for, with LeiKa keys and OZG situations that exist.
 */
class BremenContentTest {

  private static final List<Language> LONG_TEXT_LANGUAGES =
      List.of(Language.GERMAN, Language.GERMAN_EASY, Language.ENGLISH);

  private static Catalog catalog;

  static Path folder() throws Exception {
    URL url = BremenContentTest.class.getResource("/bis-content/bremen");
    return Path.of(url.toURI());
  }

  @BeforeAll
  static void read() throws Exception {
    catalog = ContentDirectory.read(folder());
  }

  @Test
  void hasWhatTheKioskNeeds() {
    assertThat(catalog.services()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(catalog.offices()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(catalog.lifeSituations()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(catalog.flows()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(catalog.announcements()).isNotEmpty();
    assertThat(catalog.glossary()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(catalog.flows())
        .extracting(GuidedFlow::id)
        .contains(
            "umzug-nach-bremen",
            "ausweis-verloren",
            "neues-baby",
            "ankunft-aus-dem-ausland",
            "auto");
    assertThat(catalog.offices())
        .extracting(Office::id)
        .contains(
            "bsc-mitte",
            "standesamt-mitte",
            "migrationsamt",
            "kfz-zulassung",
            "bis-zentralbibliothek");
  }

  @Test
  void servicesSpeakAllNineLanguagesWhereTheIssueAsks() {
    SoftAssertions softly = new SoftAssertions();
    for (Service service : catalog.services()) {
      String id = service.id();
      inAll(softly, service.name(), id + " name");
      inAll(softly, service.shortText(), id + " short text");
      for (Language language : LONG_TEXT_LANGUAGES) {
        softly
            .assertThat(service.longText().in(language))
            .as(id + " long text " + language)
            .isPresent();
      }
      softly.assertThat(service.documents()).as(id + " documents").isNotEmpty();
      for (ChecklistItem item : service.documents()) {
        inAll(softly, item.text(), id + " document " + item.id());
      }
      softly.assertThat(service.officeIds()).as(id + " offices").isNotEmpty();
      softly.assertThat(service.lifeSituationIds()).as(id + " life situations").isNotEmpty();
      softly.assertThat(service.lastUpdated()).as(id + " last updated").isPresent();
      softly.assertThat(service.editorialNote()).as(id + " note on what is invented").isNotBlank();
    }
    softly.assertAll();
  }

  @Test
  void officesHaveHoursAndNamesInAllLanguages() {
    SoftAssertions softly = new SoftAssertions();
    for (Office office : catalog.offices()) {
      inAll(softly, office.name(), office.id() + " name");
      inAll(softly, office.accessibility(), office.id() + " accessibility");
      softly.assertThat(office.openingHours().weekly()).as(office.id() + " hours").isNotEmpty();
      softly.assertThat(office.geo()).as(office.id() + " geo").isPresent();
      softly.assertThat(office.editorialNote()).as(office.id() + " note").isNotBlank();
    }
    softly.assertAll();
  }

  @Test
  void lifeSituationsAndAnnouncementsAreInAllLanguages() {
    SoftAssertions softly = new SoftAssertions();
    for (LifeSituation situation : catalog.lifeSituations()) {
      inAll(softly, situation.name(), situation.id() + " name");
      inAll(softly, situation.description(), situation.id() + " description");
      softly
          .assertThat(situation.ozgSituationId())
          .as(situation.id() + " OZG situation")
          .isPresent();
      softly
          .assertThat(catalog.servicesOf(situation))
          .as(situation.id() + " services")
          .isNotEmpty();
    }
    catalog
        .announcements()
        .forEach(
            a -> {
              inAll(softly, a.title(), a.id() + " title");
              inAll(softly, a.text(), a.id() + " text");
            });
    softly.assertAll();
  }

  @Test
  void everyFlowIsInAllLanguagesAndEveryPathEndsInAChecklist() {
    SoftAssertions softly = new SoftAssertions();
    for (GuidedFlow flow : catalog.flows()) {
      inAll(softly, flow.title(), flow.id() + " title");
      inAll(softly, flow.intro(), flow.id() + " intro");
      for (FlowQuestion question : flow.questions()) {
        String where = flow.id() + "/" + question.id();
        inAll(softly, question.text(), where + " text");
        for (FlowAnswer answer : question.answers()) {
          inAll(softly, answer.label(), where + "/" + answer.id() + " label");
          if (answer.next() instanceof FlowStep.Finish finish) {
            softly.assertThat(finish.serviceIds()).as(where + " result services").isNotEmpty();
            finish
                .items()
                .forEach(item -> inAll(softly, item.text(), where + " item " + item.id()));
          }
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void everyGlossaryConceptHasTermsInAllNineLanguagesBesidesLeichteSprache() {
    for (GlossaryConcept concept : catalog.glossary()) {
      for (Language language : Language.values()) {
        if (language != Language.GERMAN_EASY) {
          assertThat(concept.termsIn(language))
              .as(concept.id() + " in " + language.tag())
              .isNotEmpty();
        }
      }
    }
  }

  @Test
  void leikaKeysAndOzgSituationsExistInTheRealCatalogue() throws Exception {
    Path ozg = SharedData.folder("catalogue/ozg");
    ObjectMapper json = new ObjectMapper();
    Set<String> leikaKeys = new HashSet<>();
    for (JsonNode entry : json.readTree(ozg.resolve("leika-services.json").toFile())) {
      if (entry.hasNonNull("leikaKey")) {
        leikaKeys.add(entry.get("leikaKey").asText());
      }
    }
    Set<Integer> situations = new HashSet<>();
    for (JsonNode entry : json.readTree(ozg.resolve("situations.json").toFile())) {
      situations.add(entry.get("id").asInt());
    }

    List<String> withKeys =
        catalog.services().stream().filter(s -> !s.leikaKeys().isEmpty()).map(Service::id).toList();
    assertThat(withKeys).hasSizeGreaterThanOrEqualTo(40);
    for (Service service : catalog.services()) {
      assertThat(service.leikaKeys())
          .extracting(LeikaKey::value)
          .as(service.id())
          .allMatch(leikaKeys::contains);
    }
    for (LifeSituation situation : catalog.lifeSituations()) {
      assertThat(situation.ozgSituationId()).as(situation.id()).get().isIn(situations);
    }
  }

  private static void inAll(SoftAssertions softly, LocalizedText text, String what) {
    for (Language language : Language.values()) {
      softly.assertThat(text.in(language)).as(what + " in " + language.tag()).isPresent();
    }
  }
}
