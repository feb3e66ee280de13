package de.buergerinfo.content.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestDeltaTest {

  private static final Instant T = Instant.parse("2026-11-30T10:00:00Z");
  private static final ManifestEntry A = new ManifestEntry("a.json", "a".repeat(64), 1);
  private static final ManifestEntry B = new ManifestEntry("b.json", "b".repeat(64), 2);
  private static final ManifestEntry B2 = new ManifestEntry("b.json", "c".repeat(64), 3);
  private static final ManifestEntry D = new ManifestEntry("d.json", "d".repeat(64), 4);
  private static final Manifest ONE = new Manifest(1, T, T.plusSeconds(100), List.of(A, B));
  private static final Manifest TWO =
      new Manifest(2, T.plusSeconds(10), T.plusSeconds(200), List.of(B2, D));

  @Test
  void aDeltaHoldsOnlyWhatChangedAndRebuildsTheNewManifest() throws Exception {
    ManifestDelta delta = ManifestDelta.between(ONE, TWO);

    assertThat(delta.changed()).containsExactly(B2, D);
    assertThat(delta.removed()).containsExactly("a.json");
    assertThat(delta.applyTo(ONE)).isEqualTo(TWO);
    assertThat(ManifestJson.readDelta(ManifestJson.writeDelta(delta))).isEqualTo(delta);
  }

  @Test
  void aDeltaFromAnotherBaseIsRefused() {
    ManifestDelta delta = ManifestDelta.between(ONE, TWO);
    Manifest otherOne = new Manifest(1, T, T.plusSeconds(100), List.of(A));

    assertThatThrownBy(() -> delta.applyTo(otherOne))
        .isInstanceOf(UntrustedContentException.class)
        .hasMessageContaining("starts from version 1");
    assertThatThrownBy(() -> delta.applyTo(TWO)).isInstanceOf(UntrustedContentException.class);
  }

  @Test
  void aSignedDeltaIsNoManifestAndAManifestNoDelta() throws Exception {
    SigningKey key = SigningKey.generate();
    TrustedKeys trusted = TrustedKeys.of(List.of(key.publicKey()));
    SignedManifest delta = SignedManifest.signDelta(ManifestDelta.between(ONE, TWO), List.of(key));
    SignedManifest whole = SignedManifest.sign(TWO, List.of(key));

    assertThat(SignedManifest.parse(delta.toJson()).verifyDelta(trusted).applyTo(ONE))
        .isEqualTo(TWO);
    assertThatThrownBy(() -> delta.verify(trusted)).isInstanceOf(ContentFormatException.class);
    assertThatThrownBy(() -> whole.verifyDelta(trusted)).isInstanceOf(ContentFormatException.class);
  }

  @Test
  void brokenDeltasAreRefusedWithAReason() {
    for (String json :
        List.of(
            "{}",
            "{\"format\":1,\"changed\":[],\"removed\":[1]}",
            "{\"format\":1,\"baseVersion\":2,\"baseSha256\":\"x\",\"version\":1,"
                + "\"created\":\"2026-11-30T10:00:00Z\",\"expires\":\"2026-12-30T10:00:00Z\","
                + "\"changed\":[],\"removed\":[]}")) {
      assertThatThrownBy(() -> ManifestJson.readDelta(json.getBytes(StandardCharsets.UTF_8)))
          .as(json)
          .isInstanceOf(ContentFormatException.class);
    }
  }
}
