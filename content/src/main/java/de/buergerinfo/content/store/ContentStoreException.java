package de.buergerinfo.content.store;

/** The local content database cannot be opened, migrated or read. */
public final class ContentStoreException extends RuntimeException {

  public ContentStoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public ContentStoreException(String message) {
    super(message);
  }
}
