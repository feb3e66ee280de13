package de.buergerinfo.kiosk.screen.home;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.GuidedFlow;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.kiosk.screen.results.CodeScans;
import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The home screen: where the citizen can go from here (search, life situations, guided flows, a
 * librarian), scanned codes, and the display and speech settings.
 */
public final class HomeViewModel {

  /** How many life situations the home screen offers; the rest are one button away. */
  public static final int SITUATIONS_SHOWN = 6;

  /**
   * The life situations most citizens come with at a library terminal, in this order; a catalogue
   * without some of them fills up with its own first ones.
   */
  static final List<String> FAVOURITE_SITUATIONS =
      List.of("umzug", "ausweis-verloren", "geburt", "geldsorgen", "einwanderung", "arbeitslos");

  private final ScreenContext context;
  private final CodeScans scans;

  public HomeViewModel(ScreenContext context) {
    this.context = context;
    this.scans = new CodeScans(context, () -> context.navigation().show(ScreenId.RESULTS));
  }

  /** What the citizen types; it belongs to the session and goes with it. */
  public StringProperty searchText() {
    return context.session().searchText();
  }

  /** The citizen touched, focused or typed into the search field: results as they type. */
  public void search(String typed) {
    context.session().searchText().set(typed);
    context.navigation().show(ScreenId.RESULTS);
  }

  /** The life situations on the home screen; empty while the terminal is starting. */
  public List<LifeSituation> situations() {
    return catalog()
        .map(
            catalog -> {
              List<LifeSituation> shown = new ArrayList<>();
              FAVOURITE_SITUATIONS.forEach(id -> catalog.lifeSituation(id).ifPresent(shown::add));
              for (LifeSituation situation : catalog.lifeSituations()) {
                if (shown.size() >= SITUATIONS_SHOWN) {
                  break;
                }
                if (!shown.contains(situation)) {
                  shown.add(situation);
                }
              }
              return List.copyOf(shown.subList(0, Math.min(SITUATIONS_SHOWN, shown.size())));
            })
        .orElse(List.of());
  }

  /** Every guided flow ("help me step by step"); empty while the terminal is starting. */
  public List<GuidedFlow> flows() {
    return catalog().map(Catalog::flows).orElse(List.of());
  }

  public void openLifeSituation(LifeSituation situation) {
    context.session().lifeSituation().set(Optional.of(situation.id()));
    context.navigation().show(ScreenId.LIFE_SITUATION);
  }

  public void allLifeSituations() {
    context.navigation().show(ScreenId.LIFE_SITUATIONS);
  }

  /** Starts a guided flow at its first question. */
  public void startFlow(GuidedFlow flow) {
    context.session().flow().set(Optional.of(FlowProgress.start(flow.id())));
    context.navigation().show(ScreenId.FLOW_QUESTION);
  }

  public void askLibrarian() {
    context.navigation().show(ScreenId.HELP);
  }

  /** Scanned codes on this screen. */
  public CodeScans scans() {
    return scans;
  }

  public BooleanProperty largeText() {
    return context.session().largeText();
  }

  public BooleanProperty highContrast() {
    return context.session().highContrast();
  }

  public BooleanProperty speech() {
    return context.session().speech();
  }

  public void chooseLanguage() {
    context.navigation().show(ScreenId.LANGUAGE_CHOICE);
  }

  /** Ends the visit: everything entered is forgotten, the attract screen returns. */
  public void finish() {
    context.session().end(SessionEndReason.FINISHED);
    context.navigation().show(ScreenId.GOODBYE);
  }

  private Optional<Catalog> catalog() {
    return context.terminal().content().map(content -> content.catalog());
  }
}
