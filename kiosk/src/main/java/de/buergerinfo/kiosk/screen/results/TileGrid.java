package de.buergerinfo.kiosk.screen.results;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Tiles in equal columns, each row as tall as its tallest tile, the tiles' text wrapped at the
 * column's width. A GridPane does not do this: with percentage columns it measures wrapping tiles
 * at their least width and makes every row many times too tall.
 */
public final class TileGrid extends Pane {

  private static final CssMetaData<TileGrid, Number> GAP =
      new CssMetaData<>("-bis-tile-gap", SizeConverter.getInstance(), 12.0) {
        @Override
        public boolean isSettable(TileGrid grid) {
          return !grid.gap.isBound();
        }

        @Override
        @SuppressWarnings("unchecked")
        public StyleableProperty<Number> getStyleableProperty(TileGrid grid) {
          return (StyleableProperty<Number>) (StyleableProperty<?>) grid.gap;
        }
      };

  private static final List<CssMetaData<? extends Styleable, ?>> CSS =
      List.copyOf(
          new java.util.ArrayList<CssMetaData<? extends Styleable, ?>>(
              Region.getClassCssMetaData()) {
            {
              add(GAP);
            }
          });

  private final StyleableDoubleProperty gap =
      new StyleableDoubleProperty(12) {
        @Override
        public Object getBean() {
          return TileGrid.this;
        }

        @Override
        public String getName() {
          return "gap";
        }

        @Override
        public CssMetaData<TileGrid, Number> getCssMetaData() {
          return GAP;
        }

        @Override
        protected void invalidated() {
          requestLayout();
        }
      };

  private int columns = 1;

  public TileGrid() {
    getStyleClass().add("tile-grid");
  }

  /** Shows {@code tiles} in {@code columns} columns (at least one). */
  public void setTiles(List<? extends Node> tiles, int columns) {
    this.columns = Math.max(1, columns);
    if (!getChildren().equals(tiles)) {
      getChildren().setAll(tiles);
    }
    requestLayout();
  }

  public int columns() {
    return columns;
  }

  public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
    return CSS;
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return CSS;
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  private double columnWidth(double width) {
    Insets insets = getInsets();
    double inner = width - insets.getLeft() - insets.getRight() - gap.get() * (columns - 1);
    return Math.max(0, inner / columns);
  }

  private double rowHeight(List<Node> row, double columnWidth) {
    double height = 0;
    for (Node tile : row) {
      height = Math.max(height, tile.prefHeight(columnWidth));
    }
    return height;
  }

  private List<List<Node>> rows() {
    List<Node> tiles = getManagedChildren();
    List<List<Node>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < tiles.size(); i += columns) {
      rows.add(tiles.subList(i, Math.min(tiles.size(), i + columns)));
    }
    return rows;
  }

  @Override
  protected double computePrefHeight(double width) {
    double w = width >= 0 ? width : getWidth() > 0 ? getWidth() : computePrefWidth(-1);
    w = Math.max(w, computePrefWidth(-1));
    double column = columnWidth(w);
    List<List<Node>> rows = rows();
    double height = getInsets().getTop() + getInsets().getBottom();
    for (List<Node> row : rows) {
      height += rowHeight(row, column);
    }
    return height + gap.get() * Math.max(0, rows.size() - 1);
  }

  /**
   * Measured at the width it has, not at the least width a parent tries: that would wrap every word
   * onto a line of its own.
   */
  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(Math.max(width, getWidth()));
  }

  @Override
  protected double computePrefWidth(double height) {
    double widest = 0;
    for (Node tile : getManagedChildren()) {
      widest = Math.max(widest, tile.minWidth(-1));
    }
    return getInsets().getLeft()
        + getInsets().getRight()
        + widest * columns
        + gap.get() * (columns - 1);
  }

  @Override
  protected double computeMinWidth(double height) {
    return computePrefWidth(height);
  }

  @Override
  protected void layoutChildren() {
    double column = columnWidth(getWidth());
    double y = getInsets().getTop();
    for (List<Node> row : rows()) {
      double height = rowHeight(row, column);
      double x = getInsets().getLeft();
      for (Node tile : row) {
        tile.resizeRelocate(
            snapPositionX(x), snapPositionY(y), snapSizeX(column), snapSizeY(height));
        x += column + gap.get();
      }
      y += height + gap.get();
    }
  }
}
