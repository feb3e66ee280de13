package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.ActionBar;
import de.buergerinfo.kiosk.ui.HeaderBar;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.ScreenLayout;
import de.buergerinfo.kiosk.ui.ScreenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** How to book an appointment: per office a QR code to its web page and the phone number, large. */
public final class BookingView extends ScreenView {

  private final ScreenContext context;
  private final BookingViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final HeaderBar header = new HeaderBar();
  private final Button back = new Button();
  private final Button home = new Button();
  private final VBox body = new VBox();
  private final ScrollPane scroll;

  public BookingView(ScreenContext context, BookingViewModel viewModel) {
    this.context = context;
    this.viewModel = viewModel;
    root.getStyleClass().addAll("screen-" + id().fileName(), "detail-screen");
    root.getStylesheets().add(getClass().getResource("detail.css").toExternalForm());
    back.getStyleClass().add("secondary");
    back.setOnAction(e -> viewModel.back());
    home.getStyleClass().add("secondary");
    home.setOnAction(e -> viewModel.home());
    body.getStyleClass().addAll("screen-body", "detail-body");
    body.setAlignment(Pos.TOP_LEFT);
    ScreenLayout.arrange(root, header, body, new ActionBar(back, home));
    scroll = (ScrollPane) root.getCenter();
  }

  @Override
  public ScreenId id() {
    return ScreenId.BOOKING;
  }

  @Override
  public Parent root() {
    return root;
  }

  @Override
  protected Subscription onActivate() {
    Subscription texts = context.session().language().subscribe(l -> fill());
    // Larger text may leave room for one column only (on changes: the line above filled it).
    Subscription textSize = context.session().largeText().subscribe((was, large) -> fill());
    back.requestFocus();
    return texts.and(textSize).and(() -> body.getChildren().clear());
  }

  private void fill() {
    Messages messages = context.messages();
    header.setTexts(messages.text("app.name"), context.profile().site());
    back.setText(messages.text("action.back"));
    home.setText(messages.text("action.home"));
    List<Node> nodes = new ArrayList<>();
    nodes.add(DetailNodes.paragraph(messages.text("booking.title"), "screen-title"));
    Optional<BookingViewModel.Options> options = viewModel.load();
    if (options.isEmpty()) {
      nodes.add(DetailNodes.paragraph(messages.text("detail.missing.text"), "lead"));
    } else {
      nodes.add(DetailNodes.catalogText(options.get().service(), messages, "lead"));
      if (options.get().offices().isEmpty()) {
        nodes.add(DetailNodes.paragraph(messages.text("booking.none"), "lead"));
      } else {
        nodes.add(DetailNodes.paragraph(messages.text("booking.intro"), "lead"));
      }
      List<OfficeCard> cards = new ArrayList<>();
      for (BookingViewModel.OfficeBooking office : options.get().offices()) {
        cards.add(OfficeCard.forBooking(office, messages));
      }
      if (cards.size() > 1
          && DetailColumns.fit(root.getScene(), context.session().largeText().get())) {
        // Landscape: two cards a row, so most offices are seen without scrolling.
        GridPane grid = DetailColumns.grid("booking-offices", 50);
        for (int i = 0; i < cards.size(); i++) {
          grid.add(cards.get(i), i % 2, i / 2);
        }
        nodes.add(grid);
      } else {
        nodes.addAll(cards);
      }
    }
    body.getChildren().setAll(nodes);
    scroll.setVvalue(0);
  }
}
