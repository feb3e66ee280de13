package de.buergerinfo.kiosk.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.app.KioskUi;
import de.buergerinfo.kiosk.app.LaunchSettings;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.TestWindows;
import de.buergerinfo.kiosk.testsupport.Touches;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The guided flow in a real window: answered by touch and by keypad, redrawn in place. */
@ExtendWith(JavaFxExtension.class)
class FlowQuestionViewTest {

  @TempDir Path data;

  private KioskUi ui;

  @BeforeEach
  void openWindow() {
    LaunchSettings settings = new LaunchSettings(false, 960, 600, data);
    ui = TestWindows.open(TestWindows.demoTerminal(), settings);
    Fx.run(
        () -> {
          ui.session().begin();
          ui.session().flow().set(Optional.of(FlowProgress.start("umzug-nach-bremen")));
          ui.navigator().show(ScreenId.FLOW_QUESTION);
        });
  }

  @AfterEach
  void closeWindow() {
    Fx.run(() -> ((Stage) ui.frame().getScene().getWindow()).close());
  }

  private String question() {
    return Fx.call(
        () -> {
          var root = ui.navigator().screen(ScreenId.FLOW_QUESTION).root();
          root.applyCss();
          root.layout();
          return ((Paragraph) root.lookup(".flow-question")).getText();
        });
  }

  private List<Button> answers() {
    return Fx.call(
        () ->
            SceneInspection.visibleNodes(ui.frame()).stream()
                .filter(n -> n.getStyleClass().contains("flow-answer"))
                .map(Button.class::cast)
                .toList());
  }

  /** A finger on the button's middle: pressed and lifted, as the touch screen reports it. */
  private void tap(Node node) {
    Fx.run(
        () -> {
          Bounds box = node.localToScene(node.getLayoutBounds());
          double x = box.getCenterX();
          double y = box.getCenterY();
          Event.fireEvent(node, Touches.press(x, y));
          Event.fireEvent(
              node,
              new MouseEvent(
                  MouseEvent.MOUSE_RELEASED,
                  x,
                  y,
                  x,
                  y,
                  MouseButton.PRIMARY,
                  1,
                  false,
                  false,
                  false,
                  false,
                  false,
                  false,
                  false,
                  true,
                  false,
                  true,
                  null));
        });
    Fx.waitForIdle();
  }

  private void key(KeyCode code) {
    Fx.run(
        () ->
            Event.fireEvent(
                ui.frame().getScene().getFocusOwner(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
    Fx.waitForIdle();
  }

  @Test
  void answeringByTouchShowsTheNextQuestionOnTheSameScreenUntilTheChecklist() {
    assertThat(question()).isEqualTo("Woher ziehen Sie um?");

    tap(answers().getFirst());

    assertThat(question()).isEqualTo("Welche Staatsangehörigkeit haben Sie?");
    assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.FLOW_QUESTION);
    assertThat(
            Fx.call(
                () ->
                    ((javafx.scene.control.Label)
                            SceneInspection.find(ui.frame(), ".flow-progress"))
                        .getText()))
        .isEqualTo("Frage 2 von 6");

    tap(answers().getFirst()); // German
    tap(answers().getFirst()); // 18 or older
    tap(answers().get(1)); // no vehicle
    assertThat(question()).isEqualTo("Haben Sie einen Hund?");
    tap(answers().get(1)); // no dog

    assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.CHECKLIST);
    assertThat(
            Fx.call(
                () ->
                    SceneInspection.visibleNodes(ui.frame()).stream()
                        .filter(n -> n.getStyleClass().contains("checklist-line"))
                        .count()))
        .isGreaterThan(3);
  }

  @Test
  void theKeypadMovesBetweenAnswersAndEnterChoosesOne() {
    assertThat(Fx.call(() -> ui.frame().getScene().getFocusOwner()))
        .as("the first answer has the focus")
        .isSameAs(answers().getFirst());

    key(KeyCode.TAB);
    assertThat(Fx.call(() -> ui.frame().getScene().getFocusOwner())).isSameAs(answers().get(1));
    key(KeyCode.ENTER);

    assertThat(ui.session().flow().get().orElseThrow().answers().answers())
        .containsEntry("umzug-von", "innerhalb-bremen");
    assertThat(question()).isEqualTo("Welche Staatsangehörigkeit haben Sie?");
    assertThat(Fx.call(() -> ui.frame().getScene().getFocusOwner()))
        .as("the focus is on the new question's first answer")
        .isSameAs(answers().getFirst());
  }

  @Test
  void backShowsThePreviousQuestion() {
    tap(answers().getFirst());
    Button back =
        Fx.call(
            () ->
                SceneInspection.visibleNodes(ui.frame()).stream()
                    .filter(Button.class::isInstance)
                    .map(Button.class::cast)
                    .filter(b -> b.getText().equals("Zurück"))
                    .findFirst()
                    .orElseThrow());

    tap(back);

    assertThat(question()).isEqualTo("Woher ziehen Sie um?");
    assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.FLOW_QUESTION);
  }

  @Test
  void theScreenListensToTheSessionOnlyWhileItIsShown() throws Exception {
    ObservableValue<?> flow = ui.session().flow();
    int shown = Fx.call(() -> listeners(flow));
    assertThat(shown).as("the question screen listens while shown").isPositive();

    for (int i = 0; i < 5; i++) {
      Fx.run(() -> ui.navigator().show(ScreenId.HOME));
      Fx.run(() -> ui.navigator().show(ScreenId.FLOW_QUESTION));
    }
    assertThat(Fx.call(() -> listeners(flow))).isEqualTo(shown);

    Fx.run(() -> ui.navigator().show(ScreenId.HOME));
    assertThat(Fx.call(() -> listeners(flow))).isEqualTo(shown - 1);
    Fx.run(
        () ->
            ui.session()
                .flow()
                .set(
                    Optional.of(
                        FlowProgress.start("umzug-nach-bremen")
                            .answer("umzug-von", "anderer-ort"))));
    assertThat(question()).as("nothing is drawn off screen").isEmpty();
  }

  @Test
  void anUnknownFlowInTheSessionGoesHome() {
    Fx.run(
        () -> {
          ui.navigator().show(ScreenId.HOME);
          ui.session().flow().set(Optional.of(FlowProgress.start("gibt-es-nicht")));
          ui.navigator().show(ScreenId.FLOW_QUESTION);
        });
    Fx.waitForIdle();

    assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.HOME);
    assertThat(ui.session().flow().get()).isEmpty();
  }

  /** How many listeners an observable has, read from JavaFX's listener helper. */
  private static int listeners(ObservableValue<?> observable) throws ReflectiveOperationException {
    Field helperField = javafx.beans.property.ObjectPropertyBase.class.getDeclaredField("helper");
    helperField.setAccessible(true);
    Object helper = helperField.get(observable);
    if (helper == null) {
      return 0;
    }
    String kind = helper.getClass().getSimpleName();
    if (kind.startsWith("Single")) {
      return 1;
    }
    int count = 0;
    for (String size : List.of("invalidationSize", "changeSize")) {
      Field field = helper.getClass().getDeclaredField(size);
      field.setAccessible(true);
      count += field.getInt(helper);
    }
    return count;
  }
}
