package de.buergerinfo.content.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers one citizen gave in a guided flow, question id to answer id. Personal: it lives in
 * the kiosk session only.
 *
 * @param answers answer per question
 */
public record FlowAnswers(Map<String, String> answers) {

  public FlowAnswers {
    answers = Map.copyOf(answers);
  }

  public static FlowAnswers none() {
    return new FlowAnswers(Map.of());
  }

  /** A copy with one more answer (replacing an earlier answer to the same question). */
  public FlowAnswers with(String questionId, String answerId) {
    Map<String, String> copy = new LinkedHashMap<>(answers);
    copy.put(questionId, answerId);
    return new FlowAnswers(copy);
  }

  public boolean satisfies(AnswerCondition condition) {
    return condition.answerId().equals(answers.get(condition.questionId()));
  }
}
