package de.buergerinfo.content.store;

import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.catalog.Announcement;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.CatalogException;
import de.buergerinfo.content.catalog.GlossaryConcept;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.OpeningState;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.catalog.TimeRange;
import de.buergerinfo.content.catalog.json.CatalogJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue in the local database, with the questions screens ask: a service, the services of a
 * life situation, the offices of a service, whether an office is open, the active announcements.
 * The kiosk and the central server use this same class.
 */
public final class CatalogStore {

  private static final String SERVICE = "service";
  private static final String OFFICE = "office";
  private static final String SITUATION = "situation";
  private static final String FLOW = "flow";
  private static final String ANNOUNCEMENT = "announcement";
  private static final String GLOSSARY = "glossary";

  private final ContentDatabase database;

  public CatalogStore(ContentDatabase database) {
    this.database = database;
  }

  /** Replaces the stored catalogue by {@code catalog} in one transaction: all of it or nothing. */
  public void replace(Catalog catalog) {
    try (Connection connection = database.connection()) {
      connection.setAutoCommit(false);
      try {
        replace(connection, catalog);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new ContentStoreException("storing the catalogue failed: " + e.getMessage(), e);
    }
  }

  /**
   * Replaces the stored catalogue inside the caller's transaction, so that a terminal applies a
   * bundle and its catalogue together or not at all.
   */
  static void replace(Connection connection, Catalog catalog) throws SQLException {
    try (Statement clear = connection.createStatement()) {
      for (String table :
          List.of("catalog_entry", "service_office", "service_situation", "announcement_window")) {
        clear.execute("DELETE FROM " + table);
      }
    }
    insertEntries(connection, SERVICE, catalog.services(), Service::id);
    insertEntries(connection, OFFICE, catalog.offices(), Office::id);
    insertEntries(connection, SITUATION, catalog.lifeSituations(), LifeSituation::id);
    insertEntries(connection, FLOW, catalog.flows(), GuidedFlow::id);
    insertEntries(connection, ANNOUNCEMENT, catalog.announcements(), Announcement::id);
    insertEntries(connection, GLOSSARY, catalog.glossary(), GlossaryConcept::id);
    insertRelations(connection, catalog);
  }

  private static <T> void insertEntries(
      Connection connection,
      String kind,
      List<T> entries,
      java.util.function.Function<T, String> id)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO catalog_entry (kind, id, position, json) VALUES (?, ?, ?, ?)")) {
      int position = 0;
      for (T entry : entries) {
        insert.setString(1, kind);
        insert.setString(2, id.apply(entry));
        insert.setInt(3, position++);
        insert.setBytes(4, CatalogJson.write(entry));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void insertRelations(Connection connection, Catalog catalog) throws SQLException {
    try (PreparedStatement office =
            connection.prepareStatement(
                "INSERT INTO service_office (service_id, office_id, position) VALUES (?, ?, ?)");
        PreparedStatement situation =
            connection.prepareStatement(
                "INSERT INTO service_situation (service_id, situation_id) VALUES (?, ?)");
        PreparedStatement window =
            connection.prepareStatement(
                "INSERT INTO announcement_window (id, valid_from, valid_until) VALUES (?, ?, ?)")) {
      for (Service service : catalog.services()) {
        int position = 0;
        for (String officeId : service.officeIds()) {
          office.setString(1, service.id());
          office.setString(2, officeId);
          office.setInt(3, position++);
          office.addBatch();
        }
        for (String situationId : service.lifeSituationIds()) {
          situation.setString(1, service.id());
          situation.setString(2, situationId);
          situation.addBatch();
        }
      }
      for (Announcement announcement : catalog.announcements()) {
        window.setString(1, announcement.id());
        window.setTimestamp(2, Timestamp.valueOf(announcement.validFrom()));
        window.setTimestamp(3, Timestamp.valueOf(announcement.validUntil()));
        window.addBatch();
      }
      office.executeBatch();
      situation.executeBatch();
      window.executeBatch();
    }
  }

  /** The whole stored catalogue, for example to build the search index. */
  public Catalog load() {
    try {
      return Catalog.of(
          all(SERVICE, Service.class),
          all(OFFICE, Office.class),
          all(SITUATION, LifeSituation.class),
          all(FLOW, GuidedFlow.class),
          all(ANNOUNCEMENT, Announcement.class),
          all(GLOSSARY, GlossaryConcept.class));
    } catch (CatalogException e) {
      throw new ContentStoreException("the stored catalogue is inconsistent: " + e.getMessage(), e);
    }
  }

  public Optional<Service> service(String id) {
    return one(SERVICE, id, Service.class);
  }

  public Optional<Office> office(String id) {
    return one(OFFICE, id, Office.class);
  }

  public List<LifeSituation> lifeSituations() {
    return all(SITUATION, LifeSituation.class);
  }

  public List<GuidedFlow> flows() {
    return all(FLOW, GuidedFlow.class);
  }

  /** Services of a life situation, in catalogue order. */
  public List<Service> servicesOf(String situationId) {
    return query(
        "SELECT e.json FROM catalog_entry e JOIN service_situation s ON s.service_id = e.id "
            + "WHERE e.kind = 'service' AND s.situation_id = ? ORDER BY e.position",
        Service.class,
        situationId);
  }

  /** Offices that offer a service, in the service's order. */
  public List<Office> officesOf(String serviceId) {
    return query(
        "SELECT e.json FROM catalog_entry e JOIN service_office o ON o.office_id = e.id "
            + "WHERE e.kind = 'office' AND o.service_id = ? ORDER BY o.position",
        Office.class,
        serviceId);
  }

  /** Whether an office is open at {@code now} (its local time), empty for an unknown office. */
  public Optional<OpeningState> openingState(String officeId, LocalDateTime now) {
    return office(officeId).map(office -> office.openingHours().stateAt(now));
  }

  /** An office's hours on {@code date}, exceptions included; empty when closed. */
  public List<TimeRange> hoursOn(String officeId, LocalDate date) {
    return office(officeId).map(office -> office.openingHours().on(date)).orElse(List.of());
  }

  /** Announcements in force at {@code now}, newest first. */
  public List<Announcement> activeAnnouncements(LocalDateTime now) {
    Timestamp at = Timestamp.valueOf(now);
    return query(
        "SELECT e.json FROM catalog_entry e JOIN announcement_window w ON w.id = e.id "
            + "WHERE e.kind = 'announcement' AND w.valid_from <= ? AND w.valid_until >= ? "
            + "ORDER BY w.valid_from DESC",
        Announcement.class,
        at,
        at);
  }

  private <T> Optional<T> one(String kind, String id, Class<T> type) {
    List<T> found =
        query("SELECT json FROM catalog_entry WHERE kind = ? AND id = ?", type, kind, id);
    return found.stream().findFirst();
  }

  private <T> List<T> all(String kind, Class<T> type) {
    return query("SELECT json FROM catalog_entry WHERE kind = ? ORDER BY position", type, kind);
  }

  private <T> List<T> query(String sql, Class<T> type, Object... parameters) {
    try (Connection connection = database.connection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<T> result = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(CatalogJson.read(rows.getBytes(1), type));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new ContentStoreException("reading the catalogue failed: " + e.getMessage(), e);
    } catch (ContentFormatException e) {
      throw new ContentStoreException(
          "the stored catalogue holds an unreadable entry: " + e.getMessage(), e);
    }
  }
}
