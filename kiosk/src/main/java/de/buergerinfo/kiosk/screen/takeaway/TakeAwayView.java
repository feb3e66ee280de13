package de.buergerinfo.kiosk.screen.takeaway;

import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.detail.DetailNodes;
import de.buergerinfo.kiosk.screen.takeaway.TakeAwayViewModel.PrintState;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.QrCodeView;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * Take it home: what the ticket will say, a Print button, then "Printed – please take your ticket",
 * or, when the printer cannot, the same as a QR code to scan with one's phone.
 *
 * <p>Printing waits for the Print button rather than starting on entry: the citizen sees (and, with
 * speech on, hears) what will be printed first; coming back to this screen (Back from help) never
 * prints a second ticket; and nothing is printed for someone who walked away.
 */
public final class TakeAwayView extends StandardScreenView {

  /** The stand-in code holds a whole checklist: drawn large so phones read it from the screen. */
  static final double FALLBACK_QR_SIZE = 640;

  private static final double TICKET_QR_SIZE = 180;

  private static final double SPACING = 24;

  /** The least share of the width the sentence keeps when the code stands beside it. */
  static final double TEXT_SHARE = 0.4;

  private final ScreenContext context;
  private final TakeAwayViewModel viewModel;
  private final Button back = new Button();
  private final Button home = new Button();
  private final Button print = new Button();
  private final Paragraph title = new Paragraph("screen-title");
  private final Paragraph status = new Paragraph("takeaway-status");
  private final VBox statusBox = new VBox(status);
  private final VBox statusColumn;
  private final QrCodeView fallbackCode = new QrCodeView(FALLBACK_QR_SIZE);
  private final HBox problem = new HBox();
  private final Paragraph previewTitle = new Paragraph("section-title");
  private final VBox paper = new VBox();
  private final VBox preview;

  public TakeAwayView(ScreenContext context, TakeAwayViewModel viewModel) {
    super(ScreenId.TAKE_AWAY, "detail-screen");
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(DetailNodes.class, "detail.css");
    addStylesheet(getClass(), "takeaway.css");
    secondary(back, viewModel::back);
    secondary(home, viewModel::home);
    print.setId("takeaway-print");
    print.getStyleClass().add("print-button");
    print.setOnAction(e -> viewModel.print());
    status.setId("takeaway-status");
    status.setMinWidth(0);
    fallbackCode.setId("takeaway-qr");
    paper.getStyleClass().add("ticket-paper");
    paper.setMaxWidth(Region.USE_PREF_SIZE);
    preview = new VBox(previewTitle, paper);
    preview.getStyleClass().add("detail-section");
    statusBox.getStyleClass().add("takeaway-status-box");
    // The code beside the sentence and its "Try again", where the screen is wide enough (below,
    // a landscape screen showed only the code's top half, and a phone cannot read half a code);
    // below them in portrait, where beside it the sentence got a column a word wide.
    statusColumn = new VBox(statusBox, print);
    problem.getChildren().setAll(statusColumn, fallbackCode);
    statusColumn.setSpacing(SPACING);
    statusColumn.setAlignment(Pos.TOP_LEFT);
    problem.getStyleClass().add("takeaway-problem");
    problem.setSpacing(SPACING);
    problem.setAlignment(Pos.TOP_LEFT);
    HBox.setHgrow(statusColumn, Priority.ALWAYS);
    statusBox.setMaxHeight(Region.USE_PREF_SIZE);
    fallbackCode.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    VBox body =
        new VBox(title, problem, preview) {
          @Override
          protected void layoutChildren() {
            placeCode(this, getWidth() - snappedLeftInset() - snappedRightInset());
            super.layoutChildren();
          }
        };
    body.getStyleClass().addAll("screen-body", "detail-body");
    body.setAlignment(Pos.TOP_LEFT);
    arrangeScreen(body, back, home);
  }

  /** Where printing stands (pictures wait for the printer's answer through it). */
  public javafx.beans.property.ReadOnlyObjectProperty<PrintState> printState() {
    return viewModel.state();
  }

  /** Presses Print (pictures of the printed and printer-problem states). */
  public void print() {
    print.fire();
  }

  @Override
  protected Subscription onActivate() {
    Subscription texts = context.session().language().subscribe(l -> fill());
    Subscription states = viewModel.state().subscribe(s -> showState());
    if (print.isVisible()) {
      print.requestFocus();
    } else {
      back.requestFocus();
    }
    return texts
        .and(states)
        .and(
            () -> {
              // The sheet may be personal (a flow's answers): nothing of it stays after leaving.
              viewModel.clear();
              DetailNodes.wipe(paper);
              fallbackCode.setPayload("");
              status.setText("");
            });
  }

  private void fill() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    back.setText(messages.text("action.back"));
    home.setText(messages.text("action.home"));
    print.setText(messages.text("takeaway.print"));
    title.setText(messages.text("takeaway.title"));
    previewTitle.setText(messages.text("takeaway.preview"));
    Optional<Ticket> ticket = viewModel.load().flatMap(s -> viewModel.ticket());
    paper.getChildren().setAll(ticket.map(t -> ticketNodes(t, messages)).orElse(List.of()));
    preview.setVisible(ticket.isPresent());
    preview.setManaged(ticket.isPresent());
    showState();
    scroll().setVvalue(0);
  }

  private void showState() {
    Messages messages = context.messages();
    boolean hasSheet = viewModel.sheet().isPresent();
    PrintState state = viewModel.state().get();
    status.setText(
        !hasSheet
            ? messages.text("takeaway.nothing")
            : switch (state) {
              case READY -> messages.text("takeaway.ready");
              case PRINTING -> messages.text("takeaway.printing");
              case PRINTED -> messages.text("takeaway.printed");
              case NOT_PRINTED -> messages.text("takeaway.notPrinted");
            });
    statusBox.pseudoClassStateChanged(
        javafx.css.PseudoClass.getPseudoClass("problem"), state == PrintState.NOT_PRINTED);
    boolean showCode = hasSheet && state == PrintState.NOT_PRINTED;
    fallbackCode.setPayload(showCode ? viewModel.qrText().get() : "");
    fallbackCode.setAccessibleText(messages.text("takeaway.qr.accessible"));
    show(fallbackCode, showCode);
    // Hidden, not disabled, while printing: a greyed button reads as broken, and its text fails
    // the contrast rule.
    boolean canPrint = hasSheet && (state == PrintState.READY || state == PrintState.NOT_PRINTED);
    show(print, canPrint);
    print.setText(
        messages.text(state == PrintState.NOT_PRINTED ? "takeaway.printAgain" : "takeaway.print"));
  }

  /**
   * The stand-in code beside the sentence when that leaves the sentence at least {@value
   * #TEXT_SHARE} of the width (landscape), else below it (portrait).
   */
  private void placeCode(VBox body, double width) {
    double column = width - fallbackCode.prefWidth(-1) - SPACING;
    boolean beside = column >= width * TEXT_SHARE && column >= print.prefWidth(-1);
    if (beside && fallbackCode.getParent() != problem) {
      body.getChildren().remove(fallbackCode);
      problem.getChildren().add(fallbackCode);
    } else if (!beside && fallbackCode.getParent() != body) {
      problem.getChildren().remove(fallbackCode);
      body.getChildren().add(body.getChildren().indexOf(problem) + 1, fallbackCode);
    }
  }

  private static void show(Node node, boolean shown) {
    node.setVisible(shown);
    node.setManaged(shown);
  }

  /** The ticket as it will come out of the printer, element by element. */
  private List<Node> ticketNodes(Ticket ticket, Messages messages) {
    boolean rightToLeft = messages.language().isRightToLeft();
    List<Node> nodes = new ArrayList<>();
    for (Ticket.Element element : ticket.elements()) {
      switch (element) {
        case Ticket.Heading heading ->
            nodes.add(line(heading.text(), rightToLeft, "ticket-heading"));
        case Ticket.BigNumber number ->
            nodes.add(DetailNodes.leftToRight(number.text(), "ticket-heading"));
        case Ticket.Text text when text.text().isEmpty() -> {
          Region gap = new Region();
          gap.getStyleClass().add("ticket-gap");
          nodes.add(gap);
        }
        case Ticket.Text text ->
            nodes.add(
                line(
                    text.text(), rightToLeft, text.emphasis() ? "ticket-emphasis" : "ticket-text"));
        case Ticket.Row row ->
            nodes.add(
                DetailNodes.labelled(
                    row.label(), DetailNodes.leftToRight(row.value(), "ticket-value")));
        case Ticket.Qr qr -> {
          QrCodeView code = new QrCodeView(TICKET_QR_SIZE);
          code.setPayload(qr.payload());
          nodes.add(code);
        }
        case Ticket.Barcode barcode ->
            nodes.add(DetailNodes.leftToRight(barcode.payload(), "ticket-text"));
        case Ticket.Image image -> {}
        case Ticket.Separator separator -> {
          Region rule = new Region();
          rule.getStyleClass().add("ticket-rule");
          nodes.add(rule);
        }
        case Ticket.Cut cut -> {}
      }
    }
    return nodes;
  }

  /**
   * A ticket line; on an Arabic or Persian screen a line without their script (an address, a phone
   * number, a web address, German fallback text) reads left to right.
   */
  private static Paragraph line(String text, boolean rightToLeft, String styleClass) {
    Paragraph paragraph = DetailNodes.paragraph(text, styleClass);
    if (rightToLeft && !hasRightToLeftScript(text)) {
      paragraph.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }
    return paragraph;
  }

  private static boolean hasRightToLeftScript(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              byte direction = Character.getDirectionality(c);
              return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                  || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            });
  }
}
