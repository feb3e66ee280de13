package de.buergerinfo.kiosk.ui.keyboard;

/**
 * Hears every key the on-screen keyboard presses, for speech mode to say it (EN 301 549 5.1.3). For
 * masked fields (PIN, password) only {@link #pressedMasked()} is called, which carries no key at
 * all: what a citizen types there can never reach speech or a log (5.1.3.8).
 */
@FunctionalInterface
public interface KeyEcho {

  /** Hears nothing: a keyboard whose keys speech must not hear at all. */
  KeyEcho NONE = key -> {};

  /** A key was pressed while the target may be read out (or for a key that types nothing). */
  void pressed(Key key);

  /** A key was pressed for a masked field; a click sound may confirm it, nothing more. */
  default void pressedMasked() {}
}
