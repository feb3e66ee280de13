package de.buergerinfo.content.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.Manifest;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.json.CatalogObjects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivedContentTest {

  @TempDir Path folder;

  @Test
  void rowsLeftByAnInterruptedApplyOfTheSameVersionDoNotBlockTheNextApply() throws Exception {
    Catalog catalog = BremenContent.load();
    List<BundleObject> objects = CatalogObjects.of(catalog);
    Manifest manifest =
        new Manifest(
            1,
            Instant.parse("2026-11-30T10:00:00Z"),
            Instant.parse("2026-12-30T10:00:00Z"),
            objects.stream()
                .map(BundleObject::entry)
                .sorted(Comparator.comparing(e -> e.path()))
                .toList());
    try (ContentDatabase database = ContentDatabase.open(folder)) {
      ReceivedContent local = new ReceivedContent(database);
      objects.forEach(o -> local.keep(o.entry(), o.bytes()));
      try (Connection connection = database.connection();
          Statement statement = connection.createStatement()) {
        // What a kill mid-apply once left behind: rows of version 1 (here with their version row).
        statement.execute(
            "INSERT INTO bundle (version, created_at, expires_at) VALUES (1, CURRENT_TIMESTAMP,"
                + " DATEADD('DAY', 1, CURRENT_TIMESTAMP))");
        statement.execute(
            "INSERT INTO bundle_object (version, path, sha256) VALUES (1, '"
                + manifest.objects().getFirst().path()
                + "', '"
                + manifest.objects().getFirst().sha256()
                + "')");
      }

      local.apply(manifest, new byte[] {1}, catalog);

      assertThat(local.appliedManifest()).isEqualTo(manifest);
      assertThat(new CatalogStore(database).load().services()).hasSize(catalog.services().size());
    }
  }
}
