package de.buergerinfo.content.bundle;

/** Content from outside (a manifest, an object, a file) is not what it must be. */
public final class ContentFormatException extends Exception {

  public ContentFormatException(String message) {
    super(message);
  }

  public ContentFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
