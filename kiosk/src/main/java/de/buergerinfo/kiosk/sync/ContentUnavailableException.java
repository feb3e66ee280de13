package de.buergerinfo.kiosk.sync;

/** The central server could not be asked or did not answer properly; the last content stays. */
public final class ContentUnavailableException extends Exception {

  public ContentUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public ContentUnavailableException(String message) {
    super(message);
  }
}
