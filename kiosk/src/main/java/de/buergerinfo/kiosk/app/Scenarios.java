package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/** Every picture {@code --snapshot} takes and the screen gallery test checks. */
final class Scenarios {

  private Scenarios() {}

  /** A word per language that finds services in the demo catalogue (checked by a test). */
  static final Map<Language, String> RESULTS_QUERIES =
      Map.of(
          Language.GERMAN, "Personalausweis",
          Language.GERMAN_EASY, "Ausweis",
          Language.ENGLISH, "passport",
          Language.TURKISH, "kimlik",
          Language.ARABIC, "جواز السفر",
          Language.RUSSIAN, "паспорт",
          Language.UKRAINIAN, "паспорт",
          Language.POLISH, "dowód osobisty",
          Language.PERSIAN, "گذرنامه");

  /**
   * A misspelt word per language that finds nothing but has a corrected spelling to offer (checked
   * by a test); where no local typo does, a German one (search also reads German).
   */
  static final Map<Language, String> MISSPELT_QUERIES =
      Map.of(
          Language.GERMAN, "Fahzeuk",
          Language.GERMAN_EASY, "Fahzeuk",
          Language.ENGLISH, "pasprt",
          Language.TURKISH, "Fahzeuk",
          Language.ARABIC, "Fahzeuk",
          Language.RUSSIAN, "Fahzeuk",
          Language.UKRAINIAN, "Fahzeuk",
          Language.POLISH, "paszprt",
          Language.PERSIAN, "گواهنمه");

  /** A code on a letter that is not a service of this terminal's catalogue. */
  static final String FOREIGN_CODE = "https://example.org/gewinnspiel";

  static List<Scenario> all() {
    return List.of(
        Scenario.of(ScreenId.ATTRACT).withStyleVariants(),
        Scenario.of(ScreenId.LANGUAGE_CHOICE),
        Scenario.of(ScreenId.HOME).withStyleVariants(),
        Scenario.of(ScreenId.HOME)
            .named("home-scan-unknown")
            .after(
                ui -> {
                  ui.context()
                      .terminal()
                      .events()
                      .accept(new DeviceEvent.CodeScanned(Instant.EPOCH, FOREIGN_CODE, "scanner"));
                  FxWait.until(() -> visible(ui, ".scan-notice"), 5_000);
                }),
        Scenario.of(ScreenId.RESULTS)
            .before(ui -> typed(ui, RESULTS_QUERIES))
            .after(Scenarios::waitForResults)
            .withStyleVariants(),
        Scenario.of(ScreenId.RESULTS)
            .named("results-none")
            .before(ui -> typed(ui, MISSPELT_QUERIES))
            .after(Scenarios::waitForResults));
  }

  private static void typed(KioskUi ui, Map<Language, String> queries) {
    ui.session().searchText().set(queries.get(ui.session().language().get()));
  }

  /** Results arrive from the search thread; the picture shows them, not the moment before. */
  private static void waitForResults(KioskUi ui) {
    FxWait.until(
        () -> {
          // The list sits inside a scroll pane's skin, which exists only once CSS has been applied.
          ui.frame().applyCss();
          Node list = ui.frame().lookup(".results-list");
          return list instanceof Pane pane && !pane.getChildren().isEmpty();
        },
        10_000);
    ui.frame().applyCss();
    ui.frame().layout();
  }

  private static boolean visible(KioskUi ui, String selector) {
    ui.frame().applyCss();
    Node node = ui.frame().lookup(selector);
    return node != null && node.isVisible();
  }
}
