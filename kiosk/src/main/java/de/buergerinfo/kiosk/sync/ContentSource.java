package de.buergerinfo.kiosk.sync;

import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.UntrustedContentException;

/** Where the terminal gets its content from: the central server (port of the sync client). */
public interface ContentSource {

  /**
   * The central server's current manifest.
   *
   * @throws ContentUnavailableException when the server cannot be reached or refuses
   * @throws ContentFormatException when the answer is not a valid manifest
   * @throws UntrustedContentException when no trusted key signed it
   */
  Manifest manifest()
      throws ContentUnavailableException, ContentFormatException, UntrustedContentException;
}
