package de.buergerinfo.kiosk.screen.situations;

import de.buergerinfo.kiosk.ui.Paragraph;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.VBox;

/**
 * A large tile: a name in bold, a sentence below it, and a note when the text is not in the
 * citizen's language. One touch target and one focus stop; speech reads name and sentence.
 */
final class TileButton extends Button {

  TileButton(String name, String description, Optional<String> fallbackNote, Runnable open) {
    getStyleClass().add("situation-tile");
    setMaxWidth(Double.MAX_VALUE);
    setMaxHeight(Double.MAX_VALUE);
    setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    Paragraph title = new Paragraph("tile-name");
    title.setText(name);
    VBox texts = new VBox(title);
    texts.getStyleClass().add("tile-texts");
    if (!description.isEmpty()) {
      Paragraph sentence = new Paragraph("tile-description");
      sentence.setText(description);
      texts.getChildren().add(sentence);
    }
    fallbackNote.ifPresent(
        note -> {
          Paragraph mark = new Paragraph("fallback-note");
          mark.setText(note);
          texts.getChildren().add(mark);
        });
    setGraphic(texts);
    setText(name);
    setAccessibleText(description.isEmpty() ? name : name + ". " + description);
    setOnAction(e -> open.run());
  }

  /** The texts wrap, so the height follows the width (else: one word per line). */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }
}
