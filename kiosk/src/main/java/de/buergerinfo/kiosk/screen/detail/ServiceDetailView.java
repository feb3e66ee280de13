package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * One service: what it is, what to bring, what it costs, how long it takes, where to go (with
 * today's opening state and notices in force), and the online service as a QR code. Actions: back,
 * book an appointment, take it home, home. On the landscape screen in two columns, so where to go
 * is seen without scrolling; in one on the portrait screen.
 */
public final class ServiceDetailView extends StandardScreenView {

  /** Online service and form codes: short URLs, drawn about 5 px per module. */
  static final double QR_SIZE = 220;

  /** The leading column's share: what to bring has the longer lines. */
  static final double LEADING_PERCENT = 56;

  private final ScreenContext context;
  private final ServiceDetailViewModel viewModel;
  private final Button back = new Button();
  private final Button book = new Button();
  private final Button takeAway = new Button();
  private final Button home = new Button();
  private final VBox body = new VBox();
  private Node whereSection;

  public ServiceDetailView(ScreenContext context, ServiceDetailViewModel viewModel) {
    super(ScreenId.SERVICE_DETAIL, "detail-screen");
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(getClass(), "detail.css");
    secondary(back, viewModel::back);
    book.setId("detail-book");
    book.setOnAction(e -> viewModel.book());
    takeAway.setId("detail-take-away");
    takeAway.setOnAction(e -> viewModel.takeAway());
    secondary(home, viewModel::home);
    body.getStyleClass().addAll("screen-body", "detail-body");
    body.setFillWidth(true);
    body.setAlignment(Pos.TOP_LEFT);
    arrangeScreen(body, back, book, takeAway, home);
  }

  @Override
  protected Subscription onActivate() {
    Subscription texts = context.session().language().subscribe(l -> fill());
    // Larger text may leave room for one column only (on changes: the line above filled it).
    Subscription textSize = context.session().largeText().subscribe((was, large) -> fill());
    back.requestFocus();
    // Nothing of the citizen's stays in the node tree once the screen is left.
    return texts
        .and(textSize)
        .and(
            () -> {
              body.getChildren().clear();
              whereSection = null;
            });
  }

  private void fill() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    back.setText(messages.text("action.back"));
    book.setText(messages.text("detail.action.book"));
    takeAway.setText(messages.text("detail.action.takeAway"));
    home.setText(messages.text("action.home"));
    List<Node> nodes = new ArrayList<>();
    whereSection = null;
    switch (viewModel.load()) {
      case ServiceDetailViewModel.Loading loading -> {
        nodes.add(DetailNodes.paragraph(messages.text("detail.loading"), "screen-title"));
        showActions(false, false);
      }
      case ServiceDetailViewModel.Missing missing -> {
        nodes.add(DetailNodes.paragraph(messages.text("detail.missing.title"), "screen-title"));
        nodes.add(DetailNodes.paragraph(messages.text("detail.missing.text"), "lead"));
        showActions(false, false);
      }
      case ServiceDetailViewModel.Shown shown -> {
        Sections sections = page(shown.page(), messages);
        if (DetailColumns.fit(root().getScene(), context.session().largeText().get())
            && !sections.trailing().isEmpty()) {
          // The title heads the leading column, so where to go starts at the very top.
          List<Node> leading = new ArrayList<>(List.of(sections.title()));
          leading.addAll(sections.leading());
          nodes.add(columns(leading, sections.trailing()));
        } else {
          nodes.add(sections.title());
          nodes.addAll(sections.oneColumn());
        }
        whereSection = sections.where();
        showActions(shown.page().hasBookingOptions(), true);
      }
    }
    body.getChildren().setAll(nodes);
    scroll().setVvalue(0);
  }

  /** Leading and trailing column side by side; mirrored with the scene in Arabic and Persian. */
  private static GridPane columns(List<Node> leading, List<Node> trailing) {
    GridPane grid = DetailColumns.grid("detail-columns", LEADING_PERCENT);
    RowConstraints row = new RowConstraints();
    row.setValignment(VPos.TOP);
    grid.getRowConstraints().setAll(row);
    // Leading first in the scene: keypad focus and speech go through it before the offices.
    grid.add(column("detail-leading", leading), 0, 0);
    grid.add(column("detail-trailing", trailing), 1, 0);
    // Level with the title: no rule above the first section.
    trailing.getFirst().getStyleClass().add("column-top");
    return grid;
  }

  private static VBox column(String styleClass, List<Node> nodes) {
    VBox column = new VBox();
    column.getStyleClass().addAll("detail-column", styleClass);
    column.setFillWidth(true);
    column.setMinWidth(0);
    column.getChildren().setAll(nodes);
    return column;
  }

  /** Scrolls to the offices (where to go, open now, notices): the picture of a closure. */
  public void scrollToOffices() {
    if (whereSection == null) {
      return;
    }
    // Lay out from the scene's root: the screen's own size comes from its parents.
    Parent top = root().getScene() == null ? root() : root().getScene().getRoot();
    top.applyCss();
    top.layout();
    double hidden = body.getHeight() - scroll().getViewportBounds().getHeight();
    Bounds where = body.sceneToLocal(whereSection.localToScene(whereSection.getLayoutBounds()));
    // Two columns show the offices at the top: scroll only when part of them is out of view.
    if (hidden > 0 && where.getMaxY() > scroll().getViewportBounds().getHeight()) {
      scroll().setVvalue(Math.min(1, where.getMinY() / hidden));
    }
  }

  private void showActions(boolean canBook, boolean canTakeAway) {
    book.setVisible(canBook);
    book.setManaged(canBook);
    takeAway.setVisible(canTakeAway);
    takeAway.setManaged(canTakeAway);
  }

  /**
   * The service's sections, each built once, in the two orders the screen may show them: one column
   * (portrait, or too little room), or side by side with what to bring leading and where to go
   * trailing.
   *
   * @param title the service's name, on top of everything or of the leading column
   * @param where the offices' section, {@code null} without offices
   * @param oneColumn every other section, where to go early (after fees and duration)
   * @param leading what it is, who is responsible, what to bring, fees, duration, conditions, more
   * @param trailing where to go (offices, today's state, notices), online service, forms
   */
  private record Sections(
      Node title, Node where, List<Node> oneColumn, List<Node> leading, List<Node> trailing) {}

  private static Sections page(ServicePage page, Messages messages) {
    Node title = DetailNodes.catalogText(page.name(), messages, "screen-title");
    Node lead =
        page.shortText().map(t -> DetailNodes.catalogText(t, messages, "lead")).orElse(null);
    Node documents = null;
    if (!page.documents().isEmpty()) {
      VBox list = new VBox();
      list.getStyleClass().add("checklist");
      for (ServicePage.Document document : page.documents()) {
        list.getChildren().add(checklistItem(document, messages));
      }
      documents = section(messages.text("detail.section.documents"), list);
    }
    Node fees =
        page.fees()
            .map(
                f ->
                    section(
                        messages.text("detail.section.fees"), DetailNodes.catalogText(f, messages)))
            .orElse(null);
    Node duration =
        page.processingTime()
            .map(
                t ->
                    section(
                        messages.text("detail.section.duration"),
                        DetailNodes.catalogText(t, messages)))
            .orElse(null);
    Node where = null;
    if (!page.offices().isEmpty()) {
      VBox offices = new VBox();
      offices.getStyleClass().add("office-list");
      for (OfficeFacts office : page.offices()) {
        offices.getChildren().add(OfficeCard.forVisit(office, messages));
      }
      where = section(messages.text("detail.section.where"), offices);
    }
    Node online =
        page.onlineService()
            .map(
                url ->
                    section(
                        messages.text("detail.section.online"),
                        DetailNodes.qr(
                            url.toString(),
                            ServiceDetailViewModel.host(url),
                            messages.text("detail.online.hint"),
                            messages,
                            QR_SIZE)))
            .orElse(null);
    Node forms = null;
    if (!page.forms().isEmpty()) {
      VBox list = new VBox();
      list.getStyleClass().add("form-list");
      for (ServicePage.FormLink form : page.forms()) {
        list.getChildren().add(DetailNodes.catalogText(form.title(), messages, "form-title"));
        list.getChildren()
            .add(
                DetailNodes.qr(
                    form.url().toString(),
                    ServiceDetailViewModel.host(form.url()),
                    messages.text("detail.forms.hint"),
                    messages,
                    QR_SIZE));
      }
      forms = section(messages.text("detail.section.forms"), list);
    }
    Node prerequisites = null;
    if (!page.prerequisites().isEmpty()) {
      VBox list = new VBox();
      list.getStyleClass().add("plain-list");
      for (ResolvedText prerequisite : page.prerequisites()) {
        list.getChildren().add(bullet(DetailNodes.catalogText(prerequisite, messages)));
      }
      prerequisites = section(messages.text("detail.section.prerequisites"), list);
    }
    Node more =
        page.longText()
            .map(
                t ->
                    section(
                        messages.text("detail.section.more"), DetailNodes.catalogText(t, messages)))
            .orElse(null);
    Node responsible =
        page.responsibility()
            .map(
                who ->
                    section(
                        messages.text("detail.section.responsible"),
                        DetailNodes.catalogText(who, messages)))
            .orElse(null);
    return new Sections(
        title,
        where,
        present(
            lead,
            documents,
            fees,
            duration,
            where,
            online,
            forms,
            prerequisites,
            more,
            responsible),
        present(lead, responsible, documents, fees, duration, prerequisites, more),
        present(where, online, forms));
  }

  private static List<Node> present(Node... nodes) {
    List<Node> present = new ArrayList<>();
    for (Node node : nodes) {
      if (node != null) {
        present.add(node);
      }
    }
    return present;
  }

  private static VBox section(String title, Node content) {
    Paragraph heading = DetailNodes.heading(title);
    VBox section = new VBox(heading, content);
    section.getStyleClass().add("detail-section");
    return section;
  }

  /** An empty box to tick, the item, its hint, and "only if this applies to you" where needed. */
  private static HBox checklistItem(ServicePage.Document document, Messages messages) {
    Region box = new Region();
    box.getStyleClass().add("check-mark");
    box.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    VBox texts = new VBox(DetailNodes.catalogText(document.text(), messages, "checklist-text"));
    texts.getStyleClass().add("checklist-texts");
    document
        .hint()
        .ifPresent(h -> texts.getChildren().add(DetailNodes.catalogText(h, messages, "hint")));
    if (document.conditional()) {
      texts
          .getChildren()
          .add(
              DetailNodes.paragraph(
                  messages.text("detail.documents.conditional"), "conditional-note"));
    }
    texts.setMinWidth(0);
    HBox.setHgrow(texts, Priority.ALWAYS);
    HBox row = new HBox(box, texts);
    row.getStyleClass().add("checklist-item");
    row.setAlignment(Pos.TOP_LEFT);
    return row;
  }

  private static HBox bullet(Node content) {
    Region dot = new Region();
    dot.getStyleClass().add("bullet");
    dot.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    dot.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    HBox.setHgrow(content, Priority.ALWAYS);
    HBox row = new HBox(dot, content);
    row.getStyleClass().add("bullet-item");
    row.setAlignment(Pos.TOP_LEFT);
    return row;
  }
}
