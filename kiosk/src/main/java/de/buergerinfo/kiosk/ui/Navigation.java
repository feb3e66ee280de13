package de.buergerinfo.kiosk.ui;

/** What a ViewModel may ask of the navigation: show another screen, or go back. */
public interface Navigation {

  /** Shows {@code screen}; the one left is remembered for {@link #back()}. */
  void show(ScreenId screen);

  /**
   * Returns to the screen shown before this one (home if there is none). Home and the attract
   * screen forget the way there: back from home stays home.
   */
  void back();
}
