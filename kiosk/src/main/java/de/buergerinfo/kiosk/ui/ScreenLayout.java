package de.buergerinfo.kiosk.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.layout.BorderPane;

/**
 * The shape of every screen after the attract screen: header on top, the screen's body in the
 * middle, the action bar at the bottom. Header and actions never move; the body scrolls (by touch
 * or keypad) when large text or a long language makes it taller than the screen.
 */
public final class ScreenLayout {

  private ScreenLayout() {}

  /** Puts {@code body} between {@code header} and {@code actions} in {@code root}. */
  public static void arrange(BorderPane root, HeaderBar header, Node body, ActionBar actions) {
    ScrollPane scroll = new UncachedScrollPane(body);
    scroll.getStyleClass().add("screen-scroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollBarPolicy.NEVER);
    scroll.setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
    scroll.setPannable(true);
    root.setTop(header);
    root.setCenter(scroll);
    root.setBottom(actions);
  }
}
