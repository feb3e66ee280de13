package de.buergerinfo.content.bundle;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One content object of a bundle.
 *
 * @param path where the object belongs, such as {@code services/115.json}; relative, no {@code ..}
 * @param sha256 the object's SHA-256 in lowercase hex: also its name on the server
 * @param size the object's length in bytes
 */
public record ManifestEntry(String path, String sha256, long size) {

  public static final int MAX_PATH_LENGTH = 256;
  private static final Pattern PATH =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ManifestEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    if (path.length() > MAX_PATH_LENGTH || !PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          "path must be a relative path of letters, digits, '.', '_', '-' and '/' (at most "
              + MAX_PATH_LENGTH
              + " characters, no '..' segments)");
    }
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hexadecimal digits");
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }
}
