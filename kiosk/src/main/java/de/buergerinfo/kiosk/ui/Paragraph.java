package de.buergerinfo.kiosk.ui;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Text that wraps onto several lines; use it instead of {@code Label.setWrapText(true)}.
 *
 * <p>Why: JavaFX 26 on Linux crashes or draws garbage when it wraps a line inside Arabic or Persian
 * text ({@code ArrayIndexOutOfBoundsException} in {@code
 * PrismTextLayout.computeTrailingSpaceWidth}: {@code PangoGlyphLayout} reshapes a split run from a
 * stale cache). A paragraph therefore holds one {@link Text} per line-break opportunity, so JavaFX
 * only ever breaks lines between runs and never splits a shaped run.
 *
 * <p>Text with a right-to-left character (Arabic, Persian) is laid out by {@link BidiLines}
 * instead: JavaFX orders such a flow over the whole paragraph but mirrors brackets only sometimes
 * and puts neutral characters at a wrapped line's edge on the wrong side, so "(ثبت خودرو.)" came
 * out with both brackets facing the same way. Left-to-right text keeps the plain text flow.
 */
public final class Paragraph extends TextFlow {

  private String text = "";
  private Font measuredFont;
  private double widestPiece = -1;
  private BidiLines bidiLines;

  /** A paragraph with the given style classes, such as {@code screen-title}. */
  public Paragraph(String... styleClasses) {
    getStyleClass().add("paragraph");
    getStyleClass().addAll(styleClasses);
  }

  public String getText() {
    return text;
  }

  /** Replaces the text; {@code "\n"} starts a new line. */
  public void setText(String text) {
    if (text.equals(this.text)) {
      return;
    }
    this.text = text;
    if (bidiLines != null) {
      bidiLines.wipe();
      bidiLines = null;
    }
    if (BidiLines.needed(text)) {
      bidiLines = new BidiLines(text);
      bidiLines.setAlignment(getTextAlignment());
      getChildren().setAll(bidiLines);
      widestPiece = -1;
      return;
    }
    List<Text> pieces = new ArrayList<>();
    for (String segment : segments(text)) {
      Text piece = new Text(segment);
      piece.getStyleClass().add("paragraph-text");
      pieces.add(piece);
    }
    getChildren().setAll(pieces);
    widestPiece = -1;
  }

  /*
   * JavaFX asks for heights at widths narrower than one word: a button asks its graphic with its
   * insets taken off -1, a grid column may be 0 wide before the first layout. Breaking inside a
   * word is what crashes Arabic (and what made a tile in a button a screen high): a negative width
   * means "no limit", and no width is narrower than the widest piece.
   */

  @Override
  protected double computePrefHeight(double width) {
    if (bidiLines != null) {
      double inner = safeWidth(width);
      if (inner >= 0) {
        inner -= snappedLeftInset() + snappedRightInset();
      }
      return snappedTopInset() + bidiLines.prefHeight(inner) + snappedBottomInset();
    }
    return super.computePrefHeight(safeWidth(width));
  }

  @Override
  protected double computeMinHeight(double width) {
    if (bidiLines != null) {
      return computePrefHeight(width);
    }
    return super.computeMinHeight(safeWidth(width));
  }

  @Override
  protected double computePrefWidth(double height) {
    if (bidiLines != null) {
      return snappedLeftInset() + bidiLines.prefWidth(-1) + snappedRightInset();
    }
    return super.computePrefWidth(height);
  }

  @Override
  protected void layoutChildren() {
    if (bidiLines == null) {
      super.layoutChildren();
      return;
    }
    bidiLines.setAlignment(getTextAlignment());
    double left = snappedLeftInset();
    double top = snappedTopInset();
    bidiLines.resizeRelocate(
        left,
        top,
        Math.max(0, getWidth() - left - snappedRightInset()),
        Math.max(0, getHeight() - top - snappedBottomInset()));
  }

  @Override
  public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
    if (bidiLines != null && attribute == AccessibleAttribute.TEXT) {
      String accessible = getAccessibleText();
      return accessible != null && !accessible.isEmpty() ? accessible : text;
    }
    return super.queryAccessibleAttribute(attribute, parameters);
  }

  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset() + widestPiece() + snappedRightInset();
  }

  private double safeWidth(double width) {
    if (width < 0) {
      return -1;
    }
    return Math.max(width, computeMinWidth(-1));
  }

  /** The width of the widest unbreakable piece, measured in the font CSS gave the pieces. */
  private double widestPiece() {
    if (bidiLines != null) {
      return bidiLines.widestSegment();
    }
    Font font = getChildren().isEmpty() ? null : ((Text) getChildren().getFirst()).getFont();
    if (widestPiece >= 0 && font == measuredFont) {
      return widestPiece;
    }
    double widest = 0;
    for (Node child : getChildren()) {
      Text piece = (Text) child;
      Text probe = new Text(piece.getText().strip());
      probe.setFont(piece.getFont());
      widest = Math.max(widest, probe.getLayoutBounds().getWidth());
    }
    measuredFont = font;
    widestPiece = Math.ceil(widest);
    return widestPiece;
  }

  /** The text cut at every line-break opportunity, each piece keeping its trailing space. */
  static List<String> segments(String text) {
    List<String> segments = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
    breaks.setText(text);
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      segments.add(text.substring(start, end));
    }
    return segments;
  }
}
