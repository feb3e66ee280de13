package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine on a small German-only catalogue with a multilingual glossary, as in real life. */
class ServiceIndexTest {

  private static ServiceIndex index;

  private static Service service(String id, String name, String keywords, String text) {
    return TestServices.service(id, name, keywords, text, List.of());
  }

  private static GlossaryConcept concept(String id, Map<Language, List<String>> terms) {
    return new GlossaryConcept(id, terms);
  }

  @BeforeAll
  static void build() throws Exception {
    List<Service> services =
        List.of(
            service(
                "personalausweis",
                "Personalausweis beantragen",
                "Perso,Ausweis",
                "Den Personalausweis beantragen Sie im Bürgerservice."),
            service(
                "ausweis-verlust",
                "Verlust oder Diebstahl Personalausweis",
                "Ausweis verloren",
                "Melden Sie den Verlust Ihres Ausweises."),
            service(
                "reisepass",
                "Reisepass beantragen",
                "Pass",
                "Den Reisepass brauchen Sie für Reisen."),
            service(
                "wohngeld",
                "Wohngeld",
                "Mietzuschuss",
                "Zuschuss zur Miete für Menschen mit wenig Geld."),
            service(
                "anmeldung",
                "Anmeldung einer Wohnung",
                "Ummeldung,Umzug,Wohnsitz",
                "Nach einem Umzug melden Sie Ihre Wohnung an."));
    List<GlossaryConcept> glossary =
        List.of(
            concept(
                "identity-card",
                Map.of(
                    Language.GERMAN, List.of("Personalausweis", "Perso", "Ausweis"),
                    Language.TURKISH, List.of("kimlik kartı", "kimlik"),
                    Language.UKRAINIAN, List.of("паспорт", "посвідчення особи"),
                    Language.RUSSIAN, List.of("паспорт", "удостоверение личности"),
                    Language.ARABIC, List.of("بطاقة الهوية", "هوية"),
                    Language.ENGLISH, List.of("identity card", "ID card"))),
            concept(
                "loss",
                Map.of(
                    Language.GERMAN, List.of("Verlust", "verloren"),
                    Language.TURKISH, List.of("kayıp", "kaybettim", "kaybetmek"),
                    Language.UKRAINIAN, List.of("втратив", "втратила", "втрата"),
                    Language.RUSSIAN, List.of("потерял", "потеряла", "потеря"),
                    Language.ARABIC, List.of("فقدت", "فقدان", "ضياع"),
                    Language.ENGLISH, List.of("lost", "loss"))),
            concept(
                "housing-benefit",
                Map.of(
                    Language.GERMAN, List.of("Wohngeld", "Mietzuschuss"),
                    Language.TURKISH, List.of("konut yardımı", "kira yardımı"),
                    Language.ENGLISH, List.of("housing benefit", "rent subsidy"))));
    index =
        ServiceIndex.build(
            Catalog.of(
                services,
                List.of(),
                List.of(
                    new LifeSituation(
                        "umzug",
                        LocalizedText.of(Language.GERMAN, "Umzug und Wohnen")
                            .with(Language.TURKISH, "Taşınma ve konut"),
                        LocalizedText.empty(),
                        Optional.empty())),
                List.of(),
                List.of(),
                glossary));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> ids(String query, Language language) {
    return index.search(new SearchRequest(query, language, 3, false)).stream()
        .map(SearchHit::serviceId)
        .toList();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Personalausweis                | de | personalausweis",
        "Personalausweisverlust         | de | ausweis-verlust",
        "Perso verloren                 | de | ausweis-verlust",
        "Personala                      | de | personalausweis",
        "Persnalausweis                 | de | personalausweis",
        "wohngled                       | de | wohngeld",
        "umzug                          | de | anmeldung",
        "kimlik kartımı kaybettim       | tr | ausweis-verlust",
        "kira yardımı                   | tr | wohngeld",
        "втратив паспорт                | uk | ausweis-verlust",
        "потеряла паспорт               | ru | ausweis-verlust",
        "فقدت بطاقة الهوية               | ar | ausweis-verlust",
        "lost my ID card                | en | ausweis-verlust",
        "Wohngeld                       | fa | wohngeld",
      })
  void findsTheRightServiceFirst(String query, String tag, String expected) {
    assertThat(ids(query, Language.fromTag(tag).orElseThrow())).first().isEqualTo(expected);
  }

  @Test
  void theExactServiceComesFirst() {
    assertThat(ids("Reisepass", Language.GERMAN).getFirst()).isEqualTo("reisepass");
    assertThat(ids("kimlik kartı", Language.TURKISH).getFirst()).isEqualTo("personalausweis");
  }

  @Test
  void unrelatedServicesDoNotTagAlong() {
    assertThat(ids("Reisepass", Language.GERMAN)).doesNotContain("wohngeld", "anmeldung");
    assertThat(ids("Wohngeld", Language.GERMAN)).doesNotContain("reisepass", "personalausweis");
  }

  @Test
  void aSearchWithoutResultsSuggestsACorrectedQueryAndLifeSituations() {
    SearchRequest misspelt = new SearchRequest("Ummzgu ", Language.GERMAN);
    SearchRequest turkish = new SearchRequest("taşınma ", Language.TURKISH);
    SearchRequest nonsense = new SearchRequest("xyzzy qwrt", Language.GERMAN);

    assertThat(index.search(misspelt)).isEmpty();
    assertThat(index.suggest(misspelt))
        .isEqualTo(new Suggestions(List.of("Umzug"), List.of("umzug")));
    assertThat(index.suggest(turkish).lifeSituationIds()).containsExactly("umzug");
    assertThat(index.suggest(nonsense).isEmpty()).isTrue();
  }

  @Test
  void emptyOrBrokenQueriesFindNothingAndDoNotFail() {
    assertThat(ids("", Language.GERMAN)).isEmpty();
    assertThat(ids("   \t\n", Language.GERMAN)).isEmpty();
    assertThat(ids("\u0000\u0007\u200E", Language.ARABIC)).isEmpty();
    assertThat(ids("???!!!...", Language.GERMAN)).isEmpty();
    assertThat(ids("Personalausweis ".repeat(1_000), Language.GERMAN)).contains("personalausweis");
    assertThat(new SearchRequest("x".repeat(5_000), Language.GERMAN).text())
        .hasSize(SearchRequest.MAX_LENGTH);
  }

  @Test
  void explainSaysWhyAHitRanked() {
    SearchHit hit =
        index.search(new SearchRequest("kimlik kaybettim", Language.TURKISH, 1, true)).getFirst();

    assertThat(hit.explanation()).hasValueSatisfying(text -> assertThat(text).contains("name.de"));
    assertThat(index.size()).isEqualTo(5);
  }
}
