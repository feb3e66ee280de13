package de.buergerinfo.content.store;

import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.bundle.SignedManifest;
import de.buergerinfo.content.bundle.SigningKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes bundles on the central server: the next version with its objects and signed manifest,
 * in one transaction, so a half-written bundle is never served. Versions only grow.
 */
public final class BundlePublisher {

  private final ContentDatabase database;
  private final List<SigningKey> keys;

  /** {@code keys}: one signing key, or two during a key rotation. */
  public BundlePublisher(ContentDatabase database, List<SigningKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("publishing needs at least one signing key");
    }
    this.database = database;
    this.keys = List.copyOf(keys);
  }

  /**
   * Publishes {@code objects} as the next version, valid from {@code now} for {@code validity}.
   * Objects the store already holds (unchanged services) are not stored twice.
   */
  public Manifest publish(List<BundleObject> objects, Instant now, Duration validity) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("a bundle must be valid for some time");
    }
    // Path order: the order PublishedContent reads a bundle back in.
    List<BundleObject> sorted =
        objects.stream().sorted(java.util.Comparator.comparing(BundleObject::path)).toList();
    List<ManifestEntry> entries = sorted.stream().map(BundleObject::entry).toList();
    try (Connection connection = database.connection()) {
      connection.setAutoCommit(false);
      try {
        long version = newestVersion(connection) + 1;
        Instant created = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Manifest manifest = new Manifest(version, created, created.plus(validity), entries);
        insertObjects(connection, sorted, entries);
        insertBundle(connection, manifest, SignedManifest.sign(manifest, keys).toJson());
        connection.commit();
        return manifest;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new ContentStoreException("publishing the bundle failed: " + e.getMessage(), e);
    }
  }

  /**
   * Publishes {@code objects} unless the newest bundle holds exactly these and stays valid for
   * longer than {@code renewBefore}: restarting a server or publishing the same content twice makes
   * no new version, while a bundle about to expire is renewed in time.
   *
   * @return the new manifest, or empty when nothing was published
   */
  public Optional<Manifest> publishIfChanged(
      List<BundleObject> objects, Instant now, Duration validity, Duration renewBefore) {
    Manifest current = new PublishedContent(database).currentManifest();
    Set<ManifestEntry> wanted = new HashSet<>();
    objects.forEach(object -> wanted.add(object.entry()));
    boolean same = wanted.equals(new HashSet<>(current.objects())) && current.version() > 0;
    boolean fresh = current.expires().isAfter(now.plus(renewBefore));
    if (same && fresh) {
      return Optional.empty();
    }
    return Optional.of(publish(objects, now, validity));
  }

  /**
   * Signs the bundles that have no signed manifest yet (version 0, made by the schema before the
   * server had a key), so every manifest the server serves is signed.
   */
  public void signUnsigned() {
    PublishedContent published = new PublishedContent(database);
    if (published.currentSignedManifest().isPresent()) {
      return;
    }
    Manifest manifest = published.currentManifest();
    try (Connection connection = database.connection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE bundle SET signed_manifest = ? WHERE version = ? AND signed_manifest IS NULL")) {
      update.setBytes(1, SignedManifest.sign(manifest, keys).toJson());
      update.setLong(2, manifest.version());
      update.executeUpdate();
    } catch (SQLException e) {
      throw new ContentStoreException("signing bundle " + manifest.version() + " failed", e);
    }
  }

  private static long newestVersion(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT MAX(version) FROM bundle");
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void insertObjects(
      Connection connection, List<BundleObject> objects, List<ManifestEntry> entries)
      throws SQLException {
    Set<String> known = new HashSet<>();
    try (PreparedStatement query =
            connection.prepareStatement("SELECT sha256 FROM content_object");
        ResultSet result = query.executeQuery()) {
      while (result.next()) {
        known.add(result.getString(1));
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO content_object (sha256, size, data) VALUES (?, ?, ?)")) {
      List<String> added = new ArrayList<>();
      for (int i = 0; i < objects.size(); i++) {
        ManifestEntry entry = entries.get(i);
        if (known.add(entry.sha256())) {
          insert.setString(1, entry.sha256());
          insert.setLong(2, entry.size());
          insert.setBytes(3, objects.get(i).bytes());
          insert.addBatch();
          added.add(entry.sha256());
        }
      }
      if (!added.isEmpty()) {
        insert.executeBatch();
      }
    }
  }

  /**
   * The rows of one bundle (its version with the signed manifest, and its objects' paths), inside
   * the caller's transaction; the central server and a terminal store bundles alike.
   */
  static void insertBundle(Connection connection, Manifest manifest, byte[] signed)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO bundle (version, created_at, expires_at, signed_manifest) VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, manifest.version());
      insert.setObject(2, OffsetDateTime.ofInstant(manifest.created(), ZoneOffset.UTC));
      insert.setObject(3, OffsetDateTime.ofInstant(manifest.expires(), ZoneOffset.UTC));
      insert.setBytes(4, signed);
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO bundle_object (version, path, sha256) VALUES (?, ?, ?)")) {
      for (ManifestEntry entry : manifest.objects()) {
        insert.setLong(1, manifest.version());
        insert.setString(2, entry.path());
        insert.setString(3, entry.sha256());
        insert.addBatch();
      }
      if (!manifest.objects().isEmpty()) {
        insert.executeBatch();
      }
    }
  }
}
