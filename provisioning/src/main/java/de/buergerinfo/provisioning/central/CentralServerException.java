package de.buergerinfo.provisioning.central;

/** The central server could not start, with a reason an operator can act on. */
public final class CentralServerException extends RuntimeException {

  public CentralServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
