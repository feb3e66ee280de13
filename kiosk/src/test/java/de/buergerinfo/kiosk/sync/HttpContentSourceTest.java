package de.buergerinfo.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestJson;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.bundle.TrustedKeys;
import de.buergerinfo.content.bundle.UntrustedContentException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's HTTP client against a real Jetty server on 127.0.0.1 that answers badly on purpose:
 * errors, broken, truncated, hostile and oversized bodies, slowness, a dropped connection.
 */
class HttpContentSourceTest {

  private static final SigningKey KEY = SigningKey.generate();
  private static final TrustedKeys TRUSTED = TrustedKeys.of(List.of(KEY.publicKey()));

  private Server server;
  private HttpContentSource source;

  private static byte[] signed(Manifest manifest) {
    return SignedManifest.sign(manifest, List.of(KEY)).toJson();
  }

  /** What the fake central server does with one request. */
  @FunctionalInterface
  private interface Answer {
    void answer(Response response, Callback callback) throws Exception;
  }

  private HttpContentSource serve(Answer answer) throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            answer.answer(response, callback);
            return true;
          }
        });
    server.start();
    source =
        HttpContentSource.start(
            URI.create("http://127.0.0.1:" + connector.getLocalPort()),
            TRUSTED,
            Duration.ofSeconds(2));
    return source;
  }

  private static Answer json(int status, byte[] body) {
    return (response, callback) -> {
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      response.write(true, ByteBuffer.wrap(body), callback);
    };
  }

  private static Answer json(int status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() throws Exception {
    if (source != null) {
      source.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void readsAValidManifest() throws Exception {
    Manifest sent =
        new Manifest(
            7,
            Instant.parse("2026-11-24T10:00:00Z"),
            Instant.parse("2026-11-24T10:00:00Z").plusSeconds(86_400),
            List.of());
    Manifest received = serve(json(200, signed(sent))).manifest();

    assertThat(received).isEqualTo(sent);
  }

  @Test
  void aManifestSignedByAKeyTheTerminalDoesNotTrustIsRefused() throws Exception {
    Manifest forged =
        new Manifest(
            99,
            Instant.parse("2026-11-24T10:00:00Z"),
            Instant.parse("2026-11-24T10:00:00Z").plusSeconds(86_400),
            List.of());
    byte[] byAttacker = SignedManifest.sign(forged, List.of(SigningKey.generate())).toJson();

    assertThatThrownBy(() -> serve(json(200, byAttacker)).manifest())
        .isInstanceOf(UntrustedContentException.class)
        .hasMessageContaining("not signed by a trusted key");
  }

  @Test
  void anUnsignedManifestIsRefused() throws Exception {
    Manifest plain =
        new Manifest(
            7,
            Instant.parse("2026-11-24T10:00:00Z"),
            Instant.parse("2026-11-24T10:00:00Z").plusSeconds(86_400),
            List.of());

    assertThatThrownBy(() -> serve(json(200, ManifestJson.write(plain))).manifest())
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("payloadType");
  }

  @Test
  void aServerErrorSaysSoAndKeepsTheStatus() throws Exception {
    assertThatThrownBy(() -> serve(json(500, "{\"error\":\"boom\"}")).manifest())
        .isInstanceOf(ContentUnavailableException.class)
        .hasMessageContaining("HTTP 500");
  }

  @Test
  void aRedirectIsNotFollowed() throws Exception {
    Answer redirect =
        (response, callback) -> {
          response.setStatus(302);
          response.getHeaders().put(HttpHeader.LOCATION, "http://evil.example/manifest");
          callback.succeeded();
        };
    assertThatThrownBy(() -> serve(redirect).manifest())
        .isInstanceOf(ContentUnavailableException.class)
        .hasMessageContaining("HTTP 302");
  }

  @Test
  void htmlInsteadOfJsonIsAFormatError() throws Exception {
    assertThatThrownBy(() -> serve(json(200, "<html><body>Proxy login</body></html>")).manifest())
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void aTruncatedManifestIsAFormatError() throws Exception {
    byte[] whole =
        signed(
            new Manifest(
                3,
                Instant.parse("2026-11-24T10:00:00Z"),
                Instant.parse("2026-11-24T10:00:00Z").plusSeconds(86_400),
                List.of()));
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

    assertThatThrownBy(() -> serve(json(200, truncated)).manifest())
        .isInstanceOf(ContentFormatException.class);
  }

  @Test
  void anOversizedAnswerIsRefusedWithoutReadingItAll() throws Exception {
    Answer endless =
        (response, callback) -> {
          response.setStatus(200);
          byte[] chunk = new byte[1024 * 1024];
          java.util.Arrays.fill(chunk, (byte) ' ');
          // 64 MiB of whitespace, far above the manifest limit, written without Content-Length.
          for (int i = 0; i < 64; i++) {
            org.eclipse.jetty.util.Blocker.Callback blocker =
                org.eclipse.jetty.util.Blocker.callback();
            response.write(false, ByteBuffer.wrap(chunk), blocker);
            try {
              blocker.block();
            } catch (Exception clientGaveUp) {
              callback.failed(clientGaveUp);
              return;
            }
          }
          response.write(true, ByteBuffer.allocate(0), callback);
        };

    assertThatThrownBy(() -> serve(endless).manifest())
        .isInstanceOf(ContentUnavailableException.class)
        .hasMessageContaining("did not answer");
  }

  @Test
  void aSlowServerTimesOut() throws Exception {
    Answer slow =
        (response, callback) -> {
          Thread.sleep(5_000);
          callback.succeeded();
        };
    assertThatThrownBy(() -> serve(slow).manifest())
        .isInstanceOf(ContentUnavailableException.class)
        .hasMessageContaining("did not answer");
  }

  @Test
  void aConnectionDroppedMidBodyIsReported() throws Exception {
    Answer dropping =
        (response, callback) -> {
          response.setStatus(200);
          response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 10_000);
          org.eclipse.jetty.util.Blocker.Callback blocker =
              org.eclipse.jetty.util.Blocker.callback();
          response.write(
              false, ByteBuffer.wrap("{\"format\":1,".getBytes(StandardCharsets.UTF_8)), blocker);
          blocker.block();
          callback.failed(new java.io.IOException("simulated reset"));
        };
    assertThatThrownBy(() -> serve(dropping).manifest())
        .isInstanceOf(ContentUnavailableException.class);
  }

  @Test
  void aServerThatIsDownIsReportedClearly() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    source =
        HttpContentSource.start(
            URI.create("http://127.0.0.1:" + freePort), TRUSTED, Duration.ofSeconds(2));

    assertThatThrownBy(() -> source.manifest())
        .isInstanceOf(ContentUnavailableException.class)
        .hasMessageContaining("127.0.0.1:" + freePort);
  }
}
