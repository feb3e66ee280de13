package de.buergerinfo.kiosk.ui.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(JavaFxExtension.class)
class KioskKeyboardTest {

  /** A focused field with a started keyboard below it, in a scene without a window. */
  private record Typing(TextField field, KioskKeyboard keyboard, VBox root) {
    static Typing in(Language language) {
      TextField field = new TextField();
      KioskKeyboard keyboard = new KioskKeyboard(language);
      VBox root = new VBox(field, keyboard);
      new Scene(root, 1000, 600);
      keyboard.start();
      field.requestFocus();
      return new Typing(field, keyboard, root);
    }
  }

  /**
   * Types {@code text} by firing the keyboard's buttons, longest key first (لا is one key),
   * pressing shift when the character is on the shifted layer.
   */
  static void type(KioskKeyboard keyboard, String text) {
    int at = 0;
    while (at < text.length()) {
      KeyButton button = longestKeyAt(keyboard, text, at);
      if (button == null) {
        shiftKey(keyboard).fire();
        button = longestKeyAt(keyboard, text, at);
      }
      if (button == null) {
        throw new AssertionError("no key types '" + text.substring(at) + "'");
      }
      button.fire();
      at += textOf(button.key()).length();
    }
  }

  private static KeyButton longestKeyAt(KioskKeyboard keyboard, String text, int at) {
    KeyButton best = null;
    for (KeyButton button : keyboard.keys()) {
      String keyText = textOf(button.key());
      if (!keyText.isEmpty()
          && text.startsWith(keyText, at)
          && (best == null || keyText.length() > textOf(best.key()).length())) {
        best = button;
      }
    }
    return best;
  }

  private static String textOf(Key key) {
    return switch (key) {
      case Key.Input input -> input.text();
      case Key.Space space -> " ";
      default -> "";
    };
  }

  static KeyButton button(KioskKeyboard keyboard, Key key) {
    return keyboard.keys().stream()
        .filter(button -> button.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no key " + key));
  }

  private static KeyButton shiftKey(KioskKeyboard keyboard) {
    return button(keyboard, new Key.Shift());
  }

  @ParameterizedTest
  @CsvSource({
    "de, Größe",
    "de-x-easy, Straße",
    "en, Library",
    "tr, İğneşçı",
    "ar, لا إله",
    "ru, Паспорт",
    "uk, Їжак",
    "pl, Źdźbło",
    "fa, می\u200Cخواهم",
  })
  void typesAWordInEveryLanguage(String tag, String word) {
    String typed =
        Fx.call(
            () -> {
              Typing typing = Typing.in(Language.fromTag(tag).orElseThrow());
              type(typing.keyboard(), word);
              return typing.field().getText();
            });

    assertThat(typed).isEqualTo(word);
  }

  @Test
  void persianHalfSpaceIsTheZeroWidthNonJoiner() {
    String typed =
        Fx.call(
            () -> {
              Typing typing = Typing.in(Language.PERSIAN);
              type(typing.keyboard(), "می");
              button(typing.keyboard(), new Key.Input("\u200C", "نیم\u200Cفاصله")).fire();
              return typing.field().getText();
            });

    assertThat(typed).isEqualTo("می\u200C").hasSize(3);
  }

  @Test
  void shiftAppliesToTheNextKeyOnly() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.GERMAN);
          KeyButton shift = shiftKey(typing.keyboard());
          KeyButton first = typing.keyboard().keys().getFirst();

          shift.fire();
          assertThat(typing.keyboard().isShifted()).isTrue();
          assertThat(first.getText()).isEqualTo("Q");
          assertThat(shift.getPseudoClassStates())
              .anyMatch(p -> p.getPseudoClassName().equals("shifted"));
          first.fire();
          assertThat(typing.keyboard().isShifted()).isFalse();
          assertThat(first.getText()).isEqualTo("q");
          first.fire();
          shift.fire();
          shift.fire(); // pressed twice: off again
          first.fire();

          assertThat(typing.field().getText()).isEqualTo("Qqq");
        });
  }

  @ParameterizedTest
  @CsvSource({
    "a\uD83D\uDE00, a", // an emoji is two chars and goes whole
    "می\u200C, می", // the half space goes alone
    "لا, ل", // lam-alef is two letters: the alef goes
    "ğ, ''",
  })
  void backspaceDeletesOneCodePoint(String before, String after) {
    String text =
        Fx.call(
            () -> {
              Typing typing = Typing.in(Language.ARABIC);
              typing.field().setText(before);
              typing.field().end();
              button(typing.keyboard(), new Key.Backspace()).fire();
              return typing.field().getText();
            });

    assertThat(text).isEqualTo(after);
  }

  @Test
  void backspaceAtTheStartOrOnASelection() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.GERMAN);
          KeyButton backspace = button(typing.keyboard(), new Key.Backspace());
          typing.field().setText("Größe");
          typing.field().home();
          backspace.fire();
          assertThat(typing.field().getText()).isEqualTo("Größe");

          typing.field().selectRange(2, 4);
          backspace.fire();
          assertThat(typing.field().getText()).isEqualTo("Gre");
          assertThat(typing.field().getCaretPosition()).isEqualTo(2);
        });
  }

  @Test
  void keysReplaceTheSelection() {
    String text =
        Fx.call(
            () -> {
              Typing typing = Typing.in(Language.GERMAN);
              typing.field().setText("Hallo Welt");
              typing.field().selectRange(6, 10);
              type(typing.keyboard(), "Bremen");
              return typing.field().getText();
            });

    assertThat(text).isEqualTo("Hallo Bremen");
  }

  @Test
  void enterFiresTheFieldsActionAndBreaksLinesInATextArea() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.ENGLISH);
          AtomicInteger actions = new AtomicInteger();
          typing.field().setOnAction(event -> actions.incrementAndGet());
          button(typing.keyboard(), new Key.Enter()).fire();
          assertThat(actions).hasValue(1);

          TextArea area = new TextArea("ab");
          typing.root().getChildren().add(area);
          area.requestFocus();
          area.positionCaret(1);
          button(typing.keyboard(), new Key.Enter()).fire();
          assertThat(area.getText()).isEqualTo("a\nb");
          assertThat(actions).hasValue(1);
        });
  }

  @Test
  void explicitTargetWinsAndReadOnlyFieldsAreLeftAlone() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.GERMAN);
          TextField other = new TextField();
          typing.keyboard().setTarget(other);
          type(typing.keyboard(), "ab");
          assertThat(other.getText()).isEqualTo("ab");
          assertThat(typing.field().getText()).isEmpty();

          typing.keyboard().clearTarget();
          typing.field().setEditable(false);
          type(typing.keyboard(), "c");
          assertThat(typing.field().getText()).isEmpty();
          assertThat(typing.keyboard().target()).isEmpty();
        });
  }

  @Test
  void numberPadAndSymbolPad() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.TURKISH);
          button(typing.keyboard(), new Key.SwitchLayout("123")).fire();
          assertThat(typing.keyboard().currentLayout().id()).isEqualTo("123");
          type(typing.keyboard(), "@12/3");
          KeyButton letters = button(typing.keyboard(), new Key.Letters());
          assertThat(letters.getText()).isEqualTo("ABC");
          letters.fire();
          assertThat(typing.keyboard().currentLayout().id()).isEqualTo("tr");
          type(typing.keyboard(), "ı");

          typing.keyboard().showNumberPad();
          assertThat(typing.keyboard().currentLayout().id()).isEqualTo("numpad");
          assertThat(typing.keyboard().keys()).hasSize(12);
          type(typing.keyboard(), "0421");

          assertThat(typing.field().getText()).isEqualTo("@12/3ı0421");
        });
  }

  @Test
  void arabicPadShowsArabicIndicDigitsAndItsSwitchKeyIsLabelledSo() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.ARABIC);
          KeyButton toPad = button(typing.keyboard(), new Key.SwitchLayout("123-ar"));
          assertThat(toPad.getText()).isEqualTo("١٢٣");
          toPad.fire();
          type(typing.keyboard(), "٢٠٢٦ 2026");
          assertThat(button(typing.keyboard(), new Key.Letters()).getText()).isEqualTo("أبت");

          assertThat(typing.field().getText()).isEqualTo("٢٠٢٦ 2026");
        });
  }

  @Test
  void followsTheLanguage() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.GERMAN);
          shiftKey(typing.keyboard()).fire();
          typing.keyboard().setLanguage(Language.UKRAINIAN);

          assertThat(typing.keyboard().currentLayout().id()).isEqualTo("uk");
          assertThat(typing.keyboard().isShifted()).isFalse();
          assertThat(typing.keyboard().keys().getFirst().getText()).isEqualTo("й");
          assertThat(typing.keyboard().getStyleClass()).contains("script-cyrillic", "layout-uk");
          typing.keyboard().setLanguage(Language.GERMAN_EASY);
          assertThat(typing.keyboard().currentLayout().id()).isEqualTo("de");
        });
  }

  @Test
  void staysLeftToRightInARightToLeftScene() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.ARABIC);
          typing.root().setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
          typing.root().applyCss();
          typing.root().layout();
          KioskKeyboard keyboard = typing.keyboard();
          List<KeyButton> topRow = keyboard.keys().subList(0, 12);

          assertThat(typing.field().getEffectiveNodeOrientation())
              .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
          assertThat(keyboard.getEffectiveNodeOrientation())
              .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
          assertThat(topRow.getFirst().getText()).isEqualTo("ض");
          assertThat(topRow.getLast().getText()).isEqualTo("د");
          double firstX = topRow.getFirst().localToScene(0, 0).getX();
          double lastX = topRow.getLast().localToScene(0, 0).getX();
          assertThat(firstX).as("ض on the left").isLessThan(lastX);
          assertThat(firstX).isLessThan(typing.root().getWidth() / 2);
        });
  }

  @Test
  void clickedKeysTypeWithoutTakingTheFocus() {
    TextField field = Fx.call(TextField::new);
    Stage stage =
        Fx.call(
            () -> {
              KioskKeyboard keyboard = new KioskKeyboard(Language.GERMAN);
              Stage window = new Stage();
              window.setScene(new Scene(new VBox(field, keyboard), 1000, 500));
              window.show();
              keyboard.start();
              field.requestFocus();
              assertThat(keyboard.keys()).noneMatch(KeyButton::isFocusTraversable);
              assertThat(keyboard.isFocusTraversable()).isFalse();
              return window;
            });
    try {
      KioskKeyboard keyboard =
          Fx.call(() -> (KioskKeyboard) ((VBox) field.getParent()).getChildren().get(1));
      for (String letter : List.of("h", "a", "u", "s")) {
        click(button(keyboard, new Key.Input(letter, letter)));
      }
      click(shiftKey(keyboard));
      click(button(keyboard, new Key.Input("Ä", "Ä")));

      String text = Fx.call(field::getText);
      Node focusOwner = Fx.call(() -> field.getScene().getFocusOwner());
      int caret = Fx.call(field::getCaretPosition);
      assertThat(text).isEqualTo("hausÄ");
      assertThat(focusOwner).isSameAs(field);
      assertThat(caret).isEqualTo(5);
    } finally {
      Fx.run(stage::hide);
    }
  }

  /** A real press and release through the JavaFX robot, as a finger would do it. */
  private static void click(KeyButton key) {
    Fx.run(
        () -> {
          Bounds bounds = key.localToScreen(key.getLayoutBounds());
          Robot robot = new Robot();
          robot.mouseMove(bounds.getCenterX(), bounds.getCenterY());
          robot.mouseClick(MouseButton.PRIMARY);
        });
    Fx.waitForIdle();
  }

  @Test
  void maskedFieldsAreNeverEchoed() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.GERMAN);
          List<Key> echoed = new ArrayList<>();
          AtomicInteger masked = new AtomicInteger();
          typing
              .keyboard()
              .setKeyEcho(
                  new KeyEcho() {
                    @Override
                    public void pressed(Key key) {
                      echoed.add(key);
                    }

                    @Override
                    public void pressedMasked() {
                      masked.incrementAndGet();
                    }
                  });
          type(typing.keyboard(), "ab");
          assertThat(echoed).containsExactly(new Key.Input("a", "a"), new Key.Input("b", "b"));
          echoed.clear();

          PasswordField pin = new PasswordField();
          typing.root().getChildren().add(pin);
          pin.requestFocus();
          button(typing.keyboard(), new Key.SwitchLayout("123")).fire();
          type(typing.keyboard(), "12");
          button(typing.keyboard(), new Key.Backspace()).fire();
          TextField clearPin = new TextField();
          KioskKeyboard.markMasked(clearPin);
          typing.root().getChildren().add(clearPin);
          clearPin.requestFocus();
          type(typing.keyboard(), "7");

          assertThat(pin.getText()).isEqualTo("1");
          assertThat(clearPin.getText()).isEqualTo("7");
          // Only the pad switch (which says nothing about the field) was heard; no typed key.
          assertThat(echoed).noneMatch(key -> key instanceof Key.Input);
          assertThat(masked).hasValue(4);
        });
  }

  @Test
  void stopRemovesTheFocusListener() {
    Fx.run(
        () -> {
          Typing typing = Typing.in(Language.GERMAN);
          typing.keyboard().start(); // a second start must not add a second listener
          typing.keyboard().stop();
          TextField other = new TextField();
          typing.root().getChildren().add(other);
          other.requestFocus();
          type(typing.keyboard(), "ab");
          assertThat(other.getText()).isEmpty();
          assertThat(typing.field().getText()).isEmpty();
          assertThat(typing.keyboard().target()).isEmpty();

          typing.keyboard().start().unsubscribe();
          typing.keyboard().start();
          typing.field().requestFocus();
          other.requestFocus();
          type(typing.keyboard(), "c");
          assertThat(other.getText()).isEqualTo("c");
        });
  }

  @Test
  void aStoppedKeyboardTakenOffTheScreenCanBeCollected() throws InterruptedException {
    VBox root = Fx.call(() -> new VBox(new TextField()));
    Scene scene = Fx.call(() -> new Scene(root, 400, 300));
    WeakReference<KioskKeyboard> gone =
        Fx.call(
            () -> {
              KioskKeyboard keyboard = new KioskKeyboard(Language.RUSSIAN);
              root.getChildren().add(keyboard);
              keyboard.start();
              root.getChildren().getFirst().requestFocus();
              keyboard.stop();
              root.getChildren().remove(keyboard);
              // A render lets the scene drop what it keeps of removed nodes until the next pulse.
              scene.snapshot(null);
              return new WeakReference<>(keyboard);
            });

    for (int i = 0; i < 50 && gone.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
      Fx.waitForIdle();
    }

    assertThat(gone.get()).isNull();
    assertThat(scene.getRoot()).isSameAs(root);
  }
}
