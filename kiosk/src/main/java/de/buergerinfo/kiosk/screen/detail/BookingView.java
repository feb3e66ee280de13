package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** How to book an appointment: per office a QR code to its web page and the phone number, large. */
public final class BookingView extends StandardScreenView {

  private final ScreenContext context;
  private final BookingViewModel viewModel;
  private final Button back = new Button();
  private final Button home = new Button();
  private final VBox body = new VBox();

  public BookingView(ScreenContext context, BookingViewModel viewModel) {
    super(ScreenId.BOOKING, "detail-screen");
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(getClass(), "detail.css");
    secondary(back, viewModel::back);
    secondary(home, viewModel::home);
    body.getStyleClass().addAll("screen-body", "detail-body");
    body.setAlignment(Pos.TOP_LEFT);
    arrangeScreen(body, back, home);
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
    header().setTexts(messages.text("app.name"), context.profile().site());
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
          && DetailColumns.fit(root().getScene(), context.session().largeText().get())) {
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
    scroll().setVvalue(0);
  }
}
