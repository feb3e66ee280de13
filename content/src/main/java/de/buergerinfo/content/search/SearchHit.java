package de.buergerinfo.content.search;

import java.util.Objects;
import java.util.Optional;

/**
 * One result.
 *
 * @param serviceId the service's id in its catalogue
 * @param score how well it matched; only comparable within one search
 * @param explanation why it ranked, when asked for
 */
public record SearchHit(String serviceId, float score, Optional<String> explanation) {

  public SearchHit {
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(explanation, "explanation");
  }
}
