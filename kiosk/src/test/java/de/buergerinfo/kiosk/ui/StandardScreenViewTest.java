package de.buergerinfo.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(JavaFxExtension.class)
class StandardScreenViewTest {

  /**
   * A screen whose body is taller than the screen, recording the scroll it starts its showing at.
   */
  private static final class Tall extends StandardScreenView {
    final List<Double> scrollSeenOnActivate = new ArrayList<>();
    final Button back = new Button("back");

    Tall() {
      super(ScreenId.HELP, "extra");
      Region body = new Region();
      body.setPrefHeight(5000);
      arrangeScreen(body, back);
    }

    @Override
    protected Subscription onActivate() {
      scrollSeenOnActivate.add(scroll().getVvalue());
      return Subscription.EMPTY;
    }
  }

  @Test
  void ownsTheStandardShapeWithHeaderScrollingBodyAndActionBar() {
    Fx.run(
        () -> {
          Tall view = new Tall();
          assertThat(view.id()).isEqualTo(ScreenId.HELP);
          assertThat(view.root().getStyleClass()).containsExactly("screen-help", "extra");
          assertThat(view.root().getTop()).isInstanceOf(HeaderBar.class);
          assertThat(view.root().getCenter()).isInstanceOf(UncachedScrollPane.class);
          assertThat(((ActionBar) view.root().getBottom()).getChildren())
              .containsExactly(view.back);
        });
  }

  @Test
  void everyShowingStartsAtTheTopBeforeTheScreenSubscribes() {
    Fx.run(
        () -> {
          Tall view = new Tall();
          new Scene(view.root(), 400, 300);
          view.activate();
          view.scroll().setVvalue(0.8);
          view.deactivate();
          view.activate();
          assertThat(view.scrollSeenOnActivate).containsExactly(0.0, 0.0);
          assertThat(view.scroll().getVvalue()).isZero();
        });
  }
}
