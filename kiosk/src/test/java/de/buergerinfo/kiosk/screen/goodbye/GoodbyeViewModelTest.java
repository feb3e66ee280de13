package de.buergerinfo.kiosk.screen.goodbye;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.ui.ScreenId;
import org.junit.jupiter.api.Test;

class GoodbyeViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final GoodbyeViewModel viewModel = new GoodbyeViewModel(fixture.context);

  @Test
  void saysGoodbyeInTheLanguageOfTheVisitThatEndedThenForgetsIt() {
    viewModel.visitEnded(Language.ARABIC);

    assertThat(viewModel.messages().language()).isEqualTo(Language.ARABIC);
    assertThat(viewModel.rightToLeft()).isTrue();
    assertThat(viewModel.messages().text("goodbye.privacy")).isEqualTo("تم حذف كل ما أدخلته.");

    viewModel.forget();

    assertThat(viewModel.messages().language()).isEqualTo(Language.GERMAN);
  }

  @Test
  void returnsToTheAttractScreenAfterAFewSeconds() {
    viewModel.done();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.ATTRACT);
    assertThat(GoodbyeViewModel.SHOWN_FOR.toSeconds()).isEqualTo(5);
  }
}
