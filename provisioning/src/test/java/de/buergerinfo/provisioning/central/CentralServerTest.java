package de.buergerinfo.provisioning.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.TrustedKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composed central server: real Jetty on 127.0.0.1, real H2 in a temporary folder. */
class CentralServerTest {

  @TempDir Path folder;

  private final HttpClient http = HttpClient.newHttpClient();

  private CentralServer start() {
    return CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, folder));
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheManifestOfVersionZeroSignedWithItsOwnKey() throws Exception {
    try (CentralServer server = start()) {
      HttpResponse<String> response = get(server.baseUri().resolve("/api/content/v1/manifest"));

      assertThat(server.port()).isPositive();
      assertThat(server.listenAddress()).isEqualTo("127.0.0.1:" + server.port());
      assertThat(response.statusCode()).isEqualTo(200);
      TrustedKeys trusted = TrustedKeys.of(List.of(server.signingKey().publicKey()));
      Manifest manifest =
          SignedManifest.parse(response.body().getBytes(StandardCharsets.UTF_8)).verify(trusted);
      assertThat(manifest.version()).isZero();
      assertThat(manifest.objects()).isEmpty();
      assertThat(response.headers().firstValue("ETag")).isPresent();
      assertThat(response.headers().firstValue("Server")).as("no version disclosed").isEmpty();
    }
  }

  @Test
  void theSigningKeyIsKeptInTheDataFolderAcrossRestarts() throws Exception {
    String first;
    try (CentralServer server = start()) {
      first = server.signingKey().keyId();
    }
    try (CentralServer server = start()) {
      assertThat(server.signingKey().keyId()).isEqualTo(first);
    }
  }

  @Test
  void errorPagesNameNeitherTheServerNorItsVersion() throws Exception {
    try (CentralServer server = start()) {
      HttpResponse<String> response = get(server.baseUri().resolve("/api/content/v1/objects/xyz"));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).doesNotContainIgnoringCase("jetty");
    }
  }

  @Test
  void theDemoContentIsPublishedOnceAndItsObjectsAreServedByHash() throws Exception {
    Manifest manifest;
    try (CentralServer server = start()) {
      manifest = DemoContent.publish(server, java.time.Instant.now()).orElseThrow();
      ManifestEntry idCard =
          manifest.objects().stream()
              .filter(e -> e.path().equals("services/personalausweis.json"))
              .findFirst()
              .orElseThrow();
      HttpResponse<String> object =
          get(server.baseUri().resolve("/api/content/v1/objects/" + idCard.sha256()));

      assertThat(manifest.version()).isEqualTo(1);
      assertThat(object.statusCode()).isEqualTo(200);
      assertThat(object.body()).contains("\"id\":\"personalausweis\"");
      assertThat(object.body().getBytes(StandardCharsets.UTF_8)).hasSize((int) idCard.size());
    }
    try (CentralServer server = start()) {
      assertThat(DemoContent.publish(server, java.time.Instant.now())).isEmpty();
      assertThat(
              DemoContent.publish(
                  server, java.time.Instant.now().plus(java.time.Duration.ofDays(25))))
          .as("renewed before it expires")
          .map(Manifest::version)
          .contains(2L);
    }
  }

  @Test
  void aClientAboveItsRequestRateGetsTooManyRequestsAndHugeHeadersAreRefused() throws Exception {
    try (CentralServer server =
        CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, folder, 5))) {
      URI manifest = server.baseUri().resolve("/api/content/v1/manifest");
      List<Integer> statuses = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        statuses.add(get(manifest).statusCode());
      }
      HttpResponse<String> huge =
          http.send(
              HttpRequest.newBuilder(manifest).header("X-Filler", "x".repeat(16 * 1024)).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(statuses).contains(200, 429);
      assertThat(huge.statusCode()).isEqualTo(431);
    }
  }

  @Test
  void unknownPathsAreNotFound() throws Exception {
    try (CentralServer server = start()) {
      assertThat(get(server.baseUri().resolve("/api/content/v1/nothing")).statusCode())
          .isEqualTo(404);
      assertThat(get(server.baseUri().resolve("/")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aSecondServerOnTheSameFolderIsRefusedAndTheFirstKeepsServing() throws Exception {
    try (CentralServer first = start()) {
      assertThatThrownBy(this::start)
          .isInstanceOf(CentralServerException.class)
          .hasMessageContaining("in use");
      assertThat(get(first.baseUri().resolve("/api/content/v1/manifest")).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void restartingKeepsTheStoredContent() throws Exception {
    String before;
    try (CentralServer server = start()) {
      before = get(server.baseUri().resolve("/api/content/v1/manifest")).body();
    }
    try (CentralServer server = start()) {
      assertThat(get(server.baseUri().resolve("/api/content/v1/manifest")).body())
          .isEqualTo(before);
    }
  }

  @Test
  void aFileAsDataFolderIsAClearError() throws Exception {
    Path file = Files.writeString(folder.resolve("data"), "x");

    assertThatThrownBy(() -> CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, file)))
        .isInstanceOf(CentralServerException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aPortInUseIsAClearErrorAndReleasesTheFolder() {
    try (CentralServer first = start()) {
      Path other = folder.resolve("other");
      assertThatThrownBy(
              () ->
                  CentralServer.start(new CentralServer.Settings("127.0.0.1", first.port(), other)))
          .isInstanceOf(CentralServerException.class)
          .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port());
      CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, other)).close();
    }
  }

  @Test
  void settingsRejectImpossiblePorts() {
    assertThatThrownBy(() -> new CentralServer.Settings("127.0.0.1", 65536, folder))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
