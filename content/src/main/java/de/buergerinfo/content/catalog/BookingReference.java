package de.buergerinfo.content.catalog;

import java.util.Objects;

/**
 * How to book a service or an office in an appointment system.
 *
 * @param system the booking backend, such as {@code zms} or {@code bis-central}
 * @param id the service's or office's id in that system
 */
public record BookingReference(String system, String id) {

  public BookingReference {
    CatalogIds.check(system, "booking system");
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.length() > 80) {
      throw new IllegalArgumentException("booking id must be 1 to 80 characters");
    }
  }
}
