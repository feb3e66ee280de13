package de.buergerinfo.content.catalog;

import java.net.URI;
import java.util.Objects;

/**
 * A form or a page to continue on: shown as a QR code, since the kiosk has no browser.
 *
 * @param title what the form is called
 * @param url where it is, http or https only
 */
public record Form(LocalizedText title, URI url) {

  public Form {
    Objects.requireNonNull(title, "title");
    url = WebAddresses.check(url, "form URL");
  }
}
