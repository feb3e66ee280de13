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

  /** Subscribes to what the screen shows; every subscription made goes into the result. */
  protected abstract Subscription onActivate();
}
