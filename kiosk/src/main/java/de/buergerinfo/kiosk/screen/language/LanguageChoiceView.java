package de.buergerinfo.kiosk.screen.language;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;

/** Choose a language: every language by its own name, no flags (languages are not countries). */
public final class LanguageChoiceView extends StandardScreenView {

  private final ScreenContext context;
  private final LanguageChoiceViewModel viewModel;
  private final ToggleButton largeText = new ToggleButton();
  private final Button finish = new Button();
  private final Paragraph title = new Paragraph("screen-title");
  private final Map<Language, Button> buttons = new EnumMap<>(Language.class);

  public LanguageChoiceView(ScreenContext context, LanguageChoiceViewModel viewModel) {
    super(ScreenId.LANGUAGE_CHOICE);
    this.context = context;
    this.viewModel = viewModel;
    secondary(finish, viewModel::finish);
    largeText.getStyleClass().add("large-text-toggle");

    title.setTextAlignment(TextAlignment.CENTER);
    TilePane tiles = new TilePane();
    tiles.getStyleClass().add("language-tiles");
    tiles.setAlignment(Pos.CENTER);
    for (Language language : viewModel.languages()) {
      Button button = new Button(language.nativeName());
      button.getStyleClass().add("language-button");
      button.setMaxWidth(Double.MAX_VALUE);
      button.setOnAction(e -> viewModel.choose(language));
      buttons.put(language, button);
      tiles.getChildren().add(button);
    }
    VBox body = new VBox(title, tiles);
    body.getStyleClass().add("screen-body");
    body.setAlignment(Pos.TOP_CENTER);
    arrangeScreen(body, largeText, finish);
  }

  @Override
  protected Subscription onActivate() {
    largeText.selectedProperty().bindBidirectional(context.session().largeText());
    Subscription texts = context.session().language().subscribe(language -> applyTexts());
    buttons.get(viewModel.current()).requestFocus();
    return texts.and(
        () -> largeText.selectedProperty().unbindBidirectional(context.session().largeText()));
  }

  private void applyTexts() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    finish.setText(messages.text("action.end"));
    largeText.setText(messages.text("action.largeText"));
    title.setText(messages.text("language.title"));
    buttons.forEach(
        (language, button) -> {
          button.getStyleClass().remove("current");
          if (language == viewModel.current()) {
            button.getStyleClass().add("current");
          }
        });
  }
}
