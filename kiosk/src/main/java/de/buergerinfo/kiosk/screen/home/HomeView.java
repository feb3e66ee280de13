package de.buergerinfo.kiosk.screen.home;

import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.ActionBar;
import de.buergerinfo.kiosk.ui.HalfSpaceInput;
import de.buergerinfo.kiosk.ui.HeaderBar;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.ScreenLayout;
import de.buergerinfo.kiosk.ui.ScreenView;
import de.buergerinfo.kiosk.ui.keyboard.KioskKeyboard;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The home screen frame: header with language, large text and finish; the search field with the
 * on-screen keyboard of the citizen's language; a pointer to the librarians. Life situations,
 * guided flows and results fill it in later work.
 */
public final class HomeView extends ScreenView {

  private final ScreenContext context;
  private final HomeViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final HeaderBar header = new HeaderBar();
  private final Button language = new Button();
  private final ToggleButton largeText = new ToggleButton();
  private final Button finish = new Button();
  private final Paragraph title = new Paragraph("screen-title");
  private final Label searchLabel = new Label();
  private final TextField search = new TextField();
  private final Paragraph searchExamples = new Paragraph("hint");
  private final Paragraph librarianHint = new Paragraph("hint");
  private final KioskKeyboard keyboard;

  public HomeView(ScreenContext context, HomeViewModel viewModel) {
    this.context = context;
    this.viewModel = viewModel;
    root.getStyleClass().add("screen-" + id().fileName());
    language.getStyleClass().add("secondary");
    language.setOnAction(e -> viewModel.chooseLanguage());
    finish.getStyleClass().add("secondary");
    finish.setOnAction(e -> viewModel.finish());
    largeText.getStyleClass().add("large-text-toggle");

    searchLabel.getStyleClass().add("field-label");
    searchLabel.setLabelFor(search);
    search.setId("home-search");
    HalfSpaceInput.applyTo(search);
    search.setMaxWidth(Double.MAX_VALUE);
    // Types into the search field whatever has the focus: the keys never take it.
    keyboard = new KioskKeyboard(context.session().language().get());
    keyboard.setTarget(search);
    HBox keyboardRow = new HBox(keyboard);
    keyboardRow.setAlignment(Pos.CENTER);
    VBox body = new VBox(title, searchLabel, search, searchExamples, keyboardRow, librarianHint);
    body.getStyleClass().add("screen-body");
    body.setAlignment(Pos.TOP_LEFT);
    body.setFillWidth(true);
    ScreenLayout.arrange(root, header, body, new ActionBar(language, largeText, finish));
  }

  @Override
  public ScreenId id() {
    return ScreenId.HOME;
  }

  @Override
  public Parent root() {
    return root;
  }

  @Override
  protected Subscription onActivate() {
    search.textProperty().bindBidirectional(viewModel.searchText());
    largeText.selectedProperty().bindBidirectional(viewModel.largeText());
    Subscription texts = context.session().language().subscribe(l -> applyTexts());
    Subscription typing = keyboard.start();
    search.requestFocus();
    return texts
        .and(typing)
        .and(
            () -> {
              search.textProperty().unbindBidirectional(viewModel.searchText());
              largeText.selectedProperty().unbindBidirectional(viewModel.largeText());
            });
  }

  private void applyTexts() {
    Messages messages = context.messages();
    header.setTexts(messages.text("app.name"), context.profile().site());
    language.setText(messages.text("action.language") + ": " + messages.language().nativeName());
    largeText.setText(messages.text("action.largeText"));
    finish.setText(messages.text("action.end"));
    title.setText(messages.text("home.title"));
    searchLabel.setText(messages.text("home.search.label"));
    searchExamples.setText(messages.text("home.search.examples"));
    librarianHint.setText(messages.text("home.librarianHint"));
    keyboard.setLanguage(messages.language());
  }
}
