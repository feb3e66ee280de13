package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.TestWindows;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.logging.OneLineLogConfigurator;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A citizen's whole visit on the real app (embedded central server, real window, real clicks):
 * afterwards the log holds one line per event and none of what the citizen entered, even with
 * logging turned up to TRACE.
 */
@ExtendWith(JavaFxExtension.class)
class SessionLogPrivacyTest {

  private static final String NAME = "Erika Mustermann";
  private static final String E_MAIL = "erika.mustermann@example.org";
  private static final String PHONE = "0421 36112345";

  @TempDir Path data;

  private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  private LineCapture capture;
  private Level previousLevel;

  /** Encodes every event with the real console appender's encoder and keeps the text of each. */
  private final class LineCapture extends AppenderBase<ILoggingEvent> {
    private final Encoder<ILoggingEvent> encoder;

    LineCapture(LoggerContext context, Encoder<ILoggingEvent> encoder) {
      setContext(context);
      this.encoder = encoder;
    }

    @Override
    protected void append(ILoggingEvent event) {
      logLines.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
    }
  }

  @BeforeEach
  void captureTheRealLogFormatAtTrace() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var console =
        (OutputStreamAppender<ILoggingEvent>) root.getAppender(OneLineLogConfigurator.APPENDER);
    capture = new LineCapture(context, console.getEncoder());
    capture.start();
    root.addAppender(capture);
    previousLevel = root.getLevel();
    root.setLevel(Level.TRACE);
  }

  @AfterEach
  void restoreLogging() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(capture);
    root.setLevel(previousLevel);
  }

  @Test
  void aVisitLeavesNothingPersonalInTheLogOrOnScreen() throws Exception {
    TerminalProfile profile = TerminalProfile.embeddedDefault();
    LaunchSettings settings = new LaunchSettings(false, 960, 600, data);
    try (KioskRuntime runtime = KioskRuntime.start(profile, data)) {
      runtime.checkContentInBackground().join();
      KioskUi ui = TestWindows.open(TestWindows.demoTerminal(), settings);

      tap(ui, ".screen-attract");
      assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.LANGUAGE_CHOICE);
      tapButton(ui, "Deutsch");
      assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.HOME);
      tap(ui, "#home-search");
      assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.RESULTS);
      Fx.run(
          () -> {
            TextField search = (TextField) SceneInspection.find(ui.frame(), "#results-search");
            search.replaceSelection(NAME + ", " + E_MAIL + ", " + PHONE);
          });
      assertThat(Fx.call(() -> ui.session().searchText().get())).contains(NAME);
      tapButton(ui, "Startseite");
      tapButton(ui, "Große Schrift");
      assertThat(Fx.call(() -> ui.session().largeText().get())).isTrue();
      tapButton(ui, "Beenden");

      assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.GOODBYE);
      assertThat(Fx.call(() -> ui.session().searchText().get())).isEmpty();
      assertThat(Fx.call(() -> textsInScene(ui))).noneMatch(text -> text.contains("Mustermann"));
      tap(ui, ".screen-goodbye");
      assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.ATTRACT);
      assertThat(Fx.call(() -> ui.session().searchText().get())).isEmpty();
      assertThat(Fx.call(() -> textsInScene(ui))).noneMatch(text -> text.contains("Mustermann"));
      Fx.run(() -> ((Stage) ui.frame().getScene().getWindow()).close());
    }

    List<String> lines = List.copyOf(logLines);
    assertThat(lines).anyMatch(line -> line.contains("session") && line.contains("started"));
    assertThat(lines).anyMatch(line -> line.contains("ended (FINISHED)"));
    assertThat(lines).anyMatch(line -> line.contains("content version 1"));
    for (String line : lines) {
      assertThat(line).as("one line per event").endsWith("\n");
      assertThat(line.substring(0, line.length() - 1))
          .as("one line per event")
          .doesNotContain("\n", "\r");
      assertThat(line).doesNotContain("Erika", "Mustermann", "example.org", "36112345");
    }
  }

  private static List<String> textsInScene(KioskUi ui) {
    List<String> texts = new ArrayList<>();
    for (Node node : SceneInspection.visibleNodes(ui.frame())) {
      if (node instanceof Labeled labeled && labeled.getText() != null) {
        texts.add(labeled.getText());
      }
      if (node instanceof TextInputControl input) {
        texts.add(input.getText());
      }
    }
    texts.addAll(SceneInspection.paragraphs(ui.frame()).stream().map(p -> p.getText()).toList());
    return texts;
  }

  private static void tapButton(KioskUi ui, String text) {
    Node button =
        Fx.call(
            () ->
                SceneInspection.labeled(ui.frame()).stream()
                    .filter(l -> l.getText().equals(text))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no button '" + text + "' on screen")));
    tap(button);
  }

  private static void tap(KioskUi ui, String selector) {
    tap(Fx.call(() -> SceneInspection.find(ui.frame(), selector)));
  }

  /** A real click through the JavaFX robot, so hit-testing and event handling are exercised. */
  private static void tap(Node node) {
    Fx.run(
        () -> {
          Bounds bounds = node.localToScreen(node.getLayoutBounds());
          Robot robot = new Robot();
          robot.mouseMove(bounds.getCenterX(), bounds.getCenterY());
          robot.mouseClick(MouseButton.PRIMARY);
        });
    Fx.waitForIdle();
  }
}
