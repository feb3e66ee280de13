package de.buergerinfo.content.catalog;

/**
 * "Question {@code questionId} of a guided flow was answered {@code answerId}".
 *
 * @param questionId the question
 * @param answerId the answer that must have been given
 */
public record AnswerCondition(String questionId, String answerId) {

  public AnswerCondition {
    CatalogIds.check(questionId, "question id");
    CatalogIds.check(answerId, "answer id");
  }
}
