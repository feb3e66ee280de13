package de.buergerinfo.kiosk.ui;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.session.KioskSession;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/**
 * The root of the terminal's scene. It applies what holds for every screen: the reading direction
 * of the session's language, a text size that scales with the screen (and with large-text mode),
 * the stylesheet, Enter to press the focused button, no context menus and no clipboard.
 */
public final class KioskFrame extends StackPane {

  /** Body text size in px on a full-HD screen, landscape or portrait. */
  public static final double BASE_FONT_PX = 24;

  /**
   * Large-text mode: 36 px body text gives a capital H of about 26 px, 7 mm on a 24" full-HD panel,
   * above EN 301 549's 0.7 degrees at 50 cm (6.1 mm).
   */
  public static final double LARGE_TEXT_FACTOR = 1.5;

  private static final PseudoClass RIGHT_TO_LEFT = PseudoClass.getPseudoClass("rtl");
  private static final PseudoClass LARGE_TEXT = PseudoClass.getPseudoClass("large-text");
  private static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");

  private final KioskSession session;
  private final StackPane screenHost = new StackPane();
  private double width = 1920;
  private double height = 1080;

  public KioskFrame(KioskSession session) {
    this.session = session;
    getStyleClass().add("kiosk");
    getStylesheets().add(KioskFrame.class.getResource("kiosk.css").toExternalForm());
    getChildren().add(screenHost);
    // The frame lives exactly as long as its session, so these listeners cannot outlive it.
    session.language().subscribe(this::applyLanguage);
    session.largeText().subscribe(large -> applyFontSize());
    session.highContrast().subscribe(high -> pseudoClassStateChanged(HIGH_CONTRAST, high));
    addEventFilter(KeyEvent.KEY_PRESSED, this::pressFocusedButtonOnEnter);
    addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, Event::consume);
    addEventFilter(KeyEvent.KEY_PRESSED, KioskFrame::noClipboardShortcuts);
    // The clipboard is global: whatever a session put there (a keyboard's Ctrl+C) goes with it.
    session
        .active()
        .subscribe(
            active -> {
              if (!active) {
                Clipboard.getSystemClipboard().clear();
              }
            });
  }

  /**
   * Copy, cut and paste are of no use on a terminal and would carry one citizen's text to the next,
   * so a keyboard's shortcuts for them do nothing.
   */
  private static void noClipboardShortcuts(KeyEvent event) {
    KeyCode code = event.getCode();
    boolean shortcut = event.isShortcutDown() || event.isControlDown();
    if ((shortcut && (code == KeyCode.C || code == KeyCode.X || code == KeyCode.V))
        || (code == KeyCode.INSERT && (event.isShiftDown() || event.isControlDown()))
        || (event.isShiftDown() && code == KeyCode.DELETE)
        || code == KeyCode.COPY
        || code == KeyCode.CUT
        || code == KeyCode.PASTE) {
      event.consume();
    }
  }

  /** The pane the navigator puts the current screen into. */
  public StackPane screenHost() {
    return screenHost;
  }

  /** Sizes the text for a window or screen of this many pixels. */
  public void fitTo(double width, double height) {
    this.width = width;
    this.height = height;
    applyFontSize();
  }

  /** Body text size in px for a screen of this size: full HD gives {@link #BASE_FONT_PX}. */
  public static double fontSize(double width, double height, boolean largeText) {
    double scale = Math.min(Math.max(width, height) / 1920, Math.min(width, height) / 1080);
    return BASE_FONT_PX * scale * (largeText ? LARGE_TEXT_FACTOR : 1);
  }

  private void applyFontSize() {
    boolean large = session.largeText().get();
    setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSize(width, height, large)));
    pseudoClassStateChanged(LARGE_TEXT, large);
  }

  private void applyLanguage(Language language) {
    setNodeOrientation(
        language.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    pseudoClassStateChanged(RIGHT_TO_LEFT, language.isRightToLeft());
  }

  private void pressFocusedButtonOnEnter(KeyEvent event) {
    if (event.getCode() != KeyCode.ENTER || getScene() == null) {
      return;
    }
    Node focused = getScene().getFocusOwner();
    if (focused instanceof ButtonBase button && !button.isDisabled()) {
      button.fire();
      event.consume();
    }
  }
}
