package de.buergerinfo.kiosk.screen.results;

import javafx.geometry.Orientation;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;

/**
 * Holds a button whose graphic is wrapping text (a {@code Paragraph}), and gives it its width when
 * asked for its height. Why: JavaFX asks a button without a content bias for its height at width
 * -1, and the button's skin then hands its graphic a negative width, so the text wraps after every
 * word (tiles many times too tall) or JavaFX 26 crashes wrapping Arabic ({@code
 * PrismTextLayout.computeTrailingSpaceWidth}). With a horizontal content bias, VBox, GridPane and
 * ScrollPane ask for the height at the real width.
 */
public final class WrappingTile extends Region {

  private final Control content;

  public WrappingTile(Control content) {
    this.content = content;
    getStyleClass().add("wrapping-tile");
    content.setMaxWidth(Double.MAX_VALUE);
    content.setMaxHeight(Double.MAX_VALUE);
    getChildren().add(content);
  }

  /** The button (or other control) inside. */
  public Control content() {
    return content;
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  /**
   * The width to wrap at: the one asked for, else the current one, else no wrapping at all; never
   * narrower than a few touch targets, where a long word would have to break inside (the crash).
   */
  private double wrapWidth(double width) {
    double least = content.minWidth(-1) * 4;
    if (width >= 0) {
      return Math.max(width, least);
    }
    return getWidth() > 0 ? Math.max(getWidth(), least) : content.prefWidth(-1);
  }

  @Override
  protected double computePrefHeight(double width) {
    // A control's own minimum (the 64 px touch target) counts: a one-line tile is not lower.
    double wrap = wrapWidth(width);
    return Math.max(content.prefHeight(wrap), content.minHeight(wrap));
  }

  @Override
  protected double computeMinHeight(double width) {
    return content.minHeight(wrapWidth(width));
  }

  @Override
  protected double computeMaxHeight(double width) {
    return Double.MAX_VALUE;
  }

  /** As narrow as the button may get: the text wraps to fit. */
  @Override
  protected double computePrefWidth(double height) {
    return content.minWidth(-1);
  }

  @Override
  protected double computeMinWidth(double height) {
    return content.minWidth(-1);
  }

  @Override
  protected double computeMaxWidth(double height) {
    return Double.MAX_VALUE;
  }

  @Override
  protected void layoutChildren() {
    // Before its first real layout a tile may be 0 wide; text laid out that narrow would break
    // inside every word (the crash), so the button is never made narrower than wrapping allows.
    double width = Math.max(getWidth(), content.minWidth(-1) * 4);
    content.resizeRelocate(0, 0, width, getHeight());
  }
}
