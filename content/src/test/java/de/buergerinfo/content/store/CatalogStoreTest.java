package de.buergerinfo.content.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.SampleContent;
import de.buergerinfo.content.SharedData;
import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.OpeningState;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.catalog.TimeRange;
import de.buergerinfo.content.importing.dldb.DldbImporter;
import de.buergerinfo.content.importing.ozg.OzgImporter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {

  @TempDir Path data;
  @TempDir Path content;

  @Test
  void answersTheQuestionsOfTheScreens() throws Exception {
    Catalog catalog = SampleContent.read(content);
    try (ContentDatabase database = ContentDatabase.open(data)) {
      CatalogStore store = new CatalogStore(database);
      store.replace(catalog);

      assertThat(store.service("personalausweis")).isEqualTo(catalog.service("personalausweis"));
      assertThat(store.service("nope")).isEmpty();
      assertThat(store.servicesOf("ausweis"))
          .extracting(Service::id)
          .containsExactly("personalausweis");
      assertThat(store.officesOf("personalausweis")).extracting(Office::id).containsExactly("bsc");
      assertThat(store.lifeSituations()).hasSize(1);
      assertThat(store.flows()).hasSize(1);
      // 2026-11-23 is a Monday: open 08:00-12:00 and 13:00-16:00.
      assertThat(store.openingState("bsc", LocalDateTime.of(2026, 11, 23, 9, 0)))
          .contains(new OpeningState.Open(LocalTime.of(12, 0)));
      assertThat(store.openingState("nope", LocalDateTime.of(2026, 11, 23, 9, 0))).isEmpty();
      assertThat(store.hoursOn("bsc", LocalDate.of(2026, 12, 30)))
          .containsExactly(TimeRange.parse("09:00-10:00"));
      assertThat(store.activeAnnouncements(LocalDateTime.of(2026, 12, 1, 12, 0))).hasSize(1);
      assertThat(store.activeAnnouncements(LocalDateTime.of(2026, 12, 2, 12, 0))).isEmpty();
    }
  }

  @Test
  void survivesARestartAndReplacesWhole() throws Exception {
    Catalog catalog = SampleContent.read(content);
    try (ContentDatabase database = ContentDatabase.open(data)) {
      new CatalogStore(database).replace(catalog);
    }
    try (ContentDatabase database = ContentDatabase.open(data)) {
      CatalogStore store = new CatalogStore(database);
      assertThat(store.load().services()).isEqualTo(catalog.services());

      store.replace(Catalog.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));

      assertThat(store.service("personalausweis")).isEmpty();
      assertThat(store.servicesOf("ausweis")).isEmpty();
      assertThat(store.activeAnnouncements(LocalDateTime.of(2026, 12, 1, 12, 0))).isEmpty();
    }
  }

  @Test
  void holdsTheRealCataloguesWhole() throws Exception {
    Catalog munich = DldbImporter.read(SharedData.folder("catalogue/munich-dldb")).catalog();
    Catalog ozg = OzgImporter.read(SharedData.folder("catalogue/ozg")).catalog();
    try (ContentDatabase database = ContentDatabase.open(data)) {
      CatalogStore store = new CatalogStore(database);

      store.replace(munich);
      assertThat(store.load().services()).isEqualTo(munich.services());
      assertThat(store.officesOf("1063423")).extracting(Office::id).contains("10546");

      store.replace(ozg);
      Catalog loaded = store.load();
      assertThat(loaded.services()).hasSameSizeAs(ozg.services());
      assertThat(loaded.lifeSituations()).hasSize(55);
      assertThat(store.servicesOf(OzgImporter.situationId(3))).isNotEmpty();
      assertThat(store.service("1063441")).isEqualTo(Optional.empty());
    }
  }
}
