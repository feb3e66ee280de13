package de.buergerinfo.content.catalog;

/**
 * A place on the map (WGS 84).
 *
 * @param latitude -90 to 90
 * @param longitude -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a place on earth: " + latitude + ", " + longitude);
    }
  }
}
