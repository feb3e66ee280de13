package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.screen.results.ResultsView;
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
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;

/**
 * Keystroke-to-results time (docs/PERFORMANCE.md): a realistic query typed letter by letter on the
 * results screen's on-screen keyboard; for each key, the time from the key press to the end of the
 * layout pass that shows that keystroke's results (search on its thread, handed back, tiles built,
 * laid out). JavaFX Headless platform with the software pipeline; prints median and p95 per
 * language. Run: {@code taskset -c 0 ./mvnw -Pbench -pl kiosk -DskipTests verify}.
 */
public final class KeystrokeBenchmark {

  private static final int WARM_UP = 5;
  private static final int ROUNDS = 30;

  /** What a citizen types, lower case as the keyboard types it without shift. */
  private static final List<Object[]> QUERIES =
      List.of(
          new Object[] {Language.GERMAN, "personalausweis verloren"},
          new Object[] {Language.ARABIC, "جواز السفر"},
          new Object[] {Language.RUSSIAN, "паспорт утерян"});

  private KeystrokeBenchmark() {}

  public static void main(String[] args) throws Exception {
    JavaFxExtension.startToolkit();
    LaunchSettings settings =
        new LaunchSettings(false, 1000, 625, Files.createTempDirectory("bis-bench"));
    KioskUi ui = TestWindows.open(TestWindows.demoTerminal(), settings);
    System.out.printf(
        Locale.ROOT,
        "keystroke to results, %d rounds after %d warm-up, window 1000x625, Headless + sw%n",
        ROUNDS,
        WARM_UP);
    for (Object[] query : QUERIES) {
      Language language = (Language) query[0];
      String text = (String) query[1];
      de.buergerinfo.kiosk.testsupport.Fx.call(
          () -> {
            ui.session().begin();
            ui.session().language().set(language);
            ui.navigator().show(ScreenId.RESULTS);
            return null;
          });
      List<Long> nanos = new ArrayList<>();
      for (int round = 0; round < WARM_UP + ROUNDS; round++) {
        de.buergerinfo.kiosk.testsupport.Fx.call(
            () -> {
              ui.session().searchText().set("");
              return null;
            });
        for (int i = 0; i < text.length(); i++) {
          String letter = text.substring(i, i + 1);
          if (letter.equals(" ")) {
            // A space only ends the word: same query, same results, nothing on screen changes.
            pressUntimed(ui, letter);
            continue;
          }
          long took = timeKey(ui, letter);
          if (round >= WARM_UP) {
            nanos.add(took);
          }
        }
      }
      nanos.sort(null);
      System.out.printf(
          Locale.ROOT,
          "  %-3s '%s' (%d timed keys): median %6.2f ms, p95 %6.2f ms, max %6.2f ms%n",
          language.tag(),
          text,
          text.replace(" ", "").length(),
          nanos.get(nanos.size() / 2) / 1e6,
          nanos.get(nanos.size() * 95 / 100) / 1e6,
          nanos.getLast() / 1e6);
    }
    Platform.exit();
  }

  /** Presses the key for {@code letter} and waits until its results are laid out on screen. */
  private static long timeKey(KioskUi ui, String letter) throws Exception {
    CompletableFuture<Long> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          Scene scene = ui.frame().getScene();
          // A keystroke that finds the same services keeps the tiles on screen: the answer is
          // shown when the view has taken it, whether or not the list changed.
          ResultsView view = (ResultsView) ui.navigator().screen(ScreenId.RESULTS);
          Button key = key(scene, letter);
          boolean[] changed = new boolean[1];
          ChangeListener<Number> shown = (value, before, now) -> changed[0] = true;
          Runnable[] afterLayout = new Runnable[1];
          long start = System.nanoTime();
          afterLayout[0] =
              () -> {
                if (changed[0]) {
                  long took = System.nanoTime() - start;
                  scene.removePostLayoutPulseListener(afterLayout[0]);
                  view.shownAnswers().removeListener(shown);
                  done.complete(took);
                } else {
                  Platform.requestNextPulse();
                }
              };
          view.shownAnswers().addListener(shown);
          scene.addPostLayoutPulseListener(afterLayout[0]);
          key.fire();
          Platform.requestNextPulse();
        });
    try {
      return done.get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(
          "no results shown after key '"
              + letter
              + "', typed: '"
              + de.buergerinfo.kiosk.testsupport.Fx.call(() -> ui.session().searchText().get())
              + "'",
          e);
    }
  }

  private static void pressUntimed(KioskUi ui, String letter) throws Exception {
    de.buergerinfo.kiosk.testsupport.Fx.call(
        () -> {
          key(ui.frame().getScene(), letter).fire();
          return null;
        });
    Thread.sleep(50);
    de.buergerinfo.kiosk.testsupport.Fx.call(() -> null);
  }

  private static Button key(Scene scene, String letter) {
    String selector = letter.equals(" ") ? ".space" : ".key";
    return scene.getRoot().lookupAll(selector).stream()
        .map(Button.class::cast)
        .filter(b -> letter.equals(" ") || b.getText().equals(letter))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no key for '" + letter + "'"));
  }
}
