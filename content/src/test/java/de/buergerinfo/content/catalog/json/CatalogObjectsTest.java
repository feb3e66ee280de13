package de.buergerinfo.content.catalog.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.bundle.BundleObject;
import de.buergerinfo.content.bundle.ContentFormatException;
import de.buergerinfo.content.bundle.ManifestEntry;
import de.buergerinfo.content.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogObjectsTest {

  private static final Catalog BREMEN = BremenContent.load();

  private static Map<String, byte[]> byPath(List<BundleObject> objects) {
    Map<String, byte[]> map = new HashMap<>();
    objects.forEach(o -> map.put(o.path(), o.bytes()));
    return map;
  }

  @Test
  void aCatalogueBecomesOneObjectPerEntryAndReadsBackTheSame() throws Exception {
    List<BundleObject> objects = CatalogObjects.of(BREMEN);

    assertThat(objects)
        .hasSize(
            BREMEN.services().size()
                + BREMEN.offices().size()
                + BREMEN.lifeSituations().size()
                + BREMEN.flows().size()
                + BREMEN.announcements().size()
                + BREMEN.glossary().size());
    assertThat(objects).extracting(BundleObject::path).contains("services/personalausweis.json");
    Catalog back = CatalogObjects.read(byPath(objects));
    assertThat(CatalogObjects.of(back))
        .extracting(BundleObject::entry)
        .containsExactlyInAnyOrderElementsOf(objects.stream().map(BundleObject::entry).toList());
  }

  @Test
  void theSameCatalogueGivesTheSameObjectsSoUnchangedEntriesNeedNoDownload() {
    Set<ManifestEntry> first =
        CatalogObjects.of(BREMEN).stream().map(BundleObject::entry).collect(Collectors.toSet());
    Set<ManifestEntry> second =
        CatalogObjects.of(BremenContent.load()).stream()
            .map(BundleObject::entry)
            .collect(Collectors.toSet());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void anObjectThatIsNoValidEntryIsNamedAndAnIncompleteCatalogueIsRefused() {
    Map<String, byte[]> broken = byPath(CatalogObjects.of(BREMEN));
    broken.put("services/personalausweis.json", "{\"id\":1}".getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> incomplete = byPath(CatalogObjects.of(BREMEN));
    incomplete.keySet().removeIf(path -> path.startsWith("offices/"));

    assertThatThrownBy(() -> CatalogObjects.read(broken))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageStartingWith("services/personalausweis.json: ");
    assertThatThrownBy(() -> CatalogObjects.read(incomplete))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("unknown office");
  }
}
