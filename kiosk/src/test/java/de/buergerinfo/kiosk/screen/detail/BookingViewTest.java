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
import de.buergerinfo.kiosk.ui.QrCodeView;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.ScreenOrientation;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booking screen in a real scene: per office a card with its name, address, a code to its web
 * page and its phone number, large; two cards a row on the landscape screen, one in portrait.
 */
@ExtendWith(JavaFxExtension.class)
class BookingViewTest {

  private static final ScreenRenderer RENDERER =
      new ScreenRenderer(TerminalProfile.embeddedDefault(), MessageCatalog.load());

  /** The office cards' boxes in scene pixels, the visible body, and what the first card says. */
  private record Measured(
      List<Bounds> cards, Bounds viewport, String firstCode, String firstPhone, String firstName) {}

  private static Measured show(ScreenOrientation orientation) {
    Scenario scenario =
        Scenario.of(ScreenId.BOOKING)
            .before(ui -> ui.session().service().set(Optional.of("personalausweis")));
    return Fx.call(
        () -> {
          try (var rendered =
              RENDERER.render(new Shot(scenario, Language.GERMAN, orientation, Style.NORMAL))) {
            Screenshots.write(rendered.image(), "layout-" + rendered.shot().fileName());
            Node frame = rendered.ui().frame();
            ScrollPane scroll = (ScrollPane) SceneInspection.find(frame, ".screen-scroll");
            List<Node> cards =
                SceneInspection.visibleNodes(frame).stream()
                    .filter(n -> n.getStyleClass().contains("office-card"))
                    .toList();
            Node first = cards.getFirst();
            return new Measured(
                cards.stream().map(c -> c.localToScene(c.getLayoutBounds())).toList(),
                scroll.localToScene(scroll.getLayoutBounds()),
                ((QrCodeView) first.lookup(".qr-code")).getPayload(),
                ((Label) first.lookup(".booking-phone")).getText(),
                ((de.buergerinfo.kiosk.ui.Paragraph) first.lookup(".office-name")).getText());
          }
        });
  }

  @Test
  void eachOfficeShowsItsWebPageAsCodeAndItsPhoneNumber() {
    Measured m = show(ScreenOrientation.PORTRAIT);

    assertThat(m.cards()).hasSize(4);
    assertThat(m.firstName()).isEqualTo("BürgerServiceCenter Mitte");
    assertThat(m.firstCode()).isEqualTo("https://www.buergerservice.bremen.de");
    assertThat(m.firstPhone()).isEqualTo("0421 361-0");
  }

  @Test
  void inLandscapeTwoOfficesStandSideBySideAndFourAreSeenWithoutScrolling() {
    Measured m = show(ScreenOrientation.LANDSCAPE);

    Bounds first = m.cards().get(0);
    Bounds second = m.cards().get(1);
    assertThat(second.getMinX()).isGreaterThan(first.getMaxX());
    assertThat(second.getMinY()).isEqualTo(first.getMinY());
    assertThat(m.cards().get(2).getMinY()).isGreaterThan(first.getMaxY());
    // The second row starts on screen: every office is in sight, if not all of it.
    assertThat(m.cards().get(3).getMinY()).isLessThan(m.viewport().getMaxY());
  }

  @Test
  void inPortraitTheOfficesStandOneBelowTheOther() {
    Measured m = show(ScreenOrientation.PORTRAIT);

    for (int i = 1; i < m.cards().size(); i++) {
      assertThat(m.cards().get(i).getMinY()).isGreaterThan(m.cards().get(i - 1).getMaxY());
      assertThat(m.cards().get(i).getMinX()).isEqualTo(m.cards().getFirst().getMinX());
    }
  }
}
