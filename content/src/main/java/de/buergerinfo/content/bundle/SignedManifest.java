package de.buergerinfo.content.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A manifest with its signatures, as the central server serves it: a DSSE envelope
 * (https://github.com/secure-systems-lab/dsse) whose payload is the manifest's JSON. Signatures
 * cover the payload bytes exactly as sent, so no JSON canonicalisation is needed to check them.
 *
 * @param payloadType {@link #PAYLOAD_TYPE} for a manifest, {@link #DELTA_PAYLOAD_TYPE} for a delta
 * @param payload the manifest or delta as {@link ManifestJson} wrote it
 * @param signatures at least one
 */
public record SignedManifest(String payloadType, byte[] payload, List<Signature> signatures) {

  /** The payload type of a whole manifest. */
  public static final String PAYLOAD_TYPE = "application/vnd.buergerinfo.manifest+json";

  /** The payload type of a {@link ManifestDelta}. */
  public static final String DELTA_PAYLOAD_TYPE = "application/vnd.buergerinfo.manifest-delta+json";

  /** Largest envelope read: a full-size manifest in base64 plus a few signatures. */
  public static final int MAX_BYTES = ManifestJson.MAX_BYTES / 3 * 4 + 16 * 1024;

  private static final int MAX_SIGNATURES = 8;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(4)
                          .maxStringLength(MAX_BYTES)
                          .maxNameLength(32)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .build();

  /**
   * One signature.
   *
   * @param keyId {@link ManifestKeys#keyId} of the key that made it
   * @param value the Ed25519 signature over the envelope's pre-authentication encoding
   */
  public record Signature(String keyId, byte[] value) {
    public Signature {
      value = value.clone();
    }

    @Override
    public byte[] value() {
      return value.clone();
    }
  }

  public SignedManifest {
    if (!PAYLOAD_TYPE.equals(payloadType) && !DELTA_PAYLOAD_TYPE.equals(payloadType)) {
      throw new IllegalArgumentException("unknown payload type " + payloadType);
    }
    payload = payload.clone();
    signatures = List.copyOf(signatures);
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** Signs {@code manifest} with every key given (two during a key rotation). */
  public static SignedManifest sign(Manifest manifest, List<SigningKey> keys) {
    return sign(PAYLOAD_TYPE, ManifestJson.write(manifest), keys);
  }

  /** Signs a delta from an older version to {@code delta.version()}. */
  public static SignedManifest signDelta(ManifestDelta delta, List<SigningKey> keys) {
    return sign(DELTA_PAYLOAD_TYPE, ManifestJson.writeDelta(delta), keys);
  }

  private static SignedManifest sign(String type, byte[] payload, List<SigningKey> keys) {
    byte[] message = preAuthenticationEncoding(type, payload);
    List<Signature> signatures = new ArrayList<>();
    for (SigningKey key : keys) {
      signatures.add(new Signature(key.keyId(), key.sign(message)));
    }
    return new SignedManifest(type, payload, signatures);
  }

  /** Whether this envelope holds a delta rather than a whole manifest. */
  public boolean isDelta() {
    return DELTA_PAYLOAD_TYPE.equals(payloadType);
  }

  /**
   * The manifest, if a key in {@code trusted} signed exactly these bytes.
   *
   * @throws UntrustedContentException if no trusted key signed it
   * @throws ContentFormatException if the signed payload is not a valid manifest
   */
  public Manifest verify(TrustedKeys trusted)
      throws UntrustedContentException, ContentFormatException {
    if (isDelta()) {
      throw new ContentFormatException("expected a whole manifest, got a delta");
    }
    checkSignature(trusted);
    return ManifestJson.read(payload);
  }

  /**
   * The delta, if a key in {@code trusted} signed exactly these bytes.
   *
   * @throws UntrustedContentException if no trusted key signed it
   * @throws ContentFormatException if the payload is not a valid delta
   */
  public ManifestDelta verifyDelta(TrustedKeys trusted)
      throws UntrustedContentException, ContentFormatException {
    if (!isDelta()) {
      throw new ContentFormatException("expected a manifest delta, got a whole manifest");
    }
    checkSignature(trusted);
    return ManifestJson.readDelta(payload);
  }

  private void checkSignature(TrustedKeys trusted) throws UntrustedContentException {
    byte[] message = preAuthenticationEncoding(payloadType, payload);
    for (Signature signature : signatures) {
      if (trusted.isValid(signature.keyId(), message, signature.value())) {
        return;
      }
    }
    throw new UntrustedContentException(
        "the manifest is not signed by a trusted key (signed by "
            + signatures.stream().map(Signature::keyId).toList()
            + ", trusted: "
            + trusted.keyIds()
            + ")");
  }

  /** The envelope as compact JSON. */
  public byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length * 4 / 3 + 512);
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("payloadType", payloadType);
      json.writeStringField("payload", Base64.getEncoder().encodeToString(payload));
      json.writeArrayFieldStart("signatures");
      for (Signature signature : signatures) {
        json.writeStartObject();
        json.writeStringField("keyid", signature.keyId());
        json.writeStringField("sig", Base64.getEncoder().encodeToString(signature.value()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * Reads an envelope; does not check the signatures (see {@link #verify}).
   *
   * @throws ContentFormatException saying what is wrong
   */
  public static SignedManifest parse(byte[] json) throws ContentFormatException {
    if (json.length > MAX_BYTES) {
      throw new ContentFormatException(
          "signed manifest is " + json.length + " bytes, more than the limit of " + MAX_BYTES);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new ContentFormatException("signed manifest is not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ContentFormatException("signed manifest must be a JSON object");
    }
    String type = text(root, "payloadType");
    if (!PAYLOAD_TYPE.equals(type) && !DELTA_PAYLOAD_TYPE.equals(type)) {
      throw new ContentFormatException(
          "signed manifest has payloadType '" + type + "', not " + PAYLOAD_TYPE);
    }
    byte[] payload = base64(text(root, "payload"), "payload");
    JsonNode list = root.get("signatures");
    if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_SIGNATURES) {
      throw new ContentFormatException(
          "signed manifest needs 1 to " + MAX_SIGNATURES + " signatures in 'signatures'");
    }
    List<Signature> signatures = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      if (!entry.isObject()) {
        throw new ContentFormatException(
            "signed manifest field signatures[" + i + "] must be an object");
      }
      String keyId = text(entry, "keyid");
      if (keyId == null || keyId.length() > 64) {
        throw new ContentFormatException(
            "signed manifest field signatures[" + i + "].keyid is missing or too long");
      }
      byte[] value = base64(text(entry, "sig"), "signatures[" + i + "].sig");
      signatures.add(new Signature(keyId, value));
    }
    return new SignedManifest(type, payload, signatures);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  private static byte[] base64(String text, String field) throws ContentFormatException {
    if (text == null) {
      throw new ContentFormatException("signed manifest field '" + field + "' is missing");
    }
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException("signed manifest field '" + field + "' is not base64", e);
    }
  }

  /** DSSE's PAE: what is actually signed, binding the payload type to the payload. */
  static byte[] preAuthenticationEncoding(String payloadType, byte[] payload) {
    byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("DSSEv1 " + type.length + " " + payloadType + " " + payload.length + " ")
            .getBytes(StandardCharsets.UTF_8);
    byte[] message = Arrays.copyOf(head, head.length + payload.length);
    System.arraycopy(payload, 0, message, head.length, payload.length);
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedManifest that && Arrays.equals(toJson(), that.toJson());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toJson());
  }
}
