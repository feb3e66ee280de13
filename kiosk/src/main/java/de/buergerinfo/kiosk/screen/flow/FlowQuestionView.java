package de.buergerinfo.kiosk.screen.flow;

import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.flow.FlowQuestionViewModel.Choice;
import de.buergerinfo.kiosk.screen.flow.FlowQuestionViewModel.Question;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.StandardScreenView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * One question of a guided flow per screen: the flow's title, "Question 2 of 4" with a row of
 * steps, the question in large type, its help, and one large button per answer. The screen stays on
 * display from question to question and redraws from the session.
 */
public final class FlowQuestionView extends StandardScreenView {

  private final ScreenContext context;
  private final FlowQuestionViewModel viewModel;
  private final Button back = new Button();
  private final Button home = new Button();
  private final Paragraph flowTitle = new Paragraph("flow-title");
  private final Label progress = new Label();
  private final HBox steps = new HBox();
  private final Paragraph intro = new Paragraph("flow-intro");
  private final Paragraph question = new Paragraph("flow-question");
  private final Paragraph fallbackNote = new Paragraph("fallback-note");
  private final Paragraph help = new Paragraph("hint", "flow-help");
  private final VBox answers = new VBox();
  private List<Button> answerButtons = List.of();

  public FlowQuestionView(ScreenContext context, FlowQuestionViewModel viewModel) {
    super(ScreenId.FLOW_QUESTION);
    this.context = context;
    this.viewModel = viewModel;
    addStylesheet(FlowQuestionView.class, "flow.css");
    secondary(back, viewModel::back);
    secondary(home, viewModel::home);
    progress.getStyleClass().add("flow-progress");
    steps.getStyleClass().add("flow-steps");
    steps.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    HBox progressRow = new HBox(progress, steps);
    progressRow.getStyleClass().add("flow-progress-row");
    progressRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    answers.getStyleClass().add("flow-answers");
    answers.setFillWidth(true);
    VBox body = new VBox(flowTitle, progressRow, intro, question, fallbackNote, help, answers);
    body.getStyleClass().add("screen-body");
    body.setFillWidth(true);
    arrangeScreen(body, back, home);
  }

  @Override
  protected Subscription onActivate() {
    Subscription texts = context.session().language().subscribe(language -> render());
    // An answer changes the flow in the session; the next question is drawn from it.
    Subscription flow = context.session().flow().subscribe(progress -> render());
    if (viewModel.question().isEmpty()) {
      laterIfStillShown(() -> viewModel.recover());
    }
    return texts.and(flow).and(this::clear);
  }

  private void render() {
    Messages messages = context.messages();
    header().setTexts(messages.text("app.name"), context.profile().site());
    back.setText(messages.text("action.back"));
    home.setText(messages.text("action.home"));
    Optional<Question> shown = viewModel.question();
    if (shown.isEmpty()) {
      // A finished flow: the checklist is on its way; nothing to redraw.
      return;
    }
    Question page = shown.get();
    flowTitle.setText(page.flowTitle());
    progress.setText(page.progress());
    List<Node> dots = new ArrayList<>();
    for (int step = 1; step <= page.total(); step++) {
      Region dot = new Region();
      dot.getStyleClass()
          .addAll(
              "flow-step",
              step < page.number() ? "done" : step == page.number() ? "current" : "to-come");
      dots.add(dot);
    }
    steps.getChildren().setAll(dots);
    show(intro, page.intro());
    question.setText(page.question());
    show(fallbackNote, page.fallbackNote().orElse(""));
    show(help, page.help());
    List<Button> buttons = new ArrayList<>();
    for (Choice choice : page.choices()) {
      buttons.add(answerButton(page.questionId(), choice));
    }
    answerButtons = buttons;
    answers.getChildren().setAll(buttons);
    scroll().setVvalue(0);
    focusInBody(buttons.getFirst());
  }

  private Button answerButton(String questionId, Choice choice) {
    Button button = new AnswerButton(choice.label());
    button.getStyleClass().addAll("flow-answer", "secondary");
    button.setMaxWidth(Double.MAX_VALUE);
    button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    Paragraph label = new Paragraph("flow-answer-label");
    label.setText(choice.label());
    VBox texts = new VBox(label);
    choice
        .fallbackNote()
        .ifPresent(
            note -> {
              Paragraph mark = new Paragraph("fallback-note");
              mark.setText(note);
              texts.getChildren().add(mark);
            });
    button.setGraphic(texts);
    button.setOnAction(e -> viewModel.choose(questionId, choice.id()));
    return button;
  }

  /** An answer as a wide button; its label wraps, so its height follows its width. */
  private static final class AnswerButton extends Button {

    AnswerButton(String text) {
      super(text);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
      return javafx.geometry.Orientation.HORIZONTAL;
    }
  }

  /** The answer buttons on display, first answer first (tests press them). */
  List<Button> answerButtons() {
    return answerButtons;
  }

  private static void show(Paragraph paragraph, String text) {
    paragraph.setText(text);
    paragraph.setVisible(!text.isEmpty());
    paragraph.setManaged(!text.isEmpty());
  }

  /** Where the citizen is in the flow says something about them: it is not kept off screen. */
  private void clear() {
    flowTitle.setText("");
    progress.setText("");
    steps.getChildren().clear();
    show(intro, "");
    question.setText("");
    show(fallbackNote, "");
    show(help, "");
    answers.getChildren().clear();
    answerButtons = List.of();
  }
}
