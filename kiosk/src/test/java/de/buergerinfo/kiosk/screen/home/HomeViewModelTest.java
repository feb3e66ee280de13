package de.buergerinfo.kiosk.screen.home;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.ui.ScreenId;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final HomeViewModel viewModel = new HomeViewModel(fixture.context);

  @Test
  void searchTextAndLargeTextBelongToTheSession() {
    viewModel.searchText().set("Personalausweis");
    viewModel.largeText().set(true);

    assertThat(fixture.session.searchText().get()).isEqualTo("Personalausweis");
    assertThat(fixture.session.largeText().get()).isTrue();
  }

  @Test
  void languageButtonGoesToTheLanguageChoice() {
    viewModel.chooseLanguage();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.LANGUAGE_CHOICE);
  }

  @Test
  void finishForgetsTheSearchAndReturnsToTheAttractScreen() {
    fixture.session.begin();
    viewModel.searchText().set("Personalausweis verloren");

    viewModel.finish();

    assertThat(viewModel.searchText().get()).isEmpty();
    assertThat(fixture.session.active().get()).isFalse();
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.GOODBYE);
  }
}
