package de.buergerinfo.kiosk.screen.situations;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.List;
import java.util.Optional;

/**
 * One life situation: what it is, its guided flows first (the easiest way in), then its services.
 */
public final class LifeSituationViewModel {

  /**
   * A guided flow offered for the situation.
   *
   * @param id the flow's id
   * @param label "Step by step: …" with the flow's title
   * @param intro the flow's one-sentence introduction, possibly empty
   * @param fallbackNote set when the flow's title is not in the citizen's language
   */
  public record FlowTile(String id, String label, String intro, Optional<String> fallbackNote) {}

  /**
   * What the screen shows.
   *
   * @param title the situation's name
   * @param description one sentence about it, possibly empty
   * @param fallbackNote set when name or description is not in the citizen's language
   * @param flows the guided flows of the situation
   * @param services the services of the situation, in catalogue order
   * @param servicesLine how many services there are, as a sentence
   */
  public record Page(
      String title,
      String description,
      Optional<String> fallbackNote,
      List<FlowTile> flows,
      List<Service> services,
      String servicesLine) {}

  private final ScreenContext context;

  public LifeSituationViewModel(ScreenContext context) {
    this.context = context;
  }

  /** The chosen situation; empty if none is chosen, the catalogue is loading or lacks it. */
  public Optional<Page> page() {
    Optional<Catalog> catalog = context.terminal().content().map(c -> c.catalog());
    Optional<LifeSituation> situation =
        context
            .session()
            .lifeSituation()
            .get()
            .flatMap(id -> catalog.flatMap(c -> c.lifeSituation(id)));
    if (situation.isEmpty()) {
      return Optional.empty();
    }
    Messages messages = context.messages();
    LifeSituationsViewModel.Tile tile = LifeSituationsViewModel.tile(situation.get(), messages);
    List<FlowTile> flows =
        catalog.get().flows().stream()
            .filter(flow -> flow.lifeSituationIds().contains(situation.get().id()))
            .map(flow -> flowTile(flow, messages))
            .toList();
    List<Service> services = catalog.get().servicesOf(situation.get());
    return Optional.of(
        new Page(
            tile.name(),
            tile.description(),
            tile.fallbackNote(),
            flows,
            services,
            messages.format("situation.services.count", "count", services.size())));
  }

  private static FlowTile flowTile(GuidedFlow flow, Messages messages) {
    ResolvedText title = CatalogText.resolve(flow.title(), messages.language()).orElseThrow();
    return new FlowTile(
        flow.id(),
        messages.format("situation.flow.start", "title", title.text()),
        CatalogText.show(flow.intro(), messages.language()),
        CatalogText.fallbackNote(title, messages));
  }

  /** Starts a guided flow from its first question. */
  public void startFlow(String flowId) {
    context.session().flow().set(Optional.of(FlowProgress.start(flowId)));
    context.navigation().show(ScreenId.FLOW_QUESTION);
  }

  /** Opens a service's details. */
  public void openService(String serviceId) {
    context.session().service().set(Optional.of(serviceId));
    context.navigation().show(ScreenId.SERVICE_DETAIL);
  }

  /**
   * There is nothing to show (a situation the new catalogue no longer has): forget it and go home
   * rather than show an empty screen.
   */
  public void leave() {
    context.session().lifeSituation().set(Optional.empty());
    context.navigation().show(ScreenId.HOME);
  }

  public void back() {
    context.navigation().back();
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }
}
