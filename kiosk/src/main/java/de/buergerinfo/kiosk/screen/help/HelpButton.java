package de.buergerinfo.kiosk.screen.help;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

/**
 * The terminal's help button, wherever the citizen is: during a visit it opens the help screen
 * (which calls a librarian); on the attract screen it starts a visit that speaks, because the
 * button is what a person who cannot see the screen finds by touch. Installed once for the whole
 * UI; a visit's end turns the light off.
 */
public final class HelpButton {

  private HelpButton() {}

  /**
   * Listens for presses until the returned subscription is cancelled. Call on the FX thread.
   *
   * @param current the screen on display
   * @param startSpokenVisit what the button does on the attract screen
   */
  public static Subscription install(
      ScreenContext context,
      ObservableValue<ScreenId> current,
      HelpRequests requests,
      Runnable startSpokenVisit) {
    Runnable events =
        context
            .terminal()
            .events()
            .subscribe(
                event -> {
                  if (event instanceof DeviceEvent.HelpPressed) {
                    Platform.runLater(() -> pressed(context, current.getValue(), startSpokenVisit));
                  }
                });
    Subscription ended =
        context
            .session()
            .active()
            .subscribe(
                active -> {
                  if (!active) {
                    requests.sessionEnded();
                  }
                });
    return ended.and(events::run);
  }

  /** What one press does on {@code screen}. */
  static void pressed(ScreenContext context, ScreenId screen, Runnable startSpokenVisit) {
    if (screen == null || screen == ScreenId.GOODBYE || screen == ScreenId.HELP) {
      return;
    }
    if (screen == ScreenId.ATTRACT) {
      startSpokenVisit.run();
      return;
    }
    context.navigation().show(ScreenId.HELP);
  }
}
