package de.buergerinfo.kiosk.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.i18n.Messages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The counted texts of life situations and flows work for every count in every language. */
class FlowTextsTest {

  private static final MessageCatalog CATALOG = MessageCatalog.load();

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyCountFormatsAndShowsItsNumberInLatinDigits(Language language) {
    Messages messages = CATALOG.messages(language);
    for (int count : List.of(0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 101)) {
      for (String key :
          List.of(
              "situation.services.count",
              "checklist.services.heading",
              "checklist.items.heading")) {
        String text = messages.format(key, "count", count);
        assertThat(text).as(language.tag() + " " + key + " " + count).doesNotStartWith("[");
        if (count >= 3) {
          assertThat(text).as(language.tag() + " " + key).contains(Integer.toString(count));
        }
      }
      String progress = messages.format("flow.progress", Map.of("number", count, "total", 101));
      assertThat(progress).contains(Integer.toString(count)).contains("101");
    }
  }
}
