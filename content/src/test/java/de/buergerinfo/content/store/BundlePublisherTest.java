package de.buergerinfo.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.SigningKey;
import de.buergerinfo.content.bundle.TrustedKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundlePublisherTest {

  private static final SigningKey KEY = SigningKey.generate();
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

  @TempDir Path folder;
  private ContentDatabase database;
  private BundlePublisher publisher;
  private PublishedContent published;

  @BeforeEach
  void open() {
    database = ContentDatabase.open(folder);
    publisher = new BundlePublisher(database, List.of(KEY));
    published = new PublishedContent(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static BundleObject object(String path, String text) {
    return new BundleObject(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private long storedObjects() throws Exception {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM content_object")) {
      result.next();
      return result.getLong(1);
    }
  }

  @Test
  void eachPublicationIsTheNextVersionSignedAndServedAsStored() throws Exception {
    Manifest first =
        publisher.publish(
            List.of(object("b.json", "B"), object("a.json", "A")), NOW, Duration.ofDays(30));
    Manifest second =
        publisher.publish(
            List.of(object("a.json", "A2")), NOW.plusSeconds(60), Duration.ofDays(30));

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(first.expires()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    assertThat(first.objects()).extracting(e -> e.path()).containsExactly("a.json", "b.json");
    assertThat(published.currentManifest()).isEqualTo(second);
    PublishedContent.StoredManifest stored = published.currentSignedManifest().orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(
            SignedManifest.parse(stored.signed()).verify(TrustedKeys.of(List.of(KEY.publicKey()))))
        .isEqualTo(second);
    assertThat(published.object(second.objects().getFirst().sha256()).orElseThrow())
        .isEqualTo("A2".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void unchangedObjectsAreStoredOnce() throws Exception {
    publisher.publish(
        List.of(object("a.json", "A"), object("b.json", "B")), NOW, Duration.ofDays(1));
    publisher.publish(
        List.of(object("a.json", "A"), object("b.json", "B2")), NOW, Duration.ofDays(1));

    assertThat(storedObjects()).isEqualTo(3);
  }

  @Test
  void aPublicationThatFailsLeavesThePreviousVersionAndNothingHalfWritten() throws Exception {
    Manifest first = publisher.publish(List.of(object("a.json", "A")), NOW, Duration.ofDays(1));

    assertThatThrownBy(
            () ->
                publisher.publish(
                    List.of(object("c.json", "C"), object("c.json", "C again")),
                    NOW,
                    Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("appears twice");
    assertThatThrownBy(() -> publisher.publish(List.of(), NOW, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(published.currentManifest()).isEqualTo(first);
    assertThat(storedObjects()).isEqualTo(1);
  }

  @Test
  void versionZeroIsSignedOnceWhenTheServerFirstHasAKey() throws Exception {
    assertThat(published.currentSignedManifest()).isEmpty();

    publisher.signUnsigned();
    byte[] signed = published.currentSignedManifest().orElseThrow().signed();
    new BundlePublisher(database, List.of(SigningKey.generate())).signUnsigned();

    assertThat(published.currentSignedManifest().orElseThrow().signed()).isEqualTo(signed);
    assertThat(
            SignedManifest.parse(signed).verify(TrustedKeys.of(List.of(KEY.publicKey()))).version())
        .isZero();
  }
}
