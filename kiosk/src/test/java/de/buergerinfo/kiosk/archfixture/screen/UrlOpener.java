package de.buergerinfo.kiosk.archfixture.screen;

import java.awt.Desktop;
import java.net.URI;

/** Breaks the rule that the terminal never opens an address (for ArchitectureRulesTest only). */
public final class UrlOpener {

  private UrlOpener() {}

  static void open(String scanned) throws Exception {
    Desktop.getDesktop().browse(URI.create(scanned));
  }
}
