package de.buergerinfo.kiosk.sync;

import java.time.Duration;

/** The outcome of one sync attempt. */
public sealed interface SyncResult {

  /** The terminal already has the server's version. */
  record UpToDate(long version) implements SyncResult {}

  /**
   * A new version was downloaded and applied.
   *
   * @param objectsDownloaded objects fetched (the others were held already)
   * @param bytesDownloaded their bytes
   * @param manifestBytes the signed manifest or delta as received
   * @param applyTook reading the objects into a catalogue and the one transaction that applies it
   * @param took from asking for the manifest to the applied version
   */
  record Applied(
      long version,
      int objectsDownloaded,
      long bytesDownloaded,
      long manifestBytes,
      Duration applyTook,
      Duration took)
      implements SyncResult {}

  /** The server's content was refused (an attack or a broken bundle); the old version stays. */
  record Refused(String reason) implements SyncResult {}

  /** The server could not be reached or answered wrongly; the old version stays. */
  record Failed(String reason) implements SyncResult {}
}
