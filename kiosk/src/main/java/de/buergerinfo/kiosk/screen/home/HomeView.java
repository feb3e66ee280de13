package de.buergerinfo.kiosk.screen.home;

import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.results.ScanNoticeBar;
import de.buergerinfo.kiosk.screen.results.TileGrid;
import de.buergerinfo.kiosk.screen.results.WrappingTile;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.KioskFrame;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The home screen: a large search field (touching, focusing or typing into it opens the results
 * screen with its keyboard), life situations, the guided flows ("help me step by step"), how to
 * scan a code, a librarian, and the display and speech settings in the action bar.
 */
public final class HomeView extends StandardScreenView {

  /** A life-situation tile is at least this many em wide; the grid has as many columns as fit. */
  private static final double SITUATION_TILE_EM = 12;

  private static final double FLOW_TILE_EM = 15;
  private static final double CARD_EM = 17;

  private final ScreenContext context;
  private final HomeViewModel viewModel;
  private final ScanNoticeBar notice = new ScanNoticeBar();
  private final Button language = new Button();
  private final ToggleButton largeText = new ToggleButton();
  private final ToggleButton highContrast = new ToggleButton();
  private final ToggleButton speech = new ToggleButton();
  private final Button finish = new Button();
  private final Paragraph title = new Paragraph("screen-title");
  private final TextField search = new TextField();
  private final Paragraph searchExamples = new Paragraph("hint");
  private final Label situationsTitle = new Label();
  private final TileGrid situations = grid("home-situations");
  private final Label flowsTitle = new Label();
  private final Paragraph flowsHint = new Paragraph("hint");
  private final TileGrid flows = grid("home-flows");
  private final Paragraph loading = new Paragraph("hint");
  private final Paragraph scanTitle = new Paragraph("home-card-title");
  private final Paragraph scanHint = new Paragraph("home-card-text");
  private final Paragraph librarianTitle = new Paragraph("home-card-title");
  private final Paragraph librarianHint = new Paragraph("home-card-text");
  private final Paragraph librarianText = new Paragraph("home-all-text");
  private final Button librarian = new Button();
  private final TileGrid cards = grid("home-cards");
  private final VBox main = new VBox();
  private final VBox side = new VBox();
  private final HBox content = new HBox(main, side);
  private final VBox body;
  private final List<Node> situationTiles = new ArrayList<>();
  private final List<Node> flowTiles = new ArrayList<>();
  private final List<Node> cardNodes;

  public HomeView(ScreenContext context, HomeViewModel viewModel) {
    super(ScreenId.HOME);
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(HomeView.class, "home.css");
    secondary(language, viewModel::chooseLanguage);
    secondary(finish, viewModel::finish);
    largeText.getStyleClass().add("large-text-toggle");
    highContrast.getStyleClass().add("high-contrast-toggle");
    speech.getStyleClass().add("speech-toggle");

    search.setId("home-search");
    search.getStyleClass().add("home-search");
    // The field only leads to the results screen, which has the keyboard; typed keys go there.
    search.setEditable(false);
    search.setMaxWidth(Double.MAX_VALUE);
    situationsTitle.getStyleClass().add("home-section-title");
    flowsTitle.getStyleClass().add("home-section-title");
    librarian.setId("home-librarian");
    librarian.setOnAction(e -> viewModel.askLibrarian());
    VBox scanCard = card(scanTitle, scanHint);
    librarian.getStyleClass().add("home-all-situations");
    librarian.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    librarian.setGraphic(librarianText);
    VBox librarianCard = card(librarianTitle, librarianHint, new WrappingTile(librarian));
    cardNodes = List.of(scanCard, librarianCard);

    main.getChildren().addAll(loading, situationsTitle, situations, flowsTitle, flowsHint, flows);
    main.getStyleClass().add("home-main");
    HBox.setHgrow(main, Priority.ALWAYS);
    side.getStyleClass().add("home-side");
    side.getChildren().setAll(cards);
    content.getStyleClass().add("home-content");
    body = new VBox(title, search, searchExamples, content);
    body.getStyleClass().addAll("screen-body", "home-body");
    body.setAlignment(Pos.TOP_LEFT);
    body.setFillWidth(true);
    arrangeScreen(body, language, largeText, highContrast, speech, finish);
    root().setTop(new VBox(header(), notice));
  }

  @Override
  protected Subscription onActivate() {
    largeText.selectedProperty().bindBidirectional(viewModel.largeText());
    highContrast.selectedProperty().bindBidirectional(viewModel.highContrast());
    speech.selectedProperty().bindBidirectional(viewModel.speech());
    // The field never holds what was typed: a text field keeps old text in its undo record and
    // skin caches, where a session's end cannot reach it (found by VisitEndTest). Typing here
    // continues the session's query on the results screen.
    Subscription texts = context.session().language().subscribe(l -> applyTexts());
    Subscription columns = viewModel.largeText().subscribe(large -> arrangeColumns());
    Subscription scans = notice.follow(context, viewModel.scans(), this::isActive);
    // Until the catalogue is there, look again every second for its life situations and flows.
    Timeline waiting = new Timeline(new KeyFrame(Duration.seconds(1), e -> fillTilesIfEmpty()));
    waiting.setCycleCount(Animation.INDEFINITE);
    waiting.play();
    // The field has the focus from the start: a keyboard or keypad types into it at once.
    search.requestFocus();
    return texts
        .and(columns)
        .and(scans)
        .and(waiting::stop)
        .and(searchGestures())
        .and(
            () -> {
              largeText.selectedProperty().unbindBidirectional(viewModel.largeText());
              highContrast.selectedProperty().unbindBidirectional(viewModel.highContrast());
              speech.selectedProperty().unbindBidirectional(viewModel.speech());
            });
  }

  /** Touching the field, typing, or Enter on it go to the results screen. */
  private Subscription searchGestures() {
    EventHandler<MouseEvent> touched = e -> viewModel.search(viewModel.searchText().get());
    EventHandler<KeyEvent> typed =
        e -> {
          String character = e.getCharacter();
          if (!character.isEmpty() && !Character.isISOControl(character.codePointAt(0))) {
            e.consume();
            viewModel.search(viewModel.searchText().get() + character);
          }
        };
    search.addEventFilter(MouseEvent.MOUSE_PRESSED, touched);
    search.addEventFilter(KeyEvent.KEY_TYPED, typed);
    // Enter on the field (a keypad user who tabbed here) opens the results screen too. Moving
    // the focus here does not: the focus also comes back here by itself (after the idle warning).
    search.setOnAction(e -> viewModel.search(viewModel.searchText().get()));
    return Subscription.EMPTY.and(
        () -> {
          search.removeEventFilter(MouseEvent.MOUSE_PRESSED, touched);
          search.removeEventFilter(KeyEvent.KEY_TYPED, typed);
          search.setOnAction(null);
        });
  }

  private void applyTexts() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    language.setText(messages.text("action.language") + ": " + messages.language().nativeName());
    largeText.setText(messages.text("action.largeText"));
    highContrast.setText(messages.text("action.highContrast"));
    speech.setText(messages.text("action.speech"));
    finish.setText(messages.text("action.end"));
    title.setText(messages.text("home.title"));
    search.setPromptText(messages.text("home.search.prompt"));
    search.setAccessibleText(messages.text("home.search.label"));
    searchExamples.setText(messages.text("home.search.examples"));
    situationsTitle.setText(messages.text("home.situations.title"));
    flowsTitle.setText(messages.text("home.flows.title"));
    flowsHint.setText(messages.text("home.flows.hint"));
    loading.setText(messages.text("home.loading"));
    scanTitle.setText(messages.text("home.scan.title"));
    scanHint.setText(messages.text("home.scan.hint"));
    librarianTitle.setText(messages.text("home.librarian.title"));
    librarianHint.setText(messages.text("home.librarianHint"));
    librarian.setText(messages.text("home.librarian.ask"));
    librarianText.setText(messages.text("home.librarian.ask"));
    fillTiles();
  }

  private void fillTilesIfEmpty() {
    if (situationTiles.isEmpty()) {
      fillTiles();
    }
  }

  /** Builds the tiles of the catalogue's life situations and flows in the citizen's language. */
  private void fillTiles() {
    Messages messages = context.messages();
    situationTiles.clear();
    for (LifeSituation situation : viewModel.situations()) {
      situationTiles.add(
          tile(situation.name(), messages, () -> viewModel.openLifeSituation(situation)));
    }
    if (!situationTiles.isEmpty()) {
      Paragraph allText = new Paragraph("home-all-text");
      allText.setText(messages.text("home.situations.all"));
      Button all = new Button(allText.getText());
      all.getStyleClass().add("home-all-situations");
      all.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
      all.setGraphic(allText);
      all.setOnAction(e -> viewModel.allLifeSituations());
      situationTiles.add(new WrappingTile(all));
    }
    flowTiles.clear();
    for (GuidedFlow flow : viewModel.flows()) {
      flowTiles.add(tile(flow.title(), messages, () -> viewModel.startFlow(flow)));
    }
    boolean ready = !situationTiles.isEmpty();
    show(loading, !ready);
    show(situationsTitle, ready);
    show(situations, ready);
    show(flowsTitle, !flowTiles.isEmpty());
    show(flowsHint, !flowTiles.isEmpty());
    show(flows, !flowTiles.isEmpty());
    arrangeColumns();
  }

  private static void show(Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  /** A tile: the catalogue text, wrapped, with a note when it is not in the citizen's language. */
  private static Node tile(LocalizedText text, Messages messages, Runnable action) {
    ResolvedText resolved =
        CatalogText.resolve(text, messages.language())
            .orElse(new ResolvedText("", messages.language(), messages.language()));
    Paragraph name = new Paragraph("home-tile-text");
    name.setText(resolved.text());
    VBox texts = new VBox(name);
    texts.getStyleClass().add("home-tile-texts");
    CatalogText.fallbackNote(resolved, messages)
        .ifPresent(
            note -> {
              Paragraph mark = new Paragraph("fallback-note");
              mark.setText(note);
              texts.getChildren().add(mark);
            });
    Button button = new Button(resolved.text());
    button.getStyleClass().addAll("secondary", "home-tile");
    button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    button.setGraphic(texts);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setMaxHeight(Double.MAX_VALUE);
    button.setAccessibleText(resolved.text());
    button.setOnAction(e -> action.run());
    return new WrappingTile(button);
  }

  private static VBox card(Node... children) {
    VBox card = new VBox(children);
    card.getStyleClass().add("home-card");
    card.setMaxWidth(Double.MAX_VALUE);
    card.setMaxHeight(Double.MAX_VALUE);
    return card;
  }

  private static TileGrid grid(String styleClass) {
    TileGrid grid = new TileGrid();
    grid.getStyleClass().addAll("home-grid", styleClass);
    grid.setMaxWidth(Double.MAX_VALUE);
    return grid;
  }

  /** As many columns as tiles of their least width fit into the body's width. */
  private void arrangeColumns() {
    double em = emPixels();
    // From the screen's size, not the body's: the body has no width before its first layout, and
    // columns that change during a layout pass leave the picture and the nodes out of step.
    Scene scene = root().getScene();
    double padding = (viewModel.largeText().get() ? 3 : 6) * em + 1.2 * em;
    double width = (scene == null ? 1920 : scene.getWidth()) - padding;
    // Landscape: the scan and librarian cards stand beside the tiles, one above the other. Decided
    // by the screen (fixed for a terminal), so nodes move only when the screen is activated, never
    // during a layout pass (they would miss their styles).
    boolean sideBySide = scene != null && scene.getWidth() > scene.getHeight();
    double mainWidth = sideBySide ? width - (CARD_EM + 1) * em : width;
    side.setPrefWidth(sideBySide ? CARD_EM * em : Region.USE_COMPUTED_SIZE);
    side.setMinWidth(sideBySide ? CARD_EM * em : Region.USE_COMPUTED_SIZE);
    if (sideBySide && side.getParent() != content) {
      main.getChildren().remove(side);
      content.getChildren().setAll(main, side);
    } else if (!sideBySide && side.getParent() != main) {
      content.getChildren().setAll(main);
      main.getChildren().add(side);
    }
    place(situations, situationTiles, columns(mainWidth, SITUATION_TILE_EM * em, 4));
    place(flows, flowTiles, columns(mainWidth, FLOW_TILE_EM * em, 3));
    place(cards, cardNodes, sideBySide ? 1 : columns(width, CARD_EM * em, 2));
  }

  private static int columns(double width, double least, int most) {
    if (width <= 0) {
      return most;
    }
    return (int) Math.max(1, Math.min(most, Math.floor(width / least)));
  }

  private double emPixels() {
    Scene scene = root().getScene();
    double width = scene == null ? 1920 : scene.getWidth();
    double height = scene == null ? 1080 : scene.getHeight();
    return KioskFrame.fontSize(width, height, viewModel.largeText().get());
  }

  private static void place(TileGrid grid, List<? extends Node> nodes, int columns) {
    grid.setTiles(nodes, columns);
  }
}
