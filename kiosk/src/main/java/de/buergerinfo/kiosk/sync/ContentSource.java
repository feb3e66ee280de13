package de.buergerinfo.kiosk.sync;

import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
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

  /**
   * The manifest as {@link #manifest()}, with the signed bytes it came in, which a terminal keeps.
   *
   * @param manifest the verified manifest
   * @param signed the signed envelope as received
   */
  record FetchedManifest(Manifest manifest, byte[] signed) {}

  /**
   * The newest manifest for a terminal that has {@code applied}: the server may answer with a
   * signed delta from that version, which is checked against {@code applied} and rebuilt; the
   * signed bytes as received are kept.
   */
  FetchedManifest fetchManifest(Manifest applied)
      throws ContentUnavailableException, ContentFormatException, UntrustedContentException;

  /**
   * The object {@code entry} names, checked against its size and hash.
   *
   * @throws UntrustedContentException when the bytes are not what the manifest says (another
   *     version's object, a changed one, more data than declared)
   */
  byte[] object(ManifestEntry entry) throws ContentUnavailableException, UntrustedContentException;
}
