package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.speech.SpeechKey;
import de.buergerinfo.kiosk.speech.SpeechService;
import de.buergerinfo.kiosk.speech.Utterance;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.keyboard.Key;
import de.buergerinfo.kiosk.ui.keyboard.KeyEchoEvent;
import de.buergerinfo.kiosk.ui.keyboard.KioskKeyboard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;

/**
 * Reads the terminal aloud while the citizen has speech on (EN 301 549 5.1.3): each screen when it
 * is shown (its title, then its visible text in reading order, then the focused control), the
 * focused control when the focus moves, and error messages when they appear. Any touch or key stops
 * speaking first. The speech key repeats the last utterance, or turns speech on when it is off, so
 * a person who cannot see the screen never needs to find a button. What is typed into a text field,
 * on the on-screen keyboard or a physical one, is said key by key. Masked fields are never read:
 * only a neutral word stands for them, and their keys are not echoed. Installed once on the frame.
 */
public final class SpeechGuide {

  /** The style class of an error message: spoken when it becomes visible. */
  public static final String ERROR_CLASS = "error-message";

  /** The style class of the header (who we are): not read on every screen. */
  private static final String HEADER_CLASS = "header-bar";

  private final StackPane frame;
  private final ScreenContext context;
  private final Supplier<SpeechService> speech;
  private final ObservableValue<ScreenId> current;

  /** Error messages already spoken with this text; weak, so a removed node is not held. */
  private final Map<Node, String> spokenErrors = new WeakHashMap<>();

  private boolean readingScheduled;
  private boolean focusScheduled;

  /** The focus the last reading of a screen ended with: not read a second time on its own. */
  private Node focusReadWithScreen;

  /** Speech was just turned on: the next reading starts with how to use it. */
  private boolean introPending;

  private Subscription installed = Subscription.EMPTY;

  private SpeechGuide(
      StackPane frame,
      ScreenContext context,
      Supplier<SpeechService> speech,
      ObservableValue<ScreenId> current) {
    this.frame = frame;
    this.context = context;
    this.speech = speech;
    this.current = current;
  }

  /** Starts guiding on {@code frame}; call on the FX thread, {@link #uninstall()} to stop. */
  public static SpeechGuide install(
      StackPane frame, ScreenContext context, ObservableValue<ScreenId> current) {
    SpeechGuide guide = new SpeechGuide(frame, context, () -> context.terminal().speech(), current);
    guide.attach();
    return guide;
  }

  private void attach() {
    EventHandler<InputEvent> onInput = this::input;
    frame.addEventFilter(InputEvent.ANY, onInput);
    EventHandler<KeyEchoEvent> onEcho = this::echo;
    frame.addEventFilter(KeyEchoEvent.TYPED, onEcho);
    Subscription enabled =
        context
            .session()
            .speech()
            .subscribe(
                on -> {
                  speech.get().setEnabled(on);
                  introPending = on;
                  readScreenSoon();
                });
    // What an error said may hold what the citizen typed: forgotten with the visit.
    Subscription visits =
        context
            .session()
            .active()
            .subscribe(
                active -> {
                  if (!active) {
                    spokenErrors.clear();
                  }
                });
    Subscription screens = current.subscribe(screen -> readScreenSoon());
    Subscription focus = observeFocus();
    Runnable pulse = this::findNewErrors;
    Subscription errors = observeScene(pulse);
    installed =
        enabled
            .and(visits)
            .and(screens)
            .and(focus)
            .and(errors)
            .and(() -> frame.removeEventFilter(InputEvent.ANY, onInput))
            .and(() -> frame.removeEventFilter(KeyEchoEvent.TYPED, onEcho))
            .and(() -> speech.get().setEnabled(false));
  }

  /** Stops guiding and speaking. */
  public void uninstall() {
    installed.unsubscribe();
    installed = Subscription.EMPTY;
  }

  /** Reads what is shown now: the screen, or the overlay on top of it (the idle warning). */
  public void readScreen() {
    if (!on()) {
      return;
    }
    readingScheduled = false;
    // A screen not yet drawn has no skins: a scroll pane's content is not among its children yet.
    frame.applyCss();
    Node root = readingRoot();
    StringBuilder text = new StringBuilder();
    if (introPending) {
      introPending = false;
      append(text, messages().text("speech.on"));
    }
    append(text, screenText(root));
    Node focused = frame.getScene() == null ? null : frame.getScene().getFocusOwner();
    if (focused != null && isInside(focused, root)) {
      append(text, describe(focused));
      focusReadWithScreen = focused;
    }
    rememberErrors(root);
    sayNow(text.toString(), language());
  }

  private void readScreenSoon() {
    if (!on() || readingScheduled) {
      return;
    }
    // After the screen's activation has set its texts and focus, before the next frame is drawn.
    readingScheduled = true;
    Platform.runLater(this::readScreen);
  }

  private Subscription observeFocus() {
    Subscription[] focus = {Subscription.EMPTY};
    Subscription scenes =
        frame
            .sceneProperty()
            .subscribe(
                scene -> {
                  focus[0].unsubscribe();
                  focus[0] =
                      scene == null
                          ? Subscription.EMPTY
                          : scene.focusOwnerProperty().subscribe(this::focusMoved);
                });
    return scenes.and(() -> focus[0].unsubscribe());
  }

  private Subscription observeScene(Runnable pulse) {
    Scene[] attachedTo = {null};
    Subscription scenes =
        frame
            .sceneProperty()
            .subscribe(
                scene -> {
                  if (attachedTo[0] != null) {
                    attachedTo[0].removePostLayoutPulseListener(pulse);
                  }
                  attachedTo[0] = scene;
                  if (scene != null) {
                    scene.addPostLayoutPulseListener(pulse);
                  }
                });
    return scenes.and(
        () -> {
          if (attachedTo[0] != null) {
            attachedTo[0].removePostLayoutPulseListener(pulse);
          }
        });
  }

  private void focusMoved(Node focused) {
    if (!on() || focused == null || focusScheduled) {
      return;
    }
    // Later in this turn: a screen that is being shown moves the focus before it is current, and
    // is then read whole, its focus included.
    focusScheduled = true;
    Platform.runLater(this::readFocus);
  }

  private void readFocus() {
    focusScheduled = false;
    Node focused = frame.getScene() == null ? null : frame.getScene().getFocusOwner();
    boolean readAlready = focused == focusReadWithScreen;
    focusReadWithScreen = null;
    if (!on() || focused == null || readingScheduled || readAlready) {
      return;
    }
    sayNow(describe(focused), language());
  }

  private void input(InputEvent event) {
    var type = event.getEventType();
    if (type == KeyEvent.KEY_PRESSED
        && ((KeyEvent) event).getCode() == SpeechKey.CODE
        && current.getValue() != ScreenId.ATTRACT) {
      // (On the attract screen the key starts a spoken visit: the attract screen handles it.)
      event.consume();
      if (!on()) {
        context.session().speech().set(true); // the listener above reads the screen
      } else if (!enabledSpeech().repeat()) {
        readScreen();
      }
      return;
    }
    if (on()
        && (type == MouseEvent.MOUSE_PRESSED
            || type == TouchEvent.TOUCH_PRESSED
            || type == KeyEvent.KEY_PRESSED)) {
      // Before the new focus is read: the citizen acted, the old text is no longer wanted.
      speech.get().stop();
      focusReadWithScreen = null;
    }
    if (on() && event instanceof KeyEvent key) {
      echoPhysicalKey(key);
    }
  }

  /**
   * A key of a physical keyboard (or keypad) typing into the focused field: the character typed, or
   * "deleted". Checked before the field acts on the key, so only what the field will take is said.
   */
  private void echoPhysicalKey(KeyEvent event) {
    if (!(event.getTarget() instanceof TextInputControl field)
        || !field.isEditable()
        || field.isDisabled()
        || KioskKeyboard.isMasked(field)
        || event.isControlDown()
        || event.isAltDown()
        || event.isMetaDown()) {
      return;
    }
    if (event.getEventType() == KeyEvent.KEY_TYPED) {
      String typed = event.getCharacter();
      if (!typed.isEmpty() && typed.codePoints().noneMatch(Character::isISOControl)) {
        echo(field, new Key.Input(typed, typed));
      }
    } else if (event.getEventType() == KeyEvent.KEY_PRESSED
        && (event.getCode() == KeyCode.BACK_SPACE || event.getCode() == KeyCode.DELETE)) {
      boolean selection = field.getSelection().getLength() > 0;
      int caret = field.getCaretPosition();
      boolean deletes =
          selection
              || (event.getCode() == KeyCode.BACK_SPACE ? caret > 0 : caret < field.getLength());
      if (deletes) {
        echo(field, new Key.Backspace());
      }
    }
  }

  /** A key of the on-screen keyboard, or typing let through by the scanner filter. */
  private void echo(KeyEchoEvent event) {
    if (on() && event.getTarget() instanceof TextInputControl field) {
      echo(field, event.key());
    }
  }

  /**
   * Says what was typed, replacing what was being said (the newest key wins). A masked field's keys
   * are never said, not even as a neutral word: the count of digits would be a hint.
   */
  private void echo(TextInputControl field, Key key) {
    if (KioskKeyboard.isMasked(field)) {
      return;
    }
    TypedEcho.of(key, messages()).ifPresent(text -> sayNow(text, language()));
  }

  /** Speaks error messages that became visible since the last layout. */
  private void findNewErrors() {
    if (!on()) {
      return;
    }
    List<String> fresh = new ArrayList<>();
    for (Node node : visibleNodes(readingRoot())) {
      if (node.getStyleClass().contains(ERROR_CLASS)) {
        String text = String.join(" ", texts(node));
        if (!text.isBlank() && !text.equals(spokenErrors.get(node))) {
          spokenErrors.put(node, text);
          fresh.add(text);
        }
      }
    }
    if (!fresh.isEmpty()) {
      sayNow(String.join(" ", fresh), language());
    }
  }

  private void rememberErrors(Node root) {
    for (Node node : visibleNodes(root)) {
      if (node.getStyleClass().contains(ERROR_CLASS)) {
        spokenErrors.put(node, String.join(" ", texts(node)));
      }
    }
  }

  /** The topmost visible overlay on the frame (the idle warning), else the whole frame. */
  private Node readingRoot() {
    List<Node> children = frame.getChildren();
    for (int i = children.size() - 1; i >= 0; i--) {
      Node child = children.get(i);
      if (child.isVisible() && child.getStyleClass().contains("kiosk-overlay")) {
        return child;
      }
    }
    return frame;
  }

  /** The screen's title first, then every visible text in scene order. */
  static String screenText(Node root) {
    List<String> titles = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (Node node : visibleNodes(root)) {
      if (node instanceof Paragraph || node instanceof Labeled) {
        List<String> target = node.getStyleClass().contains("screen-title") ? titles : rest;
        target.addAll(texts(node));
      }
    }
    StringBuilder text = new StringBuilder();
    for (String part : titles) {
      append(text, part);
    }
    for (String part : rest) {
      append(text, part);
    }
    return text.toString();
  }

  /**
   * What one node says: its accessible text, else its own text. A text field's content is not among
   * them (a masked field's never is read at all).
   */
  private static List<String> texts(Node node) {
    String accessible = node.getAccessibleText();
    if (accessible != null && !accessible.isBlank()) {
      return List.of(accessible);
    }
    if (node instanceof Paragraph paragraph) {
      return paragraph.getText().isBlank() ? List.of() : List.of(paragraph.getText());
    }
    if (node instanceof Labeled labeled) {
      return labeled.getText() == null || labeled.getText().isBlank()
          ? List.of()
          : List.of(labeled.getText());
    }
    return List.of();
  }

  /** The focused control: its text and its role ("Zurück, Schaltfläche"). */
  private String describe(Node node) {
    Messages messages = messages();
    List<String> parts = new ArrayList<>(texts(node));
    if (node instanceof TextInputControl field) {
      if (parts.isEmpty()) {
        labelOf(field).ifPresent(parts::add);
      }
      if (parts.isEmpty() && field.getPromptText() != null && !field.getPromptText().isBlank()) {
        parts.add(field.getPromptText());
      }
      parts.add(messages.text("speech.role.textField"));
      if (field instanceof PasswordField) {
        if (!field.getText().isEmpty()) {
          // Only the neutral word of a secret utterance, which carries no digit of the content.
          parts.add(Utterance.secret(language()).text());
        }
      } else if (!field.getText().isBlank()) {
        parts.add(field.getText());
      }
    } else if (node instanceof Toggle toggle) {
      parts.add(messages.text("speech.role.toggle"));
      parts.add(messages.text(toggle.isSelected() ? "speech.state.on" : "speech.state.off"));
    } else if (node instanceof ButtonBase) {
      parts.add(messages.text("speech.role.button"));
    }
    return String.join(", ", parts);
  }

  /**
   * The text of the label that names {@code field} ({@link
   * javafx.scene.control.Label#setLabelFor}).
   */
  private java.util.Optional<String> labelOf(Node field) {
    for (Node node : visibleNodes(frame)) {
      if (node instanceof javafx.scene.control.Label label && label.getLabelFor() == field) {
        return java.util.Optional.ofNullable(label.getText()).filter(t -> !t.isBlank());
      }
    }
    return java.util.Optional.empty();
  }

  private static List<Node> visibleNodes(Node root) {
    List<Node> nodes = new ArrayList<>();
    collect(root, nodes);
    return nodes;
  }

  private static void collect(Node node, List<Node> nodes) {
    // The on-screen keyboard's keys are not read with the screen: they would be forty words of
    // noise. A blind citizen types on the keypad; the field says what it holds.
    if (!node.isVisible()
        || node.getStyleClass().contains(HEADER_CLASS)
        || node instanceof KioskKeyboard) {
      return;
    }
    nodes.add(node);
    // A control's own text is read from the control, not again from its skin's nodes.
    if (node instanceof Parent parent && !(node instanceof Labeled || node instanceof Paragraph)) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, nodes);
      }
    }
  }

  private static boolean isInside(Node node, Node root) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (n == root) {
        return true;
      }
    }
    return false;
  }

  private static void append(StringBuilder text, String part) {
    if (part.isBlank()) {
      return;
    }
    if (!text.isEmpty()) {
      char last = text.charAt(text.length() - 1);
      // A pause between pieces: espeak-ng pauses at a sentence end, not at a line break.
      text.append(Character.isLetterOrDigit(last) ? ". " : " ");
    }
    text.append(part.strip());
  }

  private void sayNow(String text, Language language) {
    if (!text.isBlank()) {
      enabledSpeech().say(Utterance.of(text, language));
    }
  }

  /** The voice, switched on: it may have started after the citizen turned speech on. */
  private SpeechService enabledSpeech() {
    SpeechService service = speech.get();
    if (!service.isEnabled()) {
      service.setEnabled(true);
    }
    return service;
  }

  private boolean on() {
    return context.session().speech().get();
  }

  private Language language() {
    return context.session().language().get();
  }

  private Messages messages() {
    return context.messages();
  }

  /** For tests: the error texts spoken so far. */
  List<String> spokenErrorTexts() {
    return Collections.unmodifiableList(new ArrayList<>(spokenErrors.values()));
  }
}
