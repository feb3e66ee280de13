package de.buergerinfo.kiosk.screen.detail;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.app.Scenario;
import de.buergerinfo.kiosk.app.ScreenRenderer;
import de.buergerinfo.kiosk.app.ScreenRenderer.Shot;
import de.buergerinfo.kiosk.app.ScreenRenderer.Style;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.Screenshots;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.ScreenOrientation;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where to go must be seen without scrolling: on the landscape screen the detail stands in two
 * columns (what it is and what to bring leading, the offices and the online service trailing), so
 * the first office is on screen at once, mirrored for right-to-left languages; portrait keeps one
 * column.
 */
@ExtendWith(JavaFxExtension.class)
class ServiceDetailLayoutTest {

  private static final ScreenRenderer RENDERER =
      new ScreenRenderer(TerminalProfile.embeddedDefault(), MessageCatalog.load());

  /** A typical service: four offices, a list of documents, fees, an online service. */
  private static final String TYPICAL = "personalausweis";

  /** What the test measures, in scene pixels, at the scroll position the screen opens with. */
  private record Measured(
      Bounds viewport,
      Bounds firstOffice,
      Bounds documents,
      double sceneWidth,
      double vvalue,
      boolean documentsBeforeOfficesInSceneOrder) {}

  private static Measured show(Language language, ScreenOrientation orientation, Style style) {
    Scenario scenario =
        Scenario.of(ScreenId.SERVICE_DETAIL)
            .before(ui -> ui.session().service().set(Optional.of(TYPICAL)));
    Shot shot = new Shot(scenario, language, orientation, style);
    return Fx.call(
        () -> {
          try (var rendered = RENDERER.render(shot)) {
            Screenshots.write(rendered.image(), "layout-" + shot.fileName());
            Parent frame = rendered.ui().frame();
            ScrollPane scroll = (ScrollPane) SceneInspection.find(frame, ".screen-scroll");
            Node office = SceneInspection.find(frame, ".office-card");
            Node documents = SceneInspection.find(frame, ".checklist");
            List<Node> order = SceneInspection.visibleNodes(frame);
            return new Measured(
                scroll.localToScene(scroll.getLayoutBounds()),
                office.localToScene(office.getLayoutBounds()),
                documents.localToScene(documents.getLayoutBounds()),
                rendered.scene().getWidth(),
                scroll.getVvalue(),
                order.indexOf(documents) < order.indexOf(office));
          }
        });
  }

  private static void assertFirstOfficeOnScreen(Measured m) {
    assertThat(m.vvalue()).as("opens at the top").isZero();
    assertThat(m.firstOffice().getMinY()).isGreaterThanOrEqualTo(m.viewport().getMinY());
    assertThat(m.firstOffice().getMaxY())
        .as("the first office's card ends inside the visible part of the body")
        .isLessThanOrEqualTo(m.viewport().getMaxY());
    assertThat(m.firstOffice().getMinX()).isGreaterThanOrEqualTo(m.viewport().getMinX());
    assertThat(m.firstOffice().getMaxX()).isLessThanOrEqualTo(m.viewport().getMaxX());
  }

  @Test
  void inGermanLandscapeTheFirstOfficeIsSeenWithoutScrollingBesideWhatToBring() {
    Measured m = show(Language.GERMAN, ScreenOrientation.LANDSCAPE, Style.NORMAL);

    assertFirstOfficeOnScreen(m);
    // Offices trailing: right of what to bring, side by side with it.
    assertThat(m.firstOffice().getMinX()).isGreaterThan(m.documents().getMaxX());
    assertThat(m.firstOffice().getMinX()).isGreaterThan(m.sceneWidth() / 2);
    assertThat(m.firstOffice().getMinY()).isLessThan(m.documents().getMaxY());
    // Keypad and speech go through the leading column first.
    assertThat(m.documentsBeforeOfficesInSceneOrder()).isTrue();
  }

  @Test
  void inArabicLandscapeTheOfficesStandOnTheLeftAndAreSeenWithoutScrolling() {
    Measured m = show(Language.ARABIC, ScreenOrientation.LANDSCAPE, Style.NORMAL);

    assertFirstOfficeOnScreen(m);
    assertThat(m.firstOffice().getMaxX()).isLessThan(m.documents().getMinX());
    assertThat(m.firstOffice().getMaxX()).isLessThan(m.sceneWidth() / 2);
    assertThat(m.firstOffice().getMinY()).isLessThan(m.documents().getMaxY());
    assertThat(m.documentsBeforeOfficesInSceneOrder()).isTrue();
  }

  @Test
  void inPortraitTheDetailIsOneColumn() {
    Measured m = show(Language.GERMAN, ScreenOrientation.PORTRAIT, Style.NORMAL);

    // The office stands below what to bring, across the body's width.
    assertThat(m.firstOffice().getMinY()).isGreaterThanOrEqualTo(m.documents().getMaxY());
    assertThat(m.firstOffice().getWidth()).isGreaterThan(m.viewport().getWidth() * 0.8);
    assertThat(m.documents().getWidth()).isGreaterThan(m.viewport().getWidth() * 0.8);
  }
}
