package de.buergerinfo.kiosk.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.ui.keyboard.KeyboardLayout.Script;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled layouts: every language has one, and each has the letters its language needs. */
class KeyboardLayoutsTest {

  private final KeyboardLayouts layouts = KeyboardLayouts.bundled();

  private static Set<String> texts(KeyboardLayout layout) {
    return allKeys(layout).stream()
        .filter(Key.Input.class::isInstance)
        .map(key -> ((Key.Input) key).text())
        .collect(Collectors.toSet());
  }

  /** Both layers' keys. */
  private static List<Key> allKeys(KeyboardLayout layout) {
    return Stream.concat(layout.rows(false).stream(), layout.rows(true).stream())
        .flatMap(List::stream)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguageHasLettersWithTheKeysOfEveryLayout(Language language) {
    KeyboardLayout letters = layouts.forLanguage(language);
    List<Key> keys = allKeys(letters);

    assertThat(keys).contains(new Key.Backspace(), new Key.Space(), new Key.Enter());
    assertThat(keys).anyMatch(Key.SwitchLayout.class::isInstance);
    // Latin and Cyrillic have capitals; Arabic script uses shift for hamza forms and diacritics.
    assertThat(letters.hasShift()).isTrue();
    KeyboardLayout pad =
        layouts
            .byId(
                keys.stream()
                    .filter(Key.SwitchLayout.class::isInstance)
                    .map(key -> ((Key.SwitchLayout) key).layoutId())
                    .findFirst()
                    .orElseThrow())
            .orElseThrow();
    Set<String> symbols = texts(pad);
    assertThat(symbols).contains("-", "/", ".", "@", ":").containsAnyOf(",", "،");
    assertThat(symbols).containsAnyOf("?", "؟").contains("0", "1", "9");
    assertThat(allKeys(pad)).contains(new Key.Letters(), new Key.Backspace());
  }

  @Test
  void eachLayoutHasItsLanguagesLetters() {
    assertThat(texts(layouts.forLanguage(Language.GERMAN))).contains("ä", "ö", "ü", "ß", "z");
    assertThat(layouts.forLanguage(Language.GERMAN_EASY).id()).isEqualTo("de");
    assertThat(layouts.forLanguage(Language.GERMAN).rows().getFirst().get(5))
        .as("QWERTZ")
        .isEqualTo(new Key.Input("z", "z"));
    assertThat(texts(layouts.forLanguage(Language.TURKISH)))
        .contains("ğ", "ü", "ş", "ı", "İ", "ö", "ç", "I", "i");
    assertThat(texts(layouts.forLanguage(Language.POLISH)))
        .contains("ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż", "Ż");
    assertThat(texts(layouts.forLanguage(Language.RUSSIAN))).contains("й", "ё", "ъ", "Ы");
    assertThat(layouts.forLanguage(Language.RUSSIAN).rows().getFirst().getFirst())
        .as("ЙЦУКЕН")
        .isEqualTo(new Key.Input("й", "й"));
    assertThat(texts(layouts.forLanguage(Language.UKRAINIAN)))
        .contains("і", "ї", "є", "ґ", "ʼ", "Ї")
        .doesNotContain("ы", "ъ", "э");
    assertThat(texts(layouts.forLanguage(Language.ARABIC)))
        .contains("لا", "لأ", "لإ", "لآ", "ء", "أ", "إ", "آ", "ؤ", "ئ", "ة", "ى");
    assertThat(texts(layouts.forLanguage(Language.PERSIAN)))
        .contains("پ", "چ", "ژ", "گ", "ک", "ی", "آ", "\u200C")
        .as("Persian kaf and yeh, not the Arabic ones")
        .doesNotContain("ك", "ي");
    assertThat(layouts.forLanguage(Language.ARABIC).script()).isEqualTo(Script.ARABIC);
  }

  @Test
  void thePersianHalfSpaceHasAVisibleLabel() {
    Key.Input halfSpace =
        allKeys(layouts.forLanguage(Language.PERSIAN)).stream()
            .filter(key -> key.equals(new Key.Input("\u200C", "نیم‌فاصله")))
            .map(Key.Input.class::cast)
            .findFirst()
            .orElseThrow();

    assertThat(halfSpace.label()).isEqualTo("نیم\u200Cفاصله");
  }

  @Test
  void arabicAndPersianPadsOfferTheirOwnDigits() {
    assertThat(texts(layouts.byId("123-ar").orElseThrow())).contains("١", "٠", "1");
    assertThat(texts(layouts.byId("123-fa").orElseThrow())).contains("۱", "۰", "1");
    assertThat(texts(layouts.byId(KeyboardLayouts.NUMBER_PAD).orElseThrow()))
        .containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  }
}
