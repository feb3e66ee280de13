package de.buergerinfo.content.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place where citizens are served: a Bürgerservice centre, the registry office, a library's BIS
 * help desk.
 *
 * @param id stable id
 * @param name the office's name
 * @param address where it is
 * @param geo where it is on the map
 * @param contact phone, e-mail, web
 * @param openingHours when it is open
 * @param accessibility step-free access, lifts, hearing loops, per language
 * @param booking how to book appointments there
 * @param editorialNote for editors only: sources, what is invented
 */
public record Office(
    String id,
    LocalizedText name,
    Address address,
    Optional<GeoPoint> geo,
    Contact contact,
    OpeningHours openingHours,
    LocalizedText accessibility,
    List<BookingReference> booking,
    String editorialNote) {

  public Office {
    CatalogIds.check(id, "office id");
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("office " + id + " has no name in any language");
    }
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(geo, "geo");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(openingHours, "openingHours");
    Objects.requireNonNull(accessibility, "accessibility");
    booking = List.copyOf(booking);
    Objects.requireNonNull(editorialNote, "editorialNote");
  }
}
