package de.buergerinfo.kiosk.sync;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.search.ServiceIndex;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The catalogue and search index the screens use, swapped as one when a new version is applied: a
 * search runs on one version, never on half of two.
 */
public final class LiveContent {

  /** One version's catalogue with its index. */
  public record Snapshot(Catalog catalog, ServiceIndex index) {}

  private final AtomicReference<Snapshot> current;

  private LiveContent(Snapshot snapshot) {
    this.current = new AtomicReference<>(snapshot);
  }

  /** Starts with {@code catalog}: what the terminal's store holds, so it works offline at once. */
  public static LiveContent of(Catalog catalog) {
    return new LiveContent(new Snapshot(catalog, ServiceIndex.build(catalog)));
  }

  public Snapshot current() {
    return current.get();
  }

  /**
   * Builds the new index on the calling (sync) thread, then swaps. The old in-memory index is left
   * to the garbage collector rather than closed: a search may still be running on it.
   */
  public void replace(Catalog catalog) {
    current.set(new Snapshot(catalog, ServiceIndex.build(catalog)));
  }
}
