package de.buergerinfo.content.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The H2 database in a data folder, migrated to the current schema when opened. */
public final class ContentDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ContentDatabase.class);

  private static final String FILE_NAME = "content";

  /**
   * Folders open in this JVM. H2 locks the file against other processes, but inside one process a
   * second open would silently share the database; two servers on one folder is always a mistake.
   */
  private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();

  private final Path folder;
  private final JdbcConnectionPool pool;

  private ContentDatabase(Path folder, JdbcConnectionPool pool) {
    this.folder = folder;
    this.pool = pool;
  }

  /**
   * Opens (or creates) the database in {@code folder} and migrates its schema.
   *
   * @throws ContentStoreException when the folder cannot be used, another process holds the
   *     database, or the database comes from a newer BIS Kiosk
   */
  public static ContentDatabase open(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new ContentStoreException("cannot create the data folder " + absolute + ": " + e, e);
    }
    if (!Files.isWritable(absolute)) {
      throw new ContentStoreException("the data folder " + absolute + " is not writable");
    }
    if (!OPEN_FOLDERS.add(absolute)) {
      throw new ContentStoreException(
          "the data folder " + absolute + " is in use by another BIS Kiosk component");
    }
    try {
      return openMigrated(absolute);
    } catch (RuntimeException e) {
      OPEN_FOLDERS.remove(absolute);
      throw e;
    }
  }

  /** The page cache of one store, in KB. */
  static final int CACHE_KILOBYTES = 4096;

  private static ContentDatabase openMigrated(Path absolute) {
    // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves after the HTTP server has stopped.
    // CACHE_SIZE (KB): the store is read at start and by the sync, not per visit; H2's default
    // page cache held tens of MB for the kiosk's whole life (docs/PERFORMANCE.md, memory).
    String url =
        "jdbc:h2:file:"
            + absolute.resolve(FILE_NAME)
            + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE="
            + CACHE_KILOBYTES;
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "bis", "");
    try (Connection connection = pool.getConnection()) {
      int schema = SchemaMigrations.migrate(connection);
      log.info("content database open in {} (schema version {})", absolute, schema);
    } catch (SQLException e) {
      pool.dispose();
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new ContentStoreException(
            "the data folder " + absolute + " is in use by another BIS Kiosk process", e);
      }
      throw new ContentStoreException(
          "cannot open the database in " + absolute + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
    return new ContentDatabase(absolute, pool);
  }

  public Path folder() {
    return folder;
  }

  /** A connection from the pool; close it to give it back. */
  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public void close() {
    try (Connection connection = pool.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      log.warn("database in {} did not shut down cleanly: {}", folder, e.getMessage());
    } finally {
      pool.dispose();
      OPEN_FOLDERS.remove(folder);
    }
    log.info("content database closed");
  }
}
