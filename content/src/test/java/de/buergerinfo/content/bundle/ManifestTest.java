package de.buergerinfo.content.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {

  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "b".repeat(64);

  @Test
  void theEmptyBundleZeroIsAManifest() {
    Manifest empty = new Manifest(0, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), List.of());

    assertThat(empty.version()).isZero();
    assertThat(empty.objects()).isEmpty();
  }

  @Test
  void aNegativeVersionIsRefused() {
    assertThatThrownBy(
            () -> new Manifest(-1, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be negative");
  }

  @Test
  void aMissingCreatedTimeOrObjectListIsRefused() {
    assertThatThrownBy(() -> new Manifest(1, null, Instant.EPOCH.plusSeconds(86_400), List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("created");
    assertThatThrownBy(
            () -> new Manifest(1, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), null))
        .isInstanceOf(NullPointerException.class);
    List<ManifestEntry> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(
            () -> new Manifest(1, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), withNull))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aPathListedTwiceIsRefusedByName() {
    List<ManifestEntry> twice =
        List.of(
            new ManifestEntry("services/115.json", SHA_A, 1),
            new ManifestEntry("offices/a.json", SHA_B, 1),
            new ManifestEntry("services/115.json", SHA_B, 2));

    assertThatThrownBy(
            () -> new Manifest(1, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path 'services/115.json' appears twice");
  }

  @Test
  void oneObjectMayAppearUnderSeveralPaths() {
    // Objects are content-addressed: two files with the same bytes share one hash.
    Manifest manifest =
        new Manifest(
            1,
            Instant.EPOCH,
            Instant.EPOCH.plusSeconds(86_400),
            List.of(new ManifestEntry("a.json", SHA_A, 1), new ManifestEntry("b.json", SHA_A, 1)));

    assertThat(manifest.objects()).hasSize(2);
  }

  @Test
  void keepsTheObjectsInTheOrderGiven() {
    ManifestEntry b = new ManifestEntry("b.json", SHA_B, 2);
    ManifestEntry a = new ManifestEntry("a.json", SHA_A, 1);

    assertThat(
            new Manifest(1, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), List.of(b, a))
                .objects())
        .containsExactly(b, a);
  }

  @Test
  void isImmutableEvenWhenTheCallersListChanges() {
    List<ManifestEntry> entries = new ArrayList<>(List.of(new ManifestEntry("a", SHA_A, 1)));
    Manifest manifest = new Manifest(1, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), entries);
    entries.clear();

    assertThat(manifest.objects()).hasSize(1);
    assertThatThrownBy(() -> manifest.objects().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalContentMeansEqualManifests() {
    Manifest one =
        new Manifest(
            3,
            Instant.EPOCH,
            Instant.EPOCH.plusSeconds(86_400),
            List.of(new ManifestEntry("a", SHA_A, 1)));
    Manifest same =
        new Manifest(
            3,
            Instant.ofEpochSecond(0),
            Instant.ofEpochSecond(0).plusSeconds(86_400),
            new ArrayList<>(one.objects()));

    assertThat(same).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(new Manifest(4, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), one.objects()))
        .isNotEqualTo(one);
  }
}
