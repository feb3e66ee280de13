package de.buergerinfo.content.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A guided flow: a few questions, one per screen, that end in the right services and a personal
 * checklist ("I have moved to Bremen", "I lost my ID card").
 *
 * @param id stable id
 * @param title the flow's title
 * @param intro one sentence before the first question
 * @param firstQuestionId where the flow begins
 * @param questions all questions; each reachable from the first, no loops
 * @param lifeSituationIds life situations the flow belongs to
 * @param editorialNote for editors, never shown to citizens: sources, what is invented or unsure
 */
public record GuidedFlow(
    String id,
    LocalizedText title,
    LocalizedText intro,
    String firstQuestionId,
    List<FlowQuestion> questions,
    List<String> lifeSituationIds,
    String editorialNote) {

  public GuidedFlow {
    CatalogIds.check(id, "flow id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(intro, "intro");
    CatalogIds.check(firstQuestionId, "first question id");
    questions = List.copyOf(questions);
    lifeSituationIds =
        lifeSituationIds.stream().map(s -> CatalogIds.check(s, "life situation id")).toList();
    Objects.requireNonNull(editorialNote, "editorialNote");
    checkShape(id, firstQuestionId, questions);
  }

  /** Every question exists once, every target exists, no loops, nothing unreachable. */
  private static void checkShape(String id, String first, List<FlowQuestion> questions) {
    Map<String, FlowQuestion> byId = new LinkedHashMap<>();
    for (FlowQuestion question : questions) {
      if (byId.put(question.id(), question) != null) {
        throw new IllegalArgumentException(
            "flow " + id + " has question " + question.id() + " twice");
      }
    }
    if (!byId.containsKey(first)) {
      throw new IllegalArgumentException("flow " + id + " starts at unknown question " + first);
    }
    Set<String> reached = new HashSet<>();
    visit(id, first, byId, new HashSet<>(), reached);
    for (String question : byId.keySet()) {
      if (!reached.contains(question)) {
        throw new IllegalArgumentException(
            "flow " + id + ": question " + question + " cannot be reached from " + first);
      }
    }
  }

  private static void visit(
      String id,
      String question,
      Map<String, FlowQuestion> byId,
      Set<String> path,
      Set<String> reached) {
    FlowQuestion current = byId.get(question);
    if (current == null) {
      throw new IllegalArgumentException("flow " + id + " leads to unknown question " + question);
    }
    if (!path.add(question)) {
      throw new IllegalArgumentException("flow " + id + " loops back to question " + question);
    }
    reached.add(question);
    for (FlowAnswer answer : current.answers()) {
      if (answer.next() instanceof FlowStep.Ask ask) {
        visit(id, ask.questionId(), byId, path, reached);
      }
    }
    path.remove(question);
  }

  public FlowQuestion question(String questionId) {
    return questions.stream()
        .filter(q -> q.id().equals(questionId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("flow " + id + " has no question " + questionId));
  }

  /**
   * Where someone with these answers stands: the next unanswered question, or the result. Answers
   * to questions off their path are ignored; an unknown answer counts as unanswered.
   */
  public FlowStep stepFor(FlowAnswers answers) {
    FlowQuestion current = question(firstQuestionId);
    while (true) {
      String given = answers.answers().get(current.id());
      Optional<FlowAnswer> answer =
          current.answers().stream().filter(a -> a.id().equals(given)).findFirst();
      if (answer.isEmpty()) {
        return new FlowStep.Ask(current.id());
      }
      if (answer.get().next() instanceof FlowStep.Ask ask) {
        current = question(ask.questionId());
      } else {
        return answer.get().next();
      }
    }
  }
}
