package de.buergerinfo.kiosk.screen.attract;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttractViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final AttractViewModel viewModel = new AttractViewModel(fixture.context);

  @Test
  void welcomeCyclesThroughEveryLanguageAndStartsOver() {
    viewModel.reset();
    List<Language> seen = new ArrayList<>();
    for (int i = 0; i < Language.values().length + 1; i++) {
      seen.add(viewModel.shownLanguage().get());
      viewModel.showNextLanguage();
    }

    assertThat(seen.subList(0, Language.values().length)).containsExactly(Language.values());
    assertThat(seen.getLast()).isEqualTo(Language.GERMAN);
  }

  @Test
  void shownMessagesFollowTheShownLanguage() {
    viewModel.showNextLanguage();
    viewModel.showNextLanguage();

    assertThat(viewModel.shownMessages().language()).isEqualTo(Language.ENGLISH);
    assertThat(viewModel.shownMessages().text("attract.welcome")).isEqualTo("Welcome");
  }

  @Test
  void startBeginsASessionAndAsksForTheLanguage() {
    viewModel.start();

    assertThat(fixture.session.active().get()).isTrue();
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.LANGUAGE_CHOICE);
  }
}
