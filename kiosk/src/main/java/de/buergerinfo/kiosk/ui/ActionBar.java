package de.buergerinfo.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The bar of actions at the bottom of a screen (language, large text, finish): low enough to reach
 * from a wheelchair on a portrait screen (EN 301 549, 8.3), and wrapping onto a second row rather
 * than cutting a label short when text is large or long.
 */
public final class ActionBar extends FlowPane {

  public ActionBar(Control... actions) {
    getStyleClass().add("action-bar");
    setAlignment(Pos.CENTER);
    for (Control action : actions) {
      action.setMinWidth(Region.USE_PREF_SIZE);
      getChildren().add(action);
    }
  }
}
