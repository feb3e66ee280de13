package de.buergerinfo.content.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The central server's manifest signing key. Its file holds two lines, {@code private: <base64
 * PKCS#8>} and {@code public: ed25519:<base64>}; only the owner may read it.
 */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey) {

  /** The public key's id, as signatures name it. */
  public String keyId() {
    return ManifestKeys.keyId(publicKey);
  }

  public byte[] sign(byte[] message) {
    try {
      Signature signature = Signature.getInstance(ManifestKeys.ALGORITHM);
      signature.initSign(privateKey);
      signature.update(message);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing with Ed25519 failed: " + e.getMessage(), e);
    }
  }

  public static SigningKey generate() {
    KeyPair pair = ManifestKeys.generate();
    return new SigningKey(pair.getPrivate(), pair.getPublic());
  }

  /**
   * The key in {@code file}, or a new one written there (readable by the owner only) if the file
   * does not exist yet.
   *
   * @throws IOException if the file cannot be read or written, or does not hold a key
   */
  public static SigningKey loadOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      return load(file);
    }
    SigningKey key = generate();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(partial);
    Files.createFile(partial);
    try {
      Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows during development): nothing more to restrict.
    }
    Files.writeString(
        partial,
        "private: "
            + ManifestKeys.privateKeyText(key.privateKey())
            + "\npublic: "
            + ManifestKeys.publicKeyText(key.publicKey())
            + "\n",
        StandardCharsets.UTF_8);
    Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return key;
  }

  /**
   * Reads a key file.
   *
   * @throws IOException naming the file and what is wrong
   */
  public static SigningKey load(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, String> fields = new HashMap<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    if (!fields.containsKey("private") || !fields.containsKey("public")) {
      throw new IOException(file + ": a signing key file needs a 'private:' and a 'public:' line");
    }
    try {
      SigningKey key =
          new SigningKey(
              ManifestKeys.privateKey(fields.get("private")),
              ManifestKeys.publicKey(fields.get("public")));
      byte[] probe = "probe".getBytes(StandardCharsets.US_ASCII);
      if (!TrustedKeys.of(List.of(key.publicKey())).isValid(key.keyId(), probe, key.sign(probe))) {
        throw new IOException(file + ": the private and public key do not belong together");
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
