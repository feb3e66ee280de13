package de.buergerinfo.kiosk.screen.flow;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.ChecklistItem;
import de.buergerinfo.content.catalog.PersonalChecklist;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.screen.flow.ChecklistViewModel.Item;
import de.buergerinfo.kiosk.screen.flow.ChecklistViewModel.Page;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecklistViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final ChecklistViewModel viewModel = new ChecklistViewModel(fixture.context);
  private final Catalog catalog = ViewModelFixture.DEMO_CONTENT.current().catalog();

  /** Moved within Bremen, not an EU citizen, under 18, no car, with a dog. */
  private final FlowProgress finished =
      FlowProgress.start("umzug-nach-bremen")
          .answer("umzug-von", "innerhalb-bremen")
          .answer("staatsangehoerigkeit", "andere")
          .answer("volljaehrig", "nein")
          .answer("fahrzeug", "nein")
          .answer("hund", "ja");

  private Page page() {
    fixture.session.flow().set(Optional.of(finished));
    return viewModel.page().orElseThrow();
  }

  @Test
  void showsTheCataloguesPersonalChecklistForTheAnswers() {
    Page page = page();

    PersonalChecklist expected =
        catalog
            .checklistFor(catalog.flow("umzug-nach-bremen").orElseThrow(), finished.answers())
            .orElseThrow();
    assertThat(page.services())
        .extracting(Service::id)
        .containsExactly("wohnsitz-anmeldung", "hundesteuer");
    assertThat(page.items())
        .extracting(Item::text)
        .containsExactlyElementsOf(
            expected.items().stream()
                .map(i -> i.text().in(Language.GERMAN).orElseThrow())
                .toList());
    assertThat(page.flowTitle()).isEqualTo("Umzug nach Bremen oder in Bremen");
  }

  @Test
  void itemsFollowTheAnswersAndAppearOnceEach() {
    Page page = page();

    assertThat(page.items()).extracting(Item::text).doesNotHaveDuplicates();
    assertThat(page.items())
        .extracting(Item::text)
        .as("within Bremen: tell the dog tax office, no new registration of the dog")
        .contains(germanText("umzug-hund-neue-adresse"))
        .doesNotContain(germanText("umzug-hund-anmelden"))
        .as("a service's own documents that apply: residence permit, parents' consent")
        .contains(germanText("aufenthaltstitel-wohnsitz-anmeldung"))
        .contains(germanText("zustimmung-sorgeberechtigte"))
        .as("the landlord's confirmation is both a flow item and a document: once")
        .containsOnlyOnce(germanText("wohnungsgeberbestaetigung"));
    assertThat(page.items())
        .extracting(Item::number)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, page.items().size()).boxed().toList());
    assertThat(page.itemsHeading())
        .isEqualTo("Was Sie tun und mitbringen: " + page.items().size() + " Punkte");
    assertThat(page.servicesHeading()).isEqualTo("Diese 2 Dienstleistungen beantragen Sie");
  }

  private String germanText(String itemId) {
    return java.util.stream.Stream.concat(
            catalog.services().stream().flatMap(s -> s.documents().stream()),
            catalog.flows().stream()
                .flatMap(f -> f.questions().stream())
                .flatMap(q -> q.answers().stream())
                .filter(a -> a.next() instanceof de.buergerinfo.content.catalog.FlowStep.Finish)
                .flatMap(
                    a ->
                        ((de.buergerinfo.content.catalog.FlowStep.Finish) a.next())
                            .items().stream()))
        .filter(i -> i.id().equals(itemId))
        .map(ChecklistItem::text)
        .findFirst()
        .orElseThrow()
        .in(Language.GERMAN)
        .orElseThrow();
  }

  @Test
  void takeThisWithMeHandsTheFlowAndAnswersToTheTakeAwayScreen() {
    page();

    viewModel.takeAway();

    assertThat(fixture.session.takeAway().get())
        .contains(new TakeAway.FlowChecklist("umzug-nach-bremen", finished.answers()));
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.TAKE_AWAY);
  }

  @Test
  void changeAnswersGoesBackToTheLastQuestionWithItsAnswerTakenBack() {
    page();

    viewModel.changeAnswers();

    assertThat(fixture.navigation.backs()).isEqualTo(1);
    assertThat(new FlowQuestionViewModel(fixture.context).question().orElseThrow().questionId())
        .isEqualTo("hund");
    assertThat(fixture.session.flow().get().orElseThrow().answers().answers())
        .doesNotContainKey("hund");
  }

  @Test
  void aServiceOpensItsDetails() {
    page();

    viewModel.openService("hundesteuer");

    assertThat(fixture.session.service().get()).contains("hundesteuer");
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.SERVICE_DETAIL);
  }

  @Test
  void anUnfinishedOrUnknownFlowHasNoChecklistAndGoesHome() {
    fixture.session.flow().set(Optional.of(FlowProgress.start("umzug-nach-bremen")));
    assertThat(viewModel.page()).isEmpty();
    fixture.session.flow().set(Optional.of(FlowProgress.start("gibt-es-nicht")));
    assertThat(viewModel.page()).isEmpty();
    fixture.session.flow().set(Optional.empty());
    assertThat(viewModel.page()).isEmpty();

    viewModel.recover();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HOME);
  }

  @Test
  void headingsFollowEachLanguagesPluralRules() {
    fixture.session.language().set(Language.RUSSIAN);
    Page page = page();

    assertThat(page.servicesHeading()).isEqualTo("2 услуги, которые нужно оформить");
    assertThat(page.itemsHeading()).matches("Что сделать и взять с собой: \\d+ пункт(а|ов)?");
  }
}
