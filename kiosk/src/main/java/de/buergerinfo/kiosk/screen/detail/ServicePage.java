package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.content.catalog.ResolvedText;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Everything the service detail screen shows, resolved for the reader's language: plain data, no
 * JavaFX.
 *
 * @param serviceId the service
 * @param name its name
 * @param shortText what it is, in a sentence or two
 * @param longText the full explanation
 * @param responsibility who is responsible
 * @param documents what to bring
 * @param prerequisites who can apply
 * @param fees what it costs
 * @param processingTime how long it takes
 * @param offices where to go, with today's opening state
 * @param onlineService where to do it online
 * @param forms forms to continue on one's phone
 */
public record ServicePage(
    String serviceId,
    ResolvedText name,
    Optional<ResolvedText> shortText,
    Optional<ResolvedText> longText,
    Optional<ResolvedText> responsibility,
    List<Document> documents,
    List<ResolvedText> prerequisites,
    Optional<ResolvedText> fees,
    Optional<ResolvedText> processingTime,
    List<OfficeFacts> offices,
    Optional<URI> onlineService,
    List<FormLink> forms) {

  /**
   * Something to bring.
   *
   * @param text what
   * @param hint an explanation, if any
   * @param conditional whether it depends on the citizen's case (a guided flow would decide)
   */
  public record Document(ResolvedText text, Optional<ResolvedText> hint, boolean conditional) {}

  /** A form to open on one's phone. */
  public record FormLink(ResolvedText title, URI url) {}

  /** Whether any office takes appointments or can be called: the Book action has something. */
  public boolean hasBookingOptions() {
    return offices.stream()
        .anyMatch(o -> o.bookable() || o.phone().isPresent() || o.web().isPresent());
  }
}
