package de.buergerinfo.kiosk.ui;

import javafx.scene.Parent;

/**
 * One screen: built once, then activated when shown and deactivated when left. Listeners and timers
 * exist only between the two, so a terminal that runs for months never piles them up.
 */
public interface Screen {

  ScreenId id();

  /** The screen's node tree; the same instance every time. */
  Parent root();

  /** Called when the screen is shown: subscribe, start timers, fill texts. */
  void activate();

  /** Called when the screen is left: undo everything {@link #activate()} did. */
  void deactivate();
}
