package de.buergerinfo.content.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the newest schema by applying numbered SQL scripts once each, every script
 * in its own transaction, and refuses a database written by a newer version of BIS Kiosk.
 */
final class SchemaMigrations {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

  /** Scripts in order; script i (1-based) takes the schema to version i. Append, never edit. */
  static final List<String> SCRIPTS =
      List.of("V001__published_bundles.sql", "V002__catalog.sql", "V003__signed_bundles.sql");

  private static final String RESOURCE_FOLDER = "migrations/";

  private SchemaMigrations() {}

  /** Applies what is missing; returns the schema version the database now has. */
  static int migrate(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    try {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS schema_history ("
                + "version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
      }
      connection.commit();
      int current = currentVersion(connection);
      if (current > SCRIPTS.size()) {
        throw new ContentStoreException(
            "the database has schema version "
                + current
                + " from a newer BIS Kiosk; this one knows up to "
                + SCRIPTS.size());
      }
      for (int version = current + 1; version <= SCRIPTS.size(); version++) {
        apply(connection, version, SCRIPTS.get(version - 1));
      }
      return SCRIPTS.size();
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_history")) {
      result.next();
      return result.getInt(1);
    }
  }

  private static void apply(Connection connection, int version, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
      try (PreparedStatement record =
          connection.prepareStatement(
              "INSERT INTO schema_history (version, script) VALUES (?, ?)")) {
        record.setInt(1, version);
        record.setString(2, script);
        record.executeUpdate();
      }
      connection.commit();
      log.info("database schema migrated to version {} ({})", version, script);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /** Splits a script at semicolons that end a line; our scripts keep to that rule. */
  static List<String> statements(String script) {
    String withoutComments = script.replaceAll("(?m)^\\s*--.*$", "");
    return java.util.Arrays.stream(withoutComments.split(";\\s*(\\r?\\n|$)"))
        .map(String::strip)
        .filter(sql -> !sql.isEmpty())
        .toList();
  }

  private static String read(String script) {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream(RESOURCE_FOLDER + script)) {
      if (in == null) {
        throw new ContentStoreException(
            "migration script " + script + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ContentStoreException("migration script " + script + " could not be read", e);
    }
  }
}
