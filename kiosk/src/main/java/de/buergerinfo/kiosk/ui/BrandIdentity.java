package de.buergerinfo.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Who we are and where: the BIS mark, the service's name and the terminal's site. */
public final class BrandIdentity extends HBox {

  private final Label mark = new Label("BIS");
  private final Paragraph serviceName = new Paragraph("brand-name");
  private final Paragraph site = new Paragraph("brand-site");

  public BrandIdentity() {
    getStyleClass().add("brand");
    setAlignment(Pos.CENTER_LEFT);
    mark.getStyleClass().add("brand-mark");
    mark.setMinWidth(Region.USE_PREF_SIZE);
    VBox names = new VBox(serviceName, site);
    names.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(mark, names);
  }

  public void setTexts(String serviceName, String site) {
    this.serviceName.setText(serviceName);
    this.site.setText(site);
  }

  /** The BIS mark, first in reading order. */
  public Label mark() {
    return mark;
  }
}
