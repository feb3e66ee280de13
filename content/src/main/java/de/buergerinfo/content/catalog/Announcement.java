package de.buergerinfo.content.catalog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A notice for citizens with a validity window: "Bürgerservice Mitte closed on 12 December", "the
 * registry office is short-staffed this week".
 *
 * @param id stable id
 * @param kind closure, absence or information
 * @param officeIds offices it concerns; empty means all
 * @param title short headline
 * @param text the notice
 * @param validFrom first moment shown (local time)
 * @param validUntil last moment shown (local time), after {@code validFrom}
 */
public record Announcement(
    String id,
    Kind kind,
    List<String> officeIds,
    LocalizedText title,
    LocalizedText text,
    LocalDateTime validFrom,
    LocalDateTime validUntil) {

  /** What an announcement is about. */
  public enum Kind {
    CLOSURE,
    ABSENCE,
    INFORMATION
  }

  public Announcement {
    CatalogIds.check(id, "announcement id");
    Objects.requireNonNull(kind, "kind");
    officeIds = officeIds.stream().map(o -> CatalogIds.check(o, "office id")).toList();
    Objects.requireNonNull(title, "title");
    if (title.isEmpty()) {
      throw new IllegalArgumentException("announcement " + id + " has no title");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    if (!validUntil.isAfter(validFrom)) {
      throw new IllegalArgumentException("announcement " + id + " ends before it begins");
    }
  }

  public boolean isActiveAt(LocalDateTime time) {
    return !time.isBefore(validFrom) && !time.isAfter(validUntil);
  }

  public boolean concerns(String officeId) {
    return officeIds.isEmpty() || officeIds.contains(officeId);
  }
}
