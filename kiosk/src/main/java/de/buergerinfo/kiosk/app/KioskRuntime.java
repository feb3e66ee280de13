package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.store.CatalogStore;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.ReceivedContent;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.devices.setup.TerminalDevices;
import de.buergerinfo.kiosk.central.EmbeddedCentral;
import de.buergerinfo.kiosk.devices.DeviceEvents;
import de.buergerinfo.kiosk.sync.ContentSync;
import de.buergerinfo.kiosk.sync.HttpContentSource;
import de.buergerinfo.kiosk.sync.LiveContent;
import de.buergerinfo.kiosk.sync.SyncSchedule;
import de.buergerinfo.kiosk.sync.SyncState;
import de.buergerinfo.provisioning.central.CentralServer;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything of a running terminal that is not UI: the embedded central server when the profile
 * names none, and the connection to the central server. Started before the window, closed after.
 */
public final class KioskRuntime implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KioskRuntime.class);

  private final TerminalProfile profile;
  private final Optional<CentralServer> embeddedCentral;
  private final HttpContentSource contentSource;
  private final ContentDatabase store;
  private final ContentSync sync;
  private final LiveContent content;
  private final SyncSchedule schedule;
  private final DeviceEvents deviceEvents;
  private final TerminalDevices devices;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KioskRuntime(
      TerminalProfile profile,
      Optional<CentralServer> embeddedCentral,
      HttpContentSource contentSource,
      ContentDatabase store) {
    this.profile = profile;
    this.deviceEvents = new DeviceEvents();
    // Never throws: a device that cannot start is reported, and the terminal runs on without it.
    this.devices = TerminalDevices.open(profile.devices(), deviceEvents);
    this.embeddedCentral = embeddedCentral;
    this.contentSource = contentSource;
    this.store = store;
    this.sync =
        new ContentSync(
            contentSource,
            new ReceivedContent(store),
            Clock.systemUTC(),
            ContentSync.Limits.defaults());
    this.content = LiveContent.of(new CatalogStore(store).load());
    sync.onApplied(content::replace);
    this.schedule =
        new SyncSchedule(
            sync, profile.contentPollInterval(), MAX_SYNC_BACKOFF, RandomGenerator.getDefault());
  }

  /** The longest wait between sync attempts after failures. */
  private static final Duration MAX_SYNC_BACKOFF = Duration.ofMinutes(30);

  /** Where the terminal keeps the content it applied, inside its data folder. */
  static final String STORE_FOLDER = "terminal";

  /** Starts the embedded central server if the profile names none, and the HTTP client. */
  public static KioskRuntime start(TerminalProfile profile, Path dataFolder) {
    Optional<CentralServer> embedded =
        profile.usesEmbeddedCentral()
            ? Optional.of(EmbeddedCentral.start(dataFolder.resolve("central")))
            : Optional.empty();
    URI central =
        embedded.map(CentralServer::baseUri).orElseGet(() -> profile.centralServer().orElseThrow());
    HttpContentSource source;
    ContentDatabase store;
    try {
      source = HttpContentSource.start(central, trustedKeys(profile, embedded));
    } catch (RuntimeException e) {
      embedded.ifPresent(CentralServer::close);
      throw e;
    }
    try {
      store = ContentDatabase.open(dataFolder.resolve(STORE_FOLDER));
    } catch (RuntimeException e) {
      source.close();
      embedded.ifPresent(CentralServer::close);
      throw e;
    }
    log.info(
        "terminal {} starting: central server {}{}, languages {}, {}",
        profile.terminalId(),
        central,
        embedded.isPresent() ? " (embedded)" : "",
        profile.languages().stream().map(l -> l.tag()).toList(),
        devices(profile));
    return new KioskRuntime(profile, embedded, source, store);
  }

  /** The profile's keys, or the embedded central's own key, which runs in this process. */
  private static TrustedKeys trustedKeys(
      TerminalProfile profile, Optional<CentralServer> embedded) {
    return TrustedKeys.of(
        embedded
            .map(central -> List.of(central.signingKey().publicKey()))
            .orElse(profile.trustedManifestKeys()));
  }

  private static String devices(TerminalProfile profile) {
    StringBuilder text = new StringBuilder("devices:");
    for (DeviceKind kind : DeviceKind.values()) {
      text.append(' ')
          .append(kind.name().toLowerCase(java.util.Locale.ROOT))
          .append('=')
          .append(profile.devices().address(kind));
    }
    return text.toString();
  }

  public TerminalProfile profile() {
    return profile;
  }

  public HttpContentSource contentSource() {
    return contentSource;
  }

  public Optional<CentralServer> embeddedCentral() {
    return embeddedCentral;
  }

  /** The catalogue and search index of the applied content version. */
  public LiveContent content() {
    return content;
  }

  /** The terminal's device drivers (simulators in the embedded default). */
  public TerminalDevices devices() {
    return devices;
  }

  /** Where screens subscribe to device events (cards, codes, presence, health). */
  public DeviceEvents deviceEvents() {
    return deviceEvents;
  }

  /** What the content sync knows, for the screen and the fleet. */
  public SyncState syncState() {
    return sync.state();
  }

  /** One sync now, on a background thread (tests and the first start wait for it). */
  public Thread checkContentInBackground() {
    return Thread.ofVirtual().name("content-check").start(sync::syncOnce);
  }

  /** Polls the central server from now on, at the profile's interval, until closed. */
  public void startContentSync() {
    schedule.start();
  }

  /** Stops the HTTP client and the embedded central server; safe to call twice. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      schedule.close();
      sync.close();
      contentSource.close();
      store.close();
    } finally {
      devices.close();
      embeddedCentral.ifPresent(CentralServer::close);
    }
    log.info("terminal {} stopped", profile.terminalId());
  }
}
