package de.buergerinfo.content.http;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bundle.ManifestJson;
import de.buergerinfo.content.store.ContentDatabase;
import de.buergerinfo.content.store.PublishedContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest handler in a real Jetty server on 127.0.0.1, with H2 in a temporary folder. */
class ManifestHandlerTest {

  @TempDir Path folder;

  private ContentDatabase database;
  private Server server;
  private URI manifest;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    database = ContentDatabase.open(folder);
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    PathMappingsHandler routes = new PathMappingsHandler();
    routes.addMapping(
        PathSpec.from(ManifestHandler.PATH), new ManifestHandler(new PublishedContent(database)));
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

  @Test
  void servesTheManifestAsJsonWithAnEtag() throws Exception {
    HttpResponse<byte[]> response = get(null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .contains("application/json; charset=utf-8");
    assertThat(response.headers().firstValue("Cache-Control")).contains("no-cache");
    assertThat(response.headers().firstValue("ETag"))
        .hasValueSatisfying(tag -> assertThat(tag).matches("\"v0-[0-9a-f]{16}\""));
    assertThat(ManifestJson.read(response.body()).version()).isZero();
  }

  @Test
  void answersNotModifiedWhenTheTerminalHasIt() throws Exception {
    String tag = get(null).headers().firstValue("ETag").orElseThrow();

    for (String ifNoneMatch : new String[] {tag, "W/" + tag, "\"old\", " + tag, "*"}) {
      HttpResponse<byte[]> response = get(ifNoneMatch);
      assertThat(response.statusCode()).as(ifNoneMatch).isEqualTo(304);
      assertThat(response.body()).as(ifNoneMatch).isEmpty();
      assertThat(response.headers().firstValue("ETag")).contains(tag);
    }
    assertThat(get("\"v0-0000000000000000\"").statusCode()).isEqualTo(200);
  }

  @Test
  void aNewBundleChangesTheEtag() throws Exception {
    String before = get(null).headers().firstValue("ETag").orElseThrow();
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO bundle (version, created_at) VALUES (1, CURRENT_TIMESTAMP)");
    }

    HttpResponse<byte[]> response = get(before);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag").orElseThrow())
        .isNotEqualTo(before)
        .startsWith("\"v1-");
    assertThat(ManifestJson.read(response.body()).version()).isEqualTo(1);
  }

  @Test
  void headGivesTheLengthWithoutABody() throws Exception {
    int length = get(null).body().length;
    HttpResponse<byte[]> response =
        send(HttpRequest.newBuilder(manifest).method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length")).contains(String.valueOf(length));
    assertThat(response.body()).isEmpty();
  }

  @Test
  void otherMethodsAreNotAllowed() throws Exception {
    for (String method : new String[] {"POST", "PUT", "DELETE"}) {
      HttpResponse<byte[]> response =
          send(
              HttpRequest.newBuilder(manifest)
                  .method(method, HttpRequest.BodyPublishers.ofString("{}")));

      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).as(method).contains("GET, HEAD");
    }
  }
}
