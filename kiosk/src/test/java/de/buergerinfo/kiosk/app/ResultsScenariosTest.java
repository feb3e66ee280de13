package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.search.SearchRequest;
import de.buergerinfo.content.search.ServiceIndex;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The words the results pictures type do what their pictures claim, in every language. */
class ResultsScenariosTest {

  private final ServiceIndex index = ViewModelFixture.DEMO_CONTENT.current().index();

  @ParameterizedTest
  @EnumSource(Language.class)
  void theResultsQueryFindsServices(Language language) {
    String query = Scenarios.RESULTS_QUERIES.get(language);

    assertThat(index.search(new SearchRequest(query, language))).as(query).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theMisspeltQueryFindsNothingButOffersACorrection(Language language) {
    String query = Scenarios.MISSPELT_QUERIES.get(language);

    assertThat(index.search(new SearchRequest(query, language))).as(query).isEmpty();
    assertThat(index.suggest(new SearchRequest(query, language)).queries()).as(query).isNotEmpty();
  }
}
