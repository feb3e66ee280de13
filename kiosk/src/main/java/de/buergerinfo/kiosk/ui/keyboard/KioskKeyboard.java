package de.buergerinfo.kiosk.ui.keyboard;

import de.buergerinfo.content.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The kiosk's on-screen keyboard: layouts for every UI language (files next to this class), always
 * left to right, keys at least 64 px and never focused. It types into the scene's focused text
 * field, or into a target set with {@link #setTarget}, through {@code replaceSelection}: no
 * synthetic key events, which have no key codes for Cyrillic or Arabic anyway.
 *
 * <p>Use it from a screen's {@code onActivate} so that its listeners end with the screen:
 *
 * <pre>{@code
 * KioskKeyboard keyboard = new KioskKeyboard(session.language().get());
 * body.getChildren().addAll(searchField, keyboard);
 * // in onActivate():
 * return Subscription.combine(
 *     keyboard.start(), session.language().subscribe(keyboard::setLanguage));
 * }</pre>
 */
public final class KioskKeyboard extends VBox {

  private static final String MASKED = KioskKeyboard.class.getName() + ".masked";

  private final KeyboardLayouts layouts;
  private final List<KeyButton> buttons = new ArrayList<>();
  private KeyboardLayout letters;
  private KeyboardLayout layout;
  private boolean shifted;

  /** Tells the scene, through the field typed into, what a key did: speech mode listens. */
  private final KeyEcho toScene =
      key -> {
        if (key instanceof Key.Input || key instanceof Key.Space || key instanceof Key.Backspace) {
          target().ifPresent(field -> KeyEchoEvent.fire(field, key));
        }
      };

  private KeyEcho echo = toScene;
  private Optional<TextInputControl> explicitTarget = Optional.empty();
  private Optional<TextInputControl> focusedField = Optional.empty();
  private Subscription sceneTracking = Subscription.EMPTY;
  private Subscription focusTracking = Subscription.EMPTY;
  private boolean started;

  /** A keyboard with the letters of {@code language}, using the bundled layouts. */
  public KioskKeyboard(Language language) {
    this(language, KeyboardLayouts.bundled());
  }

  KioskKeyboard(Language language, KeyboardLayouts layouts) {
    this.layouts = layouts;
    this.letters = layouts.forLanguage(language);
    this.layout = letters;
    getStyleClass().add("kiosk-keyboard");
    getStylesheets().add(KioskKeyboard.class.getResource("keyboard.css").toExternalForm());
    // Rows of keys read left to right in every language, as on every physical keyboard.
    setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    setAlignment(Pos.CENTER);
    setFocusTraversable(false);
    rebuild();
  }

  /**
   * Follows the focus: from now on the keyboard types into whichever text field has it. The
   * returned subscription does the same as {@link #stop()}. Starting twice changes nothing.
   */
  public Subscription start() {
    if (!started) {
      started = true;
      sceneTracking = sceneProperty().subscribe(this::trackFocusIn);
    }
    return this::stop;
  }

  /** Stops following the focus and forgets the focused field; removes every listener it added. */
  public void stop() {
    started = false;
    sceneTracking.unsubscribe();
    sceneTracking = Subscription.EMPTY;
    focusTracking.unsubscribe();
    focusTracking = Subscription.EMPTY;
    focusedField = Optional.empty();
    setShifted(false);
  }

  /** Shows the letters of {@code language} (Leichte Sprache: German). */
  public void setLanguage(Language language) {
    letters = layouts.forLanguage(language);
    show(letters);
  }

  /** Shows the pad for digit-only fields; {@link #setLanguage} brings the letters back. */
  public void showNumberPad() {
    show(layouts.byId(KeyboardLayouts.NUMBER_PAD).orElseThrow());
  }

  /** Shows the layout with this id (for tests and screenshots). */
  void showLayout(String layoutId) {
    show(layouts.byId(layoutId).orElseThrow());
  }

  /** The layout on screen now. */
  public KeyboardLayout currentLayout() {
    return layout;
  }

  /** Types into {@code field} whatever has the focus. */
  public void setTarget(TextInputControl field) {
    explicitTarget = Optional.of(field);
  }

  /** Types into the focused text field again. */
  public void clearTarget() {
    explicitTarget = Optional.empty();
  }

  /**
   * The field a key would type into now: the explicit target or the focused text field, if it is
   * editable and enabled.
   */
  public Optional<TextInputControl> target() {
    return explicitTarget
        .or(() -> focusedField)
        .filter(field -> field.isEditable() && !field.isDisabled());
  }

  /**
   * Who hears the keys. By default a {@link KeyEchoEvent} is fired at the field typed into, which
   * the speech guide hears on the frame; {@link KeyEcho#NONE} silences the keyboard.
   */
  public void setKeyEcho(KeyEcho echo) {
    this.echo = Objects.requireNonNull(echo);
  }

  /**
   * Marks a field whose content must never be echoed though it is no {@link PasswordField}, such as
   * a PIN shown in clear digits.
   */
  public static void markMasked(TextInputControl field) {
    field.getProperties().put(MASKED, Boolean.TRUE);
  }

  /** Whether what is typed into {@code field} must never be echoed or read (PIN, password). */
  public static boolean isMasked(TextInputControl field) {
    return field instanceof PasswordField || Boolean.TRUE.equals(field.getProperties().get(MASKED));
  }

  /** The keys on screen, top row first (for tests). */
  List<KeyButton> keys() {
    return List.copyOf(buttons);
  }

  boolean isShifted() {
    return shifted;
  }

  /** Does what {@code key} does; called by the key buttons. */
  void press(Key key) {
    switch (key) {
      case Key.Shift shift -> setShifted(!shifted);
      case Key.SwitchLayout switchLayout ->
          show(layouts.byId(switchLayout.layoutId()).orElseThrow());
      case Key.Letters back -> show(letters);
      case Key.Input input -> edit(key, field -> field.replaceSelection(input.text()));
      case Key.Space space -> edit(key, field -> field.replaceSelection(" "));
      case Key.Backspace backspace -> edit(key, KioskKeyboard::deleteBack);
      case Key.Enter enter -> edit(key, KioskKeyboard::enter);
    }
  }

  private void edit(Key key, Consumer<TextInputControl> change) {
    Optional<TextInputControl> field = target();
    if (field.isEmpty()) {
      return;
    }
    change.accept(field.get());
    if (key instanceof Key.Input || key instanceof Key.Space) {
      setShifted(false);
    }
    if (isMasked(field.get())) {
      echo.pressedMasked();
    } else {
      echo.pressed(key);
    }
  }

  /**
   * Deletes the selection, or one code point before the caret: an emoji (two chars) goes whole,
   * lam-alef (two letters) loses its alef, a Persian half space goes alone.
   */
  static void deleteBack(TextInputControl field) {
    IndexRange selection = field.getSelection();
    if (selection.getLength() > 0) {
      field.replaceSelection("");
      return;
    }
    int caret = field.getCaretPosition();
    if (caret == 0) {
      return;
    }
    String text = Objects.requireNonNullElse(field.getText(), "");
    field.deleteText(text.offsetByCodePoints(caret, -1), caret);
  }

  private static void enter(TextInputControl field) {
    if (field instanceof TextArea) {
      field.replaceSelection("\n");
    } else {
      field.fireEvent(new ActionEvent());
    }
  }

  private void trackFocusIn(Scene scene) {
    focusTracking.unsubscribe();
    focusTracking =
        scene == null ? Subscription.EMPTY : scene.focusOwnerProperty().subscribe(this::focusMoved);
  }

  private void focusMoved(Node owner) {
    focusedField = owner instanceof TextInputControl field ? Optional.of(field) : Optional.empty();
  }

  private void setShifted(boolean shifted) {
    this.shifted = shifted && layout.hasShift();
    buttons.forEach(button -> button.show(this.shifted));
  }

  private void show(KeyboardLayout next) {
    layout = next;
    shifted = false;
    rebuild();
  }

  private void rebuild() {
    getStyleClass().removeIf(name -> name.startsWith("script-") || name.startsWith("layout-"));
    getStyleClass()
        .addAll(
            "script-" + layout.script().name().toLowerCase(Locale.ROOT), "layout-" + layout.id());
    buttons.clear();
    List<HBox> rows = new ArrayList<>();
    for (int r = 0; r < layout.rows().size(); r++) {
      List<Key> plain = layout.rows(false).get(r);
      List<Key> shiftedRow = layout.rows(true).get(r);
      HBox row = new HBox();
      row.getStyleClass().add("key-row");
      row.setAlignment(Pos.CENTER);
      for (int k = 0; k < plain.size(); k++) {
        KeyButton button = new KeyButton(plain.get(k), shiftedRow.get(k), this::label, this::press);
        buttons.add(button);
        row.getChildren().add(button);
      }
      rows.add(row);
    }
    getChildren().setAll(rows);
  }

  /** Labels that come from layouts rather than from the key itself. */
  private String label(Key key) {
    return switch (key) {
      case Key.Space space -> layout.name();
      case Key.Letters back -> letters.switchLabel();
      case Key.SwitchLayout switchLayout ->
          layouts.byId(switchLayout.layoutId()).orElseThrow().switchLabel();
      default -> "";
    };
  }
}
