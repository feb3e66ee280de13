package de.buergerinfo.kiosk.ui;

import javafx.util.Subscription;

/**
 * Base of every View: {@link #onActivate()} returns the subscriptions it made, and deactivation
 * cancels exactly those. A View never adds a listener outside {@code onActivate}.
 */
public abstract class ScreenView implements Screen {

  private Subscription active = Subscription.EMPTY;
  private boolean activated;

  @Override
  public final void activate() {
    if (activated) {
      return;
    }
    activated = true;
    beforeActivate();
    active = onActivate();
  }

  @Override
  public final void deactivate() {
    if (!activated) {
      return;
    }
    activated = false;
    active.unsubscribe();
    active = Subscription.EMPTY;
  }

  public final boolean isActive() {
    return activated;
  }

  /**
   * Runs {@code action} once the navigator has finished showing this screen, if it is still shown
   * then: for a screen that finds nothing to show (an unknown id in the session) and moves on,
   * which it must not do while the navigator is still in the middle of showing it.
   */
  protected final void laterIfStillShown(Runnable action) {
    javafx.application.Platform.runLater(
        () -> {
          if (activated) {
            action.run();
          }
        });
  }

  /** What every screen of one shape does first on each showing; it subscribes to nothing. */
  void beforeActivate() {}

  /** Subscribes to what the screen shows; every subscription made goes into the result. */
  protected abstract Subscription onActivate();
}
