package de.buergerinfo.kiosk.screen.situations;

import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.situations.LifeSituationViewModel.Page;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.ServiceButton;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** One life situation: what it is, "step by step" guided flows, then its services. */
public final class LifeSituationView extends StandardScreenView {

  private final ScreenContext context;
  private final LifeSituationViewModel viewModel;
  private final Button back = new Button();
  private final Button home = new Button();
  private final Paragraph title = new Paragraph("screen-title");
  private final Paragraph description = new Paragraph("screen-intro");
  private final Paragraph fallbackNote = new Paragraph("fallback-note");
  private final VBox flows = new VBox();
  private final Paragraph servicesLine = new Paragraph("section-heading");
  private final VBox services = new VBox();

  public LifeSituationView(ScreenContext context, LifeSituationViewModel viewModel) {
    super(ScreenId.LIFE_SITUATION);
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(LifeSituationView.class, "situations.css");
    secondary(back, viewModel::back);
    secondary(home, viewModel::home);
    flows.getStyleClass().add("flow-tiles");
    services.getStyleClass().add("service-list");
    VBox body = new VBox(title, description, fallbackNote, flows, servicesLine, services);
    body.getStyleClass().add("screen-body");
    body.setFillWidth(true);
    arrangeScreen(body, back, home);
  }

  @Override
  protected Subscription onActivate() {
    Subscription texts = context.session().language().subscribe(language -> fill());
    if (viewModel.page().isEmpty()) {
      laterIfStillShown(() -> viewModel.leave());
    }
    return texts.and(this::clear);
  }

  private void fill() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    back.setText(messages.text("action.back"));
    home.setText(messages.text("action.home"));
    Optional<Page> shown = viewModel.page();
    if (shown.isEmpty()) {
      clear();
      back.requestFocus();
      return;
    }
    Page page = shown.get();
    title.setText(page.title());
    show(description, page.description());
    show(fallbackNote, page.fallbackNote().orElse(""));
    List<Node> flowTiles = new ArrayList<>();
    for (LifeSituationViewModel.FlowTile flow : page.flows()) {
      TileButton tile =
          new TileButton(
              flow.label(),
              flow.intro(),
              flow.fallbackNote(),
              () -> viewModel.startFlow(flow.id()));
      tile.getStyleClass().add("flow-start");
      flowTiles.add(tile);
    }
    flows.getChildren().setAll(flowTiles);
    flows.setManaged(!flowTiles.isEmpty());
    servicesLine.setText(page.servicesLine());
    List<Node> serviceTiles = new ArrayList<>();
    for (Service service : page.services()) {
      serviceTiles.add(
          new ServiceButton(service, messages, () -> viewModel.openService(service.id())));
    }
    services.getChildren().setAll(serviceTiles);
    if (!flowTiles.isEmpty()) {
      focusInBody(flowTiles.getFirst());
    } else if (!serviceTiles.isEmpty()) {
      focusInBody(serviceTiles.getFirst());
    } else {
      back.requestFocus();
    }
  }

  private static void show(Paragraph paragraph, String text) {
    paragraph.setText(text);
    paragraph.setVisible(!text.isEmpty());
    paragraph.setManaged(!text.isEmpty());
  }

  /** What the citizen browsed is not kept once the screen is left. */
  private void clear() {
    title.setText("");
    show(description, "");
    show(fallbackNote, "");
    flows.getChildren().clear();
    servicesLine.setText("");
    services.getChildren().clear();
  }
}
