package de.buergerinfo.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentDatabaseTest {

  @TempDir Path folder;

  @Test
  void aNewStoreHoldsTheEmptyBundleZero() {
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      Manifest manifest = new PublishedContent(database).currentManifest();

      assertThat(manifest.version()).isZero();
      assertThat(manifest.objects()).isEmpty();
      assertThat(schemaVersion(database)).isEqualTo(SchemaMigrations.SCRIPTS.size());
    }
  }

  @Test
  void theStoreSurvivesClosingAndReopening() {
    Manifest first;
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      first = new PublishedContent(database).currentManifest();
    }
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      assertThat(new PublishedContent(database).currentManifest()).isEqualTo(first);
    }
  }

  @Test
  void theNewestBundleIsCurrentWithItsObjectsSortedByPath() throws SQLException {
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      publish(database, 1, "services/b.json", "b".repeat(64), 20);
      publish(database, 1, "offices/a.json", "a".repeat(64), 10);

      Manifest manifest = new PublishedContent(database).currentManifest();

      assertThat(manifest.version()).isEqualTo(1);
      assertThat(manifest.objects())
          .containsExactly(
              new ManifestEntry("offices/a.json", "a".repeat(64), 10),
              new ManifestEntry("services/b.json", "b".repeat(64), 20));
    }
  }

  @Test
  void aFolderOpenInThisProcessIsRefused() {
    try (ContentDatabase first = ContentDatabase.open(folder)) {
      assertThatThrownBy(() -> ContentDatabase.open(folder))
          .isInstanceOf(ContentStoreException.class)
          .hasMessageContaining("in use");
      assertThat(new PublishedContent(first).currentManifest().version()).isZero();
    }
    ContentDatabase.open(folder).close(); // free again after closing
  }

  @Test
  void aDatabaseFromANewerVersionIsRefused() throws SQLException {
    try (ContentDatabase database = ContentDatabase.open(folder);
        Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO schema_history (version, script) VALUES (99, 'V099__future.sql')");
    }

    assertThatThrownBy(() -> ContentDatabase.open(folder))
        .isInstanceOf(ContentStoreException.class)
        .hasMessageContaining("newer")
        .hasMessageContaining("99");
  }

  @Test
  void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
    Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> ContentDatabase.open(file))
        .isInstanceOf(ContentStoreException.class)
        .hasMessageContaining("not-a-folder");
  }

  @Test
  void scriptsAreSplitIntoStatementsWithoutComments() {
    String script =
        """
        -- a comment; with a semicolon
        CREATE TABLE a (x INT);

        INSERT INTO a VALUES (1);
        -- trailing comment
        """;

    assertThat(SchemaMigrations.statements(script))
        .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)");
  }

  private static int schemaVersion(ContentDatabase database) {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement();
        var result = statement.executeQuery("SELECT MAX(version) FROM schema_history")) {
      result.next();
      return result.getInt(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** Writes one object of bundle {@code version} directly, as the publisher will. */
  static void publish(ContentDatabase database, long version, String path, String sha, long size)
      throws SQLException {
    try (Connection connection = database.connection()) {
      try (PreparedStatement bundle =
          connection.prepareStatement(
              "MERGE INTO bundle (version, created_at) KEY (version) VALUES (?, CURRENT_TIMESTAMP)")) {
        bundle.setLong(1, version);
        bundle.executeUpdate();
      }
      try (PreparedStatement object =
          connection.prepareStatement(
              "MERGE INTO content_object (sha256, size, data) KEY (sha256) VALUES (?, ?, ?)")) {
        object.setString(1, sha);
        object.setLong(2, size);
        object.setBytes(3, new byte[(int) size]);
        object.executeUpdate();
      }
      try (PreparedStatement entry =
          connection.prepareStatement(
              "INSERT INTO bundle_object (version, path, sha256) VALUES (?, ?, ?)")) {
        entry.setLong(1, version);
        entry.setString(2, path);
        entry.setString(3, sha);
        entry.executeUpdate();
      }
    }
  }
}
