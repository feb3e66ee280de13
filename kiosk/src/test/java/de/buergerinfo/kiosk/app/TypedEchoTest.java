package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.keyboard.Key;
import de.buergerinfo.kiosk.ui.keyboard.KeyboardLayout;
import de.buergerinfo.kiosk.ui.keyboard.KeyboardLayouts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What speech says for a typed key, without JavaFX. */
class TypedEchoTest {

  private final MessageCatalog catalog = MessageCatalog.load();
  private final Messages german = catalog.messages(Language.GERMAN);

  private String say(Key key, Messages messages) {
    return TypedEcho.of(key, messages).orElse("(nothing)");
  }

  @Test
  void lettersAndDigitsAreGivenToTheVoiceAsTheyAre() {
    assertThat(say(new Key.Input("ä", "ä"), german)).isEqualTo("ä");
    assertThat(say(new Key.Input("q", "q"), german)).isEqualTo("q");
    assertThat(say(new Key.Input("٣", "٣"), german)).isEqualTo("٣");
    assertThat(say(new Key.Input("لا", "لا"), german)).as("lam-alef, one key").isEqualTo("لا");
  }

  @Test
  void capitalLettersAreSaidWithTheWordForCapital() {
    assertThat(say(new Key.Input("Q", "Q"), german)).isEqualTo("groß Q");
    assertThat(say(new Key.Input("Ä", "Ä"), german)).isEqualTo("groß Ä");
    assertThat(say(new Key.Input("Ş", "Ş"), catalog.messages(Language.TURKISH)))
        .isEqualTo("büyük Ş");
    assertThat(say(new Key.Input("Ж", "Ж"), catalog.messages(Language.RUSSIAN)))
        .isEqualTo("заглавная Ж");
    assertThat(say(new Key.Input("W", "W"), catalog.messages(Language.ENGLISH)))
        .isEqualTo("capital W");
    assertThat(say(new Key.Input("ж", "ж"), catalog.messages(Language.RUSSIAN))).isEqualTo("ж");
    for (Language language : Language.values()) {
      assertThat(say(new Key.Input("B", "B"), catalog.messages(language)))
          .as(language.tag())
          .contains("B")
          .isNotEqualTo("B");
    }
  }

  @Test
  void symbolsSpacesAndDeletionsAreNamedInTheLanguage() {
    Messages polish = catalog.messages(Language.POLISH);
    Messages persian = catalog.messages(Language.PERSIAN);

    assertThat(say(new Key.Input(".", "."), german)).isEqualTo("Punkt");
    assertThat(say(new Key.Input("@", "@"), polish)).isEqualTo("małpa");
    assertThat(say(new Key.Input("؟", "؟"), persian)).isEqualTo("علامت سؤال");
    assertThat(say(new Key.Input("\u200C", "نیم‌فاصله"), persian))
        .isEqualTo(persian.text("speech.char.halfSpace"));
    assertThat(say(new Key.Space(), german)).isEqualTo("Leerzeichen");
    assertThat(say(new Key.Backspace(), polish)).isEqualTo("usunięto");
    assertThat(say(new Key.Input("a b", "a b"), german)).isEqualTo("a, Leerzeichen, b");
  }

  @Test
  void keysThatTypeNothingSayNothing() {
    assertThat(TypedEcho.of(new Key.Enter(), german)).isEmpty();
    assertThat(TypedEcho.of(new Key.Shift(), german)).isEmpty();
    assertThat(TypedEcho.of(new Key.SwitchLayout("123"), german)).isEmpty();
  }

  @Test
  void everyCharacterOnEveryLayoutIsSaidAsALetterDigitOrName() {
    KeyboardLayouts layouts = KeyboardLayouts.bundled();
    List<String> unnamed = new ArrayList<>();
    for (Language language : Language.values()) {
      Messages messages = catalog.messages(language);
      Stream.concat(
              Stream.of(layouts.forLanguage(language)),
              Stream.of("123", "123-ar", "123-fa", KeyboardLayouts.NUMBER_PAD)
                  .flatMap(id -> layouts.byId(id).stream()))
          .flatMap(TypedEchoTest::inputs)
          .forEach(
              input -> {
                String said = TypedEcho.spell(input.text(), messages);
                boolean plain = input.text().codePoints().allMatch(Character::isLetterOrDigit);
                boolean mark =
                    input
                        .text()
                        .codePoints()
                        .allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
                if (!plain && !mark && said.equals(input.text())) {
                  unnamed.add(language.tag() + " " + input.text());
                }
              });
    }
    assertThat(unnamed).isEmpty();
  }

  private static Stream<Key.Input> inputs(KeyboardLayout layout) {
    return Stream.of(false, true)
        .filter(shifted -> !shifted || layout.hasShift())
        .flatMap(shifted -> layout.rows(shifted).stream())
        .flatMap(List::stream)
        .filter(Key.Input.class::isInstance)
        .map(Key.Input.class::cast);
  }
}
