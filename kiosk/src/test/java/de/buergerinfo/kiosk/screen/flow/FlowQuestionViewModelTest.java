package de.buergerinfo.kiosk.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.RecordingNavigation;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.screen.flow.FlowQuestionViewModel.Question;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowQuestionViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final FlowQuestionViewModel viewModel = new FlowQuestionViewModel(fixture.context);

  private void startMoving() {
    fixture.session.flow().set(Optional.of(FlowProgress.start("umzug-nach-bremen")));
  }

  private Question asked() {
    return viewModel.question().orElseThrow();
  }

  private void answer(String answerId) {
    viewModel.choose(asked().questionId(), answerId);
  }

  @Test
  void theFirstQuestionComesWithTheFlowsTitleIntroAndAnswers() {
    startMoving();

    Question first = asked();

    assertThat(first.flowTitle()).isEqualTo("Umzug nach Bremen oder in Bremen");
    assertThat(first.intro()).startsWith("Beantworten Sie ein paar kurze Fragen");
    assertThat(first.question()).isEqualTo("Woher ziehen Sie um?");
    assertThat(first.help()).contains("Ankunft aus dem Ausland");
    assertThat(first.choices())
        .extracting(FlowQuestionViewModel.Choice::label)
        .containsExactly("Aus einem anderen Ort in Deutschland", "Innerhalb von Bremen");
    assertThat(first.fallbackNote()).isEmpty();
  }

  /**
   * The total is the questions answered plus the longest way on from the current question: six at
   * the start (with a car and a parking permit), five once "no car" skips the parking question.
   */
  @Test
  void progressCountsAnsweredQuestionsAndTheLongestWayOn() {
    startMoving();
    assertThat(asked().number()).isEqualTo(1);
    assertThat(asked().total()).isEqualTo(6);
    assertThat(asked().progress()).isEqualTo("Frage 1 von 6");

    answer("anderer-ort");
    assertThat(asked().progress()).isEqualTo("Frage 2 von 6");
    assertThat(asked().intro()).as("the intro belongs to the first question").isEmpty();
    answer("deutsch");
    answer("ja");
    assertThat(asked().questionId()).isEqualTo("fahrzeug");
    assertThat(asked().progress()).isEqualTo("Frage 4 von 6");

    answer("nein");
    assertThat(asked().questionId()).isEqualTo("hund");
    assertThat(asked().number()).isEqualTo(5);
    assertThat(asked().total()).isEqualTo(5);
  }

  @Test
  void everyStepOfTheMovingFlowLeadsToTheChecklist() {
    startMoving();
    for (String[] step :
        new String[][] {
          {"umzug-von", "innerhalb-bremen"},
          {"staatsangehoerigkeit", "andere"},
          {"volljaehrig", "ja"},
          {"fahrzeug", "ja"},
          {"bewohnerparken", "nein"},
          {"hund-mit-fahrzeug", "ja"}
        }) {
      assertThat(asked().questionId()).isEqualTo(step[0]);
      assertThat(fixture.navigation.shown()).isEmpty();
      answer(step[1]);
    }

    assertThat(viewModel.question()).as("nothing more to ask").isEmpty();
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.CHECKLIST);
    assertThat(fixture.session.flow().get().orElseThrow().answers().answers())
        .containsEntry("hund-mit-fahrzeug", "ja")
        .hasSize(6);
  }

  @Test
  void backReturnsToThePreviousQuestionAndTakesItsAnswerBack() {
    startMoving();
    answer("anderer-ort");
    answer("eu");

    viewModel.back();

    assertThat(asked().questionId()).isEqualTo("staatsangehoerigkeit");
    assertThat(asked().progress()).isEqualTo("Frage 2 von 6");
    assertThat(fixture.session.flow().get().orElseThrow().answers().answers())
        .containsOnlyKeys("umzug-von");
    assertThat(fixture.navigation.backs()).isZero();
  }

  @Test
  void backFromTheFirstQuestionLeavesTheFlow() {
    startMoving();

    viewModel.back();

    assertThat(fixture.navigation.backs()).isEqualTo(1);
    assertThat(fixture.session.flow().get()).isEmpty();
  }

  @Test
  void aFlowTheCatalogueDoesNotKnowGoesHomeWithoutACrash() {
    fixture.session.flow().set(Optional.of(FlowProgress.start("gibt-es-nicht")));

    assertThat(viewModel.question()).isEmpty();
    viewModel.recover();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HOME);
    assertThat(fixture.session.flow().get()).isEmpty();
  }

  @Test
  void answeringAStaleFlowGoesHome() {
    fixture.session.flow().set(Optional.of(FlowProgress.start("gibt-es-nicht")));

    viewModel.choose("umzug-von", "anderer-ort");
    viewModel.back();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HOME, ScreenId.HOME);
  }

  @Test
  void aFinishedFlowShownAgainGoesToItsChecklist() {
    fixture
        .session
        .flow()
        .set(
            Optional.of(
                FlowProgress.start("umzug-nach-bremen")
                    .answer("umzug-von", "anderer-ort")
                    .answer("staatsangehoerigkeit", "deutsch")
                    .answer("volljaehrig", "ja")
                    .answer("fahrzeug", "nein")
                    .answer("hund", "nein")));

    viewModel.recover();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.CHECKLIST);
  }

  @Test
  void whileTheTerminalStartsThereIsNothingToAskAndNoCrash() {
    KioskSession session = new KioskSession(Language.GERMAN, fixture.terminal.clock());
    RecordingNavigation navigation = new RecordingNavigation();
    ScreenContext starting =
        new ScreenContext(
            fixture.profile,
            session,
            MessageCatalog.load(),
            navigation,
            new Terminal(fixture.terminal.clock()));
    session.flow().set(Optional.of(FlowProgress.start("umzug-nach-bremen")));
    FlowQuestionViewModel early = new FlowQuestionViewModel(starting);

    assertThat(early.question()).isEmpty();
    early.recover();
    assertThat(navigation.shown()).containsExactly(ScreenId.HOME);
  }

  @Test
  void theProgressLineIsWrittenInTheCitizensLanguageWithLatinDigits() {
    startMoving();
    answer("anderer-ort");

    fixture.session.language().set(Language.ARABIC);
    assertThat(asked().progress()).isEqualTo("السؤال 2 من 6");
    fixture.session.language().set(Language.PERSIAN);
    assertThat(asked().progress()).isEqualTo("پرسش 2 از 6");
    fixture.session.language().set(Language.RUSSIAN);
    assertThat(asked().progress()).isEqualTo("Вопрос 2 из 6");
  }
}
