package de.buergerinfo.kiosk.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Shows its content at its preferred size, scaled down evenly when the space is smaller, never up.
 * For screens that cannot scroll (attract): Arabic in large text with several notices is taller
 * than the screen, and a layout that does not shrink would push the header and the language strip
 * off the screen.
 */
public final class ShrinkToFit extends Region {

  private final Node content;

  /** Wraps {@code content}, which should not grow past its preferred size. */
  public ShrinkToFit(Node content) {
    this.content = content;
    getChildren().add(content);
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computeMinWidth(double height) {
    return 0;
  }

  @Override
  protected double computeMinHeight(double width) {
    return 0;
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + content.prefWidth(-1) + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
    return snappedTopInset() + content.prefHeight(inner) + snappedBottomInset();
  }

  /** The factor the content is drawn at: 1 when it fits. */
  public double scale() {
    return content.getScaleY();
  }

  @Override
  protected void layoutChildren() {
    double left = snappedLeftInset();
    double top = snappedTopInset();
    double width = getWidth() - left - snappedRightInset();
    double height = getHeight() - top - snappedBottomInset();
    double contentWidth = Math.min(width, content.prefWidth(-1));
    double contentHeight = content.prefHeight(contentWidth);
    double scale = contentHeight > height && contentHeight > 0 ? height / contentHeight : 1;
    // Laid out at full size, then scaled about its centre: place that centre in the middle.
    content.resize(contentWidth, contentHeight);
    content.relocate(left + (width - contentWidth) / 2, top + (height - contentHeight) / 2);
    content.setScaleX(scale);
    content.setScaleY(scale);
  }
}
