package de.buergerinfo.content.store;

import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.bundle.ManifestEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The bundles a central server has published, read from its database. */
public final class PublishedContent {

  private final ContentDatabase database;

  public PublishedContent(ContentDatabase database) {
    this.database = database;
  }

  /** The manifest of the newest bundle; a new store holds the empty bundle, version 0. */
  public Manifest currentManifest() {
    long version = newestVersion();
    return manifest(version)
        .orElseThrow(() -> new ContentStoreException("bundle " + version + " vanished"));
  }

  /** The manifest of bundle {@code version}, if the store has it. */
  public Optional<Manifest> manifest(long version) {
    try (Connection connection = database.connection()) {
      OffsetDateTime created;
      OffsetDateTime expires;
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT created_at, expires_at FROM bundle WHERE version = ?")) {
        query.setLong(1, version);
        try (ResultSet result = query.executeQuery()) {
          if (!result.next()) {
            return Optional.empty();
          }
          created = result.getObject(1, OffsetDateTime.class);
          expires = result.getObject(2, OffsetDateTime.class);
        }
      }
      List<ManifestEntry> entries = new ArrayList<>();
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT b.path, b.sha256, o.size FROM bundle_object b "
                  + "JOIN content_object o ON o.sha256 = b.sha256 "
                  + "WHERE b.version = ? ORDER BY b.path")) {
        query.setLong(1, version);
        try (ResultSet result = query.executeQuery()) {
          while (result.next()) {
            entries.add(
                new ManifestEntry(result.getString(1), result.getString(2), result.getLong(3)));
          }
        }
      }
      return Optional.of(new Manifest(version, created.toInstant(), expires.toInstant(), entries));
    } catch (SQLException e) {
      throw new ContentStoreException(
          "reading manifest " + version + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * A bundle's signed manifest as stored: exactly the bytes that were signed.
   *
   * @param version the bundle's version
   * @param signed the signed manifest envelope
   */
  public record StoredManifest(long version, byte[] signed) {}

  /**
   * The newest bundle's signed manifest; empty while the newest bundle is unsigned (version 0
   * before the central server first started with a key).
   */
  public Optional<StoredManifest> currentSignedManifest() {
    try (Connection connection = database.connection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT version, signed_manifest FROM bundle ORDER BY version DESC LIMIT 1");
        ResultSet result = query.executeQuery()) {
      if (!result.next() || result.getBytes(2) == null) {
        return Optional.empty();
      }
      return Optional.of(new StoredManifest(result.getLong(1), result.getBytes(2)));
    } catch (SQLException e) {
      throw new ContentStoreException("reading the signed manifest failed: " + e.getMessage(), e);
    }
  }

  /** The content object named {@code sha256}, if any bundle ever held it. */
  public Optional<byte[]> object(String sha256) {
    try (Connection connection = database.connection();
        PreparedStatement query =
            connection.prepareStatement("SELECT data FROM content_object WHERE sha256 = ?")) {
      query.setString(1, sha256);
      try (ResultSet result = query.executeQuery()) {
        return result.next() ? Optional.of(result.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new ContentStoreException("reading object " + sha256 + " failed: " + e.getMessage(), e);
    }
  }

  /** The newest bundle's version: one cheap query, so a server can tell when to reload. */
  public long newestVersion() {
    try (Connection connection = database.connection();
        PreparedStatement query = connection.prepareStatement("SELECT MAX(version) FROM bundle");
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new ContentStoreException("reading the newest version failed: " + e.getMessage(), e);
    }
  }
}
