package de.buergerinfo.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The bar at the top of every screen after the attract screen: who we are and where. */
public final class HeaderBar extends HBox {

  private final Paragraph serviceName = new Paragraph("brand-name");
  private final Paragraph site = new Paragraph("brand-site");

  public HeaderBar() {
    getStyleClass().add("header-bar");
    setAlignment(Pos.CENTER_LEFT);
    Label brand = new Label("BIS");
    brand.getStyleClass().add("brand-mark");
    brand.setMinWidth(Region.USE_PREF_SIZE);
    VBox names = new VBox(serviceName, site);
    names.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(brand, names);
  }

  public void setTexts(String serviceName, String site) {
    this.serviceName.setText(serviceName);
    this.site.setText(site);
  }

  /** The brand mark, first in reading order; tests use it to check the reading direction. */
  public Node brand() {
    return getChildren().getFirst();
  }
}
