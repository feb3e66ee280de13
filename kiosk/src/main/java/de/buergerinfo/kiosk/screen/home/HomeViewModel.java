package de.buergerinfo.kiosk.screen.home;

import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/** The home screen: the search text, display settings, and where the citizen can go from here. */
public final class HomeViewModel {

  private final ScreenContext context;

  public HomeViewModel(ScreenContext context) {
    this.context = context;
  }

  /** What the citizen types; it belongs to the session and goes with it. */
  public StringProperty searchText() {
    return context.session().searchText();
  }

  public BooleanProperty largeText() {
    return context.session().largeText();
  }

  public void chooseLanguage() {
    context.navigation().show(ScreenId.LANGUAGE_CHOICE);
  }

  /** Ends the visit: everything entered is forgotten, the attract screen returns. */
  public void finish() {
    context.session().end(SessionEndReason.FINISHED);
    context.navigation().show(ScreenId.GOODBYE);
  }
}
