package de.buergerinfo.content.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedManifestTest {

  private static final SigningKey OLD = SigningKey.generate();
  private static final SigningKey NEW = SigningKey.generate();
  private static final Instant CREATED = Instant.parse("2026-11-30T10:00:00Z");
  private static final Manifest MANIFEST =
      new Manifest(
          4,
          CREATED,
          CREATED.plusSeconds(86_400),
          List.of(new ManifestEntry("services/a.json", "a".repeat(64), 3)));

  private static TrustedKeys trusting(SigningKey... keys) {
    return TrustedKeys.of(java.util.Arrays.stream(keys).map(SigningKey::publicKey).toList());
  }

  @Test
  void aManifestSignedByATrustedKeyReadsBackThroughItsJson() throws Exception {
    byte[] json = SignedManifest.sign(MANIFEST, List.of(OLD)).toJson();

    assertThat(SignedManifest.parse(json).verify(trusting(OLD))).isEqualTo(MANIFEST);
  }

  @Test
  void duringAKeyRotationEitherTrustedKeyIsEnough() throws Exception {
    SignedManifest byNewOnly = SignedManifest.sign(MANIFEST, List.of(NEW));
    SignedManifest byBoth = SignedManifest.sign(MANIFEST, List.of(OLD, NEW));

    assertThat(byNewOnly.verify(trusting(OLD, NEW))).isEqualTo(MANIFEST);
    assertThat(byBoth.verify(trusting(OLD))).isEqualTo(MANIFEST);
    assertThat(byBoth.verify(trusting(NEW))).isEqualTo(MANIFEST);
  }

  @Test
  void aManifestSignedByAnotherKeyIsRefused() {
    SignedManifest byAttacker = SignedManifest.sign(MANIFEST, List.of(SigningKey.generate()));

    assertThatThrownBy(() -> byAttacker.verify(trusting(OLD, NEW)))
        .isInstanceOf(UntrustedContentException.class)
        .hasMessageContaining("not signed by a trusted key");
  }

  @Test
  void aChangedPayloadOrAForeignSignatureUnderATrustedKeyIdIsRefused() throws Exception {
    SignedManifest genuine = SignedManifest.sign(MANIFEST, List.of(OLD));
    byte[] payload = genuine.payload();
    payload[payload.length - 3] ^= 1;
    SignedManifest tampered =
        new SignedManifest(SignedManifest.PAYLOAD_TYPE, payload, genuine.signatures());
    SignedManifest forged =
        new SignedManifest(
            SignedManifest.PAYLOAD_TYPE,
            genuine.payload(),
            List.of(
                new SignedManifest.Signature(
                    OLD.keyId(), SigningKey.generate().sign(genuine.payload()))));

    assertThatThrownBy(() -> tampered.verify(trusting(OLD)))
        .isInstanceOf(UntrustedContentException.class);
    assertThatThrownBy(() -> forged.verify(trusting(OLD)))
        .isInstanceOf(UntrustedContentException.class);
  }

  @Test
  void theSignatureCoversThePayloadTypeSoAnotherKindOfDocumentCannotPassAsAManifest() {
    SigningKey key = OLD;
    byte[] payload = ManifestJson.write(MANIFEST);
    // A signature over the bare payload (as another protocol might make) does not verify.
    SignedManifest bare =
        new SignedManifest(
            SignedManifest.PAYLOAD_TYPE,
            payload,
            List.of(new SignedManifest.Signature(key.keyId(), key.sign(payload))));

    assertThatThrownBy(() -> bare.verify(trusting(OLD)))
        .isInstanceOf(UntrustedContentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{}",
        "nonsense",
        "{\"payloadType\":\"text/plain\",\"payload\":\"e30=\",\"signatures\":[{\"keyid\":\"a\",\"sig\":\"AA==\"}]}",
        "{\"payloadType\":\"application/vnd.buergerinfo.manifest+json\",\"payload\":\"***\",\"signatures\":[{\"keyid\":\"a\",\"sig\":\"AA==\"}]}",
        "{\"payloadType\":\"application/vnd.buergerinfo.manifest+json\",\"payload\":\"e30=\",\"signatures\":[]}",
        "{\"payloadType\":\"application/vnd.buergerinfo.manifest+json\",\"payload\":\"e30=\",\"signatures\":[1]}",
        "{\"payloadType\":\"application/vnd.buergerinfo.manifest+json\",\"payload\":\"e30=\",\"signatures\":[{\"sig\":\"AA==\"}]}",
        "{\"payloadType\":\"application/vnd.buergerinfo.manifest+json\",\"payloadType\":\"x\"}",
      })
  void brokenOrHostileEnvelopesAreRefusedWithAReason(String json) {
    assertThatThrownBy(() -> SignedManifest.parse(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("signed manifest");
  }

  @Test
  void tooManySignaturesAndOversizedEnvelopesAreRefused() {
    String signature = "{\"keyid\":\"a\",\"sig\":\"AA==\"}";
    String many =
        "{\"payloadType\":\"application/vnd.buergerinfo.manifest+json\",\"payload\":\"e30=\","
            + "\"signatures\":["
            + String.join(",", java.util.Collections.nCopies(9, signature))
            + "]}";
    byte[] huge = new byte[SignedManifest.MAX_BYTES + 1];

    assertThatThrownBy(() -> SignedManifest.parse(many.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("1 to 8 signatures");
    assertThatThrownBy(() -> SignedManifest.parse(huge))
        .isInstanceOf(ContentFormatException.class)
        .hasMessageContaining("more than the limit");
  }

  @Test
  void aValidSignatureOverAPayloadThatIsNoManifestGivesAFormatError() {
    byte[] payload = "{\"format\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] message = SignedManifest.preAuthenticationEncoding(SignedManifest.PAYLOAD_TYPE, payload);
    SignedManifest odd =
        new SignedManifest(
            SignedManifest.PAYLOAD_TYPE,
            payload,
            List.of(new SignedManifest.Signature(OLD.keyId(), OLD.sign(message))));

    assertThatThrownBy(() -> odd.verify(trusting(OLD))).isInstanceOf(ContentFormatException.class);
    assertThat(Base64.getEncoder().encodeToString(payload)).isNotEmpty();
  }
}
