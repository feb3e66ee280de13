package de.buergerinfo.provisioning.central;

import de.buergerinfo.content.bundle.ManifestKeys;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.http.ManifestHandler;
import de.buergerinfo.content.http.ObjectHandler;
import de.buergerinfo.content.store.BundlePublisher;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.ContentStoreException;
import de.buergerinfo.content.store.PublishedContent;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central server: its database and the HTTP surface that terminals and IT use. Runs stand-alone
 * ({@code bis central}) or in-process in the kiosk's embedded default.
 */
public final class CentralServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CentralServer.class);

  /**
   * How to run the server.
   *
   * @param host the interface to listen on: 127.0.0.1 for the embedded default, 0.0.0.0 for all
   * @param port the TCP port, 0 for any free one
   * @param dataFolder where the H2 database and the manifest signing key live
   * @param requestsPerSecond how many requests one client address may make per second before it
   *     gets 429 Too Many Requests (a full sync of 5,000 objects takes ten seconds at 500)
   */
  public record Settings(String host, int port, Path dataFolder, int requestsPerSecond) {

    /** Requests per second per client address unless told otherwise. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 500;

    public Settings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(dataFolder, "dataFolder");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535");
      }
      if (requestsPerSecond < 1) {
        throw new IllegalArgumentException("requests per second must be at least 1");
      }
    }

    public Settings(String host, int port, Path dataFolder) {
      this(host, port, dataFolder, DEFAULT_REQUESTS_PER_SECOND);
    }
  }

  /** Where the manifest signing key lives inside the data folder. */
  public static final String SIGNING_KEY_FILE = "keys/manifest-signing.key";

  /** The largest request header block (request line included) the server reads. */
  static final int MAX_REQUEST_HEADER_BYTES = 8 * 1024;

  private final Server server;
  private final ServerConnector connector;
  private final ContentDatabase database;
  private final SigningKey signingKey;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private CentralServer(
      Server server, ServerConnector connector, ContentDatabase database, SigningKey signingKey) {
    this.server = server;
    this.connector = connector;
    this.database = database;
    this.signingKey = signingKey;
  }

  /**
   * Opens the database and starts serving.
   *
   * @throws CentralServerException when the data folder or the port cannot be used
   */
  public static CentralServer start(Settings settings) {
    ContentDatabase database;
    try {
      database = ContentDatabase.open(settings.dataFolder());
    } catch (ContentStoreException e) {
      throw new CentralServerException(e.getMessage(), e);
    }
    SigningKey signingKey;
    try {
      signingKey = SigningKey.loadOrCreate(settings.dataFolder().resolve(SIGNING_KEY_FILE));
      new BundlePublisher(database, List.of(signingKey)).signUnsigned();
    } catch (IOException | RuntimeException e) {
      database.close();
      throw new CentralServerException(
          "the manifest signing key cannot be used: " + e.getMessage(), e);
    }
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("central-http");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    server.addConnector(connector);
    server.setHandler(
        new DoSHandler(
            routes(database, signingKey),
            DoSHandler.ID_FROM_REMOTE_ADDRESS,
            new DoSHandler.LeakingBucketTrackerFactory(settings.requestsPerSecond()),
            new DoSHandler.StatusRejectHandler(HttpStatus.TOO_MANY_REQUESTS_429),
            10_000));
    server.setErrorHandler(new QuietErrorHandler());
    server.setStopTimeout(5_000);
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      database.close();
      throw new CentralServerException(startFailure(settings, e), e);
    }
    CentralServer central = new CentralServer(server, connector, database, signingKey);
    log.info(
        "central server listening on {}; terminals trust its content with"
            + " central.trusted-keys = {}",
        central.listenAddress(),
        ManifestKeys.publicKeyText(signingKey.publicKey()));
    return central;
  }

  private static PathMappingsHandler routes(ContentDatabase database, SigningKey key) {
    PathMappingsHandler routes = new PathMappingsHandler();
    PublishedContent content = new PublishedContent(database);
    routes.addMapping(
        PathSpec.from(ManifestHandler.PATH), new ManifestHandler(content, List.of(key)));
    routes.addMapping(PathSpec.from(ObjectHandler.PATH + "*"), new ObjectHandler(content));
    return routes;
  }

  private static String startFailure(Settings settings, Exception e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof BindException)) {
      cause = cause.getCause();
    }
    if (cause != null) {
      return "cannot listen on " + settings.host() + ":" + settings.port() + " (port in use?)";
    }
    return "the HTTP server did not start: " + e.getMessage();
  }

  /** The port actually bound, useful after asking for port 0. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The bound interface and port, such as {@code 0.0.0.0:8080}. */
  public String listenAddress() {
    return connector.getHost() + ":" + port();
  }

  /** Where a client on this machine reaches the server, such as {@code http://127.0.0.1:40123}. */
  public URI baseUri() {
    String host = connector.getHost();
    if (host == null || host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    }
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port());
  }

  /** The key that signs this server's manifests; terminals trust its public half. */
  public SigningKey signingKey() {
    return signingKey;
  }

  /** The database, for publishing bundles in-process (the demo). */
  public ContentDatabase database() {
    return database;
  }

  public Path dataFolder() {
    return database.folder();
  }

  /** Finishes requests in flight (up to five seconds), then closes the database; idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    stopQuietly(server);
    database.close();
    log.info("central server stopped");
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      log.warn("HTTP server did not stop cleanly: {}", e.toString());
    }
  }
}
