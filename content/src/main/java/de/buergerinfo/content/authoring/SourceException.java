package de.buergerinfo.content.authoring;

/** A problem at a place in one file; the directory reader adds the file name. */
final class SourceException extends Exception {

  private final int line;
  private final String field;

  SourceException(int line, String field, String message) {
    super(message);
    this.line = line;
    this.field = field;
  }

  int line() {
    return line;
  }

  String field() {
    return field;
  }
}
