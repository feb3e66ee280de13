package de.buergerinfo.kiosk.screen.detail;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.Form;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The service detail screen: the service the session points at, resolved for the reader now. A
 * terminal still starting or a service that is gone (content changed, a stale scan) gives a calm
 * state instead of a crash.
 */
public final class ServiceDetailViewModel {

  /** What the screen can show. */
  public sealed interface State {}

  /** Content not there yet: the terminal is starting. */
  public record Loading() implements State {}

  /** No service chosen, or one the catalogue does not know (any more). */
  public record Missing() implements State {}

  /** The service. */
  public record Shown(ServicePage page) implements State {}

  private final ScreenContext context;

  public ServiceDetailViewModel(ScreenContext context) {
    this.context = context;
  }

  /**
   * Reads session and content now; called each time the screen is shown or the language changes.
   */
  public State load() {
    var content = context.terminal().content();
    if (content.isEmpty()) {
      return new Loading();
    }
    Catalog catalog = content.get().catalog();
    Optional<Service> service = context.session().service().get().flatMap(catalog::service);
    if (service.isEmpty()) {
      return new Missing();
    }
    return new Shown(page(service.get(), catalog, context.messages(), now()));
  }

  /** Bremen's local time now. */
  public LocalDateTime now() {
    return LocalDateTime.now(context.terminal().clock());
  }

  /** The page for {@code service} as {@code messages}' reader sees it at {@code now}. */
  public static ServicePage page(
      Service service, Catalog catalog, Messages messages, LocalDateTime now) {
    Language language = messages.language();
    List<ServicePage.Document> documents =
        service.documents().stream()
            .map(
                item ->
                    new ServicePage.Document(
                        CatalogText.resolve(item.text(), language).orElseThrow(),
                        text(item.hint(), language),
                        !item.conditions().isEmpty()))
            .toList();
    List<ResolvedText> prerequisites =
        service.prerequisites().stream().flatMap(p -> text(p, language).stream()).toList();
    List<OfficeFacts> offices =
        catalog.officesOf(service).stream()
            .map(office -> OfficeFacts.of(office, catalog, now, messages))
            .toList();
    List<ServicePage.FormLink> forms =
        service.forms().stream()
            .map(
                (Form form) ->
                    new ServicePage.FormLink(
                        text(form.title(), language)
                            .orElse(new ResolvedText(host(form.url()), language, language)),
                        form.url()))
            .toList();
    return new ServicePage(
        service.id(),
        CatalogText.resolve(service.name(), language).orElseThrow(),
        text(service.shortText(), language),
        text(service.longText(), language),
        text(service.responsibility(), language),
        documents,
        prerequisites,
        text(service.fees(), language),
        text(service.processingTime(), language),
        offices,
        service.onlineService(),
        forms);
  }

  private static Optional<ResolvedText> text(LocalizedText text, Language language) {
    return CatalogText.resolve(text, language);
  }

  /** "www.service.bremen.de": what the citizen sees beside a code, to know where it leads. */
  public static String host(URI url) {
    return url.getHost() == null ? url.toString() : url.getHost();
  }

  public void back() {
    context.navigation().back();
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }

  /** The office's booking options (appointment booking itself follows in a later issue). */
  public void book() {
    context.navigation().show(ScreenId.BOOKING);
  }

  /** Print this service's details or take them as a QR code. */
  public void takeAway() {
    context
        .session()
        .service()
        .get()
        .ifPresent(
            id -> {
              context.session().takeAway().set(Optional.of(new TakeAway.ServiceSheet(id)));
              context.navigation().show(ScreenId.TAKE_AWAY);
            });
  }

  public Messages messages() {
    return context.messages();
  }
}
