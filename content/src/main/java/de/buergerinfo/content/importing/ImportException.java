package de.buergerinfo.content.importing;

/** A catalogue file cannot be imported at all (missing, not JSON, wrong shape). */
public final class ImportException extends Exception {

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
