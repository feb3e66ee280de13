package de.buergerinfo.kiosk.screen.flow;

import de.buergerinfo.content.catalog.FlowAnswer;
import de.buergerinfo.content.catalog.FlowQuestion;
import de.buergerinfo.content.catalog.FlowStep;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question of the guided flow in the session: the flow's title, how far along the citizen is,
 * the question with its help, and one answer per button. Answering moves on; the last answer leads
 * to the checklist.
 */
public final class FlowQuestionViewModel {

  /**
   * One answer button.
   *
   * @param id the answer's id
   * @param label the button's text
   * @param fallbackNote set when the label is not in the citizen's language
   */
  public record Choice(String id, String label, Optional<String> fallbackNote) {}

  /**
   * What the screen shows.
   *
   * @param flowTitle the guided flow's title
   * @param intro the flow's introduction, shown above the first question only; else empty
   * @param questionId the question asked
   * @param question the question
   * @param help a short explanation, possibly empty
   * @param fallbackNote set when the question is not in the citizen's language
   * @param choices the answers
   * @param number which question this is: 1 for the first
   * @param total how many questions there are at most, counting those answered
   * @param progress "Question 2 of 4"
   */
  public record Question(
      String flowTitle,
      String intro,
      String questionId,
      String question,
      String help,
      Optional<String> fallbackNote,
      List<Choice> choices,
      int number,
      int total,
      String progress) {}

  private final ScreenContext context;

  public FlowQuestionViewModel(ScreenContext context) {
    this.context = context;
  }

  /** The question to ask now; empty when there is no flow, an unknown flow, or a finished one. */
  public Optional<Question> question() {
    Optional<FlowProgress> progress = context.session().flow().get();
    Optional<GuidedFlow> flow = progress.flatMap(this::flowOf);
    if (flow.isEmpty()
        || !(flow.get().stepFor(progress.get().answers()) instanceof FlowStep.Ask ask)) {
      return Optional.empty();
    }
    Messages messages = context.messages();
    GuidedFlow guided = flow.get();
    FlowQuestion question = guided.question(ask.questionId());
    int before = pathBefore(guided, progress.get(), ask.questionId()).size();
    int number = before + 1;
    int total = before + longestFrom(guided, question);
    ResolvedText text = CatalogText.resolve(question.text(), messages.language()).orElseThrow();
    List<Choice> choices = new ArrayList<>();
    for (FlowAnswer answer : question.answers()) {
      ResolvedText label = CatalogText.resolve(answer.label(), messages.language()).orElseThrow();
      choices.add(new Choice(answer.id(), label.text(), CatalogText.fallbackNote(label, messages)));
    }
    return Optional.of(
        new Question(
            CatalogText.show(guided.title(), messages.language()),
            number == 1 ? CatalogText.show(guided.intro(), messages.language()) : "",
            question.id(),
            text.text(),
            CatalogText.show(question.help(), messages.language()),
            CatalogText.fallbackNote(text, messages),
            choices,
            number,
            total,
            messages.format("flow.progress", Map.of("number", number, "total", total))));
  }

  private Optional<GuidedFlow> flowOf(FlowProgress progress) {
    return context.terminal().content().flatMap(c -> c.catalog().flow(progress.flowId()));
  }

  /** The questions answered on the way to {@code current}, first question first. */
  static List<String> pathBefore(GuidedFlow flow, FlowProgress progress, String current) {
    List<String> path = new ArrayList<>();
    FlowQuestion question = flow.question(flow.firstQuestionId());
    while (!question.id().equals(current)) {
      path.add(question.id());
      String given = progress.answers().answers().get(question.id());
      FlowStep next =
          question.answers().stream()
              .filter(a -> a.id().equals(given))
              .findFirst()
              .orElseThrow()
              .next();
      question = flow.question(((FlowStep.Ask) next).questionId());
    }
    return path;
  }

  /**
   * The most questions still to come, this one included: the total never grows as the citizen
   * answers, it can only shrink when an answer skips questions.
   */
  static int longestFrom(GuidedFlow flow, FlowQuestion question) {
    int longest = 0;
    for (FlowAnswer answer : question.answers()) {
      if (answer.next() instanceof FlowStep.Ask ask) {
        longest = Math.max(longest, longestFrom(flow, flow.question(ask.questionId())));
      }
    }
    return 1 + longest;
  }

  /** Answers the question on screen; after the last one the checklist follows. */
  public void choose(String questionId, String answerId) {
    Optional<FlowProgress> progress = context.session().flow().get();
    Optional<GuidedFlow> flow = progress.flatMap(this::flowOf);
    if (flow.isEmpty()) {
      leave();
      return;
    }
    FlowProgress answered = progress.get().answer(questionId, answerId);
    context.session().flow().set(Optional.of(answered));
    if (flow.get().stepFor(answered.answers()) instanceof FlowStep.Finish) {
      context.navigation().show(ScreenId.CHECKLIST);
    }
  }

  /** The previous question; from the first one, back to where the flow was started. */
  public void back() {
    Optional<FlowProgress> progress = context.session().flow().get();
    Optional<GuidedFlow> flow = progress.flatMap(this::flowOf);
    if (flow.isEmpty()) {
      leave();
      return;
    }
    FlowStep now = flow.get().stepFor(progress.get().answers());
    if (now instanceof FlowStep.Ask ask && ask.questionId().equals(flow.get().firstQuestionId())) {
      context.session().flow().set(Optional.empty());
      context.navigation().back();
      return;
    }
    context.session().flow().set(Optional.of(previous(flow.get(), progress.get())));
  }

  /**
   * One question back from where {@code progress} stands. Takes back answers until the question
   * asked changes, so an answer that no longer lies on the citizen's path cannot swallow a press.
   */
  static FlowProgress previous(GuidedFlow flow, FlowProgress progress) {
    FlowStep now = flow.stepFor(progress.answers());
    FlowProgress earlier = progress;
    while (!earlier.answered().isEmpty()) {
      earlier = earlier.back();
      if (!flow.stepFor(earlier.answers()).equals(now)) {
        return earlier;
      }
    }
    return earlier;
  }

  /**
   * The screen was shown with nothing to ask: a finished flow goes to its checklist, a missing or
   * unknown one (a catalogue update removed it) home.
   */
  public void recover() {
    Optional<FlowProgress> progress = context.session().flow().get();
    Optional<GuidedFlow> flow = progress.flatMap(this::flowOf);
    if (flow.isPresent()
        && flow.get().stepFor(progress.get().answers()) instanceof FlowStep.Finish) {
      context.navigation().show(ScreenId.CHECKLIST);
    } else {
      leave();
    }
  }

  private void leave() {
    context.session().flow().set(Optional.empty());
    context.navigation().show(ScreenId.HOME);
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }
}
