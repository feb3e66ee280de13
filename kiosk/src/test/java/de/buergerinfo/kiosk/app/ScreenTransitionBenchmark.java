package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.TestWindows;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Screen-to-screen transition time (docs/PERFORMANCE.md): from {@code Navigator.show} to the end of
 * the next pulse's layout, for each transition the journey has, on JavaFX's Headless platform with
 * the software pipeline, 200 rounds after 50 warm-up rounds; prints median and p95 per transition.
 * Run: {@code taskset -c 0 ./mvnw -Pbench -pl kiosk -DskipTests verify}.
 */
public final class ScreenTransitionBenchmark {

  private static final int WARM_UP = 50;
  private static final int ROUNDS = 200;

  private ScreenTransitionBenchmark() {}

  public static void main(String[] args) throws Exception {
    JavaFxExtension.startToolkit();
    LaunchSettings settings =
        new LaunchSettings(false, 1000, 625, Files.createTempDirectory("bis-bench"));
    KioskUi ui = TestWindows.open(TestWindows.demoTerminal(), settings);
    de.buergerinfo.kiosk.session.FlowProgress started =
        de.buergerinfo.kiosk.session.FlowProgress.start("umzug-nach-bremen")
            .answer("umzug-von", "anderer-ort");
    de.buergerinfo.kiosk.session.FlowProgress finished =
        started
            .answer("staatsangehoerigkeit", "deutsch")
            .answer("volljaehrig", "ja")
            .answer("fahrzeug", "ja")
            .answer("bewohnerparken", "ja")
            .answer("hund-mit-parkausweis", "ja");
    de.buergerinfo.kiosk.testsupport.Fx.call(
        () -> {
          ui.session().begin();
          ui.session().searchText().set("Personalausweis");
          ui.session().service().set(java.util.Optional.of("personalausweis"));
          ui.session().lifeSituation().set(java.util.Optional.of("umzug"));
          ui.session()
              .takeAway()
              .set(
                  java.util.Optional.of(
                      new de.buergerinfo.kiosk.session.TakeAway.ServiceSheet("personalausweis")));
          return null;
        });
    List<ScreenId[]> transitions =
        List.of(
            new ScreenId[] {ScreenId.ATTRACT, ScreenId.LANGUAGE_CHOICE},
            new ScreenId[] {ScreenId.LANGUAGE_CHOICE, ScreenId.HOME},
            new ScreenId[] {ScreenId.HOME, ScreenId.RESULTS},
            new ScreenId[] {ScreenId.RESULTS, ScreenId.SERVICE_DETAIL},
            new ScreenId[] {ScreenId.SERVICE_DETAIL, ScreenId.BOOKING},
            new ScreenId[] {ScreenId.SERVICE_DETAIL, ScreenId.TAKE_AWAY},
            new ScreenId[] {ScreenId.HOME, ScreenId.LIFE_SITUATIONS},
            new ScreenId[] {ScreenId.LIFE_SITUATIONS, ScreenId.LIFE_SITUATION},
            new ScreenId[] {ScreenId.HOME, ScreenId.FLOW_QUESTION},
            new ScreenId[] {ScreenId.HOME, ScreenId.CHECKLIST},
            new ScreenId[] {ScreenId.HOME, ScreenId.HELP},
            new ScreenId[] {ScreenId.HOME, ScreenId.GOODBYE});
    System.out.printf(
        Locale.ROOT,
        "screen transitions, %d rounds after %d warm-up, window 1000x625, Headless + sw%n",
        ROUNDS,
        WARM_UP);
    for (ScreenId[] transition : transitions) {
      List<Long> nanos = new ArrayList<>();
      for (int i = 0; i < WARM_UP + ROUNDS; i++) {
        de.buergerinfo.kiosk.testsupport.Fx.call(
            () -> {
              // The flow screens need a flow in the session: part-way for the question, answered
              // to the end for the checklist (each redirects to the other otherwise).
              ui.session()
                  .flow()
                  .set(
                      java.util.Optional.of(
                          transition[1] == ScreenId.CHECKLIST ? finished : started));
              ui.navigator().show(transition[0]);
              return null;
            });
        long took = timeTransition(ui, transition[1]);
        if (i >= WARM_UP) {
          nanos.add(took);
        }
      }
      nanos.sort(null);
      System.out.printf(
          Locale.ROOT,
          "  %-16s -> %-16s median %6.2f ms, p95 %6.2f ms%n",
          transition[0].fileName(),
          transition[1].fileName(),
          nanos.get(nanos.size() / 2) / 1e6,
          nanos.get(nanos.size() * 95 / 100) / 1e6);
    }
    Platform.exit();
  }

  /** Shows {@code to} and waits for the end of the layout pass that lays it out. */
  private static long timeTransition(KioskUi ui, ScreenId to) throws Exception {
    CompletableFuture<Long> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          Scene scene = ui.frame().getScene();
          long start = System.nanoTime();
          Runnable[] listener = new Runnable[1];
          listener[0] =
              () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete(System.nanoTime() - start);
              };
          ui.navigator().show(to);
          scene.addPostLayoutPulseListener(listener[0]);
          Platform.requestNextPulse();
        });
    return done.get(10, TimeUnit.SECONDS);
  }
}
