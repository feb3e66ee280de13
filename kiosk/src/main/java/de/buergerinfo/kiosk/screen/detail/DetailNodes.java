package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.TimeRange;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.QrCodeView;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * Building blocks of the detail, booking and take-away screens: catalogue text with its fallback
 * note, values kept left to right (times, phone numbers, addresses, web addresses), and a QR code
 * with the host it leads to. Office cards are {@link OfficeCard}.
 */
public final class DetailNodes {

  private DetailNodes() {}

  /**
   * Empties every text under {@code parent} and then removes its children. Clearing the children
   * alone is not enough for personal text: a screen leaves the scene in the same pulse, so JavaFX's
   * render tree (no longer synchronised) keeps pointing at the old text nodes and, through them, at
   * their paragraphs' text.
   */
  public static void wipe(javafx.scene.Parent parent) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      switch (child) {
        case javafx.scene.text.Text text -> text.setText("");
        case javafx.scene.control.Labeled labeled -> labeled.setText("");
        case Paragraph paragraph -> {
          for (Node piece : paragraph.getChildren()) {
            if (piece instanceof javafx.scene.text.Text text) {
              text.setText("");
            }
          }
          paragraph.setText("");
          // A text flow caches its text until its next layout: recompute it now.
          paragraph.prefWidth(-1);
          paragraph.prefHeight(-1);
        }
        case javafx.scene.Parent inner -> wipe(inner);
        default -> {}
      }
    }
    if (parent instanceof javafx.scene.layout.Pane pane) {
      pane.getChildren().clear();
    }
  }

  /** A paragraph of text, wrapping. */
  public static Paragraph paragraph(String text, String... styleClasses) {
    Paragraph paragraph = new Paragraph(styleClasses);
    paragraph.setText(text);
    paragraph.setMinWidth(0);
    return paragraph;
  }

  /** Catalogue text, and "only in German" under it when it is not in the reader's language. */
  public static VBox catalogText(ResolvedText text, Messages messages, String... styleClasses) {
    Paragraph paragraph = paragraph(text.text(), styleClasses);
    // Text reads in its own language's direction: English fallback on an Arabic screen is left
    // to right, or "46.00 euros" would come out as "euros ... 46.00".
    paragraph.setNodeOrientation(
        text.language().isRightToLeft()
            ? NodeOrientation.RIGHT_TO_LEFT
            : NodeOrientation.LEFT_TO_RIGHT);
    if (messages.language().isRightToLeft() && !text.language().isRightToLeft()) {
      // ...but it stands at the screen's leading edge, right, with its heading and its note.
      paragraph.setTextAlignment(TextAlignment.RIGHT);
    }
    VBox box = new VBox(paragraph);
    box.getStyleClass().add("catalog-text");
    CatalogText.fallbackNote(text, messages)
        .ifPresent(note -> box.getChildren().add(paragraph(note, "fallback-note")));
    return box;
  }

  /**
   * A value that must read left to right even in Arabic and Persian ("0421 361-0", "08:00–14:00",
   * "Pelzerstraße 40, 28195 Bremen"): its own node, so the mirrored scene cannot reorder it.
   */
  public static Label leftToRight(String text, String... styleClasses) {
    Label label = new Label(text);
    label.getStyleClass().add("ltr-value");
    label.getStyleClass().addAll(styleClasses);
    label.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  /** A label and its value side by side, wrapping below when the line is too narrow. */
  public static FlowPane labelled(String label, Node... values) {
    FlowPane row = new FlowPane();
    row.getStyleClass().add("labelled-value");
    row.setAlignment(Pos.CENTER_LEFT);
    Label name = new Label(label);
    name.getStyleClass().add("value-label");
    name.setMinWidth(Region.USE_PREF_SIZE);
    row.getChildren().add(name);
    row.getChildren().addAll(values);
    return row;
  }

  /** "08:00–12:00, 14:00–18:00". */
  public static String ranges(List<TimeRange> ranges) {
    return ranges.stream().map(OpeningTexts::range).collect(Collectors.joining(", "));
  }

  /** A section heading. */
  public static Paragraph heading(String text) {
    return paragraph(text, "section-title");
  }

  /** A QR code with what it is for and where it leads ("www.service.bremen.de"), never opened. */
  public static HBox qr(String payload, String host, String hint, Messages messages, double size) {
    QrCodeView code = new QrCodeView(size);
    code.setPayload(payload);
    code.setAccessibleText(messages.format("detail.qr.accessible", "host", host));
    VBox texts = new VBox(paragraph(hint, "qr-hint"), leftToRight(host, "qr-host"));
    texts.getStyleClass().add("qr-texts");
    HBox.setHgrow(texts, Priority.ALWAYS);
    texts.setMinWidth(0);
    HBox row = new HBox(code, texts);
    row.getStyleClass().add("qr-row");
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
