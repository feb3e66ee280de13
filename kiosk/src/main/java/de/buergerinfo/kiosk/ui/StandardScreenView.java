package de.buergerinfo.kiosk.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;

/**
 * A View of the standard shape (see {@link ScreenLayout}): it owns the root, the header, the
 * scrolling body and the action bar, and every showing starts at the top of the body. The subclass
 * builds its body and actions, hands them to {@link #arrangeScreen}, and subscribes in {@link
 * #onActivate()} as every View does.
 */
public abstract class StandardScreenView extends ScreenView {

  private final ScreenId id;
  private final BorderPane root = new BorderPane();
  private final HeaderBar header = new HeaderBar();
  private ScrollPane scroll;

  /** A screen {@code id}, styled "screen-" + its file name and then {@code styleClasses}. */
  protected StandardScreenView(ScreenId id, String... styleClasses) {
    this.id = id;
    root.getStyleClass().add("screen-" + id.fileName());
    root.getStyleClass().addAll(styleClasses);
  }

  @Override
  public final ScreenId id() {
    return id;
  }

  @Override
  public final BorderPane root() {
    return root;
  }

  /** The bar on top; its texts are the subclass's to set. */
  protected final HeaderBar header() {
    return header;
  }

  /** The scroll pane around the body; there after {@link #arrangeScreen}. */
  protected final ScrollPane scroll() {
    return scroll;
  }

  /** Adds the stylesheet {@code name} found beside {@code owner} to the screen. */
  protected final void addStylesheet(Class<?> owner, String name) {
    root.getStylesheets().add(owner.getResource(name).toExternalForm());
  }

  /** Lays out {@code body} (scrolling) between the header and an action bar of {@code actions}. */
  protected final void arrangeScreen(Node body, Control... actions) {
    scroll = ScreenLayout.arrange(root, header, body, new ActionBar(actions));
  }

  /**
   * Gives {@code node} in the body the focus (keypad users start on it). On the screen's first
   * showing the scroll pane has no skin yet, so its content is not in the scene and could not take
   * the focus: CSS makes the skin.
   */
  protected final void focusInBody(Node node) {
    if (node.getScene() == null) {
      root.applyCss();
    }
    node.requestFocus();
  }

  /** Makes {@code button} a secondary (outlined) one that runs {@code action}. */
  protected static void secondary(ButtonBase button, Runnable action) {
    button.getStyleClass().add("secondary");
    button.setOnAction(e -> action.run());
  }

  /** A screen is shown many times: each showing starts at the top, whatever was scrolled before. */
  @Override
  final void beforeActivate() {
    scroll.setVvalue(0);
  }
}
