package de.buergerinfo.content.http;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.Sha256;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.store.BundlePublisher;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.PublishedContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The object handler in a real Jetty server on 127.0.0.1 with H2 in a temporary folder. */
class ObjectHandlerTest {

  private static final byte[] OBJECT = "0123456789".getBytes(StandardCharsets.US_ASCII);
  private static final String SHA = Sha256.hex(OBJECT);

  @TempDir Path folder;
  private ContentDatabase database;
  private Server server;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    database = ContentDatabase.open(folder);
    new BundlePublisher(database, List.of(SigningKey.generate()))
        .publish(List.of(new BundleObject("a.json", OBJECT)), Instant.now(), Duration.ofDays(1));
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    PathMappingsHandler routes = new PathMappingsHandler();
    routes.addMapping(
        PathSpec.from(ObjectHandler.PATH + "*"), new ObjectHandler(new PublishedContent(database)));
    server.setHandler(routes);
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort() + ObjectHandler.PATH;
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    database.close();
  }

  private HttpResponse<byte[]> get(String name, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + name));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void anObjectIsServedAsImmutableSoAnyCacheMayKeepIt() throws Exception {
    HttpResponse<byte[]> response = get(SHA);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(OBJECT);
    assertThat(response.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
    assertThat(response.headers().firstValue("ETag")).contains("\"" + SHA + "\"");
    assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
    assertThat(get(SHA, "If-None-Match", "\"" + SHA + "\"").statusCode()).isEqualTo(304);
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({
    "bytes=4-, 4, 9",
    "bytes=0-0, 0, 0",
    "bytes=2-5, 2, 5",
    "bytes=7-100, 7, 9",
    "bytes=-3, 7, 9",
    "bytes=-30, 0, 9",
  })
  void aSingleRangeResumesAnInterruptedDownload(String range, int from, int to) throws Exception {
    HttpResponse<byte[]> response = get(SHA, "Range", range);

    assertThat(response.statusCode()).isEqualTo(206);
    assertThat(response.body()).isEqualTo(Arrays.copyOfRange(OBJECT, from, to + 1));
    assertThat(response.headers().firstValue("Content-Range"))
        .contains("bytes " + from + "-" + to + "/" + OBJECT.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=10-", "bytes=5-2", "bytes=99999999999999999-"})
  void aRangeOutsideTheObjectIsNotSatisfiable(String range) throws Exception {
    HttpResponse<byte[]> response = get(SHA, "Range", range);

    assertThat(response.statusCode()).isEqualTo(416);
    assertThat(response.headers().firstValue("Content-Range")).contains("bytes */10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=0-1,4-5", "items=0-1", "bytes=-", "nonsense"})
  void otherRangeFormsGetTheWholeObject(String range) throws Exception {
    HttpResponse<byte[]> response = get(SHA, "Range", range);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(OBJECT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "0123456789abcdef",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
      })
  void aNameThatIsNoHashIsABadRequest(String name) throws Exception {
    assertThat(get(name).statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../manifest", "..%2Fmanifest", "%2e%2e/manifest"})
  void aPathThatClimbsOutIsNeverServedAsAnObject(String name) throws Exception {
    HttpResponse<byte[]> response = get(name);

    assertThat(response.statusCode()).isIn(400, 404);
  }

  @Test
  void anUnknownObjectIsNotFoundAndOtherMethodsAreNotAllowed() throws Exception {
    HttpResponse<byte[]> post =
        http.send(
            HttpRequest.newBuilder(URI.create(base + SHA))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(get("0".repeat(64)).statusCode()).isEqualTo(404);
    assertThat(post.statusCode()).isEqualTo(405);
  }
}
