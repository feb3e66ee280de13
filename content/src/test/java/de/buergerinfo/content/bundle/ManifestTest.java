package de.buergerinfo.content.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {

  private static final String SHA = "b".repeat(64);

  @Test
  void entriesAreValidated() {
    assertThat(new ManifestEntry("media/office-photo_1.jpg", SHA, 10).path())
        .isEqualTo("media/office-photo_1.jpg");
    assertThatThrownBy(() -> new ManifestEntry("a", SHA, -1)).hasMessageContaining("size");
    assertThatThrownBy(() -> new ManifestEntry("a/../b", SHA, 1)).hasMessageContaining("path");
    assertThatThrownBy(() -> new ManifestEntry("a", SHA.toUpperCase(), 1))
        .hasMessageContaining("sha256");
  }

  @Test
  void aManifestIsImmutableAndConsistent() {
    List<ManifestEntry> entries = new ArrayList<>(List.of(new ManifestEntry("a", SHA, 1)));
    Manifest manifest = new Manifest(1, Instant.EPOCH, entries);
    entries.clear();

    assertThat(manifest.objects()).hasSize(1);
    assertThatThrownBy(() -> manifest.objects().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Manifest(-1, Instant.EPOCH, List.of()))
        .hasMessageContaining("version");
  }
}
