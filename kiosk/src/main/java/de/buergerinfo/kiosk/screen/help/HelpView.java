package de.buergerinfo.kiosk.screen.help;

import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * "A librarian is on the way": what to do meanwhile, taking the call back, and the way back to
 * where the citizen was.
 */
public final class HelpView extends StandardScreenView {

  private final ScreenContext context;
  private final HelpViewModel viewModel;
  private final Paragraph title = new Paragraph("screen-title");
  private final Paragraph light = new Paragraph("help-light");
  private final Paragraph meanwhile = new Paragraph("help-meanwhile");
  private final Button cancel = new Button();
  private final Button askAgain = new Button();
  private final Button back = new Button();
  private final Button home = new Button();

  public HelpView(ScreenContext context, HelpViewModel viewModel) {
    super(ScreenId.HELP);
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(HelpView.class, "help.css");
    cancel.setId("help-cancel");
    secondary(cancel, viewModel::cancel);
    askAgain.setId("help-ask-again");
    askAgain.setOnAction(e -> viewModel.askAgain());
    secondary(back, viewModel::back);
    secondary(home, viewModel::home);
    for (Button button : new Button[] {cancel, askAgain}) {
      button.managedProperty().bind(button.visibleProperty());
    }
    HBox choices = new HBox(cancel, askAgain);
    choices.setAlignment(Pos.CENTER_LEFT);
    VBox body = new VBox(title, light, meanwhile, choices);
    body.getStyleClass().addAll("screen-body", "help-body");
    body.setFillWidth(true);
    arrangeScreen(body, back, home);
  }

  @Override
  protected Subscription onActivate() {
    viewModel.shown();
    Subscription texts = context.session().language().subscribe(l -> applyTexts());
    Subscription state = viewModel.requested().subscribe(r -> applyTexts());
    back.requestFocus();
    return texts.and(state);
  }

  private void applyTexts() {
    Messages messages = context.messages();
    boolean requested = viewModel.requested().get();
    header().setTexts(messages.text("app.name"), context.profile().site());
    title.setText(messages.text(requested ? "help.title" : "help.cancelled.title"));
    light.setText(messages.text(requested ? "help.light" : "help.cancelled.text"));
    meanwhile.setText(messages.text("help.meanwhile"));
    meanwhile.setVisible(requested);
    meanwhile.setManaged(requested);
    cancel.setText(messages.text("help.cancel"));
    askAgain.setText(messages.text("help.askAgain"));
    boolean focusWasOnChoice = cancel.isFocused() || askAgain.isFocused();
    cancel.setVisible(requested);
    askAgain.setVisible(!requested);
    if (focusWasOnChoice) {
      (requested ? cancel : askAgain).requestFocus();
    }
    back.setText(messages.text("action.back"));
    home.setText(messages.text("action.home"));
  }
}
