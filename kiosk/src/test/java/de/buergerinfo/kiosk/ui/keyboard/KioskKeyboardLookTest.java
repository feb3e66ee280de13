package de.buergerinfo.kiosk.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.Screenshots;
import de.buergerinfo.kiosk.ui.HalfSpaceInput;
import de.buergerinfo.kiosk.ui.KioskFrame;
import java.time.Clock;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every layout as it looks on a full-HD kiosk, inside the real {@link KioskFrame} (its stylesheet,
 * text size and reading direction): keys big enough to touch, labels whole, in the Noto fonts.
 * Writes {@code target/screenshots/keyboard_<layout>.png}.
 */
@ExtendWith(JavaFxExtension.class)
class KioskKeyboardLookTest {

  private static final double KIOSK_WIDTH = 1920;
  private static final double PORTRAIT_WIDTH = 1080;
  private static final double MIN_KEY_PX = 64;
  private static final double MIN_GAP_PX = 8;

  @ParameterizedTest(name = "{0} shifted={3}")
  @CsvSource({
    "de, de, Größe, false",
    "en, en, Library, false",
    "tr, tr, İğneşçı, false",
    "pl, pl, Źdźbło, false",
    "ru, ru, Паспорт, false",
    "uk, uk, Їжак, false",
    "ar, ar, لا إله, false",
    "fa, fa, می\u200Cخواهم, false",
    "123, de, '', false",
    "123-ar, ar, '', false",
    "123-fa, fa, '', false",
    "numpad, de, '', false",
    "de, de, '', true",
    "tr, tr, '', true",
    "ar, ar, '', true",
    "fa, fa, '', true",
  })
  void keysAreBigWholeAndInTheAppsFonts(String layoutId, String tag, String word, boolean shifted) {
    Fx.run(
        () -> {
          Language language = Language.fromTag(tag).orElseThrow();
          KioskFrame frame = new KioskFrame(new KioskSession(language, Clock.systemUTC()));
          frame.fitTo(KIOSK_WIDTH, 1080);
          TextField field = new TextField();
          HalfSpaceInput.applyTo(field); // as the app's fields do
          KioskKeyboard keyboard = new KioskKeyboard(language);
          VBox content = new VBox(24, field, keyboard);
          content.setAlignment(Pos.BOTTOM_CENTER);
          content.setFillWidth(false);
          field.setPrefColumnCount(20);
          frame.screenHost().getChildren().add(content);
          Scene scene = new Scene(frame, KIOSK_WIDTH, 600);
          keyboard.start();
          field.requestFocus();
          KioskKeyboardTest.type(keyboard, word);
          keyboard.showLayout(layoutId);
          if (shifted) {
            KioskKeyboardTest.button(keyboard, new Key.Shift()).fire();
          }
          String name = "keyboard_" + layoutId + (shifted ? "_shift" : "") + ".png";
          Screenshots.write(scene.snapshot(null), name);

          assertThat(field.getText()).isEqualTo(word.replace('\u200C', '\u202F'));
          assertThat(frame.getEffectiveNodeOrientation())
              .isEqualTo(
                  language.isRightToLeft()
                      ? NodeOrientation.RIGHT_TO_LEFT
                      : NodeOrientation.LEFT_TO_RIGHT);
          assertThat(keyboard.getEffectiveNodeOrientation())
              .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
          assertThat(keyboard.getWidth())
              .as("fits the width of a portrait full-HD screen")
              .isLessThanOrEqualTo(PORTRAIT_WIDTH);
          for (KeyButton key : keyboard.keys()) {
            assertThat(key.getWidth()).as(key.getText()).isGreaterThanOrEqualTo(MIN_KEY_PX);
            assertThat(key.getHeight()).as(key.getText()).isGreaterThanOrEqualTo(MIN_KEY_PX);
            // Characters larger than body text; a key named by a word at least at body size.
            double minFont = key.getStyleClass().contains("named") ? KioskFrame.BASE_FONT_PX : 28;
            assertThat(key.getFont().getSize()).as(key.getText()).isGreaterThanOrEqualTo(minFont);
            assertThat(SceneInspection.displayedText(key)).as("not cut").isEqualTo(key.getText());
            assertThat(key.getFont().getFamily()).isEqualTo(expectedFamily(keyboard, key));
          }
          for (var row : keyboard.getChildren()) {
            assertGaps(((HBox) row).getChildren().stream().map(n -> (KeyButton) n).toList());
          }
        });
  }

  private static String expectedFamily(KioskKeyboard keyboard, KeyButton key) {
    return switch (key.key()) {
      case Key.Shift s -> "Noto Sans Symbols2";
      case Key.Backspace b -> "Noto Sans Symbols2";
      case Key.Enter e -> "Noto Sans Symbols2";
      default ->
          keyboard.currentLayout().script() == KeyboardLayout.Script.ARABIC
              ? "Noto Sans Arabic"
              : "Noto Sans";
    };
  }

  private static void assertGaps(List<KeyButton> row) {
    for (int i = 1; i < row.size(); i++) {
      Bounds left = row.get(i - 1).localToScene(row.get(i - 1).getLayoutBounds());
      Bounds right = row.get(i).localToScene(row.get(i).getLayoutBounds());
      assertThat(right.getMinX() - left.getMaxX())
          .as("gap after " + row.get(i - 1).getText())
          .isGreaterThanOrEqualTo(MIN_GAP_PX);
    }
  }
}
