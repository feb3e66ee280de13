package de.buergerinfo.content.bundle;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys for manifests, with the JDK's own implementation, and their text forms: a public key
 * is written {@code ed25519:<base64 of X.509>} (in terminal profiles), a private key is the base64
 * of its PKCS#8 encoding (in the central server's key file).
 */
public final class ManifestKeys {

  static final String ALGORITHM = "Ed25519";
  private static final String PUBLIC_PREFIX = "ed25519:";

  private ManifestKeys() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  /** Short, stable name of a public key: the first 16 hex digits of its X.509 encoding's hash. */
  public static String keyId(PublicKey key) {
    return Sha256.hex(key.getEncoded()).substring(0, 16);
  }

  public static String publicKeyText(PublicKey key) {
    return PUBLIC_PREFIX + Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /**
   * Reads {@code ed25519:<base64>}.
   *
   * @throws IllegalArgumentException saying what is wrong with the text
   */
  public static PublicKey publicKey(String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith(PUBLIC_PREFIX)) {
      throw new IllegalArgumentException("a manifest key must start with '" + PUBLIC_PREFIX + "'");
    }
    try {
      byte[] encoded = Base64.getDecoder().decode(trimmed.substring(PUBLIC_PREFIX.length()));
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
    }
  }

  public static String privateKeyText(PrivateKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  /**
   * Reads a private key written by {@link #privateKeyText}.
   *
   * @throws IllegalArgumentException saying what is wrong with the text
   */
  public static PrivateKey privateKey(String text) {
    try {
      byte[] encoded = Base64.getDecoder().decode(text.strip());
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 private key: " + e.getMessage(), e);
    }
  }
}
