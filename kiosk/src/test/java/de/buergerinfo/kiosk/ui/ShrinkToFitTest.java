package de.buergerinfo.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import javafx.geometry.Bounds;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(JavaFxExtension.class)
class ShrinkToFitTest {

  private static Region content(double width, double height) {
    Region content = new Region();
    content.setPrefSize(width, height);
    return content;
  }

  /** A ShrinkToFit around {@code content}, laid out in 500 × 400. */
  private static ShrinkToFit laidOutIn500By400(Region content) {
    ShrinkToFit fit = new ShrinkToFit(content);
    fit.resize(500, 400);
    fit.layout();
    return fit;
  }

  @Test
  void contentThatFitsKeepsItsSizeInTheMiddle() {
    Fx.run(
        () -> {
          Region content = content(300, 100);
          ShrinkToFit fit = laidOutIn500By400(content);

          assertThat(fit.scale()).isEqualTo(1);
          Bounds shown = content.getBoundsInParent();
          assertThat(shown.getWidth()).isEqualTo(300);
          assertThat(shown.getMinX()).isEqualTo(100);
          assertThat(shown.getMinY()).isEqualTo(150);
        });
  }

  @Test
  void tallContentIsScaledDownEvenlyToTheSpaceAndStaysInside() {
    Fx.run(
        () -> {
          Region content = content(300, 800);
          ShrinkToFit fit = laidOutIn500By400(content);

          assertThat(fit.scale()).isEqualTo(0.5);
          Bounds shown = content.getBoundsInParent();
          assertThat(shown.getHeight()).isCloseTo(400, within(0.01));
          assertThat(shown.getWidth()).isCloseTo(150, within(0.01));
          assertThat(shown.getMinY()).isCloseTo(0, within(0.01));
          assertThat(shown.getMinX()).isCloseTo(175, within(0.01));
        });
  }

  @Test
  void itNeverAsksForMoreThanNothingSoTheScreenAroundItKeepsItsPlace() {
    Fx.run(
        () -> {
          ShrinkToFit fit = new ShrinkToFit(content(300, 800));
          assertThat(fit.minHeight(-1)).isZero();
          assertThat(fit.prefHeight(-1)).isEqualTo(800);
        });
  }
}
