package de.buergerinfo.content.bundle;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The manifest keys a terminal trusts, from its profile: usually one, two during a key rotation
 * (the old and the new key are both accepted until every terminal has the new one).
 */
public final class TrustedKeys {

  private final Map<String, PublicKey> byId;

  private TrustedKeys(Map<String, PublicKey> byId) {
    this.byId = byId;
  }

  public static TrustedKeys of(List<PublicKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a terminal needs at least one trusted manifest key");
    }
    Map<String, PublicKey> byId = new LinkedHashMap<>();
    for (PublicKey key : keys) {
      if (!ManifestKeys.ALGORITHM.equalsIgnoreCase(key.getAlgorithm())
          && !"EdDSA".equalsIgnoreCase(key.getAlgorithm())) {
        throw new IllegalArgumentException("manifest keys are Ed25519, not " + key.getAlgorithm());
      }
      byId.put(ManifestKeys.keyId(key), key);
    }
    return new TrustedKeys(Map.copyOf(byId));
  }

  public Set<String> keyIds() {
    return byId.keySet();
  }

  /** Whether {@code signature} over {@code message} was made by the trusted key {@code keyId}. */
  public boolean isValid(String keyId, byte[] message, byte[] signature) {
    PublicKey key = byId.get(keyId);
    if (key == null) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(ManifestKeys.ALGORITHM);
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      // A malformed signature is simply not a valid one.
      return false;
    }
  }
}
