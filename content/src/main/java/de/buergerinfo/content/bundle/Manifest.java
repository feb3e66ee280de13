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
 * @param objects the bundle's content objects, each path at most once
 */
public record Manifest(long version, Instant created, List<ManifestEntry> objects) {

  public Manifest {
    Objects.requireNonNull(created, "created");
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
}
