package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.bundle.UntrustedContentException;
import de.buergerinfo.devices.DeviceKind;
import de.buergerinfo.kiosk.central.EmbeddedCentral;
import de.buergerinfo.kiosk.sync.ContentUnavailableException;
import de.buergerinfo.kiosk.sync.HttpContentSource;
import de.buergerinfo.provisioning.central.CentralServer;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final AtomicBoolean closed = new AtomicBoolean();

  private KioskRuntime(
      TerminalProfile profile,
      Optional<CentralServer> embeddedCentral,
      HttpContentSource contentSource) {
    this.profile = profile;
    this.embeddedCentral = embeddedCentral;
    this.contentSource = contentSource;
  }

  /** Starts the embedded central server if the profile names none, and the HTTP client. */
  public static KioskRuntime start(TerminalProfile profile, Path dataFolder) {
    Optional<CentralServer> embedded =
        profile.usesEmbeddedCentral()
            ? Optional.of(EmbeddedCentral.start(dataFolder.resolve("central")))
            : Optional.empty();
    URI central =
        embedded.map(CentralServer::baseUri).orElseGet(() -> profile.centralServer().orElseThrow());
    HttpContentSource source;
    try {
      source = HttpContentSource.start(central, trustedKeys(profile, embedded));
    } catch (RuntimeException e) {
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
    return new KioskRuntime(profile, embedded, source);
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

  /** Asks the central server for its manifest on a background thread and logs what it holds. */
  public Thread checkContentInBackground() {
    return Thread.ofVirtual().name("content-check").start(this::checkContent);
  }

  private void checkContent() {
    try {
      Manifest manifest = contentSource.manifest();
      log.info(
          "central server offers content version {} ({} objects)",
          manifest.version(),
          manifest.objects().size());
    } catch (ContentUnavailableException | ContentFormatException | UntrustedContentException e) {
      log.warn("content check failed, keeping the content we have: {}", e.getMessage());
    }
  }

  /** Stops the HTTP client and the embedded central server; safe to call twice. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      contentSource.close();
    } finally {
      embeddedCentral.ifPresent(CentralServer::close);
    }
    log.info("terminal {} stopped", profile.terminalId());
  }
}
