package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.language.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a query is cleaned before it is searched. */
class SearchRequestTest {

  @Test
  void controlAndFormatCharactersBecomeSpacesButPersiansNonJoinerStays() {
    assertThat(SearchRequest.clean("a\u0000b\u200Ec\u202Ed\u200Ce")).isEqualTo("a b c d\u200Ce");
  }

  @Test
  void theHalfSpaceKioskFieldsShowIsTheNonJoinerAgain() {
    assertThat(SearchRequest.clean("می\u202Fخواهم")).isEqualTo("می\u200Cخواهم");
  }

  @Test
  void aPersianQueryTypedInAKioskFieldFindsWhatTheSameQueryWithTheNonJoinerFinds() {
    try (ServiceIndex index = ServiceIndex.build(BremenContent.load())) {
      List<String> withJoiner = ids(index, "شرکت\u200Cها");
      List<String> asShown = ids(index, "شرکت\u202Fها");

      assertThat(withJoiner).isNotEmpty();
      assertThat(asShown).isEqualTo(withJoiner);
    }
  }

  private static List<String> ids(ServiceIndex index, String query) {
    return index.search(new SearchRequest(query + " ", Language.PERSIAN)).stream()
        .map(SearchHit::serviceId)
        .toList();
  }
}
