package de.buergerinfo.kiosk.screen.help;

import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The help screen: showing it calls a librarian (the light blinks, the call is recorded); the
 * citizen can take the call back, ask again, or go on.
 */
public final class HelpViewModel {

  private final ScreenContext context;
  private final HelpRequests requests;

  public HelpViewModel(ScreenContext context, HelpRequests requests) {
    this.context = context;
    this.requests = requests;
  }

  /** The screen is shown: the call goes out (once, however often the screen is shown). */
  public void shown() {
    requests.ask();
  }

  /** Whether a librarian is called now (the screen says "on the way" or "cancelled"). */
  public ReadOnlyBooleanProperty requested() {
    return requests.calling();
  }

  public void cancel() {
    requests.cancel();
  }

  public void askAgain() {
    requests.ask();
  }

  /** Back to where the citizen was; the call stays open. */
  public void back() {
    context.navigation().back();
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }
}
