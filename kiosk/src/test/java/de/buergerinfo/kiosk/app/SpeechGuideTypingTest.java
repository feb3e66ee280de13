package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.speech.RecordingSpeech;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.keyboard.KioskKeyboard;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Speech mode says each key typed into a text field, on the on-screen keyboard or a physical one
 * (EN 301 549 5.1.3), never one typed into a masked field, and nothing while speech is off.
 */
@ExtendWith(JavaFxExtension.class)
class SpeechGuideTypingTest {

  private final TestTerminalUi terminal = new TestTerminalUi();
  private final KioskUi ui = terminal.ui;
  private final RecordingSpeech voice = new RecordingSpeech();

  SpeechGuideTypingTest() {
    terminal.terminal.useSpeech(voice);
  }

  @AfterEach
  void close() {
    terminal.close();
  }

  private void visit(ScreenId screen, Language language, boolean speech) {
    Fx.run(
        () -> {
          ui.session().begin();
          ui.session().language().set(language);
          ui.navigator().show(screen);
          ui.session().speech().set(speech);
        });
    Fx.settle();
    voice.clear();
  }

  private TextField search() {
    return Fx.call(() -> (TextField) SceneInspection.find(ui.frame(), "#results-search"));
  }

  /** Presses the on-screen key showing {@code label} (or with this style class) in {@code root}. */
  private static void onScreenKey(Parent root, String labelOrClass) {
    Button key =
        root.lookupAll(".key").stream()
            .map(Button.class::cast)
            .filter(
                button ->
                    labelOrClass.equals(button.getText())
                        || button.getStyleClass().contains(labelOrClass))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no key " + labelOrClass));
    key.fire();
  }

  /** Presses the on-screen key and returns what was said for it at once. */
  private String sayForOnScreenKey(String labelOrClass) {
    return Fx.call(
        () -> {
          voice.clear();
          onScreenKey(ui.frame(), labelOrClass);
          return voice.said().isEmpty() ? "(nothing)" : voice.lastSaid().text();
        });
  }

  /** A physical key that types {@code character} into the focused control. */
  private static void typePhysical(Node focused, String character) {
    Event.fireEvent(
        focused,
        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.UNDEFINED, false, false, false, false));
    Event.fireEvent(
        focused,
        new KeyEvent(
            KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false, false));
  }

  private static void pressPhysical(Node focused, KeyCode code) {
    Event.fireEvent(
        focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
  }

  private String sayForPhysical(String character) {
    return Fx.call(
        () -> {
          voice.clear();
          typePhysical(ui.frame().getScene().getFocusOwner(), character);
          return voice.said().isEmpty() ? "(nothing)" : voice.lastSaid().text();
        });
  }

  @Test
  void onScreenKeysAreSaidAsTheyTypeInTheSessionsLanguage() {
    visit(ScreenId.RESULTS, Language.GERMAN, true);

    assertThat(sayForOnScreenKey("a")).isEqualTo("a");
    assertThat(sayForOnScreenKey("space")).isEqualTo("Leerzeichen");
    assertThat(sayForOnScreenKey("b")).isEqualTo("b");
    assertThat(sayForOnScreenKey("backspace")).isEqualTo("gelöscht");
    Fx.run(() -> onScreenKey(ui.frame(), "123"));
    assertThat(sayForOnScreenKey("@")).isEqualTo("At-Zeichen");
    assertThat(Fx.call(() -> search().getText())).isEqualTo("a @");
  }

  @Test
  void onScreenKeysSpeakRussianOnARussianVisit() {
    visit(ScreenId.RESULTS, Language.RUSSIAN, true);

    assertThat(sayForOnScreenKey("ж")).isEqualTo("ж");
    assertThat(sayForOnScreenKey("space")).isEqualTo("пробел");
    assertThat(sayForOnScreenKey("backspace")).isEqualTo("удалено");
    assertThat(voice.said()).allMatch(said -> said.language() == Language.RUSSIAN);
  }

  @Test
  void physicalKeysAreSaidAndEachStopsWhatWasBeingSaid() {
    visit(ScreenId.RESULTS, Language.ENGLISH, true);
    assertThat(Fx.call(() -> ui.frame().getScene().getFocusOwner())).isSameAs(search());
    int stops = voice.stops();

    assertThat(sayForPhysical("W")).isEqualTo("capital W");
    assertThat(sayForPhysical("?")).isEqualTo("question mark");
    assertThat(sayForPhysical(" ")).isEqualTo("space");
    assertThat(voice.stops()).as("each key interrupts the last echo").isEqualTo(stops + 3);
    assertThat(Fx.call(() -> search().getText())).isEqualTo("W? ");

    Fx.run(
        () -> {
          voice.clear();
          pressPhysical(search(), KeyCode.BACK_SPACE);
        });
    assertThat(voice.lastSaid().text()).isEqualTo("deleted");
    assertThat(Fx.call(() -> search().getText())).isEqualTo("W?");

    // Nothing left of the caret: Backspace deletes nothing and says nothing.
    Fx.run(
        () -> {
          search().positionCaret(0);
          voice.clear();
          pressPhysical(search(), KeyCode.BACK_SPACE);
        });
    assertThat(voice.said()).isEmpty();
  }

  @Test
  void keysTypedIntoMaskedFieldsAreNeverSaid() {
    visit(ScreenId.HOME, Language.GERMAN, true);
    PasswordField pin = new PasswordField();
    TextField clearPin = new TextField();
    KioskKeyboard.markMasked(clearPin);
    KioskKeyboard keyboard = new KioskKeyboard(Language.GERMAN);
    VBox form = new VBox(pin, clearPin, keyboard);
    Fx.run(
        () -> {
          ui.frame().getChildren().add(form);
          keyboard.start();
          pin.requestFocus();
        });
    Fx.settle();

    for (TextField field : new TextField[] {pin, clearPin}) {
      Fx.run(
          () -> {
            field.requestFocus();
          });
      Fx.settle(); // the focus is read: "Eingabefeld"
      voice.clear();
      Fx.run(
          () -> {
            onScreenKey(keyboard, "q");
            onScreenKey(keyboard, "space");
            onScreenKey(keyboard, "backspace");
            typePhysical(field, "7");
            typePhysical(field, "?");
            pressPhysical(field, KeyCode.BACK_SPACE);
          });
      String typed = Fx.call(field::getText);
      assertThat(typed).as("the keys did type").isEqualTo("q7");
      assertThat(voice.said()).as("nothing said for " + field).isEmpty();
    }

    Fx.run(
        () -> {
          keyboard.stop();
          ui.frame().getChildren().remove(form);
        });
  }

  @Test
  void nothingIsSaidWhileSpeechIsOff() {
    visit(ScreenId.RESULTS, Language.GERMAN, false);

    assertThat(sayForOnScreenKey("a")).isEqualTo("(nothing)");
    assertThat(sayForOnScreenKey("space")).isEqualTo("(nothing)");
    assertThat(sayForOnScreenKey("backspace")).isEqualTo("(nothing)");
    assertThat(sayForPhysical("x")).isEqualTo("(nothing)");
    Fx.run(() -> pressPhysical(search(), KeyCode.BACK_SPACE));

    assertThat(voice.said()).isEmpty();
    assertThat(voice.isEnabled()).as("the voice was not switched on to echo").isFalse();
    assertThat(Fx.call(() -> search().getText())).isEqualTo("a");
  }
}
