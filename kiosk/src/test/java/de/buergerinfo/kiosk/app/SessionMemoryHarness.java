package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.FlowAnswers;
import de.buergerinfo.content.catalog.FlowQuestion;
import de.buergerinfo.content.catalog.FlowStep;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.ProcessStatus;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * Resident memory over scripted sessions (issue 6, part 9; docs/PERFORMANCE.md). Starts the
 * terminal as the embedded default does (central server, H2 store, Lucene index, simulated devices
 * with the TCP printer emulator) with a window on JavaFX's Headless platform, then plays citizens'
 * visits back to back for the given minutes: language, search typed letter by letter, a service,
 * its take-away printed, a guided flow to its checklist, help, finish. At the 1st, 10th and every
 * 100th session it waits on the attract screen until the kiosk has returned its heap (as between
 * two citizens), then prints resident memory (VmRSS), the heap after a full GC, and the scene's
 * node and listener counts, which must not grow. With {@code -Dbis.memory.separateCentral=true} the
 * central server runs in a process of its own, as it does for a real terminal, and only the kiosk's
 * process is measured.
 *
 * <p>Run: {@code ./mvnw -Pmemory -pl kiosk -DskipTests verify -Dbis.memory.minutes=60}. With
 * JavaFX's OpenGL pipeline and the GPU's memory in another process, as on a terminal with a
 * graphics card: {@code kiosk/bench/memory-gpu-standin.sh 60}.
 */
public final class SessionMemoryHarness {

  private static final List<String> QUERIES =
      List.of(
          "Personalausweis",
          "Wohnsitz anmelden",
          "Führerschein",
          "ID card",
          "Kimlik",
          "паспорт",
          "جواز سفر",
          "dowód osobisty",
          "گذرنامه");

  private SessionMemoryHarness() {}

  public static void main(String[] args) throws Exception {
    Duration length = Duration.ofMinutes(Long.getLong("bis.memory.minutes", 60));
    long pauseMillis = Long.getLong("bis.memory.pauseMillis", 120);
    boolean separateCentral = Boolean.getBoolean("bis.memory.separateCentral");
    JavaFxExtension.startToolkit();
    Optional<SeparateCentral> central =
        separateCentral ? Optional.of(SeparateCentral.start()) : Optional.empty();
    TerminalProfile profile =
        central.map(SeparateCentral::terminalProfile).orElseGet(TerminalProfile::embeddedDefault);
    Path data = Files.createTempDirectory("bis-memory");
    try (KioskRuntime runtime = KioskRuntime.start(profile, data)) {
      // A new data folder holds no content yet: the first sync fetches it from the central server.
      runtime.checkContentInBackground().join();
      Terminal terminal = new Terminal(Clock.systemUTC());
      terminal.connect(
          runtime.content(),
          runtime.devices().printer(),
          runtime.devices().gpio(),
          runtime.deviceEvents());
      // JavaFX's Headless platform allows at most 1000×1000; on a display, the terminal's size.
      boolean headless = "Headless".equals(System.getProperty("glass.platform"));
      LaunchSettings settings =
          headless
              ? new LaunchSettings(false, 1000, 1000, data)
              : new LaunchSettings(false, 1920, 1080, data);
      KioskUi ui =
          de.buergerinfo.kiosk.testsupport.Fx.call(
              () ->
                  KioskWindow.open(
                      new Stage(), profile, MessageCatalog.load(), terminal, settings, () -> {}));
      System.out.printf(
          Locale.ROOT,
          "scripted sessions for %d min, %d ms between steps, central server %s, window %d×%d"
              + " (%s); java %s, %d cores, -Xmx %d MB%n",
          length.toMinutes(),
          pauseMillis,
          separateCentral ? "in a process of its own" : "in-process (embedded default)",
          settings.windowWidth(),
          settings.windowHeight(),
          headless ? "Headless platform" : "on the display " + System.getenv("DISPLAY"),
          Runtime.version(),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);
      // other_MB: resident memory outside the Java heap and the JVM's non-heap pools (libraries,
      // graphics driver, fonts, thread stacks, malloc): on a terminal, where the renderer's share
      // shows.
      System.out.println(
          "session  minutes  rss_MB  peak_rss_MB  heap_after_gc_MB  heap_committed_MB  non_heap_MB  other_MB"
              + "  scene_nodes  device_listeners");
      long start = System.nanoTime();
      int session = 0;
      while (System.nanoTime() - start < length.toNanos()) {
        session++;
        visit(ui, terminal, session, pauseMillis);
        if (session == 1 || session == 10 || session % 100 == 0) {
          report(ui, terminal, session, start);
        }
      }
      report(ui, terminal, session, start);
      de.buergerinfo.kiosk.testsupport.Fx.call(
          () -> {
            ui.stop();
            return null;
          });
    }
    if (central.isPresent()) {
      central.get().close();
    }
    Platform.exit();
  }

  /** One citizen: every journey of issue 6, then finish. */
  private static void visit(KioskUi ui, Terminal terminal, int number, long pause)
      throws Exception {
    Catalog catalog = terminal.content().orElseThrow().catalog();
    Language language = Language.values()[number % Language.values().length];
    String query = QUERIES.get(number % QUERIES.size());
    String serviceId = catalog.services().get(number % catalog.services().size()).id();
    GuidedFlow flow = catalog.flows().get(number % catalog.flows().size());
    step(
        ui,
        pause,
        () -> {
          ui.session().begin();
          ui.navigator().show(ScreenId.LANGUAGE_CHOICE);
        });
    step(
        ui,
        pause,
        () -> {
          ui.session().language().set(language);
          ui.navigator().show(ScreenId.HOME);
        });
    step(ui, pause, () -> ui.navigator().show(ScreenId.RESULTS));
    for (char letter : query.toCharArray()) {
      // The on-screen keyboard's own path: replaceSelection on the focused field.
      step(
          ui,
          pause / 4,
          () -> {
            if (ui.frame().getScene().getFocusOwner() instanceof TextInputControl field) {
              field.replaceSelection(String.valueOf(letter));
            }
          });
    }
    step(
        ui,
        pause,
        () -> {
          ui.session().service().set(Optional.of(serviceId));
          ui.navigator().show(ScreenId.SERVICE_DETAIL);
        });
    step(
        ui,
        pause * 4,
        () -> {
          ui.session().takeAway().set(Optional.of(new TakeAway.ServiceSheet(serviceId)));
          ui.navigator().show(ScreenId.TAKE_AWAY);
        });
    FlowProgress progress = FlowProgress.start(flow.id());
    step(ui, pause, () -> ui.session().flow().set(Optional.of(FlowProgress.start(flow.id()))));
    step(ui, pause, () -> ui.navigator().show(ScreenId.FLOW_QUESTION));
    while (flow.stepFor(progress.answers()) instanceof FlowStep.Ask ask) {
      FlowQuestion question = flow.question(ask.questionId());
      String answer = question.answers().get(number % question.answers().size()).id();
      progress = progress.answer(question.id(), answer);
      FlowProgress answered = progress;
      step(ui, pause, () -> ui.session().flow().set(Optional.of(answered)));
    }
    FlowAnswers answers = progress.answers();
    step(ui, pause, () -> ui.navigator().show(ScreenId.CHECKLIST));
    step(
        ui,
        pause * 4,
        () -> {
          ui.session().takeAway().set(Optional.of(new TakeAway.FlowChecklist(flow.id(), answers)));
          ui.navigator().show(ScreenId.TAKE_AWAY);
        });
    step(ui, pause, () -> ui.navigator().show(ScreenId.HELP));
    step(
        ui,
        pause,
        () -> {
          ui.session().end(SessionEndReason.FINISHED);
          ui.navigator().show(ScreenId.GOODBYE);
        });
    step(ui, pause, () -> ui.navigator().show(ScreenId.ATTRACT));
  }

  private static void step(KioskUi ui, long pauseMillis, Runnable action) throws Exception {
    de.buergerinfo.kiosk.testsupport.Fx.call(
        () -> {
          action.run();
          return null;
        });
    Thread.sleep(pauseMillis);
  }

  private static void report(KioskUi ui, Terminal terminal, int session, long start)
      throws Exception {
    // The terminal as a citizen finds it: on the attract screen, after the kiosk's own return of
    // the heap between visits (IdleHeapReturn). Only then the harness's collection, for the live
    // heap.
    Thread.sleep(IdleHeapReturn.AFTER.toMillis() + 2_000);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long resident = ProcessStatus.kilobytes("VmRSS:") >> 10;
    long peak = ProcessStatus.kilobytes("VmHWM:") >> 10;
    long committed = memory.getHeapMemoryUsage().getCommitted();
    long nonHeap = memory.getNonHeapMemoryUsage().getCommitted();
    System.gc();
    MemoryUsage heap = memory.getHeapMemoryUsage();
    int nodes =
        de.buergerinfo.kiosk.testsupport.Fx.call(() -> count(ui.frame().getScene().getRoot()));
    System.out.printf(
        Locale.ROOT,
        "%7d  %7.1f  %6d  %11d  %16d  %17d  %11d  %8d  %11d  %16d%n",
        session,
        (System.nanoTime() - start) / 60e9,
        resident,
        peak,
        heap.getUsed() >> 20,
        committed >> 20,
        nonHeap >> 20,
        resident - (committed >> 20) - (nonHeap >> 20),
        nodes,
        terminal.events().listenerCount());
  }

  private static int count(Node node) {
    int total = 1;
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        total += count(child);
      }
    }
    return total;
  }
}
