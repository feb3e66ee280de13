package de.buergerinfo.kiosk.ui.keyboard;

import de.buergerinfo.kiosk.i18n.DisplayText;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;

/**
 * One key on screen. It never takes the focus (not focus-traversable, so a press does not request
 * it either): the focus, and with it the caret, stays in the field being typed into.
 */
final class KeyButton extends Button {

  private static final PseudoClass SHIFTED = PseudoClass.getPseudoClass("shifted");

  private final Key plain;
  private final Key shifted;
  private final Function<Key, String> labels;
  private boolean showShifted;

  /**
   * @param labels the label of a key whose label depends on other layouts (switch keys)
   */
  KeyButton(Key plain, Key shifted, Function<Key, String> labels, Consumer<Key> press) {
    this.plain = plain;
    this.shifted = shifted;
    this.labels = labels;
    setFocusTraversable(false);
    setMnemonicParsing(false);
    getStyleClass().addAll("key", styleClass(plain));
    if (plain instanceof Key.Input input && !input.label().equals(input.text())) {
      getStyleClass().add("named");
    }
    setOnAction(event -> press.accept(key()));
    show(false);
  }

  /** The key this button presses now. */
  Key key() {
    return showShifted ? shifted : plain;
  }

  /** Shows the shifted layer's key, or the plain one; the shift key itself lights up. */
  void show(boolean shiftedLayer) {
    showShifted = shiftedLayer;
    setText(label(key()));
    pseudoClassStateChanged(SHIFTED, shiftedLayer && plain instanceof Key.Shift);
  }

  private String label(Key key) {
    return switch (key) {
      case Key.Input input -> DisplayText.of(input.label());
      case Key.Shift shift -> "⇧";
      case Key.Backspace backspace -> "⌫";
      case Key.Enter enter -> "⏎";
      case Key.Space space -> DisplayText.of(labels.apply(key));
      case Key.SwitchLayout layout -> DisplayText.of(labels.apply(key));
      case Key.Letters letters -> DisplayText.of(labels.apply(key));
    };
  }

  private static String styleClass(Key key) {
    return switch (key) {
      case Key.Input input -> "input";
      case Key.Shift shift -> "shift";
      case Key.Backspace backspace -> "backspace";
      case Key.Enter enter -> "enter";
      case Key.Space space -> "space";
      case Key.SwitchLayout layout -> "switch";
      case Key.Letters letters -> "switch";
    };
  }
}
