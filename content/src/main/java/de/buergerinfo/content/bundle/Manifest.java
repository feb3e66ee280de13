package de.buergerinfo.content.bundle;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one published content bundle holds: its version and its objects. Version 0 is the empty
 * bundle a new central server starts with.
 *
 * @param version grows with every publication, never shrinks
 * @param created when the bundle was published
 * @param expires after this a terminal refuses the manifest (protection against a frozen mirror
 *     serving old content forever); after {@code created}
 * @param objects the bundle's content objects, each path at most once
 */
public record Manifest(
    long version, Instant created, Instant expires, List<ManifestEntry> objects) {

  public Manifest {
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(expires, "expires");
    if (!expires.isAfter(created)) {
      throw new IllegalArgumentException("expires must be after created");
    }
    objects = List.copyOf(objects);
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative");
    }
    Set<String> paths = new HashSet<>();
    for (ManifestEntry entry : objects) {
      if (!paths.add(entry.path())) {
        throw new IllegalArgumentException("path '" + entry.path() + "' appears twice");
      }
    }
  }

  /** Whether a terminal must refuse the manifest at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expires);
  }

  /**
   * SHA-256 of the manifest's canonical JSON ({@link ManifestJson#write}): how a delta names the
   * version it starts from.
   */
  public String digest() {
    return Sha256.hex(ManifestJson.write(this));
  }

  /** The sum of the objects' sizes: what a terminal downloads for a full sync. */
  public long totalSize() {
    return objects.stream().mapToLong(ManifestEntry::size).sum();
  }
}
