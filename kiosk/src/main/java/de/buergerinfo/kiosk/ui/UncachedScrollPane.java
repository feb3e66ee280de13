package de.buergerinfo.kiosk.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane that does not keep a bitmap of its content. JavaFX's skin caches the viewport as a
 * picture the size of the pane; every screen keeps its nodes for the terminal's whole life, so each
 * screen held one (a full-HD screen's is about 7 MB, 15 of them 100 MB) and the memory harness
 * measured them as most of the heap. The cache also blurs text while scrolling.
 */
public class UncachedScrollPane extends ScrollPane {

  public UncachedScrollPane(Node content) {
    super(content);
  }

  @Override
  protected Skin<?> createDefaultSkin() {
    ScrollPaneSkin skin = new ScrollPaneSkin(this);
    Node viewport = lookup(".viewport");
    if (viewport != null) {
      viewport.setCache(false);
    }
    return skin;
  }
}
