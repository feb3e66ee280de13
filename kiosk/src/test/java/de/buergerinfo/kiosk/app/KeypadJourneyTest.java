package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.gpio.LightPattern;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.devices.printer.TicketPrinter;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.speech.RecordingSpeech;
import de.buergerinfo.kiosk.speech.SpeechKey;
import de.buergerinfo.kiosk.speech.Utterance;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.TestWindows;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 6, "done when": a person walks through every journey by keypad and by ear, in each of the
 * nine languages. Only key presses reach the window (Tab, Enter, letters, F5 for speech); the test
 * finds its way by the texts a sighted keypad user would read, and listens to what the voice says
 * on each screen. Journey: speech on, language, search typed letter by letter, a result, its
 * take-away printed, a guided flow answered to its checklist and printed, a librarian asked for,
 * finish; then nothing of the visit is left.
 */
@ExtendWith(JavaFxExtension.class)
class KeypadJourneyTest {

  @TempDir Path data;

  private final RecordingSpeech speech = new RecordingSpeech();
  private final List<Ticket> printed = new CopyOnWriteArrayList<>();
  private final SimulatedGpio gpio = new SimulatedGpio(e -> {});
  private KioskUi ui;

  /** The words spoken while each screen was shown, in the order screens came. */
  private final Map<ScreenId, List<Utterance>> heard = new EnumMap<>(ScreenId.class);

  private Subscription listening = Subscription.EMPTY;

  @AfterEach
  void close() {
    if (ui != null) {
      Fx.run(
          () -> {
            listening.unsubscribe();
            ((Stage) ui.frame().getScene().getWindow()).close();
          });
    }
  }

  private void open() {
    Terminal terminal = ViewModelFixture.demoTerminal(gpio);
    terminal.usePrinter(new PaperPrinter(printed));
    terminal.useSpeech(speech);
    LaunchSettings settings = new LaunchSettings(false, 1000, 1000, data);
    ui = TestWindows.open(terminal, settings);
    Fx.run(
        () -> {
          int[] before = {0};
          ScreenId[] shown = {null};
          listening =
              ui.navigator()
                  .current()
                  .subscribe(
                      screen -> {
                        if (shown[0] != null) {
                          List<Utterance> said = speech.said();
                          heard
                              .computeIfAbsent(shown[0], s -> new ArrayList<>())
                              .addAll(said.subList(before[0], said.size()));
                          before[0] = said.size();
                        }
                        shown[0] = screen;
                      });
        });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Language.class)
  void everyJourneyByKeypadAndByEar(Language language) {
    open();
    Messages texts = MessageCatalog.load().messages(language);
    String query = Scenarios.RESULTS_QUERIES.get(language);

    // Attract: F5 starts a visit that speaks, for someone who cannot see the screen.
    key(SpeechKey.CODE);
    waitFor(() -> screen() == ScreenId.LANGUAGE_CHOICE || screen() == ScreenId.HOME, "a visit");
    assertThat(Fx.call(() -> ui.session().speech().get())).as("speech on").isTrue();
    if (screen() == ScreenId.HOME) {
      tabTo(labelled(texts.text("action.language")), "the language button");
      key(KeyCode.ENTER);
    }
    waitFor(() -> screen() == ScreenId.LANGUAGE_CHOICE, "language choice");
    tabTo(labelled(language.nativeName()), language.nativeName());
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.HOME, "home");

    // Search: typed letter by letter; Enter goes to the first result, Enter opens it.
    tabTo(node -> "home-search".equals(node.getId()), "the search field");
    type(query);
    waitFor(() -> screen() == ScreenId.RESULTS, "results");
    waitFor(
        () ->
            Fx.call(
                () ->
                    ui.frame().lookup("#results-search")
                            instanceof javafx.scene.control.TextInputControl field
                        && field.getText().equals(query)),
        "the whole query in the results field, not \""
            + Fx.call(
                () ->
                    ((javafx.scene.control.TextInputControl) ui.frame().lookup("#results-search"))
                        .getText())
            + "\"");
    // Results come from the search thread keystroke by keystroke: wait for the last one to settle.
    waitFor(() -> resultsSettled(), "results for the whole query");
    key(KeyCode.ENTER);
    tabTo(node -> node.getStyleClass().contains("service-button"), "the first result");
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.SERVICE_DETAIL, "the service detail");

    // Take it away: printed on paper.
    tabTo(node -> "detail-take-away".equals(node.getId()), "take this with me");
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.TAKE_AWAY, "take-away");
    tabTo(node -> "takeaway-print".equals(node.getId()), "print");
    key(KeyCode.ENTER);
    waitFor(() -> printed.size() == 1, "the service's ticket printed");

    // A guided flow, answered with Enter on the first answer each time, to its checklist.
    tabTo(labelled(texts.text("action.home")), "home");
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.HOME, "home again");
    GuidedFlow flow =
        Fx.call(() -> ui.context().terminal().content().orElseThrow().catalog())
            .flow("ausweis-verloren")
            .orElseThrow();
    tabTo(labelled(CatalogText.show(flow.title(), language)), "the flow's tile");
    key(KeyCode.ENTER);
    for (int question = 0; question < 12 && screen() == ScreenId.FLOW_QUESTION; question++) {
      key(KeyCode.ENTER);
    }
    waitFor(() -> screen() == ScreenId.CHECKLIST, "the checklist");
    tabTo(labelled(texts.text("checklist.takeAway")), "take the checklist with me");
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.TAKE_AWAY, "take-away of the checklist");
    tabTo(node -> "takeaway-print".equals(node.getId()), "print");
    key(KeyCode.ENTER);
    waitFor(() -> printed.size() == 2, "the checklist printed");

    // A librarian, then finish.
    tabTo(labelled(texts.text("action.home")), "home");
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.HOME, "home for the librarian");
    tabTo(node -> "home-librarian".equals(node.getId()), "ask a librarian");
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.HELP, "help");
    assertThat(gpio.light()).isNotEqualTo(LightPattern.OFF);
    tabTo(labelled(texts.text("action.home")), "home");
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.HOME, "home to finish");
    tabTo(labelled(texts.text("action.end")), "finish");
    key(KeyCode.ENTER);
    waitFor(() -> screen() == ScreenId.GOODBYE, "goodbye");

    // By ear: every screen of the journey spoke, in the citizen's language.
    for (ScreenId screen :
        List.of(
            ScreenId.HOME,
            ScreenId.RESULTS,
            ScreenId.SERVICE_DETAIL,
            ScreenId.TAKE_AWAY,
            ScreenId.FLOW_QUESTION,
            ScreenId.CHECKLIST,
            ScreenId.HELP)) {
      assertThat(heard.getOrDefault(screen, List.of()))
          .as("spoken on " + screen.fileName())
          .isNotEmpty()
          .anyMatch(u -> u.language() == language && !u.text().isBlank());
    }
    // Left behind: nothing of the visit in the session or on any screen (the deep walk through
    // everything reachable is SessionWipeTest's and VisitEndTest's; after a whole journey it
    // would walk the search index too).
    assertThat(Fx.call(() -> ui.session().active().get())).isFalse();
    assertThat(Fx.call(() -> ui.session().searchText().get())).isEmpty();
    assertThat(Fx.call(() -> ui.session().service().get())).isEmpty();
    assertThat(Fx.call(() -> ui.session().flow().get())).isEmpty();
    assertThat(Fx.call(() -> ui.session().takeAway().get())).isEmpty();
    assertThat(gpio.light()).isEqualTo(LightPattern.OFF);
    for (ScreenId screen : ScreenId.values()) {
      assertThat(Fx.call(() -> texts(ui.navigator().screen(screen).root())))
          .as("fields left filled on " + screen.fileName())
          .noneMatch(text -> text.contains(query));
    }
  }

  /**
   * What the screen's text fields hold, shown or not (the query itself may well appear in the UI's
   * own texts: "for example: ID card").
   */
  private static List<String> texts(javafx.scene.Parent root) {
    List<String> texts = new ArrayList<>();
    java.util.Deque<Node> nodes = new java.util.ArrayDeque<>(List.of(root));
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      if (node instanceof javafx.scene.control.TextInputControl field) {
        texts.add(field.getText());
      }
      if (node instanceof javafx.scene.Parent parent) {
        nodes.addAll(parent.getChildrenUnmodifiable());
      }
      if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
        nodes.add(scroll.getContent());
      }
    }
    return texts;
  }

  private boolean resultsSettled() {
    Node first = Fx.call(() -> ui.frame().lookup(".service-button"));
    if (first == null) {
      return false;
    }
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Fx.call(() -> ui.frame().lookup(".service-button")) == first;
  }

  private ScreenId screen() {
    return Fx.call(() -> ui.navigator().current().get());
  }

  private static Predicate<Node> labelled(String text) {
    return node ->
        node instanceof ButtonBase button
            && (text.equals(((Labeled) button).getText())
                || (button.getAccessibleText() != null
                    && button.getAccessibleText().startsWith(text)));
  }

  /** Presses Tab until the focus is on what {@code target} matches, as a keypad user would. */
  private void tabTo(Predicate<Node> target, String what) {
    for (int press = 0; press < 120; press++) {
      if (Fx.call(
          () ->
              ui.frame().getScene().getFocusOwner() instanceof Node focused
                  && target.test(focused))) {
        return;
      }
      key(KeyCode.TAB);
    }
    fail("Tab never reached " + what + " on " + screen().fileName());
  }

  private void key(KeyCode code) {
    Fx.run(
        () -> {
          Node focused = ui.frame().getScene().getFocusOwner();
          Node target = focused != null ? focused : ui.frame();
          Event.fireEvent(
              target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
          Node now = ui.frame().getScene().getFocusOwner();
          Event.fireEvent(
              now != null ? now : ui.frame(),
              new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        });
    Fx.waitForIdle();
  }

  private void type(String text) {
    text.codePoints()
        .forEach(
            c -> {
              String character = Character.toString(c);
              Fx.run(
                  () ->
                      Event.fireEvent(
                          ui.frame().getScene().getFocusOwner(),
                          new KeyEvent(
                              KeyEvent.KEY_TYPED,
                              character,
                              "",
                              KeyCode.UNDEFINED,
                              false,
                              false,
                              false,
                              false)));
              Fx.waitForIdle();
            });
  }

  private static void waitFor(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        fail("waited 10 s for " + what);
      }
      Fx.waitForIdle();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      }
    }
  }

  /** A printer with endless paper that keeps every ticket. */
  private record PaperPrinter(List<Ticket> tickets) implements TicketPrinter {
    @Override
    public PrintResult print(Ticket ticket) {
      tickets.add(ticket);
      return new PrintResult.Printed();
    }

    @Override
    public DeviceHealth checkNow() {
      return health();
    }

    @Override
    public DeviceHealth health() {
      return DeviceHealth.ok("paper");
    }
  }
}
