package de.buergerinfo.content.bundle;

/**
 * One content object as published: where it belongs in the bundle and its bytes.
 *
 * @param path such as {@code services/personalausweis.json}
 * @param bytes the object, canonical JSON for catalogue entries
 */
public record BundleObject(String path, byte[] bytes) {

  public BundleObject {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The manifest entry that names this object. */
  public ManifestEntry entry() {
    return new ManifestEntry(path, Sha256.hex(bytes), bytes.length);
  }
}
