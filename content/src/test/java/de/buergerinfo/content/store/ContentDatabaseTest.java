package de.buergerinfo.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content database in a real H2 file in a temporary folder. */
class ContentDatabaseTest {

  @TempDir Path folder;

  @Test
  void aNewFolderGetsEverySchemaVersionInOrder() throws SQLException {
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      assertThat(schemaHistory(database))
          .containsExactly(
              "1 V001__published_bundles.sql", "2 V002__catalog.sql", "3 V003__signed_bundles.sql");
      assertThat(database.folder()).isEqualTo(folder.toAbsolutePath().normalize());
    }
  }

  @Test
  void aNewStoreHoldsTheEmptyBundleZero() {
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      Manifest manifest = new PublishedContent(database).currentManifest();

      assertThat(manifest.version()).isZero();
      assertThat(manifest.objects()).isEmpty();
      assertThat(manifest.created()).isNotNull().isBeforeOrEqualTo(Instant.now());
    }
  }

  @Test
  void reopeningKeepsTheSameManifestAndCreatedTime() throws SQLException {
    Manifest first;
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      first = new PublishedContent(database).currentManifest();
    }
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      Manifest again = new PublishedContent(database).currentManifest();

      assertThat(again).isEqualTo(first);
      assertThat(again.created()).isEqualTo(first.created());
      assertThat(schemaHistory(database)).hasSize(SchemaMigrations.SCRIPTS.size());
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
  void olderBundlesObjectsAreNotPartOfTheCurrentOne() throws SQLException {
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      publish(database, 1, "old.json", "1".repeat(64), 1);
      publish(database, 2, "new.json", "2".repeat(64), 2);

      Manifest manifest = new PublishedContent(database).currentManifest();

      assertThat(manifest.version()).isEqualTo(2);
      assertThat(manifest.objects()).extracting(ManifestEntry::path).containsExactly("new.json");
    }
  }

  @Test
  void aPublishedBundleSurvivesReopening() throws SQLException {
    Manifest published;
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      publish(database, 1, "a.json", "a".repeat(64), 10);
      published = new PublishedContent(database).currentManifest();
    }
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      assertThat(new PublishedContent(database).currentManifest()).isEqualTo(published);
    }
  }

  @Test
  void aFolderOpenInThisProcessIsRefused() {
    try (ContentDatabase first = ContentDatabase.open(folder)) {
      assertThatThrownBy(() -> ContentDatabase.open(folder))
          .isInstanceOf(ContentStoreException.class)
          .hasMessageContaining("in use");
      // The same folder by another spelling is the same folder.
      assertThatThrownBy(() -> ContentDatabase.open(folder.resolve("sub").resolve("..")))
          .isInstanceOf(ContentStoreException.class)
          .hasMessageContaining("in use");
      assertThat(new PublishedContent(first).currentManifest().version()).isZero();
    }
  }

  @Test
  void aFolderIsFreeAgainAfterClosing() {
    ContentDatabase.open(folder).close();

    try (ContentDatabase again = ContentDatabase.open(folder)) {
      assertThat(new PublishedContent(again).currentManifest().version()).isZero();
    }
  }

  @Test
  void aDatabaseFromANewerVersionIsRefused() throws SQLException {
    int future = SchemaMigrations.SCRIPTS.size() + 1;
    try (ContentDatabase database = ContentDatabase.open(folder);
        Connection connection = database.connection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO schema_history (version, script) VALUES (?, 'V999__future.sql')")) {
      insert.setInt(1, future);
      insert.executeUpdate();
    }

    assertThatThrownBy(() -> ContentDatabase.open(folder))
        .isInstanceOf(ContentStoreException.class)
        .hasMessageContaining("newer")
        .hasMessageContaining("schema version " + future)
        .hasMessageContaining("knows up to " + SchemaMigrations.SCRIPTS.size());
    // The failed open must not leave the folder marked as in use.
    assertThatThrownBy(() -> ContentDatabase.open(folder))
        .isInstanceOf(ContentStoreException.class)
        .hasMessageContaining("newer");
  }

  @Test
  void aRegularFileWhereTheFolderShouldBeIsRefused() throws Exception {
    Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> ContentDatabase.open(file))
        .isInstanceOf(ContentStoreException.class)
        .hasMessageContaining("cannot create the data folder")
        .hasMessageContaining("not-a-folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void aFolderBelowARegularFileIsRefused() throws Exception {
    Path file = Files.writeString(folder.resolve("file"), "x");

    assertThatThrownBy(() -> ContentDatabase.open(file.resolve("data")))
        .isInstanceOf(ContentStoreException.class)
        .hasMessageContaining("cannot create the data folder");
  }

  // --- SchemaMigrations.statements -------------------------------------------------------------

  @Test
  void scriptsAreSplitIntoStatementsWithoutComments() {
    String script =
        """
        -- a comment; with a semicolon;
        CREATE TABLE a (x INT);

          -- an indented comment;
        INSERT INTO a VALUES (1);
        -- trailing comment
        """;

    assertThat(SchemaMigrations.statements(script))
        .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)");
  }

  @Test
  void aStatementMaySpanLinesAndHoldSemicolonsInsideALine() {
    String script =
        """
        CREATE TABLE a (
          x VARCHAR(10) DEFAULT 'a;b',
          y INT
        );
        INSERT INTO a (y) VALUES (2)""";

    assertThat(SchemaMigrations.statements(script))
        .containsExactly(
            "CREATE TABLE a (\n  x VARCHAR(10) DEFAULT 'a;b',\n  y INT\n)",
            "INSERT INTO a (y) VALUES (2)");
  }

  @Test
  void windowsLineEndingsSplitTheSame() {
    String script = "-- comment\r\nCREATE TABLE a (x INT);\r\nDROP TABLE a;\r\n";

    assertThat(SchemaMigrations.statements(script))
        .containsExactly("CREATE TABLE a (x INT)", "DROP TABLE a");
  }

  @Test
  void aScriptOfOnlyCommentsHasNoStatements() {
    assertThat(SchemaMigrations.statements("-- nothing;\n\n-- here\n")).isEmpty();
    assertThat(SchemaMigrations.statements("")).isEmpty();
  }

  @Test
  void theShippedScriptsSplitIntoWholeStatements() throws IOException {
    assertThat(SchemaMigrations.statements(script("V001__published_bundles.sql")))
        .satisfiesExactly(
            bundle -> assertThat(bundle).startsWith("CREATE TABLE bundle ("),
            object -> assertThat(object).startsWith("CREATE TABLE content_object ("),
            entry -> assertThat(entry).startsWith("CREATE TABLE bundle_object ("),
            zero -> assertThat(zero).startsWith("INSERT INTO bundle (version, created_at)"));
    for (String script : SchemaMigrations.SCRIPTS) {
      assertThat(SchemaMigrations.statements(script(script)))
          .as(script)
          .isNotEmpty()
          .allSatisfy(sql -> assertThat(sql).doesNotStartWith("--").doesNotEndWith(";"));
    }
  }

  private static String script(String name) throws IOException {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream("migrations/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** "version script" for every row of schema_history, oldest first. */
  private static List<String> schemaHistory(ContentDatabase database) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT version, script FROM schema_history ORDER BY version")) {
      while (result.next()) {
        rows.add(result.getInt(1) + " " + result.getString(2));
      }
    }
    return rows;
  }

  /** Writes one object of bundle {@code version} directly, as the publisher will. */
  static void publish(ContentDatabase database, long version, String path, String sha, long size)
      throws SQLException {
    try (Connection connection = database.connection()) {
      try (PreparedStatement bundle =
          connection.prepareStatement(
              "MERGE INTO bundle (version, created_at, expires_at) KEY (version)"
                  + " VALUES (?, CURRENT_TIMESTAMP, DATEADD('DAY', 30, CURRENT_TIMESTAMP))")) {
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
