package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.app.ScreenRenderer.Shot;
import de.buergerinfo.kiosk.i18n.DisplayText;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.Screenshots;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every screen in every language, landscape and portrait, normal and large text, writes
 * each to target/screenshots/, and checks what a citizen would notice: text cut short, boxes
 * instead of letters, controls too small to touch or pushed off the screen.
 */
@ExtendWith(JavaFxExtension.class)
class ScreenGalleryTest {

  /** House rule for touch targets on a full-HD screen (EN 301 549 asks less; we ask 64 px). */
  static final double MIN_TOUCH_TARGET_PX = 64;

  private static final ScreenRenderer RENDERER =
      new ScreenRenderer(TerminalProfile.embeddedDefault(), MessageCatalog.load());

  static Stream<Shot> shots() {
    return Stream.concat(RENDERER.allShots(false).stream(), RENDERER.allShots(true).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shots")
  void screenIsComplete(Shot shot) {
    List<String> problems =
        Fx.call(
            () -> {
              try (var rendered = RENDERER.render(shot, ui -> {})) {
                Screenshots.write(rendered.image(), shot.fileName());
                return problems(
                    rendered.ui().frame(),
                    rendered.scene().getWidth(),
                    rendered.scene().getHeight());
              }
            });

    assertThat(problems).as(shot.fileName()).isEmpty();
  }

  private static List<String> problems(Node root, double width, double height) {
    List<String> problems = new ArrayList<>();
    for (Labeled labeled : SceneInspection.labeled(root)) {
      String shown = SceneInspection.displayedText(labeled);
      if (!shown.equals(labeled.getText())) {
        problems.add("cut short: " + SceneInspection.describe(labeled) + " shows '" + shown + "'");
      }
      if (DisplayText.hasFormatCharacters(labeled.getText())) {
        problems.add("format character drawn as a box: " + SceneInspection.describe(labeled));
      }
      if (labeled.isWrapText()) {
        problems.add(
            "wrapping Label (crashes on Arabic in JavaFX 26; use Paragraph): "
                + SceneInspection.describe(labeled));
      }
    }
    for (Paragraph paragraph : SceneInspection.paragraphs(root)) {
      double needed = paragraph.prefHeight(paragraph.getWidth());
      if (paragraph.getHeight() + 0.5 < needed) {
        problems.add(
            "paragraph cut off: '"
                + paragraph.getText()
                + "' has "
                + Math.round(paragraph.getHeight())
                + " of "
                + Math.round(needed)
                + " px");
      }
      if (DisplayText.hasFormatCharacters(paragraph.getText())) {
        problems.add("format character drawn as a box: '" + paragraph.getText() + "'");
      }
    }
    for (Node node : SceneInspection.visibleNodes(root)) {
      boolean control = node instanceof ButtonBase || node instanceof TextInputControl;
      if (!control && !(node instanceof ScrollPane)) {
        continue;
      }
      Bounds bounds = node.localToScene(node.getLayoutBounds());
      // Controls in a scroll pane are reached by scrolling; the pane itself must be on screen.
      boolean onScreen =
          bounds.getMinX() >= 0
              && bounds.getMinY() >= 0
              && bounds.getMaxX() <= width + 0.5
              && bounds.getMaxY() <= height + 0.5;
      if (!onScreen && !SceneInspection.insideScrollPane(node)) {
        problems.add("outside the screen: " + SceneInspection.describe(node) + " at " + bounds);
      }
      if (control
          && (bounds.getHeight() < MIN_TOUCH_TARGET_PX
              || bounds.getWidth() < MIN_TOUCH_TARGET_PX)) {
        problems.add(
            "touch target smaller than "
                + MIN_TOUCH_TARGET_PX
                + " px: "
                + SceneInspection.describe(node)
                + " is "
                + Math.round(bounds.getWidth())
                + "x"
                + Math.round(bounds.getHeight()));
      }
    }
    return problems;
  }
}
