package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.SharedData;
import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.importing.dldb.DldbImporter;
import de.buergerinfo.content.language.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Munich's German-only catalogue, found from every language through our glossary. */
class MunichCrossLingualTest {

  private static ServiceIndex index;

  @BeforeAll
  static void build() throws Exception {
    index =
        ServiceIndex.build(
            DldbImporter.read(SharedData.folder("catalogue/munich-dldb")).catalog(),
            BremenContent.load().glossary());
  }

  @AfterAll
  static void close() {
    if (index != null) {
      index.close();
    }
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kimlik kartımı kaybettim             | tr | 1076889",
        "втратив паспорт                      | uk | 1076889",
        "فقدت بطاقة الهوية                     | ar | 1076889",
        "zgubiłem dowód osobisty              | pl | 1076889",
        "зарегистрироваться по новому адресу  | ru | 1063475",
        "register my address                  | en | 1063475",
        "Perso verloren                       | de | 1076889",
      })
  void findsTheRightMunichServiceFirst(String query, String tag, String expected) {
    var hits =
        index.search(new SearchRequest(query, Language.fromTag(tag).orElseThrow(), 3, false));

    assertThat(hits).first().extracting(SearchHit::serviceId).isEqualTo(expected);
  }
}
