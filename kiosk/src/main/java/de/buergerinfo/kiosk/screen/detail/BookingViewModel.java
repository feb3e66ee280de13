package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * How to book the service in the session, office by office: a web address to open on one's phone
 * and a phone number. Booking on the terminal itself comes in a later issue.
 *
 * <p>The content's booking references ({@code zms} ids) name entries in Bremen's appointment system
 * but no web address, and we do not guess one: the code leads to the office's own web page, which
 * links to its booking, and the screen says so.
 */
public final class BookingViewModel {

  /** One office's ways to book. */
  public record OfficeBooking(
      String officeId,
      ResolvedText name,
      String address,
      Optional<URI> web,
      Optional<String> phone) {}

  /** What the screen shows: the service's name and its offices; empty when nothing to show. */
  public record Options(ResolvedText service, List<OfficeBooking> offices) {}

  private final ScreenContext context;

  public BookingViewModel(ScreenContext context) {
    this.context = context;
  }

  /** The options for the session's service; empty while loading or without a known service. */
  public Optional<Options> load() {
    Optional<Catalog> catalog = context.terminal().content().map(c -> c.catalog());
    if (catalog.isEmpty()) {
      return Optional.empty();
    }
    return context
        .session()
        .service()
        .get()
        .flatMap(catalog.get()::service)
        .map(service -> options(service, catalog.get(), context.messages()));
  }

  /** Offices of {@code service} with a web page or a phone number, in the service's order. */
  public static Options options(Service service, Catalog catalog, Messages messages) {
    var language = messages.language();
    List<OfficeBooking> offices =
        catalog.officesOf(service).stream()
            .filter(BookingViewModel::reachable)
            .map(
                office ->
                    new OfficeBooking(
                        office.id(),
                        CatalogText.resolve(office.name(), language).orElseThrow(),
                        office.address().oneLine(),
                        office.contact().web(),
                        office.contact().phone().filter(p -> !p.isBlank())))
            .toList();
    return new Options(CatalogText.resolve(service.name(), language).orElseThrow(), offices);
  }

  private static boolean reachable(Office office) {
    return office.contact().web().isPresent()
        || office.contact().phone().filter(p -> !p.isBlank()).isPresent();
  }

  public void back() {
    context.navigation().back();
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }
}
