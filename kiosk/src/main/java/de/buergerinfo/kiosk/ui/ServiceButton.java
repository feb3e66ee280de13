package de.buergerinfo.kiosk.ui;

import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.kiosk.i18n.Messages;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.VBox;

/**
 * A service in a list (results, a life situation, a checklist): its name in bold, one or two
 * sentences of what it is, and a note when the text is not in the citizen's language. The whole
 * tile is one touch target and one focus stop.
 */
public final class ServiceButton extends Button {

  private final Service service;

  public ServiceButton(Service service, Messages messages, Runnable open) {
    this.service = service;
    getStyleClass().addAll("service-button", "secondary");
    setMaxWidth(Double.MAX_VALUE);
    setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    Paragraph name = new Paragraph("service-name");
    Paragraph summary = new Paragraph("service-summary");
    VBox texts = new VBox(name, summary);
    texts.getStyleClass().add("service-texts");
    ResolvedText resolvedName =
        CatalogText.resolve(service.name(), messages.language()).orElseThrow();
    name.setText(resolvedName.text());
    String shortText = CatalogText.show(service.shortText(), messages.language());
    summary.setText(shortText);
    summary.setVisible(!shortText.isEmpty());
    summary.setManaged(!shortText.isEmpty());
    CatalogText.fallbackNote(resolvedName, messages)
        .ifPresent(
            note -> {
              Paragraph mark = new Paragraph("fallback-note");
              mark.setText(note);
              texts.getChildren().add(mark);
            });
    setGraphic(texts);
    // What speech and keypad users hear for the tile: its name, then what it is.
    setAccessibleText(resolvedName.text() + ". " + shortText);
    setText(resolvedName.text());
    setOnAction(e -> open.run());
  }

  /**
   * The tile's height depends on its width (the texts wrap): without saying so, a layout asks for
   * the height at no width and gets one word per line.
   */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  public Service service() {
    return service;
  }
}
