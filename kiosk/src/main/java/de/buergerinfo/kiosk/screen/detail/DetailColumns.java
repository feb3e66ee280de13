package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.kiosk.ui.KioskFrame;
import javafx.scene.Scene;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Two columns where the body is wide enough (the landscape screen), one where it is not (portrait,
 * or large text on a smaller screen): decided by the body's width in em, so it holds for every
 * screen size and text size.
 */
final class DetailColumns {

  /**
   * Least width of the body, in em, for two columns: a leading column of 27 em (a checklist line of
   * about 55 letters) and a trailing one of 21 em (an office's address and hours on one line each,
   * a QR code beside its hint). The landscape screen's body is 74 em wide in normal text and 50 em
   * in large text; the portrait screen's 38 em.
   */
  static final double MIN_EM = 48;

  /** Room the vertical scroll bar may take. */
  private static final double SCROLL_BAR_PX = 20;

  private DetailColumns() {}

  /**
   * Whether two columns fit on {@code scene}. From the screen's size, not the body's: the body has
   * no width before its first layout, and nodes that move during a layout pass miss their styles.
   */
  static boolean fit(Scene scene, boolean largeText) {
    if (scene == null) {
      return false;
    }
    double em = KioskFrame.fontSize(scene.getWidth(), scene.getHeight(), largeText);
    // The body's padding (kiosk.css: 3 em a side, 1.5 em in large text) and the scroll bar.
    double padding = (largeText ? 3 : 6) * em + SCROLL_BAR_PX;
    return (scene.getWidth() - padding) / em >= MIN_EM;
  }

  /**
   * An empty grid of two columns, the first (leading: right in Arabic and Persian, as the grid is
   * mirrored with the scene) taking {@code leadingPercent} of the width.
   */
  static GridPane grid(String styleClass, double leadingPercent) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add(styleClass);
    ColumnConstraints leading = new ColumnConstraints();
    leading.setPercentWidth(leadingPercent);
    leading.setHgrow(Priority.ALWAYS);
    ColumnConstraints trailing = new ColumnConstraints();
    trailing.setPercentWidth(100 - leadingPercent);
    trailing.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().setAll(leading, trailing);
    return grid;
  }
}
