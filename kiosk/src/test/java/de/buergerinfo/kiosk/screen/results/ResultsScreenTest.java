package de.buergerinfo.kiosk.screen.results;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.kiosk.app.KioskUi;
import de.buergerinfo.kiosk.screen.UiInScene;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.ReachableText;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.Touches;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.ServiceButton;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home and results screens in a scene: typing with the on-screen keyboard, scanning, wiping.
 */
@ExtendWith(JavaFxExtension.class)
class ResultsScreenTest {

  private final Terminal terminal = ViewModelFixture.demoTerminal(new SimulatedGpio(e -> {}));

  private KioskUi open(Language language) {
    return Fx.call(
        () -> {
          KioskUi ui = UiInScene.open(terminal, language);
          standIn(ui, ScreenId.SERVICE_DETAIL);
          ui.navigator().show(ScreenId.HOME);
          ui.frame().applyCss();
          ui.frame().layout();
          return ui;
        });
  }

  /** A blank screen where another screen of the journey is not built on this branch yet. */
  private static void standIn(KioskUi ui, ScreenId id) {
    try {
      ui.navigator().screen(id);
    } catch (IllegalArgumentException notRegistered) {
      javafx.scene.layout.Pane blank = new javafx.scene.layout.Pane();
      ui.navigator()
          .register(
              new de.buergerinfo.kiosk.ui.Screen() {
                @Override
                public ScreenId id() {
                  return id;
                }

                @Override
                public javafx.scene.Parent root() {
                  return blank;
                }

                @Override
                public void activate() {}

                @Override
                public void deactivate() {}
              });
    }
  }

  /** Presses the on-screen key that types {@code letter}. */
  private static void press(KioskUi ui, String letter) {
    Fx.run(
        () -> {
          ui.frame().applyCss();
          Button key =
              ui.frame().lookupAll(".key").stream()
                  .map(Button.class::cast)
                  .filter(b -> b.getText().equals(letter))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no key " + letter));
          key.fire();
        });
  }

  private static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    T last = Fx.call(value::get);
    while (!done.test(last) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = Fx.call(value::get);
    }
    return last;
  }

  private static List<String> resultIds(KioskUi ui) {
    ui.frame().applyCss();
    return ui.frame().lookupAll(".service-button").stream()
        .map(node -> ((ServiceButton) node).service().id())
        .toList();
  }

  @Test
  void touchingTheHomeSearchFieldOpensTheResultsScreenWhereTheKeyboardTypesAndResultsFollow() {
    KioskUi ui = open(Language.GERMAN);
    Fx.run(
        () -> {
          TextField home = (TextField) SceneInspection.find(ui.frame(), "#home-search");
          Bounds box = home.localToScene(home.getLayoutBounds());
          javafx.event.Event.fireEvent(home, Touches.press(box.getCenterX(), box.getCenterY()));
        });
    assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.RESULTS);

    for (String letter : List.of("w", "o", "h", "n")) {
      press(ui, letter);
    }
    List<String> afterFour = eventually(() -> resultIds(ui), ids -> ids.contains("wohngeld"));
    assertThat(Fx.call(() -> ui.session().searchText().get())).isEqualTo("wohn");
    assertThat(afterFour).contains("wohngeld");

    for (String letter : List.of("g", "e", "l", "d")) {
      press(ui, letter);
    }
    // Each keystroke's results arrive in turn; the list and its count line belong to one of them
    // at any moment, so wait until they show the last query's (the count matches the list).
    record Shown(List<String> ids, String count) {}
    Shown shown =
        eventually(
            () ->
                new Shown(
                    resultIds(ui),
                    ((de.buergerinfo.kiosk.ui.Paragraph) ui.frame().lookup(".results-status"))
                        .getText()),
            now ->
                !now.ids().isEmpty()
                    && now.ids().getFirst().equals("wohngeld")
                    && now.count().equals(now.ids().size() + " Dienstleistungen gefunden"));
    List<String> typed = shown.ids();
    assertThat(typed).startsWith("wohngeld");
    assertThat(shown.count()).isEqualTo(typed.size() + " Dienstleistungen gefunden");

    Fx.run(
        () -> {
          ui.frame().applyCss();
          ((ServiceButton) ui.frame().lookup(".service-button")).fire();
        });
    assertThat(Fx.call(() -> ui.session().service().get())).contains("wohngeld");
    assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.SERVICE_DETAIL);
  }

  @Test
  void theKeyboardSpeaksTheCitizensLanguage() {
    KioskUi ui = open(Language.RUSSIAN);
    Fx.run(() -> ui.navigator().show(ScreenId.RESULTS));
    for (String letter : List.of("п", "а", "с", "п", "о", "р", "т")) {
      press(ui, letter);
    }

    assertThat(eventually(() -> resultIds(ui), ids -> ids.contains("reisepass")))
        .contains("reisepass");
  }

  @Test
  void aForeignCodeScannedAtHomeShowsTheNoticeUntilDismissed() {
    KioskUi ui = open(Language.ARABIC);
    terminal
        .events()
        .accept(
            new DeviceEvent.CodeScanned(
                Instant.EPOCH, "https://example.org/gewinnspiel", "scanner"));

    Node notice =
        eventually(
            () -> {
              ui.frame().applyCss();
              return ui.frame().lookup(".scan-notice");
            },
            n -> n != null && n.isVisible());
    assertThat(notice.isVisible()).isTrue();
    assertThat(Fx.call(() -> ui.navigator().current().get())).isEqualTo(ScreenId.HOME);
    String text =
        Fx.call(
            () ->
                ((de.buergerinfo.kiosk.ui.Paragraph) ui.frame().lookup(".scan-notice-text"))
                    .getText());
    assertThat(text).startsWith("هذا الرمز ليس");

    Fx.run(() -> ((Button) ui.frame().lookup("#scan-notice-close")).fire());
    assertThat(Fx.call(notice::isVisible)).isFalse();
  }

  @Test
  void aServiceCodeScannedOnTheResultsScreenOpensTheService() {
    KioskUi ui = open(Language.GERMAN);
    // Listeners of the whole UI (the help button) stay; the screen's own must go with it.
    Fx.run(() -> ui.navigator().show(ScreenId.HELP));
    int wholeUi = terminal.events().listenerCount();
    Fx.run(() -> ui.navigator().show(ScreenId.RESULTS));
    terminal
        .events()
        .accept(new DeviceEvent.CodeScanned(Instant.EPOCH, "99085001012000", "scanner"));

    ScreenId shown =
        eventually(() -> ui.navigator().current().get(), s -> s == ScreenId.SERVICE_DETAIL);
    assertThat(shown).isEqualTo(ScreenId.SERVICE_DETAIL);
    assertThat(Fx.call(() -> ui.session().service().get())).contains("reisepass");
    assertThat(terminal.events().listenerCount())
        .as("the results screen unsubscribed")
        .isEqualTo(wholeUi);
  }

  @Test
  void aServiceStillFoundKeepsItsTileAndANewLanguageGetsNewTiles() {
    KioskUi ui = open(Language.GERMAN);
    Fx.run(() -> ui.navigator().show(ScreenId.RESULTS));
    for (String letter : List.of("r", "e", "i", "s", "e")) {
      press(ui, letter);
    }
    List<String> forReise = found("reise");
    List<String> forReisepass = found("reisepass");
    assertThat(forReisepass).as("the list changes between the two").isNotEqualTo(forReise);
    assertThat(eventually(() -> resultIds(ui), forReise::equals)).isEqualTo(forReise);
    ServiceButton before = Fx.call(() -> passTile(ui));
    ResultsView view = (ResultsView) Fx.call(() -> ui.navigator().screen(ScreenId.RESULTS));
    long answers = Fx.call(() -> view.shownAnswers().get());
    for (String letter : List.of("p", "a", "s", "s")) {
      press(ui, letter);
    }
    assertThat(eventually(() -> resultIds(ui), forReisepass::equals)).isEqualTo(forReisepass);

    assertThat(Fx.call(() -> passTile(ui))).as("the same node, not built again").isSameAs(before);
    assertThat(Fx.call(() -> view.shownAnswers().get())).isGreaterThan(answers);

    Fx.run(() -> ui.session().language().set(Language.ENGLISH));
    ServiceButton english = Fx.call(() -> passTile(ui));
    assertThat(english).isNotSameAs(before);
    assertThat(english.getText()).isNotEqualTo(before.getText());
  }

  /** The services the results screen lists for {@code query} in German, straight from search. */
  private List<String> found(String query) {
    return terminal
        .content()
        .orElseThrow()
        .index()
        .search(
            new de.buergerinfo.content.search.SearchRequest(
                query, Language.GERMAN, ResultsViewModel.MAX_RESULTS, false))
        .stream()
        .map(de.buergerinfo.content.search.SearchHit::serviceId)
        .toList();
  }

  private static ServiceButton passTile(KioskUi ui) {
    ui.frame().applyCss();
    return ui.frame().lookupAll(".service-button").stream()
        .map(ServiceButton.class::cast)
        .filter(button -> button.service().id().equals("reisepass"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void whatWasTypedIsReachableFromNowhereOnceTheSessionEnds() {
    String secret = "Mustermann";
    KioskUi ui = open(Language.GERMAN);
    Fx.run(() -> ui.navigator().show(ScreenId.RESULTS));
    for (String letter : List.of("m", "u", "s", "t", "e", "r", "m", "a", "n", "n")) {
      press(ui, letter);
    }
    eventually(
        () -> ui.frame().lookup(".results-list") != null && resultIds(ui).isEmpty(), ok -> ok);
    Fx.run(() -> ui.navigator().show(ScreenId.HOME));
    assertThat(Fx.call(() -> ReachableText.find("ustermann", ui.frame().getScene(), ui)))
        .as("the check finds what is there")
        .isNotEmpty();

    Fx.run(
        () -> {
          ui.session().end(SessionEndReason.FINISHED);
          ui.navigator().show(ScreenId.ATTRACT);
        });
    Fx.waitForIdle();

    assertThat(Fx.call(() -> ReachableText.find("ustermann", ui.frame().getScene(), ui))).isEmpty();
  }
}
