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

  /**
   * Puts {@code body} between {@code header} and {@code actions} in {@code root}; returns the
   * scroll pane around the body.
   */
  public static ScrollPane arrange(
      BorderPane root, HeaderBar header, Node body, ActionBar actions) {
    ScrollPane scroll = scrolling(body);
    root.setTop(header);
    root.setCenter(scroll);
    root.setBottom(actions);
    return scroll;
  }

  /** {@code content} in a vertical scroll pane of the screens' kind (touch pans it). */
  public static ScrollPane scrolling(Node content) {
    ScrollPane scroll = new UncachedScrollPane(content);
    scroll.getStyleClass().add("screen-scroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollBarPolicy.NEVER);
    scroll.setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
    scroll.setPannable(true);
    return scroll;
  }
}
