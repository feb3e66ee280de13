package de.buergerinfo.kiosk.testsupport;

import de.buergerinfo.kiosk.ui.Paragraph;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/** Finds what a person would see wrong in a rendered scene graph. */
public final class SceneInspection {

  private SceneInspection() {}

  /** Every visible node below {@code root}, root included, depth first. */
  public static List<Node> visibleNodes(Node root) {
    settle(root);
    List<Node> nodes = new ArrayList<>();
    collect(root, nodes);
    return nodes;
  }

  /**
   * The node matching {@code selector} in the scene of {@code anyNode}, after CSS and layout: a
   * control's children (such as a ScrollPane's content) exist only once its skin does, and a screen
   * shown by a click has no skin until the next pulse.
   */
  public static Node find(Node anyNode, String selector) {
    settle(anyNode);
    Node found = anyNode.getScene().lookup(selector);
    if (found == null) {
      throw new AssertionError("nothing on screen matches " + selector);
    }
    return found;
  }

  /** Applies CSS and lays out the whole scene now, as the next pulse would. */
  private static void settle(Node node) {
    if (node.getScene() != null) {
      Parent sceneRoot = node.getScene().getRoot();
      sceneRoot.applyCss();
      sceneRoot.layout();
    }
  }

  private static void collect(Node node, List<Node> nodes) {
    if (!node.isVisible()) {
      return;
    }
    nodes.add(node);
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, nodes);
      }
    }
  }

  /**
   * Visible labels and buttons with text. A Labeled that shows only its graphic (a tile whose text
   * is a Paragraph, such as ServiceButton) keeps its text for speech, never draws it: not listed.
   */
  public static List<Labeled> labeled(Node root) {
    return visibleNodes(root).stream()
        .filter(Labeled.class::isInstance)
        .map(Labeled.class::cast)
        .filter(l -> l.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY)
        .filter(l -> l.getText() != null && !l.getText().isEmpty())
        .toList();
  }

  /** Visible paragraphs with text. */
  public static List<Paragraph> paragraphs(Node root) {
    return visibleNodes(root).stream()
        .filter(Paragraph.class::isInstance)
        .map(Paragraph.class::cast)
        .filter(p -> !p.getText().isEmpty())
        .toList();
  }

  /**
   * The text a Labeled actually shows; differs from {@link Labeled#getText()} when JavaFX cut it
   * short with an ellipsis.
   */
  public static String displayedText(Labeled labeled) {
    if (labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
      // A tile (ServiceButton) shows its text in paragraphs inside; they are checked themselves.
      return labeled.getText();
    }
    return labeled.getChildrenUnmodifiable().stream()
        .filter(Text.class::isInstance)
        .map(node -> ((Text) node).getText())
        .findFirst()
        .orElse("");
  }

  /** Whether a scroll pane between the node and the scene root can bring it into view. */
  public static boolean insideScrollPane(Node node) {
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof ScrollPane) {
        return true;
      }
    }
    return false;
  }

  /** A short description of a node for failure messages. */
  public static String describe(Node node) {
    String text = node instanceof Labeled labeled ? " '" + labeled.getText() + "'" : "";
    return node.getClass().getSimpleName() + node.getStyleClass() + text;
  }
}
