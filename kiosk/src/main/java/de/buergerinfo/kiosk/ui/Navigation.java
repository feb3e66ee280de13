package de.buergerinfo.kiosk.ui;

/** What a ViewModel may ask of the navigation: show another screen. */
@FunctionalInterface
public interface Navigation {

  void show(ScreenId screen);
}
