package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.language.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A query that names a life situation lifts the services of that situation. */
class LifeSituationBoostTest {

  private static List<String> ids(ServiceIndex index, String query, Language language) {
    return index.search(new SearchRequest(query + " ", language, 5, false)).stream()
        .map(SearchHit::serviceId)
        .toList();
  }

  @Test
  void servicesOfANamedLifeSituationRankFirstInAnyLanguage() throws Exception {
    LifeSituation birth =
        new LifeSituation(
            "geburt",
            LocalizedText.of(Language.GERMAN, "Geburt eines Kindes")
                .with(Language.TURKISH, "Çocuğun doğumu"),
            LocalizedText.empty(),
            Optional.empty());
    // Both mention a certificate; only one belongs to the birth situation.
    Catalog catalog =
        Catalog.of(
            List.of(
                TestServices.service(
                    "meldebescheinigung", "Meldebescheinigung", "", "Bescheinigung", List.of()),
                TestServices.service(
                    "geburtsurkunde",
                    "Urkunde beantragen",
                    "",
                    "Bescheinigung",
                    List.of("geburt"))),
            List.of(),
            List.of(birth),
            List.of(),
            List.of(),
            List.of());
    List<GlossaryConcept> glossary =
        List.of(
            new GlossaryConcept(
                "birth",
                Map.of(Language.GERMAN, List.of("Geburt"), Language.ENGLISH, List.of("baby"))));

    try (ServiceIndex index = ServiceIndex.build(catalog, glossary)) {
      assertThat(ids(index, "Geburt Bescheinigung", Language.GERMAN))
          .first()
          .isEqualTo("geburtsurkunde");
      assertThat(ids(index, "doğumu", Language.TURKISH)).containsExactly("geburtsurkunde");
      // Through the glossary: "baby" is the concept birth, whose German term names the situation.
      assertThat(ids(index, "baby", Language.ENGLISH)).containsExactly("geburtsurkunde");
      assertThat(ids(index, "Bescheinigung", Language.GERMAN))
          .containsExactlyInAnyOrder("meldebescheinigung", "geburtsurkunde");
    }
    try (ServiceIndex withoutSituations =
        ServiceIndex.build(
            Catalog.of(
                catalog.services().stream()
                    .map(
                        s ->
                            TestServices.service(
                                s.id(),
                                s.name().in(Language.GERMAN).orElseThrow(),
                                "",
                                "Bescheinigung",
                                List.of()))
                    .toList(),
                List.of(),
                List.of(birth),
                List.of(),
                List.of(),
                List.of()),
            glossary)) {
      assertThat(ids(withoutSituations, "doğumu", Language.TURKISH)).isEmpty();
    }
  }
}
