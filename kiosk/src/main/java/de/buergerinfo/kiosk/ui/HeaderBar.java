package de.buergerinfo.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.layout.HBox;

/** The bar at the top of every screen after the attract screen: who we are and where. */
public final class HeaderBar extends HBox {

  private final BrandIdentity identity = new BrandIdentity();

  public HeaderBar() {
    getStyleClass().add("header-bar");
    setAlignment(Pos.CENTER_LEFT);
    getChildren().add(identity);
  }

  public void setTexts(String serviceName, String site) {
    identity.setTexts(serviceName, site);
  }
}
