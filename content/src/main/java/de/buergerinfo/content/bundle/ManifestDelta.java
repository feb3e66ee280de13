package de.buergerinfo.content.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one manifest to the next, signed like a manifest: a terminal that has version
 * {@code baseVersion} (whose canonical JSON hashes to {@code baseSha256}) rebuilds the new manifest
 * from its own and this, so a small change costs a small download also in a catalogue of thousands
 * of objects.
 *
 * @param baseVersion the version the delta starts from
 * @param baseSha256 {@link Manifest#digest()} of that version's manifest
 * @param version the new version
 * @param created when the new version was published
 * @param expires when the new version's manifest expires
 * @param changed entries that are new or changed in the new version
 * @param removed paths that the new version no longer has
 */
public record ManifestDelta(
    long baseVersion,
    String baseSha256,
    long version,
    Instant created,
    Instant expires,
    List<ManifestEntry> changed,
    List<String> removed) {

  public ManifestDelta {
    Objects.requireNonNull(baseSha256, "baseSha256");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(expires, "expires");
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    if (version <= baseVersion) {
      throw new IllegalArgumentException("a delta must lead to a newer version");
    }
  }

  /** The delta from {@code base} to {@code target}. */
  public static ManifestDelta between(Manifest base, Manifest target) {
    Map<String, ManifestEntry> before = byPath(base.objects());
    Map<String, ManifestEntry> after = byPath(target.objects());
    List<ManifestEntry> changed = new ArrayList<>();
    for (ManifestEntry entry : target.objects()) {
      if (!entry.equals(before.get(entry.path()))) {
        changed.add(entry);
      }
    }
    List<String> removed =
        base.objects().stream()
            .map(ManifestEntry::path)
            .filter(p -> !after.containsKey(p))
            .toList();
    return new ManifestDelta(
        base.version(),
        base.digest(),
        target.version(),
        target.created(),
        target.expires(),
        changed,
        removed);
  }

  /**
   * The new manifest, rebuilt from {@code base}.
   *
   * @throws UntrustedContentException if {@code base} is not the manifest the delta starts from
   */
  public Manifest applyTo(Manifest base) throws UntrustedContentException {
    if (base.version() != baseVersion || !base.digest().equals(baseSha256)) {
      throw new UntrustedContentException(
          "the delta starts from version "
              + baseVersion
              + ", not from this terminal's version "
              + base.version());
    }
    Map<String, ManifestEntry> entries = byPath(base.objects());
    Set<String> gone = new HashSet<>(removed);
    entries.keySet().removeAll(gone);
    for (ManifestEntry entry : changed) {
      entries.put(entry.path(), entry);
    }
    List<ManifestEntry> sorted =
        entries.values().stream().sorted(Comparator.comparing(ManifestEntry::path)).toList();
    return new Manifest(version, created, expires, sorted);
  }

  private static Map<String, ManifestEntry> byPath(List<ManifestEntry> entries) {
    Map<String, ManifestEntry> map = new LinkedHashMap<>();
    entries.forEach(entry -> map.put(entry.path(), entry));
    return map;
  }
}
