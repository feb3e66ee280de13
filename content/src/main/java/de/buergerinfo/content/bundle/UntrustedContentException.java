package de.buergerinfo.content.bundle;

/**
 * Content a terminal must refuse: a bad or missing signature, an expired or older manifest, an
 * object that is not what the manifest says. The message names the attack it stops.
 */
public final class UntrustedContentException extends Exception {

  public UntrustedContentException(String message) {
    super(message);
  }

  public UntrustedContentException(String message, Throwable cause) {
    super(message, cause);
  }
}
