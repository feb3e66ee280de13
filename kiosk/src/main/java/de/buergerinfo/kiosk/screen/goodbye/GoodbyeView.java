package de.buergerinfo.kiosk.screen.goodbye;

import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.BrandIdentity;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.ScreenView;
import javafx.animation.PauseTransition;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * "Thank you. Everything you entered has been deleted." for a few seconds, then the attract screen.
 * In the last visit's language: the session is over, but its language is what the citizen read a
 * moment ago, so the view keeps it until it is shown again.
 */
public final class GoodbyeView extends ScreenView {

  private final ScreenContext context;
  private final GoodbyeViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final BrandIdentity identity = new BrandIdentity();
  private final Paragraph title = new Paragraph("goodbye-title");
  private final Paragraph privacy = new Paragraph("goodbye-privacy");
  private final Paragraph next = new Paragraph("goodbye-next");
  private final PauseTransition timer;

  public GoodbyeView(ScreenContext context, GoodbyeViewModel viewModel) {
    this.context = context;
    this.viewModel = viewModel;
    root.getStyleClass().addAll("goodbye", "screen-" + id().fileName());
    root.getStylesheets().add(GoodbyeView.class.getResource("goodbye.css").toExternalForm());
    root.setFocusTraversable(true);
    root.setTop(identity);
    for (Paragraph paragraph : new Paragraph[] {title, privacy, next}) {
      paragraph.setTextAlignment(TextAlignment.CENTER);
      paragraph.setMaxWidth(Region.USE_PREF_SIZE);
    }
    VBox texts = new VBox(title, privacy, next);
    texts.setAlignment(Pos.CENTER);
    texts.getStyleClass().add("goodbye-texts");
    root.setCenter(texts);
    timer = new PauseTransition(Duration.millis(GoodbyeViewModel.SHOWN_FOR.toMillis()));
    timer.setOnFinished(e -> viewModel.done());
    // The next person need not wait: a touch or key brings the attract screen at once.
    root.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> viewModel.done());
    root.addEventHandler(TouchEvent.TOUCH_PRESSED, e -> viewModel.done());
    root.addEventHandler(KeyEvent.KEY_PRESSED, e -> viewModel.done());
  }

  @Override
  public ScreenId id() {
    return ScreenId.GOODBYE;
  }

  @Override
  public Parent root() {
    return root;
  }

  @Override
  protected Subscription onActivate() {
    Messages messages = viewModel.messages();
    // The frame already reads in the terminal's default language again; the goodbye does not.
    root.setNodeOrientation(
        viewModel.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    identity.setTexts(messages.text("app.name"), context.profile().site());
    title.setText(messages.text("goodbye.title"));
    privacy.setText(messages.text("goodbye.privacy"));
    next.setText(messages.text("goodbye.next"));
    root.requestFocus();
    timer.playFromStart();
    return () -> {
      timer.stop();
      viewModel.forget();
    };
  }
}
