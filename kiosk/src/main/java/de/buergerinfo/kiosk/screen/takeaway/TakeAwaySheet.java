package de.buergerinfo.kiosk.screen.takeaway;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.ChecklistItem;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LocalizedText;
import de.buergerinfo.content.catalog.Office;
import de.buergerinfo.content.catalog.PersonalChecklist;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.screen.detail.OfficeFacts;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.ui.CatalogText;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a citizen takes home, in their language: the service(s), what to bring, what it costs, where
 * to go, where to continue online. Printed as a ticket or shown as a QR code; personal when it
 * comes from a guided flow, so it lives only as long as the take-away screen shows it.
 *
 * @param language the reader's language
 * @param title the flow's title, for a checklist from a guided flow
 * @param services the services' names
 * @param items what to bring
 * @param fees what each service costs
 * @param offices where to go
 * @param online where to continue online
 * @param madeAt when the sheet was made (Bremen's time)
 * @param hasFallbackText whether any catalogue text is in another language than the reader's
 */
public record TakeAwaySheet(
    Language language,
    Optional<String> title,
    List<String> services,
    List<Item> items,
    List<Fee> fees,
    List<OfficeFacts> offices,
    List<URI> online,
    LocalDateTime madeAt,
    boolean hasFallbackText) {

  /** Something to bring; {@code conditional} when only some people need it. */
  public record Item(String text, boolean conditional) {}

  /** What a service costs. */
  public record Fee(String service, String text) {}

  public TakeAwaySheet {
    services = List.copyOf(services);
    items = List.copyOf(items);
    fees = List.copyOf(fees);
    offices = List.copyOf(offices);
    online = List.copyOf(online);
  }

  /**
   * The sheet for {@code takeAway}; empty when its service or flow is not in the catalogue (any
   * more) or the flow is not finished.
   */
  public static Optional<TakeAwaySheet> of(
      TakeAway takeAway, Catalog catalog, Messages messages, LocalDateTime now) {
    return switch (takeAway) {
      case TakeAway.ServiceSheet sheet ->
          catalog
              .service(sheet.serviceId())
              .map(
                  service ->
                      build(
                          Optional.empty(),
                          List.of(service),
                          service.documents(),
                          true,
                          catalog,
                          messages,
                          now));
      case TakeAway.FlowChecklist checklist ->
          catalog
              .flow(checklist.flowId())
              .flatMap(
                  flow ->
                      catalog
                          .checklistFor(flow, checklist.answers())
                          .map(personal -> fromFlow(flow, personal, catalog, messages, now)));
    };
  }

  private static TakeAwaySheet fromFlow(
      GuidedFlow flow,
      PersonalChecklist checklist,
      Catalog catalog,
      Messages messages,
      LocalDateTime now) {
    // The flow's answers already chose the items: none is conditional any more.
    return build(
        Optional.of(flow.title()),
        checklist.services(),
        checklist.items(),
        false,
        catalog,
        messages,
        now);
  }

  private static TakeAwaySheet build(
      Optional<LocalizedText> title,
      List<Service> services,
      List<ChecklistItem> items,
      boolean markConditions,
      Catalog catalog,
      Messages messages,
      LocalDateTime now) {
    Language language = messages.language();
    Texts texts = new Texts(language);
    List<String> names = services.stream().map(s -> texts.of(s.name())).toList();
    List<Item> bring =
        items.stream()
            .map(i -> new Item(texts.of(i.text()), markConditions && !i.conditions().isEmpty()))
            .toList();
    List<Fee> fees = new ArrayList<>();
    for (Service service : services) {
      String fee = texts.of(service.fees());
      if (!fee.isEmpty()) {
        fees.add(new Fee(texts.of(service.name()), fee));
      }
    }
    Map<String, Office> offices = new LinkedHashMap<>();
    for (Service service : services) {
      catalog.officesOf(service).forEach(o -> offices.putIfAbsent(o.id(), o));
    }
    List<OfficeFacts> where =
        offices.values().stream().map(o -> OfficeFacts.of(o, catalog, now, messages)).toList();
    boolean fallback =
        texts.fallback
            || where.stream()
                .anyMatch(
                    o ->
                        o.name().isFallback()
                            || o.notices().stream().anyMatch(n -> n.title().isFallback()));
    List<URI> online =
        services.stream().flatMap(s -> s.onlineService().stream()).distinct().toList();
    return new TakeAwaySheet(
        language,
        title.map(texts::of).filter(t -> !t.isEmpty()),
        names,
        bring,
        fees,
        where,
        online,
        now,
        fallback);
  }

  /** Resolves catalogue text and remembers whether any of it fell back. */
  private static final class Texts {
    private final Language language;
    private boolean fallback;

    Texts(Language language) {
      this.language = language;
    }

    String of(LocalizedText text) {
      Optional<ResolvedText> resolved = CatalogText.resolve(text, language);
      resolved.ifPresent(r -> fallback |= r.isFallback());
      return resolved.map(ResolvedText::text).orElse("");
    }
  }
}
