package de.buergerinfo.content.catalog;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an office. An office's contact is public, not personal data.
 *
 * @param phone phone number as written for people
 * @param email e-mail address
 * @param web web page
 */
public record Contact(Optional<String> phone, Optional<String> email, Optional<URI> web) {

  public Contact {
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(email, "email");
    web = web.map(url -> WebAddresses.check(url, "web page"));
  }

  public static Contact none() {
    return new Contact(Optional.empty(), Optional.empty(), Optional.empty());
  }
}
