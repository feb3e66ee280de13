package de.buergerinfo.kiosk.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * What the terminal's content sync knows, for the screen and for the fleet.
 *
 * @param version the version the terminal serves (0 before its first sync)
 * @param lastSuccess when the terminal last knew it had the newest content
 * @param lastError why the last attempt failed or was refused; empty after a success
 */
public record SyncState(long version, Optional<Instant> lastSuccess, Optional<String> lastError) {

  public static SyncState initial(long version) {
    return new SyncState(version, Optional.empty(), Optional.empty());
  }
}
