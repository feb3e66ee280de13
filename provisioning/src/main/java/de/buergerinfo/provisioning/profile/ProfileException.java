package de.buergerinfo.provisioning.profile;

import java.nio.file.Path;

/** A terminal profile is wrong; the message names the file, the line and the field. */
public final class ProfileException extends Exception {

  private final Path file;
  private final int line;
  private final String field;

  /**
   * @param file the profile file
   * @param line 1-based line number, or 0 when the problem is the whole file
   * @param field the field name, or empty when the problem is not one field
   * @param problem what is wrong, as a sentence fragment
   */
  public ProfileException(Path file, int line, String field, String problem) {
    super(format(file, line, field, problem));
    this.file = file;
    this.line = line;
    this.field = field;
  }

  private static String format(Path file, int line, String field, String problem) {
    StringBuilder message = new StringBuilder(file.toString());
    if (line > 0) {
      message.append(':').append(line);
    }
    message.append(": ");
    if (!field.isEmpty()) {
      message.append("field '").append(field).append("' ");
    }
    return message.append(problem).toString();
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String field() {
    return field;
  }
}
