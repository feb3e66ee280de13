package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.devices.printer.TicketPrinter;
import de.buergerinfo.kiosk.screen.detail.ServiceDetailView;
import de.buergerinfo.kiosk.screen.takeaway.TakeAwayView;
import de.buergerinfo.kiosk.screen.takeaway.TakeAwayViewModel.PrintState;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/** Every picture {@code --snapshot} takes and the screen gallery test checks. */
final class Scenarios {

  private Scenarios() {}

  /** The attract screen at the picture time shows the demo notices in force that day. */
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
        Scenario.of(ScreenId.HELP).withStyleVariants(),
        Scenario.of(ScreenId.HELP).named("help-cancelled").after(ui -> ui.helpRequests().cancel()),
        // The goodbye follows a visit's end: the session is wiped, its language still spoken.
        Scenario.of(ScreenId.GOODBYE).before(ui -> ui.session().end(SessionEndReason.FINISHED)),
        Scenario.of(ScreenId.HOME)
            .named("idle-warning")
            .after(ui -> ui.idle().warnNow())
            .withStyleVariants(),
        Scenario.of(ScreenId.LIFE_SITUATIONS),
        Scenario.of(ScreenId.LIFE_SITUATION)
            .before(ui -> ui.session().lifeSituation().set(Optional.of("umzug"))),
        Scenario.of(ScreenId.FLOW_QUESTION)
            .before(
                ui ->
                    ui.session()
                        .flow()
                        .set(
                            Optional.of(
                                FlowProgress.start("umzug-nach-bremen")
                                    .answer("umzug-von", "anderer-ort"))))
            .withStyleVariants(),
        Scenario.of(ScreenId.CHECKLIST)
            .before(ui -> ui.session().flow().set(Optional.of(movingFlow())))
            .withStyleVariants(),
        // Personalausweis: four offices, one closed all week for a staff meeting (an announcement).
        Scenario.of(ScreenId.SERVICE_DETAIL)
            .before(ui -> openService(ui, "personalausweis"))
            .withStyleVariants(),
        // Vehicle registration: its office switches systems (announcement), an online service.
        Scenario.of(ScreenId.SERVICE_DETAIL)
            .named("service-detail-closure")
            .before(ui -> openService(ui, "fahrzeug-zulassung"))
            .after(
                ui ->
                    ((ServiceDetailView) ui.navigator().screen(ScreenId.SERVICE_DETAIL))
                        .scrollToOffices()),
        Scenario.of(ScreenId.BOOKING).before(ui -> openService(ui, "personalausweis")),
        Scenario.of(ScreenId.TAKE_AWAY)
            .before(ui -> takeAway(ui, "personalausweis", new PrintResult.Printed()))
            .after(Scenarios::printAndWait),
        Scenario.of(ScreenId.TAKE_AWAY)
            .named("take-away-printer-problem")
            .before(
                ui -> takeAway(ui, "fahrzeug-zulassung", new PrintResult.NotPrinted("paper out")))
            .after(Scenarios::printAndWait)
            .withStyleVariants(),
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

  /**
   * "Moving to Bremen" answered to the end: from another town, German, adult, with a car and a
   * residents' parking permit, and a dog.
   */
  private static FlowProgress movingFlow() {
    return FlowProgress.start("umzug-nach-bremen")
        .answer("umzug-von", "anderer-ort")
        .answer("staatsangehoerigkeit", "deutsch")
        .answer("volljaehrig", "ja")
        .answer("fahrzeug", "ja")
        .answer("bewohnerparken", "ja")
        .answer("hund-mit-parkausweis", "ja");
  }

  private static void openService(KioskUi ui, String serviceId) {
    ui.session().service().set(Optional.of(serviceId));
  }

  private static void takeAway(KioskUi ui, String serviceId, PrintResult answer) {
    openService(ui, serviceId);
    ui.session().takeAway().set(Optional.of(new TakeAway.ServiceSheet(serviceId)));
    ui.context().terminal().usePrinter(new AnsweringPrinter(answer));
  }

  /**
   * Presses Print and waits for the answer on the FX thread, so the picture shows the state after
   * it. The print job runs on its own thread and reports back with {@code Platform.runLater}; a
   * nested event loop lets that report in while this (FX-thread) code waits for it.
   */
  private static void printAndWait(KioskUi ui) {
    TakeAwayView view = (TakeAwayView) ui.navigator().screen(ScreenId.TAKE_AWAY);
    Object loop = new Object();
    ChangeListener<PrintState> done =
        (property, before, now) -> {
          if (now == PrintState.PRINTED || now == PrintState.NOT_PRINTED) {
            Platform.exitNestedEventLoop(loop, null);
          }
        };
    PauseTransition timeout = new PauseTransition(Duration.seconds(10));
    timeout.setOnFinished(e -> Platform.exitNestedEventLoop(loop, null));
    view.printState().addListener(done);
    try {
      view.print();
      timeout.play();
      Platform.enterNestedEventLoop(loop);
    } finally {
      timeout.stop();
      view.printState().removeListener(done);
    }
    if (view.printState().get() == PrintState.PRINTING) {
      throw new IllegalStateException("the picture printer did not answer within 10 s");
    }
    // The answer changed the page's height, which may bring in the scroll bar and rewrap the
    // text: settle the layout before the picture is taken.
    for (int pass = 0; pass < 3; pass++) {
      ui.frame().applyCss();
      ui.frame().layout();
    }
  }

  /** A printer that answers every job at once, the same way: the pictures' stand-in. */
  private record AnsweringPrinter(PrintResult answer) implements TicketPrinter {
    @Override
    public PrintResult print(Ticket ticket) {
      return answer;
    }

    @Override
    public DeviceHealth checkNow() {
      return health();
    }

    @Override
    public DeviceHealth health() {
      return answer instanceof PrintResult.NotPrinted(String reason)
          ? new DeviceHealth(DeviceHealth.State.ERROR, reason)
          : DeviceHealth.ok("picture printer");
    }
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
