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

/** The bundles a central server has published, read from its database. */
public final class PublishedContent {

  private final ContentDatabase database;

  public PublishedContent(ContentDatabase database) {
    this.database = database;
  }

  /** The manifest of the newest bundle; a new store holds the empty bundle, version 0. */
  public Manifest currentManifest() {
    try (Connection connection = database.connection()) {
      long version;
      OffsetDateTime created;
      try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT version, created_at FROM bundle ORDER BY version DESC LIMIT 1");
          ResultSet result = query.executeQuery()) {
        if (!result.next()) {
          throw new ContentStoreException("the database holds no bundle, not even version 0");
        }
        version = result.getLong(1);
        created = result.getObject(2, OffsetDateTime.class);
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
      return new Manifest(version, created.toInstant(), entries);
    } catch (SQLException e) {
      throw new ContentStoreException("reading the current manifest failed: " + e.getMessage(), e);
    }
  }
}
