package de.buergerinfo.kiosk.session;

import de.buergerinfo.content.catalog.FlowAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a citizen stands in a guided flow: the flow, their answers, and the questions they have
 * answered in order (so "back" returns to the previous one). Personal: it lives in the session.
 *
 * @param flowId the guided flow
 * @param answers the answers given so far
 * @param answered the ids of the questions answered, in order
 */
public record FlowProgress(String flowId, FlowAnswers answers, List<String> answered) {

  public FlowProgress {
    Objects.requireNonNull(flowId, "flowId");
    Objects.requireNonNull(answers, "answers");
    answered = List.copyOf(answered);
  }

  /** A flow just begun: nothing answered. */
  public static FlowProgress start(String flowId) {
    return new FlowProgress(flowId, FlowAnswers.none(), List.of());
  }

  /** With {@code answerId} chosen for {@code questionId}. */
  public FlowProgress answer(String questionId, String answerId) {
    List<String> path = new ArrayList<>(answered);
    path.remove(questionId);
    path.add(questionId);
    return new FlowProgress(flowId, answers.with(questionId, answerId), path);
  }

  /** One question back: the last answer is taken back (the flow's start has nothing to undo). */
  public FlowProgress back() {
    if (answered.isEmpty()) {
      return this;
    }
    List<String> path = new ArrayList<>(answered);
    String last = path.removeLast();
    java.util.Map<String, String> kept = new java.util.HashMap<>(answers.answers());
    kept.remove(last);
    return new FlowProgress(flowId, new FlowAnswers(kept), path);
  }
}
