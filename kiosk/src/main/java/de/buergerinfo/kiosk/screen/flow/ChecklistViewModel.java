package de.buergerinfo.kiosk.screen.flow;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.ChecklistItem;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.PersonalChecklist;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.List;
import java.util.Optional;

/**
 * The personal checklist a finished guided flow ends in: the services to apply for and what to do
 * and bring, built by the catalogue from the citizen's answers ({@link Catalog#checklistFor}).
 */
public final class ChecklistViewModel {

  /**
   * One line of the checklist.
   *
   * @param number its number, 1 for the first
   * @param text what to do or bring
   * @param hint an explanation, possibly empty
   * @param fallbackNote set when the text is not in the citizen's language
   */
  public record Item(int number, String text, String hint, Optional<String> fallbackNote) {}

  /**
   * What the screen shows.
   *
   * @param flowTitle the guided flow's title
   * @param services the services to apply for
   * @param servicesHeading the heading above them, with their number
   * @param items what to do and bring, each once
   * @param itemsHeading the heading above them, with their number
   */
  public record Page(
      String flowTitle,
      List<Service> services,
      String servicesHeading,
      List<Item> items,
      String itemsHeading) {}

  private final ScreenContext context;

  public ChecklistViewModel(ScreenContext context) {
    this.context = context;
  }

  /** The checklist; empty unless the session holds a finished flow the catalogue knows. */
  public Optional<Page> page() {
    Optional<FlowProgress> progress = context.session().flow().get();
    Optional<Catalog> catalog = context.terminal().content().map(c -> c.catalog());
    if (progress.isEmpty() || catalog.isEmpty()) {
      return Optional.empty();
    }
    Optional<GuidedFlow> flow = catalog.get().flow(progress.get().flowId());
    Optional<PersonalChecklist> checklist =
        flow.flatMap(f -> catalog.get().checklistFor(f, progress.get().answers()));
    if (checklist.isEmpty()) {
      return Optional.empty();
    }
    Messages messages = context.messages();
    List<ChecklistItem> items = checklist.get().items();
    List<Item> lines =
        java.util.stream.IntStream.range(0, items.size())
            .mapToObj(i -> item(i + 1, items.get(i), messages))
            .toList();
    List<Service> services = checklist.get().services();
    return Optional.of(
        new Page(
            CatalogText.show(flow.get().title(), messages.language()),
            services,
            messages.format("checklist.services.heading", "count", services.size()),
            lines,
            messages.format("checklist.items.heading", "count", lines.size())));
  }

  private static Item item(int number, ChecklistItem item, Messages messages) {
    ResolvedText text = CatalogText.resolve(item.text(), messages.language()).orElseThrow();
    return new Item(
        number,
        text.text(),
        CatalogText.show(item.hint(), messages.language()),
        CatalogText.fallbackNote(text, messages));
  }

  /** Opens a service's details. */
  public void openService(String serviceId) {
    context.session().service().set(Optional.of(serviceId));
    context.navigation().show(ScreenId.SERVICE_DETAIL);
  }

  /** Prints the checklist or shows it as a QR code: the take-away screen decides. */
  public void takeAway() {
    context
        .session()
        .flow()
        .get()
        .ifPresent(
            progress -> {
              context
                  .session()
                  .takeAway()
                  .set(
                      Optional.of(
                          new TakeAway.FlowChecklist(progress.flowId(), progress.answers())));
              context.navigation().show(ScreenId.TAKE_AWAY);
            });
  }

  /** Back to the last question, its answer taken back. */
  public void changeAnswers() {
    Optional<FlowProgress> progress = context.session().flow().get();
    Optional<GuidedFlow> flow =
        progress.flatMap(
            p -> context.terminal().content().flatMap(c -> c.catalog().flow(p.flowId())));
    if (flow.isEmpty()) {
      recover();
      return;
    }
    context
        .session()
        .flow()
        .set(Optional.of(FlowQuestionViewModel.previous(flow.get(), progress.get())));
    // The question screen is the one before this; going back keeps the history straight.
    context.navigation().back();
  }

  /** Shown with no finished flow (a catalogue update removed it): forget it and go home. */
  public void recover() {
    context.session().flow().set(Optional.empty());
    context.navigation().show(ScreenId.HOME);
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }
}
