package de.buergerinfo.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceSetup;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.devices.setup.TerminalDevices;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.Touches;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The screen sleeps while the (simulated) presence sensor sees nobody and wakes for people. */
@ExtendWith(JavaFxExtension.class)
class ScreenWakeTest {

  private static final Duration SHORT = Duration.millis(150);

  @Test
  void sleepsWhenEveryoneLeftAndWakesWhenSomeoneArrives() throws Exception {
    DeviceEvents events = new DeviceEvents();
    try (TerminalDevices devices = TerminalDevices.open(DeviceSetup.allSimulated(), events)) {
      SimulatedGpio gpio = (SimulatedGpio) devices.gpio();
      StackPane frame = new StackPane(new Button("Start"));
      ScreenWake wake =
          Fx.call(
              () -> {
                show(frame);
                ScreenWake screen = new ScreenWake(frame, SHORT);
                screen.attach(events);
                return screen;
              });

      gpio.simulatePresence(true);
      Thread.sleep(400);
      Fx.waitForIdle();
      assertThat(Fx.call(wake::asleep)).as("someone is there").isFalse();

      gpio.simulatePresence(false);
      Thread.sleep(400);
      Fx.waitForIdle();
      assertThat(Fx.call(wake::asleep)).as("everyone left").isTrue();

      gpio.simulatePresence(true);
      Fx.waitForIdle();
      Thread.sleep(50);
      Fx.waitForIdle();
      assertThat(Fx.call(wake::asleep)).as("someone arrived").isFalse();
      assertThat(events.listenerCount()).isEqualTo(1);
    }
  }

  @Test
  void theTouchThatWakesTheScreenPressesNothing() throws Exception {
    DeviceEvents events = new DeviceEvents();
    AtomicInteger pressed = new AtomicInteger();
    Button start = new Button("Start");
    start.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressed.incrementAndGet());
    StackPane frame = new StackPane(start);
    ScreenWake wake =
        Fx.call(
            () -> {
              show(frame);
              ScreenWake screen = new ScreenWake(frame, SHORT);
              screen.attach(events);
              return screen;
            });
    Thread.sleep(400);
    Fx.waitForIdle();
    assertThat(Fx.call(wake::asleep)).isTrue();

    Fx.run(() -> Event.fireEvent(start, Touches.press(10, 10)));
    assertThat(Fx.call(wake::asleep)).isFalse();
    assertThat(pressed).hasValue(0);

    Fx.run(() -> Event.fireEvent(start, Touches.press(10, 10)));
    assertThat(pressed).as("awake, a touch works").hasValue(1);
  }

  @Test
  void uninstallingRemovesTheListenerAndTheBlackout() throws Exception {
    DeviceEvents events = new DeviceEvents();
    StackPane frame = new StackPane(new Button("Start"));
    Runnable stop =
        Fx.call(
            () -> {
              show(frame);
              return new ScreenWake(frame, SHORT).attach(events);
            });
    assertThat(events.listenerCount()).isEqualTo(1);

    Fx.run(stop::run);

    assertThat(events.listenerCount()).isZero();
    assertThat(Fx.call(() -> frame.getChildren().size())).isEqualTo(1);
  }

  private static void show(StackPane frame) {
    Stage stage = new Stage();
    stage.setScene(new Scene(frame, 300, 200));
    stage.show();
  }
}
