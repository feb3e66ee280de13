package de.buergerinfo.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.catalog.json.CatalogObjects;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.store.BundlePublisher;
import de.buergerinfo.content.store.CatalogStore;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.PublishedContent;
import de.buergerinfo.content.store.ReceivedContent;
import de.buergerinfo.provisioning.central.CentralServer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal's sync against a real central server (Jetty on 127.0.0.1, H2 in temporary folders)
 * and against servers that attack it: each TUF attack the issue names is performed, and the
 * terminal refuses it and keeps serving the content it had.
 */
class ContentSyncTest {

  private static final Catalog BREMEN = BremenContent.load();

  @TempDir Path folder;
  private final List<AutoCloseable> open = new ArrayList<>();
  private CentralServer central;
  private ContentDatabase terminalDatabase;

  @BeforeEach
  void startCentral() {
    central =
        CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, folder.resolve("central")));
    open.add(central);
    terminalDatabase = ContentDatabase.open(folder.resolve("terminal"));
    open.add(terminalDatabase);
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : open.reversed()) {
      closeable.close();
    }
  }

  private Manifest publish(CentralServer server, Catalog catalog, Instant now, Duration validity) {
    return new BundlePublisher(server.database(), List.of(server.signingKey()))
        .publish(CatalogObjects.of(catalog), now, validity);
  }

  private ContentSync terminal(URI server, TrustedKeys trusted, Clock clock) {
    HttpContentSource source = HttpContentSource.start(server, trusted, Duration.ofSeconds(3));
    open.add(source);
    ContentSync sync =
        new ContentSync(
            source, new ReceivedContent(terminalDatabase), clock, ContentSync.Limits.defaults());
    open.add(sync);
    return sync;
  }

  private ContentSync terminal() {
    return terminal(central.baseUri(), trustingCentral(), Clock.systemUTC());
  }

  private TrustedKeys trustingCentral() {
    return TrustedKeys.of(List.of(central.signingKey().publicKey()));
  }

  private static Catalog withRenamedIdCard(Catalog catalog, String name) throws Exception {
    List<Service> services = new ArrayList<>();
    for (Service s : catalog.services()) {
      services.add(
          s.id().equals("personalausweis") ? s.withName(s.name().with(Language.GERMAN, name)) : s);
    }
    return Catalog.of(
        services,
        catalog.offices(),
        catalog.lifeSituations(),
        catalog.flows(),
        catalog.announcements(),
        catalog.glossary());
  }

  private String storedIdCardName() {
    return new CatalogStore(terminalDatabase)
        .service("personalausweis")
        .map(Service::name)
        .flatMap(name -> name.in(Language.GERMAN))
        .orElse("(none)");
  }

  @Test
  void aFreshTerminalGetsVersionOneThenVersionTwoAsADelta() throws Exception {
    Instant now = Instant.now();
    Manifest one = publish(central, BREMEN, now, Duration.ofDays(30));
    ContentSync sync = terminal();
    List<Catalog> applied = new ArrayList<>();
    sync.onApplied(applied::add);
    List<SyncState> states = new ArrayList<>();
    sync.onStateChange(states::add);

    SyncResult first = sync.syncOnce();
    publish(central, withRenamedIdCard(BREMEN, "Personalausweis (neu)"), now, Duration.ofDays(30));
    SyncResult second = sync.syncOnce();
    SyncResult third = sync.syncOnce();

    assertThat(first)
        .isInstanceOfSatisfying(
            SyncResult.Applied.class,
            a -> {
              assertThat(a.version()).isEqualTo(1);
              assertThat(a.objectsDownloaded()).isEqualTo(one.objects().size());
            });
    assertThat(second)
        .isInstanceOfSatisfying(
            SyncResult.Applied.class,
            a -> {
              assertThat(a.version()).isEqualTo(2);
              assertThat(a.objectsDownloaded()).as("only the changed service").isEqualTo(1);
              assertThat(a.manifestBytes())
                  .as("a signed delta, not the whole manifest")
                  .isLessThan(((SyncResult.Applied) first).manifestBytes() / 10);
            });
    assertThat(third).isEqualTo(new SyncResult.UpToDate(2));
    assertThat(storedIdCardName()).isEqualTo("Personalausweis (neu)");
    assertThat(applied).hasSize(2);
    assertThat(states).extracting(SyncState::version).containsExactly(1L, 2L, 2L);
    assertThat(sync.state().version()).isEqualTo(2);
    assertThat(sync.state().lastError()).isEmpty();
    assertThat(sync.state().lastSuccess()).isPresent();
  }

  @Test
  void rollbackAnOlderVersionFromAServerWithTheRightKeyIsRefused() throws Exception {
    Instant now = Instant.now();
    publish(central, BREMEN, now, Duration.ofDays(30));
    publish(central, withRenamedIdCard(BREMEN, "Version zwei"), now, Duration.ofDays(30));
    ContentSync sync = terminal();
    assertThat(sync.syncOnce()).isInstanceOf(SyncResult.Applied.class);
    // A mirror with the city's key that still has only version 1.
    Path mirrorData = folder.resolve("mirror");
    Files.createDirectories(mirrorData.resolve("keys"));
    Files.copy(
        folder.resolve("central").resolve(CentralServer.SIGNING_KEY_FILE),
        mirrorData.resolve(CentralServer.SIGNING_KEY_FILE));
    CentralServer mirror =
        CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, mirrorData));
    open.add(mirror);
    publish(mirror, withRenamedIdCard(BREMEN, "Version eins"), now, Duration.ofDays(30));
    ContentSync fooled = terminal(mirror.baseUri(), trustingCentral(), Clock.systemUTC());

    SyncResult result = fooled.syncOnce();

    assertThat(result)
        .isInstanceOfSatisfying(
            SyncResult.Refused.class, r -> assertThat(r.reason()).startsWith("rollback"));
    assertThat(storedIdCardName()).isEqualTo("Version zwei");
    assertThat(fooled.state().version()).isEqualTo(2);
    assertThat(fooled.state().lastError()).get().asString().startsWith("rollback");
  }

  @Test
  void freezeAnExpiredManifestIsRefused() throws Exception {
    Instant now = Instant.now();
    publish(central, BREMEN, now, Duration.ofDays(1));
    Clock twoDaysLater = Clock.fixed(now.plus(Duration.ofDays(2)), ZoneOffset.UTC);

    SyncResult result = terminal(central.baseUri(), trustingCentral(), twoDaysLater).syncOnce();

    assertThat(result)
        .isInstanceOfSatisfying(
            SyncResult.Refused.class, r -> assertThat(r.reason()).startsWith("freeze"));
    assertThat(new ReceivedContent(terminalDatabase).appliedManifest().version()).isZero();
  }

  @Test
  void contentSignedByAnotherKeyIsRefused() throws Exception {
    publish(central, BREMEN, Instant.now(), Duration.ofDays(30));
    TrustedKeys otherCity = TrustedKeys.of(List.of(SigningKey.generate().publicKey()));

    SyncResult result = terminal(central.baseUri(), otherCity, Clock.systemUTC()).syncOnce();

    assertThat(result)
        .isInstanceOfSatisfying(
            SyncResult.Refused.class,
            r -> assertThat(r.reason()).contains("not signed by a trusted key"));
    assertThat(new CatalogStore(terminalDatabase).load().services()).isEmpty();
  }

  /** A Jetty server on 127.0.0.1 with {@code handler}, stopped after the test. */
  private URI serve(Handler handler) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(handler);
    server.start();
    open.add(server::stop);
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  /** A server that serves a genuine signed manifest and answers object requests as told. */
  private URI attacker(byte[] signedManifest, Function<String, byte[]> objects) throws Exception {
    URI server =
        serve(
            new Handler.Abstract() {
              @Override
              public boolean handle(Request request, Response response, Callback callback) {
                String path = request.getHttpURI().getPath();
                byte[] body =
                    path.endsWith("/manifest")
                        ? signedManifest
                        : objects.apply(path.substring(path.lastIndexOf('/') + 1));
                response.setStatus(200);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
              }
            });
    return server;
  }

  @Test
  void mixAndMatchObjectsOfAnotherVersionAreRefusedAndNothingIsApplied() throws Exception {
    Instant now = Instant.now();
    Manifest one = publish(central, BREMEN, now, Duration.ofDays(30));
    publish(central, withRenamedIdCard(BREMEN, "Zwei"), now, Duration.ofDays(30));
    PublishedContent published = new PublishedContent(central.database());
    byte[] signedTwo = published.currentSignedManifest().orElseThrow().signed();
    String idCardOfOne =
        one.objects().stream()
            .filter(e -> e.path().equals("services/personalausweis.json"))
            .map(ManifestEntry::sha256)
            .findFirst()
            .orElseThrow();
    // Every request gets version 1's identity card: right for none of version 2's new object.
    URI server = attacker(signedTwo, sha -> published.object(idCardOfOne).orElseThrow());

    SyncResult result = terminal(server, trustingCentral(), Clock.systemUTC()).syncOnce();

    assertThat(result)
        .isInstanceOfSatisfying(
            SyncResult.Refused.class,
            r -> assertThat(r.reason()).contains("is not what the signed manifest says"));
    assertThat(new ReceivedContent(terminalDatabase).appliedManifest().version()).isZero();
  }

  @Test
  void endlessDataMoreBytesThanDeclaredIsCutOffAndNothingIsApplied() throws Exception {
    publish(central, BREMEN, Instant.now(), Duration.ofDays(30));
    byte[] signed =
        new PublishedContent(central.database()).currentSignedManifest().orElseThrow().signed();
    URI server = attacker(signed, sha -> new byte[4 * 1024 * 1024]);

    SyncResult result = terminal(server, trustingCentral(), Clock.systemUTC()).syncOnce();

    assertThat(result)
        .isInstanceOfSatisfying(
            SyncResult.Refused.class, r -> assertThat(r.reason()).startsWith("endless data"));
    assertThat(new ReceivedContent(terminalDatabase).appliedManifest().version()).isZero();
  }

  /** How a faulty server answers object requests. */
  enum Fault {
    SERVER_ERROR,
    SLOW,
    RESET_MID_OBJECT,
    TRUNCATED
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(Fault.class)
  void networkFaultsDuringObjectDownloadsKeepTheLastGoodVersion(Fault fault) throws Exception {
    Instant now = Instant.now();
    publish(central, BREMEN, now, Duration.ofDays(30));
    ContentSync sync = terminal();
    assertThat(sync.syncOnce()).isInstanceOf(SyncResult.Applied.class);
    publish(central, withRenamedIdCard(BREMEN, "Zwei"), now, Duration.ofDays(30));
    PublishedContent published = new PublishedContent(central.database());
    byte[] signedTwo = published.currentSignedManifest().orElseThrow().signed();
    URI server =
        serve(
            new Handler.Abstract() {
              @Override
              public boolean handle(Request request, Response response, Callback callback)
                  throws Exception {
                String path = request.getHttpURI().getPath();
                if (path.endsWith("/manifest")) {
                  response.setStatus(200);
                  response.write(true, ByteBuffer.wrap(signedTwo), callback);
                  return true;
                }
                byte[] object =
                    published.object(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();
                switch (fault) {
                  case SERVER_ERROR -> Response.writeError(request, response, callback, 500);
                  case SLOW -> {
                    Thread.sleep(5_000);
                    callback.succeeded();
                  }
                  case RESET_MID_OBJECT -> {
                    response.getHeaders().put("Content-Length", object.length);
                    org.eclipse.jetty.util.Blocker.Callback half =
                        org.eclipse.jetty.util.Blocker.callback();
                    response.write(false, ByteBuffer.wrap(object, 0, object.length / 2), half);
                    half.block();
                    callback.failed(new java.io.IOException("connection reset"));
                  }
                  case TRUNCATED -> {
                    response.setStatus(200);
                    response.write(true, ByteBuffer.wrap(object, 0, object.length / 2), callback);
                  }
                }
                return true;
              }
            });
    ContentSync moved = terminal(server, trustingCentral(), Clock.systemUTC());

    SyncResult result = moved.syncOnce();

    assertThat(result).isNotInstanceOf(SyncResult.Applied.class);
    assertThat(moved.state().version()).isEqualTo(1);
    assertThat(moved.state().lastError()).isPresent();
    assertThat(storedIdCardName()).isNotEqualTo("Zwei");
    // Back to the real server: the sync completes.
    assertThat(sync.syncOnce()).isInstanceOf(SyncResult.Applied.class);
    assertThat(storedIdCardName()).isEqualTo("Zwei");
  }

  @Test
  void aDownloadCutOffMidObjectResumesWithAByteRange() throws Exception {
    Instant now = Instant.now();
    publish(central, BREMEN, now, Duration.ofDays(30));
    ContentSync sync = terminal();
    assertThat(sync.syncOnce()).isInstanceOf(SyncResult.Applied.class);
    publish(central, withRenamedIdCard(BREMEN, "Zwei"), now, Duration.ofDays(30));
    PublishedContent published = new PublishedContent(central.database());
    byte[] signedTwo = published.currentSignedManifest().orElseThrow().signed();
    java.util.Set<String> cutOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<String> ranges = new java.util.concurrent.CopyOnWriteArrayList<>();
    URI server =
        serve(
            new Handler.Abstract() {
              @Override
              public boolean handle(Request request, Response response, Callback callback)
                  throws Exception {
                String path = request.getHttpURI().getPath();
                if (path.endsWith("/manifest")) {
                  response.setStatus(200);
                  response.write(true, ByteBuffer.wrap(signedTwo), callback);
                  return true;
                }
                String sha = path.substring(path.lastIndexOf('/') + 1);
                byte[] object = published.object(sha).orElseThrow();
                String range = request.getHeaders().get("Range");
                if (cutOnce.add(sha)) {
                  response.setStatus(200);
                  response.getHeaders().put("Content-Length", object.length);
                  org.eclipse.jetty.util.Blocker.Callback half =
                      org.eclipse.jetty.util.Blocker.callback();
                  response.write(false, ByteBuffer.wrap(object, 0, object.length / 2), half);
                  half.block();
                  callback.failed(new java.io.IOException("connection reset"));
                } else {
                  ranges.add(range);
                  int from = Integer.parseInt(range.replace("bytes=", "").replace("-", ""));
                  response.setStatus(206);
                  response
                      .getHeaders()
                      .put(
                          "Content-Range",
                          "bytes " + from + "-" + (object.length - 1) + "/" + object.length);
                  response.write(
                      true, ByteBuffer.wrap(object, from, object.length - from), callback);
                }
                return true;
              }
            });
    ContentSync resuming = terminal(server, trustingCentral(), Clock.systemUTC());

    SyncResult cut = resuming.syncOnce();
    SyncResult resumed = resuming.syncOnce();

    assertThat(cut).isInstanceOf(SyncResult.Failed.class);
    assertThat(resumed).isInstanceOf(SyncResult.Applied.class);
    assertThat(ranges)
        .isNotEmpty()
        .allMatch(range -> range != null && range.matches("bytes=[1-9][0-9]*-"));
    assertThat(storedIdCardName()).isEqualTo("Zwei");
  }

  @Test
  void aManifestDeclaringMoreThanTheLimitsIsRefusedBeforeAnyDownload() throws Exception {
    new BundlePublisher(central.database(), List.of(central.signingKey()))
        .publish(
            List.of(new BundleObject("media/big.bin", new byte[1024])),
            Instant.now(),
            Duration.ofDays(1));
    HttpContentSource source = HttpContentSource.start(central.baseUri(), trustingCentral());
    open.add(source);
    ContentSync sync =
        new ContentSync(
            source,
            new ReceivedContent(terminalDatabase),
            Clock.systemUTC(),
            new ContentSync.Limits(10, 512, 10_000, 2));
    open.add(sync);

    SyncResult result = sync.syncOnce();

    assertThat(result)
        .isInstanceOfSatisfying(
            SyncResult.Refused.class, r -> assertThat(r.reason()).startsWith("endless data"));
  }

  @Test
  void aServerThatGoesDownLeavesTheLastGoodVersionAndSaysWhy() throws Exception {
    publish(central, BREMEN, Instant.now(), Duration.ofDays(30));
    ContentSync sync = terminal();
    assertThat(sync.syncOnce()).isInstanceOf(SyncResult.Applied.class);
    central.close();

    SyncResult result = sync.syncOnce();

    assertThat(result).isInstanceOf(SyncResult.Failed.class);
    assertThat(sync.state().version()).isEqualTo(1);
    assertThat(sync.state().lastError()).get().asString().contains("did not answer");
    assertThat(new CatalogStore(terminalDatabase).load().services())
        .hasSize(BREMEN.services().size());
  }
}
