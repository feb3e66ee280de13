package de.buergerinfo.kiosk.screen.situations;

import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All life situations of the catalogue, to choose one from. */
public final class LifeSituationsViewModel {

  /**
   * One life situation as a tile.
   *
   * @param id the life situation's id
   * @param name its name in the citizen's language (or a fallback)
   * @param description one sentence about it, possibly empty
   * @param fallbackNote "only in German" when name or description is not in the citizen's language
   */
  public record Tile(String id, String name, String description, Optional<String> fallbackNote) {}

  private final ScreenContext context;

  public LifeSituationsViewModel(ScreenContext context) {
    this.context = context;
  }

  /** Whether the terminal is still starting and has no catalogue yet. */
  public boolean isLoading() {
    return context.terminal().content().isEmpty();
  }

  /** Every life situation, alphabetically in the citizen's language; empty while loading. */
  public List<Tile> tiles() {
    Messages messages = context.messages();
    Collator order = Collator.getInstance(messages.language().locale());
    return context
        .terminal()
        .content()
        .map(content -> content.catalog().lifeSituations())
        .orElse(List.of())
        .stream()
        .map(situation -> tile(situation, messages))
        .sorted(Comparator.comparing(Tile::name, order))
        .toList();
  }

  static Tile tile(LifeSituation situation, Messages messages) {
    ResolvedText name = CatalogText.resolve(situation.name(), messages.language()).orElseThrow();
    Optional<ResolvedText> description =
        CatalogText.resolve(situation.description(), messages.language());
    Optional<String> note =
        CatalogText.fallbackNote(name, messages)
            .or(() -> description.flatMap(d -> CatalogText.fallbackNote(d, messages)));
    return new Tile(
        situation.id(), name.text(), description.map(ResolvedText::text).orElse(""), note);
  }

  /** Opens one life situation. */
  public void open(String lifeSituationId) {
    context.session().lifeSituation().set(Optional.of(lifeSituationId));
    context.navigation().show(ScreenId.LIFE_SITUATION);
  }

  public void back() {
    context.navigation().back();
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }
}
