package de.buergerinfo.kiosk.screen.results;

import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.Found;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.Loading;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.NoQuery;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.NothingFound;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.Scanned;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel.State;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.HalfSpaceInput;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.ScreenLayout;
import de.buergerinfo.kiosk.ui.ServiceButton;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import de.buergerinfo.kiosk.ui.keyboard.KioskKeyboard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * Results as you type: the search field with the on-screen keyboard of the citizen's language, and
 * the services found for each keystroke. Landscape puts field and keyboard on the left, results on
 * the right; portrait puts the results under the keyboard. Only the result list scrolls, so the
 * keyboard stays where the fingers are.
 */
public final class ResultsView extends StandardScreenView {

  private final ScreenContext context;
  private final ResultsViewModel viewModel;
  private final ScanNoticeBar notice = new ScanNoticeBar();
  private final Button back = new Button();
  private final Button home = new Button();
  private final Button finish = new Button();
  private final Label searchLabel = new Label();
  private final TextField search = new TextField();
  private final Button clear = new Button("×");
  private final HBox fieldRow = new HBox(search, clear);
  private final KioskKeyboard keyboard;
  private final HBox keyboardRow;
  private final Paragraph status = new Paragraph("results-status");
  private final VBox list = new VBox();
  private final ScrollPane listScroll = ScreenLayout.scrolling(list);
  private final VBox body = new VBox();
  private final VBox typingColumn = new VBox();
  private final VBox resultsColumn = new VBox();
  private final HBox columns = new HBox(typingColumn, resultsColumn);
  // The tiles on screen by the service they show: the next keystroke often finds the same
  // services, and a tile kept is not styled and laid out again. Holds only what is shown.
  private Map<Service, Node> shownTiles = Map.of();
  private final ReadOnlyLongWrapper shown = new ReadOnlyLongWrapper();
  private Boolean landscape;

  public ResultsView(ScreenContext context, ResultsViewModel viewModel) {
    super(ScreenId.RESULTS);
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(ResultsView.class, "results.css");
    secondary(back, viewModel::back);
    secondary(home, viewModel::home);
    secondary(finish, viewModel::finish);

    searchLabel.getStyleClass().add("field-label");
    searchLabel.setLabelFor(search);
    search.setId("results-search");
    search.getStyleClass().add("results-search");
    HalfSpaceInput.applyTo(search);
    search.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(search, Priority.ALWAYS);
    // Enter (the keyboard's or a keypad's) moves on to the first result.
    search.setOnAction(e -> firstResult());
    clear.getStyleClass().addAll("secondary", "results-clear");
    clear.setOnAction(
        e -> {
          viewModel.searchText().set("");
          search.requestFocus();
        });
    fieldRow.getStyleClass().add("results-field-row");
    fieldRow.setAlignment(Pos.CENTER_LEFT);
    keyboard = new KioskKeyboard(context.language());
    keyboard.setTarget(search);
    keyboardRow = new HBox(keyboard);
    keyboardRow.setAlignment(Pos.CENTER);

    // Never measured narrower than its one line: a column squeezed to its least width would ask
    // the line for its height broken inside a word, which crashes JavaFX 26 on Arabic.
    status.setMinWidth(Region.USE_PREF_SIZE);
    list.getStyleClass().add("results-list");
    list.setFillWidth(true);
    listScroll.getStyleClass().add("results-scroll");
    // Its height comes from the space left (it grows), never from the length of the list.
    listScroll.setPrefViewportHeight(100);
    VBox.setVgrow(listScroll, Priority.ALWAYS);
    typingColumn.getStyleClass().add("results-typing");
    resultsColumn.getStyleClass().add("results-column");
    HBox.setHgrow(resultsColumn, Priority.ALWAYS);
    VBox.setVgrow(columns, Priority.ALWAYS);
    columns.getStyleClass().add("results-columns");
    body.getStyleClass().addAll("screen-body", "results-body");
    body.setFillWidth(true);

    arrangeScreen(body, back, home, finish);
    // The body fills the screen's height, so that only the result list scrolls; in large text it
    // may still need more, and then the whole body scrolls.
    scroll().setFitToHeight(true);
    root().setTop(new VBox(header(), notice));
    arrange(true);
  }

  @Override
  protected Subscription onActivate() {
    search.textProperty().bindBidirectional(viewModel.searchText());
    Subscription texts = context.session().language().subscribe(l -> applyTexts());
    Subscription typing = keyboard.start();
    // The screen's shape, known before the first layout (a terminal's screen does not turn).
    javafx.scene.Scene scene = root().getScene();
    arrange(scene == null || scene.getWidth() >= scene.getHeight());
    Subscription states = viewModel.state().subscribe(this::show);
    Subscription searching = viewModel.start();
    Subscription scans = notice.follow(context, viewModel.scans(), this::isActive);
    Timeline loading =
        new Timeline(new KeyFrame(Duration.seconds(1), e -> viewModel.retryIfLoading()));
    loading.setCycleCount(Animation.INDEFINITE);
    loading.play();
    search.requestFocus();
    // A text field selects all its text when it gains the focus; the citizen goes on typing
    // after what they typed on the home screen, so the caret goes to the end instead.
    search.positionCaret(search.getLength());
    return texts
        .and(typing)
        .and(scans)
        .and(loading::stop)
        .and(searching)
        .and(states)
        .and(
            () -> {
              search.textProperty().unbindBidirectional(viewModel.searchText());
              // What was typed lives in the session only; the field forgets it with the screen.
              search.clear();
              list.getChildren().clear();
              shownTiles = Map.of();
              status.setText("");
            });
  }

  private void arrange(boolean wide) {
    if (Boolean.valueOf(wide).equals(landscape)) {
      return;
    }
    landscape = wide;
    if (wide) {
      typingColumn.getChildren().setAll(searchLabel, fieldRow, keyboardRow);
      resultsColumn.getChildren().setAll(status, listScroll);
      body.getChildren().setAll(columns);
    } else {
      typingColumn.getChildren().clear();
      resultsColumn.getChildren().clear();
      body.getChildren().setAll(searchLabel, fieldRow, keyboardRow, status, listScroll);
    }
  }

  private void applyTexts() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    back.setText(messages.text("action.back"));
    home.setText(messages.text("action.home"));
    finish.setText(messages.text("action.end"));
    searchLabel.setText(messages.text("results.search.label"));
    search.setAccessibleText(messages.text("results.search.label"));
    clear.setAccessibleText(messages.text("results.clear"));
    keyboard.setLanguage(messages.language());
    // Tiles in the language before would keep its texts.
    shownTiles = Map.of();
    show(viewModel.state().get());
  }

  /** Fills the result list for {@code state}, scrolled to its top. */
  private void show(State state) {
    Messages messages = context.messages();
    List<Node> nodes = new ArrayList<>();
    Map<Service, Node> tiles = new HashMap<>();
    switch (state) {
      case NoQuery none -> status.setText(messages.text("results.noQuery"));
      case Loading loading -> status.setText(messages.text("results.loading"));
      case Found found -> {
        status.setText(messages.format("results.count", "count", found.services().size()));
        found.services().forEach(service -> nodes.add(serviceTile(service, messages, tiles)));
      }
      case Scanned scanned -> {
        status.setText(messages.format("results.scanned", "count", scanned.services().size()));
        scanned.services().forEach(service -> nodes.add(serviceTile(service, messages, tiles)));
      }
      case NothingFound nothing -> {
        status.setText(messages.text("results.none"));
        nodes.addAll(suggestions(nothing, messages));
      }
    }
    shownTiles = tiles;
    if (!list.getChildren().equals(nodes)) {
      list.getChildren().setAll(nodes);
    }
    listScroll.setVvalue(0);
    shown.set(shown.get() + 1);
  }

  /**
   * Counts the answers the list has shown, one per search: it changes when a keystroke's results
   * are in place, also when they are the tiles already there.
   */
  public ReadOnlyLongProperty shownAnswers() {
    return shown.getReadOnlyProperty();
  }

  /** The tile already on screen for {@code service}, or a new one; remembered in {@code tiles}. */
  private Node serviceTile(Service service, Messages messages, Map<Service, Node> tiles) {
    // A service listed twice needs two nodes: a node has one place in the scene.
    Node tile = tiles.containsKey(service) ? null : shownTiles.get(service);
    if (tile == null) {
      tile = new WrappingTile(new ServiceButton(service, messages, () -> viewModel.open(service)));
    }
    tiles.put(service, tile);
    return tile;
  }

  private List<Node> suggestions(NothingFound nothing, Messages messages) {
    List<Node> nodes = new ArrayList<>();
    if (!nothing.corrections().isEmpty()) {
      nodes.add(heading(messages.text("results.none.corrections")));
      FlowPane corrections = choices();
      for (String corrected : nothing.corrections()) {
        Button button = new Button(corrected);
        button.getStyleClass().add("results-correction");
        button.setOnAction(
            e -> {
              viewModel.useCorrection(corrected);
              search.positionCaret(search.getLength());
              search.requestFocus();
            });
        corrections.getChildren().add(button);
      }
      nodes.add(corrections);
    }
    nodes.add(heading(messages.text("results.none.situations")));
    for (LifeSituation situation : nothing.situations()) {
      nodes.add(
          tile(
              CatalogText.show(situation.name(), messages.language()),
              () -> viewModel.openLifeSituation(situation)));
    }
    Button all = new Button(messages.text("results.none.allSituations"));
    secondary(all, viewModel::allLifeSituations);
    nodes.add(all);
    nodes.add(heading(messages.text("results.none.librarian")));
    Button librarian = new Button(messages.text("results.none.askLibrarian"));
    secondary(librarian, viewModel::askLibrarian);
    nodes.add(librarian);
    return nodes;
  }

  private static Paragraph heading(String text) {
    Paragraph heading = new Paragraph("results-heading");
    heading.setText(text);
    return heading;
  }

  private static FlowPane choices() {
    FlowPane pane = new FlowPane();
    pane.getStyleClass().add("results-choices");
    return pane;
  }

  /** A button whose text may wrap (a life situation's name can be long). */
  private static Node tile(String text, Runnable action) {
    Paragraph label = new Paragraph("results-tile-text");
    label.setText(text);
    Button button = new Button(text);
    button.getStyleClass().addAll("secondary", "results-tile");
    button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    button.setGraphic(label);
    button.setOnAction(e -> action.run());
    WrappingTile tile = new WrappingTile(button);
    tile.getStyleClass().add("results-tile-box");
    return tile;
  }

  /** Enter in the field: the focus moves to the first result (or suggestion) for keypad users. */
  private void firstResult() {
    list.getChildren().stream()
        .map(node -> node instanceof FlowPane pane ? pane.getChildren().getFirst() : node)
        .map(node -> node instanceof WrappingTile tile ? tile.content() : node)
        .filter(node -> node instanceof Button)
        .findFirst()
        .ifPresent(Node::requestFocus);
  }
}
