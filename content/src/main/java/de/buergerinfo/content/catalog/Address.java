package de.buergerinfo.content.catalog;

import java.util.Objects;

/**
 * A postal address in Germany.
 *
 * @param street street name
 * @param houseNumber house number, possibly with letter ("12a")
 * @param postalCode five digits
 * @param city city
 * @param hint how to find the entrance, per language ("Eingang über den Hof")
 */
public record Address(
    String street, String houseNumber, String postalCode, String city, LocalizedText hint) {

  public Address {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(houseNumber, "houseNumber");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(hint, "hint");
    if (!postalCode.matches("[0-9]{5}")) {
      throw new IllegalArgumentException(
          "a German postal code has five digits, not '" + postalCode + "'");
    }
    if (street.isBlank() || city.isBlank()) {
      throw new IllegalArgumentException("an address needs a street and a city");
    }
  }

  /** One line: "Pelzerstraße 40, 28195 Bremen". */
  public String oneLine() {
    return (street + " " + houseNumber).strip() + ", " + postalCode + " " + city;
  }
}
