package de.buergerinfo.kiosk.screen.situations;

import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;

/** Every life situation as a large tile: a birth, a move, a lost document. */
public final class LifeSituationsView extends StandardScreenView {

  /** A tile needs about this many em to show a name of two or three words on one line. */
  private static final double TILE_WIDTH_EM = 17;

  private final ScreenContext context;
  private final LifeSituationsViewModel viewModel;
  private final Button back = new Button();
  private final Button home = new Button();
  private final Paragraph title = new Paragraph("screen-title");
  private final Paragraph intro = new Paragraph("screen-intro");
  private final Paragraph loading = new Paragraph("loading-note");
  private final GridPane tiles = new GridPane();
  private List<TileButton> buttons = List.of();
  // What the buttons show: shown again in the same language with the same catalogue, they are
  // kept rather than built, styled and laid out anew on every visit.
  private List<LifeSituationsViewModel.Tile> shown = List.of();
  private int columns;

  public LifeSituationsView(ScreenContext context, LifeSituationsViewModel viewModel) {
    super(ScreenId.LIFE_SITUATIONS);
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(LifeSituationsView.class, "situations.css");
    secondary(back, viewModel::back);
    secondary(home, viewModel::home);
    tiles.getStyleClass().add("situation-tiles");
    tiles.setMaxWidth(Double.MAX_VALUE);
    VBox body = new VBox(title, intro, loading, tiles);
    body.getStyleClass().add("screen-body");
    body.setFillWidth(true);
    arrangeScreen(body, back, home);
  }

  @Override
  protected Subscription onActivate() {
    Subscription texts = context.session().language().subscribe(language -> fill());
    Subscription width =
        tiles
            .widthProperty()
            .subscribe(w -> arrange())
            .and(back.fontProperty().subscribe(f -> arrange()));
    // The terminal may still be starting: look again until the catalogue is there.
    Timeline waiting =
        new Timeline(
            new KeyFrame(
                Duration.seconds(1),
                e -> {
                  if (buttons.isEmpty() && !viewModel.isLoading()) {
                    fill();
                  }
                }));
    waiting.setCycleCount(Timeline.INDEFINITE);
    if (viewModel.isLoading()) {
      waiting.play();
    }
    if (!buttons.isEmpty()) {
      focusInBody(buttons.getFirst());
    } else {
      back.requestFocus();
    }
    return texts.and(width).and(waiting::stop);
  }

  private void fill() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    back.setText(messages.text("action.back"));
    home.setText(messages.text("action.home"));
    title.setText(messages.text("situations.title"));
    intro.setText(messages.text("situations.intro"));
    loading.setText(messages.text("situations.loading"));
    boolean isLoading = viewModel.isLoading();
    loading.setVisible(isLoading);
    loading.setManaged(isLoading);
    List<LifeSituationsViewModel.Tile> now = viewModel.tiles();
    if (!now.equals(shown)) {
      shown = now;
      buttons =
          now.stream()
              .map(
                  tile ->
                      new TileButton(
                          tile.name(),
                          tile.description(),
                          tile.fallbackNote(),
                          () -> viewModel.open(tile.id())))
              .toList();
      columns = 0;
    }
    arrange();
  }

  /**
   * As many columns as tiles of a readable width fit: three in landscape, two in portrait, one with
   * large text in portrait.
   */
  private void arrange() {
    // The action buttons' text is 1.1em of the screen's body text (kiosk.css).
    double fontSize = back.getFont().getSize() / 1.1;
    double width = tiles.getWidth();
    int wanted = (int) Math.max(1, Math.min(3, Math.floor(width / (TILE_WIDTH_EM * fontSize))));
    if (wanted == columns && tiles.getChildren().size() == buttons.size()) {
      return;
    }
    columns = wanted;
    tiles.getChildren().clear();
    tiles.getColumnConstraints().clear();
    for (int c = 0; c < columns; c++) {
      ColumnConstraints column = new ColumnConstraints();
      column.setPercentWidth(100.0 / columns);
      column.setHgrow(Priority.ALWAYS);
      column.setFillWidth(true);
      tiles.getColumnConstraints().add(column);
    }
    for (int i = 0; i < buttons.size(); i++) {
      tiles.add(buttons.get(i), i % columns, i / columns);
    }
  }
}
