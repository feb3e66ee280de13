package de.buergerinfo.kiosk.screen.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageChoiceViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final LanguageChoiceViewModel viewModel = new LanguageChoiceViewModel(fixture.context);

  @Test
  void choosingALanguageSwitchesTheSessionAndGoesHome() {
    viewModel.choose(Language.TURKISH);

    assertThat(fixture.session.language().get()).isEqualTo(Language.TURKISH);
    assertThat(viewModel.current()).isEqualTo(Language.TURKISH);
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HOME);
  }

  @Test
  void offersTheTerminalsLanguagesOnly() {
    TerminalProfile defaults = TerminalProfile.embeddedDefault();
    TerminalProfile twoLanguages =
        new TerminalProfile(
            "zb-01",
            "Zentralbibliothek",
            defaults.centralServer(),
            List.of(),
            List.of(Language.GERMAN, Language.ARABIC),
            Language.GERMAN,
            defaults.orientation(),
            defaults.idleTimeout(),
            defaults.contentPollInterval(),
            defaults.devices());
    var context =
        new ScreenContext(
            twoLanguages,
            new KioskSession(Language.GERMAN, Clock.systemUTC()),
            MessageCatalog.load(),
            fixture.navigation,
            fixture.terminal);
    var limited = new LanguageChoiceViewModel(context);

    assertThat(limited.languages()).containsExactly(Language.GERMAN, Language.ARABIC);
    assertThatThrownBy(() -> limited.choose(Language.POLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void finishEndsTheSessionAndReturnsToTheAttractScreen() {
    fixture.session.begin();
    viewModel.choose(Language.ARABIC);

    viewModel.finish();

    assertThat(fixture.session.active().get()).isFalse();
    assertThat(fixture.session.language().get()).isEqualTo(Language.GERMAN);
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HOME, ScreenId.GOODBYE);
  }
}
