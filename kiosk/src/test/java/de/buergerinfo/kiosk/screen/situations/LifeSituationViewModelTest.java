package de.buergerinfo.kiosk.screen.situations;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.RecordingNavigation;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.screen.situations.LifeSituationViewModel.FlowTile;
import de.buergerinfo.kiosk.screen.situations.LifeSituationViewModel.Page;
import de.buergerinfo.kiosk.screen.situations.LifeSituationsViewModel.Tile;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.text.Collator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifeSituationViewModelTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final Catalog catalog = ViewModelFixture.DEMO_CONTENT.current().catalog();
  private final LifeSituationsViewModel all = new LifeSituationsViewModel(fixture.context);
  private final LifeSituationViewModel one = new LifeSituationViewModel(fixture.context);

  @Test
  void everyLifeSituationIsATileInAlphabeticalOrderOfTheCitizensLanguage() {
    fixture.session.language().set(Language.RUSSIAN);

    var tiles = all.tiles();

    assertThat(tiles).hasSize(catalog.lifeSituations().size());
    assertThat(tiles)
        .extracting(Tile::name)
        .isSortedAccordingTo(Collator.getInstance(Language.RUSSIAN.locale()))
        .contains("Переезд и жильё");
    assertThat(tiles).allSatisfy(t -> assertThat(t.description()).isNotBlank());
    assertThat(all.isLoading()).isFalse();
  }

  @Test
  void aTileOpensItsLifeSituation() {
    all.open("umzug");

    assertThat(fixture.session.lifeSituation().get()).contains("umzug");
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.LIFE_SITUATION);
  }

  @Test
  void whileTheTerminalStartsTheListIsEmptyAndSaysSo() {
    KioskSession session = new KioskSession(Language.GERMAN, fixture.terminal.clock());
    ScreenContext starting =
        new ScreenContext(
            fixture.profile,
            session,
            MessageCatalog.load(),
            new RecordingNavigation(),
            new Terminal(fixture.terminal.clock()));
    LifeSituationsViewModel early = new LifeSituationsViewModel(starting);
    session.lifeSituation().set(Optional.of("umzug"));

    assertThat(early.isLoading()).isTrue();
    assertThat(early.tiles()).isEmpty();
    assertThat(new LifeSituationViewModel(starting).page()).isEmpty();
  }

  @Test
  void aLifeSituationShowsItsGuidedFlowsAndItsServices() {
    fixture.session.lifeSituation().set(Optional.of("umzug"));

    Page page = one.page().orElseThrow();

    assertThat(page.title()).isEqualTo("Umzug und Wohnen");
    assertThat(page.description()).startsWith("Sie ziehen nach Bremen");
    assertThat(page.flows())
        .extracting(FlowTile::id, FlowTile::label)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "umzug-nach-bremen",
                "Hilfe Schritt für Schritt: Umzug nach Bremen oder in Bremen"));
    var expected = catalog.servicesOf(catalog.lifeSituation("umzug").orElseThrow());
    assertThat(page.flows())
        .extracting(FlowTile::id)
        .containsExactlyInAnyOrderElementsOf(
            catalog.flows().stream()
                .filter(f -> f.lifeSituationIds().contains("umzug"))
                .map(f -> f.id())
                .toList());
    assertThat(page.services()).isEqualTo(expected).isNotEmpty();
    assertThat(page.services()).allSatisfy(s -> assertThat(s.lifeSituationIds()).contains("umzug"));
    assertThat(page.servicesLine())
        .isEqualTo(expected.size() + " Dienstleistungen zu diesem Thema");
  }

  @Test
  void theGuidedFlowStartsAtItsFirstQuestion() {
    fixture.session.lifeSituation().set(Optional.of("umzug"));

    one.startFlow("umzug-nach-bremen");

    assertThat(fixture.session.flow().get()).contains(FlowProgress.start("umzug-nach-bremen"));
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.FLOW_QUESTION);
  }

  @Test
  void aServiceOpensItsDetails() {
    one.openService("wohnsitz-anmeldung");

    assertThat(fixture.session.service().get()).contains("wohnsitz-anmeldung");
    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.SERVICE_DETAIL);
  }

  @Test
  void aLifeSituationTheCatalogueNoLongerHasGoesHome() {
    fixture.session.lifeSituation().set(Optional.of("gibt-es-nicht"));

    assertThat(one.page()).isEmpty();
    one.leave();

    assertThat(fixture.navigation.shown()).containsExactly(ScreenId.HOME);
    assertThat(fixture.session.lifeSituation().get()).isEmpty();
  }

  @Test
  void theCountLineFollowsEachLanguagesPluralRules() {
    var messages = MessageCatalog.load();
    assertThat(messages.messages(Language.RUSSIAN).format("situation.services.count", "count", 1))
        .isEqualTo("1 услуга по этой теме");
    assertThat(messages.messages(Language.RUSSIAN).format("situation.services.count", "count", 3))
        .isEqualTo("3 услуги по этой теме");
    assertThat(messages.messages(Language.RUSSIAN).format("situation.services.count", "count", 5))
        .isEqualTo("5 услуг по этой теме");
    assertThat(messages.messages(Language.POLISH).format("situation.services.count", "count", 22))
        .isEqualTo("22 usługi w tym temacie");
    assertThat(messages.messages(Language.ARABIC).format("situation.services.count", "count", 2))
        .isEqualTo("خدمتان لهذا الموضوع");
    assertThat(messages.messages(Language.ARABIC).format("situation.services.count", "count", 11))
        .isEqualTo("11 خدمة لهذا الموضوع");
    assertThat(messages.messages(Language.GERMAN).format("situation.services.count", "count", 0))
        .isEqualTo("Zu diesem Thema gibt es noch keine Dienstleistungen.");
  }
}
