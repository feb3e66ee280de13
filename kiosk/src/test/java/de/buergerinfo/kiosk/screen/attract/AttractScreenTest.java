package de.buergerinfo.kiosk.screen.attract;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.app.Scenario;
import de.buergerinfo.kiosk.app.ScreenRenderer;
import de.buergerinfo.kiosk.app.ScreenRenderer.Shot;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.Screenshots;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.ScreenOrientation;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(JavaFxExtension.class)
class AttractScreenTest {

  private final ScreenRenderer renderer =
      new ScreenRenderer(TerminalProfile.embeddedDefault(), MessageCatalog.load());

  /** Where the brand mark sits, as a fraction of the width, and the welcome text. */
  private record Layout(NodeOrientation orientation, double identityCenter, String welcome) {}

  private Layout render(Language language) {
    return Fx.call(
        () -> {
          Shot shot =
              new Shot(
                  Scenario.of(ScreenId.ATTRACT),
                  language,
                  ScreenOrientation.LANDSCAPE,
                  ScreenRenderer.Style.NORMAL);
          try (var rendered = renderer.render(shot)) {
            Screenshots.write(rendered.image(), "test-" + shot.fileName());
            Node identity = rendered.scene().lookup(".brand-mark");
            Bounds bounds = identity.localToScene(identity.getBoundsInLocal());
            var welcome = (Paragraph) rendered.scene().lookup(".attract-welcome");
            return new Layout(
                rendered.ui().frame().getEffectiveNodeOrientation(),
                bounds.getCenterX() / rendered.scene().getWidth(),
                welcome.getText());
          }
        });
  }

  @Test
  void germanReadsLeftToRightWithTheIdentityOnTheLeft() {
    Layout german = render(Language.GERMAN);

    assertThat(german.orientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    assertThat(german.identityCenter()).isLessThan(0.25);
    assertThat(german.welcome()).isEqualTo("Willkommen");
  }

  @Test
  void arabicIsMirroredWithTheIdentityOnTheRight() {
    Layout arabic = render(Language.ARABIC);

    assertThat(arabic.orientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    assertThat(arabic.identityCenter()).isGreaterThan(0.75);
    assertThat(arabic.welcome()).isEqualTo("أهلاً وسهلاً");
  }
}
