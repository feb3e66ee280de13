package de.buergerinfo.content.store;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.catalog.Catalog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A terminal's side of bundles: the objects it already holds, and applying a verified bundle with
 * its catalogue in one transaction, so a terminal killed mid-way restarts on the old version or the
 * new one, never a mix. Uses the same tables as the central server.
 */
public final class ReceivedContent {

  private final ContentDatabase database;

  public ReceivedContent(ContentDatabase database) {
    this.database = database;
  }

  /** The version the terminal has applied (0 before its first sync). */
  public Manifest appliedManifest() {
    return new PublishedContent(database).currentManifest();
  }

  /** Which of {@code wanted} the terminal already holds, so only the others are downloaded. */
  public Set<String> present(List<ManifestEntry> wanted) {
    Set<String> present = new HashSet<>();
    try (Connection connection = database.connection();
        PreparedStatement query =
            connection.prepareStatement("SELECT 1 FROM content_object WHERE sha256 = ?")) {
      for (ManifestEntry entry : wanted) {
        query.setString(1, entry.sha256());
        try (ResultSet result = query.executeQuery()) {
          if (result.next()) {
            present.add(entry.sha256());
          }
        }
      }
      return present;
    } catch (SQLException e) {
      throw new ContentStoreException("reading the held objects failed: " + e.getMessage(), e);
    }
  }

  /**
   * Keeps a downloaded object that the caller has checked against its hash. Objects are kept as
   * they arrive, so a sync cut off half-way downloads only the rest next time.
   */
  public void keep(ManifestEntry entry, byte[] bytes) {
    try (Connection connection = database.connection();
        PreparedStatement merge =
            connection.prepareStatement(
                "MERGE INTO content_object (sha256, size, data) KEY (sha256) VALUES (?, ?, ?)")) {
      merge.setString(1, entry.sha256());
      merge.setLong(2, bytes.length);
      merge.setBytes(3, bytes);
      merge.executeUpdate();
    } catch (SQLException e) {
      throw new ContentStoreException("keeping object " + entry.sha256() + " failed", e);
    }
  }

  /** The bytes of every object of {@code manifest}, by path; all must be held. */
  public Map<String, byte[]> objects(Manifest manifest) {
    Map<String, byte[]> byPath = new HashMap<>();
    PublishedContent published = new PublishedContent(database);
    for (ManifestEntry entry : manifest.objects()) {
      byPath.put(
          entry.path(),
          published
              .object(entry.sha256())
              .orElseThrow(
                  () -> new ContentStoreException("object " + entry.sha256() + " is not held")));
    }
    return byPath;
  }

  /**
   * Removes rows of versions not yet applied: after a terminal was killed mid-apply, H2 once (1 of
   * about 15 kill tests) kept such object rows although the version itself was rolled back, and
   * every later apply of that version then failed on them.
   */
  private static void removeLeftovers(Connection connection, long version) throws SQLException {
    try (PreparedStatement objects =
            connection.prepareStatement("DELETE FROM bundle_object WHERE version >= ?");
        PreparedStatement bundles =
            connection.prepareStatement("DELETE FROM bundle WHERE version >= ?")) {
      objects.setLong(1, version);
      objects.executeUpdate();
      bundles.setLong(1, version);
      bundles.executeUpdate();
    }
  }

  /**
   * Makes {@code manifest} the applied version with its catalogue, in one transaction.
   *
   * @param signed the signed manifest as received, kept so the terminal can show what it trusts
   */
  public void apply(Manifest manifest, byte[] signed, Catalog catalog) {
    try (Connection connection = database.connection()) {
      connection.setAutoCommit(false);
      try {
        removeLeftovers(connection, manifest.version());
        BundlePublisher.insertBundle(connection, manifest, signed);
        CatalogStore.replace(connection, catalog);
        connection.commit();
        // H2 writes committed data to its file in the background: a terminal killed right after
        // a commit could come back with part of it (the kill test saw one service of a version
        // whose version row was lost). Syncing now makes an applied version stay applied.
        try (Statement sync = connection.createStatement()) {
          sync.execute("CHECKPOINT SYNC");
        }
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new ContentStoreException(
          "applying version " + manifest.version() + " failed: " + e.getMessage(), e);
    }
  }
}
