package de.buergerinfo.content.http;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestDelta;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.store.BundlePublisher;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.PublishedContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifest handler in a real Jetty server on 127.0.0.1, mounted as the central server mounts
 * it, with H2 in a temporary folder.
 */
class ManifestHandlerTest {

  @TempDir Path folder;

  private static final SigningKey KEY = SigningKey.generate();
  private static final TrustedKeys TRUSTED = TrustedKeys.of(List.of(KEY.publicKey()));

  private ContentDatabase database;
  private BundlePublisher publisher;
  private Server server;
  private URI manifest;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    database = ContentDatabase.open(folder);
    publisher = new BundlePublisher(database, List.of(KEY));
    publisher.signUnsigned();
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    PathMappingsHandler routes = new PathMappingsHandler();
    routes.addMapping(
        PathSpec.from(ManifestHandler.PATH),
        new ManifestHandler(new PublishedContent(database), List.of(KEY)));
    server.setHandler(routes);
    server.start();
    manifest = URI.create("http://127.0.0.1:" + connector.getLocalPort() + ManifestHandler.PATH);
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    database.close();
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String ifNoneMatch) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(manifest);
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return send(request);
  }

  private String currentTag() throws Exception {
    return etag(get(null));
  }

  private static String etag(HttpResponse<?> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private void publishBundleOne() {
    publisher.publish(
        List.of(new BundleObject("services/a.json", new byte[] {1})),
        Instant.now(),
        Duration.ofDays(1));
  }

  private static Manifest verified(byte[] body) throws Exception {
    return SignedManifest.parse(body).verify(TRUSTED);
  }

  @Test
  void servesTheSignedManifestAsJsonWithAnEtagThatMustBeRevalidated() throws Exception {
    HttpResponse<byte[]> response = get(null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-cache");
    assertThat(etag(response)).matches("\"v0-[0-9a-f]{16}\"");
    assertThat(verified(response.body()))
        .isEqualTo(new PublishedContent(database).currentManifest());
    assertThat(response.headers().firstValue("Content-Length"))
        .contains(String.valueOf(response.body().length));
  }

  @Test
  void theEtagStaysTheSameWhileTheBundleDoes() throws Exception {
    assertThat(currentTag()).isEqualTo(currentTag());
  }

  @ParameterizedTest
  @ValueSource(strings = {"exact", "weak", "list", "weak in a list", "star"})
  void answersNotModifiedWhenTheTerminalHasIt(String form) throws Exception {
    String tag = currentTag();
    String ifNoneMatch =
        switch (form) {
          case "exact" -> tag;
          case "weak" -> "W/" + tag;
          case "list" -> "\"v-old\", " + tag + ", \"v-older\"";
          case "weak in a list" -> "\"v-old\",W/" + tag;
          default -> "*";
        };

    HttpResponse<byte[]> response = get(ifNoneMatch);

    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.body()).isEmpty();
    assertThat(etag(response)).isEqualTo(tag);
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-cache");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"v0-0000000000000000\"", "\"v-old\", W/\"v-older\"", "W/\"\""})
  void sendsTheManifestForAnyOtherTag(String ifNoneMatch) throws Exception {
    HttpResponse<byte[]> response = get(ifNoneMatch);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(verified(response.body()).version()).isZero();
  }

  @Test
  void aNewBundleChangesTheEtagSoTheOldOneGetsTheNewManifest() throws Exception {
    String before = currentTag();
    publishBundleOne();

    HttpResponse<byte[]> response = get(before);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(etag(response)).isNotEqualTo(before).startsWith("\"v1-");
    assertThat(verified(response.body()).version()).isEqualTo(1);
    assertThat(get(etag(response)).statusCode()).isEqualTo(304);
  }

  @Test
  void aTerminalOnAnOlderVersionAsksSinceItAndGetsASignedDelta() throws Exception {
    publishBundleOne();
    Manifest one = new PublishedContent(database).currentManifest();
    publisher.publish(
        List.of(
            new BundleObject("services/a.json", new byte[] {1}),
            new BundleObject("services/b.json", new byte[] {2})),
        Instant.now(),
        Duration.ofDays(1));
    URI since = URI.create(manifest + "?since=1");

    HttpResponse<byte[]> delta = send(HttpRequest.newBuilder(since));
    HttpResponse<byte[]> again =
        send(HttpRequest.newBuilder(since).header("If-None-Match", etag(delta)));
    HttpResponse<byte[]> unknown = send(HttpRequest.newBuilder(URI.create(manifest + "?since=77")));
    HttpResponse<byte[]> nonsense = send(HttpRequest.newBuilder(URI.create(manifest + "?since=x")));

    assertThat(delta.statusCode()).isEqualTo(200);
    SignedManifest envelope = SignedManifest.parse(delta.body());
    assertThat(envelope.isDelta()).isTrue();
    ManifestDelta changes = envelope.verifyDelta(TRUSTED);
    assertThat(changes.changed())
        .extracting(ManifestEntry::path)
        .containsExactly("services/b.json");
    assertThat(changes.applyTo(one)).isEqualTo(new PublishedContent(database).currentManifest());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(verified(unknown.body()).version()).isEqualTo(2);
    assertThat(verified(nonsense.body()).version()).isEqualTo(2);
  }

  @Test
  void headGivesTheHeadersAndLengthWithoutABody() throws Exception {
    HttpResponse<byte[]> full = get(null);
    HttpResponse<byte[]> response =
        send(HttpRequest.newBuilder(manifest).method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length"))
        .contains(String.valueOf(full.body().length));
    assertThat(etag(response)).isEqualTo(etag(full));
    assertThat(response.body()).isEmpty();
  }

  @Test
  void aStoreWithNothingSignedAnswersServiceUnavailable() throws Exception {
    try (ContentDatabase unsigned = ContentDatabase.open(folder.resolve("unsigned"))) {
      Server other = new Server();
      ServerConnector connector = new ServerConnector(other);
      connector.setHost("127.0.0.1");
      other.addConnector(connector);
      other.setHandler(new ManifestHandler(new PublishedContent(unsigned), List.of(KEY)));
      other.start();
      try {
        HttpResponse<byte[]> response =
            send(
                HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + connector.getLocalPort() + ManifestHandler.PATH)));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("60");
      } finally {
        other.stop();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
  void otherMethodsAreNotAllowed(String method) throws Exception {
    HttpResponse<byte[]> response =
        send(
            HttpRequest.newBuilder(manifest)
                .method(method, HttpRequest.BodyPublishers.ofString("{}")));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD");
    assertThat(response.headers().firstValue("ETag")).isEmpty();
  }
}
