package de.buergerinfo.kiosk.screen.situations;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.kiosk.app.KioskUi;
import de.buergerinfo.kiosk.screen.UiInScene;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.ui.ScreenId;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The life-situation tiles in a scene: kept between visits, built anew for another language. */
@ExtendWith(JavaFxExtension.class)
class LifeSituationsViewTest {

  private final Terminal terminal = ViewModelFixture.demoTerminal(new SimulatedGpio(e -> {}));

  @Test
  void theTilesAreKeptWhenShownAgainAndBuiltAnewInAnotherLanguage() {
    KioskUi ui =
        Fx.call(
            () -> {
              KioskUi created = UiInScene.open(terminal, Language.GERMAN);
              created.navigator().show(ScreenId.LIFE_SITUATIONS);
              return created;
            });
    Button first = Fx.call(() -> firstTile(ui));

    Fx.run(
        () -> {
          ui.navigator().show(ScreenId.HOME);
          ui.navigator().show(ScreenId.LIFE_SITUATIONS);
        });
    assertThat(Fx.call(() -> firstTile(ui))).as("kept, not built again").isSameAs(first);

    Fx.run(() -> ui.session().language().set(Language.ENGLISH));
    Button english = Fx.call(() -> firstTile(ui));
    assertThat(english).isNotSameAs(first);
    assertThat(english.getText()).isNotEqualTo(first.getText());
  }

  private static Button firstTile(KioskUi ui) {
    ui.frame().applyCss();
    ui.frame().layout();
    return (Button) ui.frame().lookup(".situation-tile");
  }
}
