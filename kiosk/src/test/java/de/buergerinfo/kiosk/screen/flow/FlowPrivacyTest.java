package de.buergerinfo.kiosk.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.app.KioskUi;
import de.buergerinfo.kiosk.app.LaunchSettings;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.ReachableText;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.TestWindows;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A citizen's answers in a guided flow, and the checklist that follows from them, are gone once the
 * session ends: from the session, the screens, their view models and the scene.
 */
@ExtendWith(JavaFxExtension.class)
class FlowPrivacyTest {

  /**
   * Answer ids are catalogue words, reachable through the catalogue anyway; so the answers carry
   * one more entry that exists nowhere else. Off the flow's path, it changes nothing shown, and it
   * travels wherever the answers are copied (progress, take-away).
   */
  private static final String MARKER = "Mustermann-4711";

  @TempDir Path data;

  @Test
  void answersAndTheirChecklistAreReachableFromNowhereOnceTheSessionEnds() {
    KioskUi ui =
        TestWindows.open(TestWindows.demoTerminal(), new LaunchSettings(false, 960, 600, data));
    FlowProgress answered =
        FlowProgress.start("umzug-nach-bremen")
            .answer("umzug-von", "innerhalb-bremen")
            .answer("staatsangehoerigkeit", "andere")
            .answer("volljaehrig", "nein")
            .answer("fahrzeug", "nein")
            .answer(MARKER, MARKER)
            .answer("hund", "ja");
    Fx.run(
        () -> {
          ui.session().begin();
          ui.session().lifeSituation().set(Optional.of("umzug"));
          ui.navigator().show(ScreenId.LIFE_SITUATION);
          ui.session().flow().set(Optional.of(answered.back()));
          ui.navigator().show(ScreenId.FLOW_QUESTION);
          ui.session().flow().set(Optional.of(answered));
          ui.navigator().show(ScreenId.CHECKLIST);
          ui.session()
              .takeAway()
              .set(
                  Optional.of(
                      new de.buergerinfo.kiosk.session.TakeAway.FlowChecklist(
                          answered.flowId(), answered.answers())));
        });
    assertThat(
            Fx.call(
                () ->
                    SceneInspection.visibleNodes(ui.frame()).stream()
                        .filter(n -> n.getStyleClass().contains("checklist-line"))
                        .count()))
        .as("the checklist is on screen")
        .isPositive();
    assertThat(Fx.call(() -> ReachableText.find(MARKER, ui.frame().getScene(), ui)))
        .as("the check finds what is there")
        .isNotEmpty();

    Fx.run(
        () -> {
          ui.session().end(SessionEndReason.FINISHED);
          ui.navigator().show(ScreenId.ATTRACT);
        });
    Fx.waitForIdle();

    assertThat(Fx.call(() -> ReachableText.find(MARKER, ui.frame().getScene(), ui))).isEmpty();
    assertThat(
            Fx.call(
                () ->
                    SceneInspection.visibleNodes(ui.navigator().screen(ScreenId.CHECKLIST).root())
                        .stream()
                        .filter(
                            n ->
                                n.getStyleClass().contains("checklist-line")
                                    || n.getStyleClass().contains("service-button"))
                        .count()))
        .as("the checklist screen keeps none of its lines off screen")
        .isZero();
    Fx.run(() -> ((Stage) ui.frame().getScene().getWindow()).close());
  }
}
