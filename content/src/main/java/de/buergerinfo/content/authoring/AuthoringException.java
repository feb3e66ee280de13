package de.buergerinfo.content.authoring;

import java.util.List;

/** A content directory cannot be loaded; nothing of it was taken. Lists every problem found. */
public final class AuthoringException extends Exception {

  private final List<AuthoringProblem> problems;

  public AuthoringException(List<AuthoringProblem> problems) {
    super(
        problems.size()
            + " problem(s) in the content directory:\n  "
            + String.join("\n  ", problems.stream().map(AuthoringProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<AuthoringProblem> problems() {
    return problems;
  }
}
