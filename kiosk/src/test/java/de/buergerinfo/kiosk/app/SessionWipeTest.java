package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.ReachableText;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.TestWindows;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ending a session leaves nothing of what the citizen typed reachable: not in the scene graph, not
 * in JavaFX's internals (a text field's undo history, its skin), not in the session objects.
 */
@ExtendWith(JavaFxExtension.class)
class SessionWipeTest {

  private static final String SECRET = "Mustermann-4711";

  @TempDir Path data;

  private KioskUi openWindow() {
    LaunchSettings settings = new LaunchSettings(false, 960, 600, data);
    return TestWindows.open(TestWindows.demoTerminal(), settings);
  }

  @Test
  void whatACitizenTypedIsReachableFromNowhereOnceTheSessionEnds() {
    KioskUi ui = openWindow();
    Fx.run(
        () -> {
          ui.session().begin();
          // Typing happens on the results screen (the home screen's field leads there).
          ui.navigator().show(ScreenId.RESULTS);
          TextField search = (TextField) SceneInspection.find(ui.frame(), "#results-search");
          search.requestFocus();
          for (String word : new String[] {"Erika ", SECRET, " 0421 3611"}) {
            search.replaceSelection(word); // as the on-screen keyboard types
          }
          search.selectAll();
          search.copy(); // a citizen's long-press could do the same; the clipboard is global
        });
    assertThat(Fx.call(() -> ReachableText.find(SECRET, ui.frame().getScene(), ui)))
        .as("the check finds what is there")
        .isNotEmpty();

    Fx.run(
        () -> {
          ui.session().end(SessionEndReason.FINISHED);
          ui.navigator().show(ScreenId.ATTRACT);
        });
    Fx.waitForIdle();

    assertThat(
            Fx.call(
                () ->
                    ReachableText.find(
                        SECRET,
                        ui.frame().getScene(),
                        ui,
                        javafx.scene.input.Clipboard.getSystemClipboard().getString() == null
                            ? ""
                            : javafx.scene.input.Clipboard.getSystemClipboard().getString())))
        .isEmpty();
    Fx.run(() -> ((Stage) ui.frame().getScene().getWindow()).close());
  }

  @Test
  void aKeyboardCannotCopyOneCitizensTextForTheNext() {
    KioskUi ui = openWindow();
    String copied =
        Fx.call(
            () -> {
              javafx.scene.input.Clipboard.getSystemClipboard().clear();
              ui.session().begin();
              ui.navigator().show(ScreenId.RESULTS);
              TextField search = (TextField) SceneInspection.find(ui.frame(), "#results-search");
              search.requestFocus();
              search.replaceSelection(SECRET);
              search.selectAll();
              javafx.event.Event.fireEvent(
                  search,
                  new javafx.scene.input.KeyEvent(
                      javafx.scene.input.KeyEvent.KEY_PRESSED,
                      "",
                      "",
                      javafx.scene.input.KeyCode.C,
                      false,
                      true,
                      false,
                      false));
              String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
              ((Stage) ui.frame().getScene().getWindow()).close();
              return text;
            });

    assertThat(copied).isNull();
  }
}
