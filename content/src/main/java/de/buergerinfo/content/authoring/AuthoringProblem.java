package de.buergerinfo.content.authoring;

import java.nio.file.Path;

/**
 * One thing wrong in an authoring file.
 *
 * @param file the file, relative to the content directory
 * @param line 1-based line, 0 when the whole file is meant
 * @param field the field path such as {@code documents[2].text.de}, empty when none
 * @param message what is wrong
 */
public record AuthoringProblem(Path file, int line, String field, String message) {

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file.toString());
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (!field.isEmpty()) {
      text.append("field '").append(field).append("': ");
    }
    return text.append(message).toString();
  }
}
