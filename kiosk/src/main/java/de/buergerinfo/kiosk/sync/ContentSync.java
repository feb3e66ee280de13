package de.buergerinfo.kiosk.sync;

import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.bundle.UntrustedContentException;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.json.CatalogObjects;
import de.buergerinfo.content.store.ContentStoreException;
import de.buergerinfo.content.store.ReceivedContent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the terminal's content up to the central server's newest signed bundle: downloads only the
 * objects it lacks, in parallel, each checked against the signed manifest, then applies the version
 * in one transaction. Refuses what TUF calls rollback (an older version), freeze (an expired
 * manifest), endless data (more than declared, more than the limits) and mix-and-match (objects
 * that are not the manifest's). On any failure the last good version stays.
 */
public final class ContentSync implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ContentSync.class);

  /**
   * What a terminal accepts at most.
   *
   * @param maxObjects objects in one bundle
   * @param maxObjectBytes bytes of one object
   * @param maxBundleBytes bytes of all objects of a bundle
   * @param parallelDownloads objects downloaded at the same time
   */
  public record Limits(
      int maxObjects, long maxObjectBytes, long maxBundleBytes, int parallelDownloads) {

    public static Limits defaults() {
      return new Limits(50_000, 16L * 1024 * 1024, 512L * 1024 * 1024, 8);
    }
  }

  private final ContentSource source;
  private final ReceivedContent local;
  private final Clock clock;
  private final Limits limits;
  private final ExecutorService downloads;
  private final AtomicReference<SyncState> state;
  private final List<Consumer<SyncState>> stateListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private final List<Consumer<Catalog>> catalogListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  public ContentSync(ContentSource source, ReceivedContent local, Clock clock, Limits limits) {
    this.source = source;
    this.local = local;
    this.clock = clock;
    this.limits = limits;
    this.downloads = Executors.newVirtualThreadPerTaskExecutor();
    this.state = new AtomicReference<>(SyncState.initial(local.appliedManifest().version()));
  }

  /** What the sync knows now. */
  public SyncState state() {
    return state.get();
  }

  /** Called with the new state after every attempt, on the syncing thread (screen, fleet). */
  public void onStateChange(Consumer<SyncState> listener) {
    stateListeners.add(listener);
  }

  /** Called with the new catalogue after each applied version, on the syncing thread. */
  public void onApplied(Consumer<Catalog> listener) {
    catalogListeners.add(listener);
  }

  /** One attempt: never throws; the result says what happened, {@link #state()} follows it. */
  public synchronized SyncResult syncOnce() {
    Instant started = clock.instant();
    SyncResult result;
    try {
      result = attempt(started);
    } catch (UntrustedContentException | ContentFormatException e) {
      result = new SyncResult.Refused(e.getMessage());
    } catch (ContentUnavailableException e) {
      result = new SyncResult.Failed(e.getMessage());
    } catch (ContentStoreException e) {
      result = new SyncResult.Failed("the terminal's store failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = new SyncResult.Failed("interrupted");
    }
    record(result);
    return result;
  }

  private SyncResult attempt(Instant now)
      throws ContentUnavailableException,
          ContentFormatException,
          UntrustedContentException,
          InterruptedException {
    Manifest applied = local.appliedManifest();
    ContentSource.FetchedManifest fetched = source.fetchManifest(applied);
    Manifest offered = fetched.manifest();
    if (offered.isExpiredAt(now)) {
      throw new UntrustedContentException(
          "freeze: the server's manifest (version "
              + offered.version()
              + ") expired at "
              + offered.expires());
    }
    if (offered.version() < applied.version()) {
      throw new UntrustedContentException(
          "rollback: the server offers version "
              + offered.version()
              + ", older than the version "
              + applied.version()
              + " this terminal has");
    }
    if (offered.version() == applied.version()) {
      if (!offered.objects().equals(applied.objects()) && applied.version() > 0) {
        throw new UntrustedContentException(
            "version " + offered.version() + " is offered with other objects than it had");
      }
      return new SyncResult.UpToDate(applied.version());
    }
    checkLimits(offered);
    List<ManifestEntry> missing = missing(offered);
    long bytes = download(missing);
    Instant applying = clock.instant();
    Catalog catalog = CatalogObjects.read(local.objects(offered));
    local.apply(offered, fetched.signed(), catalog);
    Duration applyTook = Duration.between(applying, clock.instant());
    catalogListeners.forEach(listener -> listener.accept(catalog));
    return new SyncResult.Applied(
        offered.version(),
        missing.size(),
        bytes,
        fetched.signed().length,
        applyTook,
        Duration.between(now, clock.instant()));
  }

  private void checkLimits(Manifest offered) throws UntrustedContentException {
    if (offered.objects().size() > limits.maxObjects()) {
      throw new UntrustedContentException(
          "endless data: "
              + offered.objects().size()
              + " objects, more than "
              + limits.maxObjects());
    }
    for (ManifestEntry entry : offered.objects()) {
      if (entry.size() > limits.maxObjectBytes()) {
        throw new UntrustedContentException(
            "endless data: object " + entry.path() + " declares " + entry.size() + " bytes");
      }
    }
    if (offered.totalSize() > limits.maxBundleBytes()) {
      throw new UntrustedContentException(
          "endless data: the bundle declares " + offered.totalSize() + " bytes in all");
    }
  }

  private List<ManifestEntry> missing(Manifest offered) {
    Set<String> held = local.present(offered.objects());
    java.util.Map<String, ManifestEntry> bySha = new java.util.LinkedHashMap<>();
    for (ManifestEntry entry : offered.objects()) {
      if (!held.contains(entry.sha256())) {
        bySha.putIfAbsent(entry.sha256(), entry);
      }
    }
    return new ArrayList<>(bySha.values());
  }

  /** Downloads {@code entries}, at most {@code parallelDownloads} at once; returns the bytes. */
  private long download(List<ManifestEntry> entries)
      throws ContentUnavailableException, UntrustedContentException, InterruptedException {
    java.util.concurrent.Semaphore slots =
        new java.util.concurrent.Semaphore(limits.parallelDownloads());
    List<Future<Long>> running = new ArrayList<>();
    for (ManifestEntry entry : entries) {
      running.add(
          downloads.submit(
              () -> {
                slots.acquire();
                try {
                  byte[] bytes = source.object(entry);
                  local.keep(entry, bytes);
                  return (long) bytes.length;
                } finally {
                  slots.release();
                }
              }));
    }
    long total = 0;
    Optional<Exception> first = Optional.empty();
    for (Future<Long> download : running) {
      try {
        total += download.get();
      } catch (ExecutionException e) {
        if (first.isEmpty() && e.getCause() instanceof Exception cause) {
          first = Optional.of(cause);
          running.forEach(f -> f.cancel(true));
        }
      } catch (java.util.concurrent.CancellationException e) {
        // cancelled after the first failure
      }
    }
    if (first.isPresent()) {
      switch (first.get()) {
        case UntrustedContentException untrusted -> throw untrusted;
        case ContentUnavailableException unavailable -> throw unavailable;
        case RuntimeException runtime -> throw runtime;
        default -> throw new ContentUnavailableException(first.get().toString(), first.get());
      }
    }
    return total;
  }

  private void record(SyncResult result) {
    Instant now = clock.instant();
    SyncState before = state.get();
    SyncState after =
        switch (result) {
          case SyncResult.UpToDate up ->
              new SyncState(up.version(), Optional.of(now), Optional.empty());
          case SyncResult.Applied applied ->
              new SyncState(applied.version(), Optional.of(now), Optional.empty());
          case SyncResult.Refused refused ->
              new SyncState(before.version(), before.lastSuccess(), Optional.of(refused.reason()));
          case SyncResult.Failed failed ->
              new SyncState(before.version(), before.lastSuccess(), Optional.of(failed.reason()));
        };
    state.set(after);
    stateListeners.forEach(listener -> listener.accept(after));
    switch (result) {
      case SyncResult.Applied applied ->
          log.info(
              "content version {} applied: {} objects, {} bytes and a {} byte manifest"
                  + " downloaded in {} ms",
              applied.version(),
              applied.objectsDownloaded(),
              applied.bytesDownloaded(),
              applied.manifestBytes(),
              applied.took().toMillis());
      case SyncResult.Refused refused ->
          log.warn("content refused, keeping version {}: {}", before.version(), refused.reason());
      case SyncResult.Failed failed ->
          log.warn(
              "content sync failed, keeping version {}: {}", before.version(), failed.reason());
      case SyncResult.UpToDate up -> log.debug("content version {} is current", up.version());
    }
  }

  @Override
  public void close() {
    downloads.shutdownNow();
  }
}
