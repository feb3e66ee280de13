package de.buergerinfo.kiosk.lockdown;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.Touches;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hidden staff gesture: five quick taps in the top-left corner, and nothing else. */
@ExtendWith(JavaFxExtension.class)
class StaffGestureTest {

  private static final long MS = 1_000_000L;

  @Test
  void fiveTapsWithinFourSecondsMakeTheGestureOnce() {
    StaffGesture gesture = new StaffGesture();
    long t = 0;
    for (int i = 0; i < 4; i++) {
      assertThat(gesture.tap(t += 700 * MS)).isFalse();
    }
    assertThat(gesture.tap(t += 700 * MS)).isTrue();
    assertThat(gesture.tap(t += 100 * MS)).as("a sixth tap starts anew").isFalse();
  }

  @Test
  void slowTapsNeverMakeIt() {
    StaffGesture gesture = new StaffGesture();
    long t = 0;
    for (int i = 0; i < 20; i++) {
      assertThat(gesture.tap(t += 1_100 * MS)).isFalse();
    }
  }

  @Test
  void aPauseInTheMiddleCountsOnlyTheLastFive() {
    StaffGesture gesture = new StaffGesture();
    long t = 0;
    gesture.tap(t);
    gesture.tap(t += 100 * MS);
    t += 10_000 * MS;
    boolean made = false;
    for (int i = 0; i < 5; i++) {
      made = gesture.tap(t += 200 * MS);
    }
    assertThat(made).isTrue();
  }

  @Test
  void theCornerIsTopLeftOfTheScreenAlsoInRightToLeftLayouts() {
    AtomicInteger made = new AtomicInteger();
    AtomicLong now = new AtomicLong();
    StackPane frame = new StackPane();
    Fx.run(
        () -> {
          frame.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
          Stage stage = new Stage();
          stage.setScene(new Scene(frame, 800, 600));
          stage.show();
          new StaffCorner(now::get, made::incrementAndGet).attach(frame);
          for (int i = 0; i < 5; i++) {
            now.addAndGet(300 * MS);
            Event.fireEvent(frame, Touches.press(700, 20)); // top right: not the corner
          }
          for (int i = 0; i < 5; i++) {
            now.addAndGet(300 * MS);
            Event.fireEvent(frame, Touches.press(30, 40));
          }
        });

    assertThat(made).hasValue(1);
  }
}
