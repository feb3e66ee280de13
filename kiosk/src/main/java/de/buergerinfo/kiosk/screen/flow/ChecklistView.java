package de.buergerinfo.kiosk.screen.flow;

import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.flow.ChecklistViewModel.Item;
import de.buergerinfo.kiosk.screen.flow.ChecklistViewModel.Page;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.ServiceButton;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The personal checklist at the end of a guided flow: the services to apply for, then numbered
 * lines of what to do and bring; take it along, change the answers, or go home.
 */
public final class ChecklistView extends StandardScreenView {

  private final ScreenContext context;
  private final ChecklistViewModel viewModel;
  private final Button takeAway = new Button();
  private final Button changeAnswers = new Button();
  private final Button home = new Button();
  private final Paragraph title = new Paragraph("screen-title");
  private final Paragraph flowTitle = new Paragraph("flow-title");
  private final Paragraph servicesHeading = new Paragraph("section-heading");
  private final VBox services = new VBox();
  private final Paragraph itemsHeading = new Paragraph("section-heading");
  private final VBox items = new VBox();

  public ChecklistView(ScreenContext context, ChecklistViewModel viewModel) {
    super(ScreenId.CHECKLIST);
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(ChecklistView.class, "flow.css");
    takeAway.setOnAction(e -> viewModel.takeAway());
    secondary(changeAnswers, viewModel::changeAnswers);
    secondary(home, viewModel::home);
    services.getStyleClass().add("service-list");
    items.getStyleClass().add("checklist-items");
    VBox body = new VBox(title, flowTitle, servicesHeading, services, itemsHeading, items);
    body.getStyleClass().add("screen-body");
    body.setFillWidth(true);
    arrangeScreen(body, takeAway, changeAnswers, home);
  }

  @Override
  protected Subscription onActivate() {
    Subscription texts = context.session().language().subscribe(language -> fill());
    if (viewModel.page().isEmpty()) {
      laterIfStillShown(() -> viewModel.recover());
    }
    return texts.and(this::clear);
  }

  private void fill() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    takeAway.setText(messages.text("checklist.takeAway"));
    changeAnswers.setText(messages.text("checklist.changeAnswers"));
    home.setText(messages.text("action.home"));
    title.setText(messages.text("checklist.title"));
    Optional<Page> shown = viewModel.page();
    if (shown.isEmpty()) {
      clear();
      return;
    }
    Page page = shown.get();
    flowTitle.setText(page.flowTitle());
    boolean anyService = !page.services().isEmpty();
    servicesHeading.setText(anyService ? page.servicesHeading() : "");
    servicesHeading.setManaged(anyService);
    List<Node> serviceTiles = new ArrayList<>();
    for (Service service : page.services()) {
      serviceTiles.add(
          new ServiceButton(service, messages, () -> viewModel.openService(service.id())));
    }
    services.getChildren().setAll(serviceTiles);
    boolean anyItem = !page.items().isEmpty();
    itemsHeading.setText(anyItem ? page.itemsHeading() : "");
    itemsHeading.setManaged(anyItem);
    List<Node> lines = new ArrayList<>();
    for (Item item : page.items()) {
      lines.add(line(item));
    }
    items.getChildren().setAll(lines);
    takeAway.requestFocus();
  }

  private static Node line(Item item) {
    Label number = new Label(Integer.toString(item.number()));
    number.getStyleClass().add("checklist-number");
    // Digits read left to right in Arabic and Persian too.
    number.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    number.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    Paragraph text = new Paragraph("checklist-text");
    text.setText(item.text());
    VBox texts = new VBox(text);
    texts.getStyleClass().add("checklist-texts");
    if (!item.hint().isEmpty()) {
      Paragraph hint = new Paragraph("hint", "checklist-hint");
      hint.setText(item.hint());
      texts.getChildren().add(hint);
    }
    item.fallbackNote()
        .ifPresent(
            note -> {
              Paragraph mark = new Paragraph("fallback-note");
              mark.setText(note);
              texts.getChildren().add(mark);
            });
    HBox.setHgrow(texts, Priority.ALWAYS);
    HBox line = new HBox(number, texts);
    line.getStyleClass().add("checklist-line");
    return line;
  }

  /** The checklist follows from the citizen's answers: it is not kept off screen. */
  private void clear() {
    flowTitle.setText("");
    servicesHeading.setText("");
    services.getChildren().clear();
    itemsHeading.setText("");
    items.getChildren().clear();
  }
}
