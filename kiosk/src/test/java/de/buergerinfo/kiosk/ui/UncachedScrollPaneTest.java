package de.buergerinfo.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(JavaFxExtension.class)
class UncachedScrollPaneTest {

  private static boolean viewportCached(ScrollPane pane) {
    new Scene(new StackPane(pane), 400, 300);
    pane.applyCss();
    return pane.lookup(".viewport").isCache();
  }

  @Test
  void javaFxCachesAScrollPanesViewportAndOursDoesNot() {
    assertThat(Fx.call(() -> viewportCached(new ScrollPane(new Label("x")))))
        .as("JavaFX's own, the reason for the class")
        .isTrue();
    assertThat(Fx.call(() -> viewportCached(new UncachedScrollPane(new Label("x"))))).isFalse();
  }
}
