package de.buergerinfo.content.authoring;

import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers its line, so every error can name where it is. */
sealed interface SourceNode {

  /** 1-based line where the value starts. */
  int line();

  /** A text, number, boolean or date, kept as written. */
  record Scalar(String text, int line) implements SourceNode {}

  /** A list. */
  record Sequence(List<SourceNode> items, int line) implements SourceNode {}

  /** A map of keys (in file order) to values; key lines are kept for unknown-key errors. */
  record Mapping(Map<String, SourceNode> entries, Map<String, Integer> keyLines, int line)
      implements SourceNode {}

  /** An empty value ({@code key:} with nothing after it, or {@code ~}). */
  record Empty(int line) implements SourceNode {}
}
