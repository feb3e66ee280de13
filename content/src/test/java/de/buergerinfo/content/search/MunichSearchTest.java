package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.SharedData;
import de.buergerinfo.content.importing.dldb.DldbImporter;
import de.buergerinfo.content.language.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A smoke test on the real Munich catalogue; the full evaluation is `bis content eval`. */
class MunichSearchTest {

  @Test
  void germanQueriesFindMunichServices() throws Exception {
    try (ServiceIndex index =
        ServiceIndex.build(
            DldbImporter.read(SharedData.folder("catalogue/munich-dldb")).catalog())) {
      assertThat(index.size()).isEqualTo(287);
      assertThat(top3(index, "Personalausweis")).first().isEqualTo("1063441");
      assertThat(top3(index, "Gewerbe anmelden")).contains("1063423");
      assertThat(top3(index, "Perso verloren")).contains("1076889");
    }
  }

  private static List<String> top3(ServiceIndex index, String query) {
    return index.search(new SearchRequest(query, Language.GERMAN, 3, false)).stream()
        .map(SearchHit::serviceId)
        .toList();
  }
}
