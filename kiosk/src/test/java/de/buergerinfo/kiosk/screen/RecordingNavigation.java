package de.buergerinfo.kiosk.screen;

import de.buergerinfo.kiosk.ui.Navigation;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.ArrayList;
import java.util.List;

/** A Navigation that remembers where ViewModels asked to go. */
public final class RecordingNavigation implements Navigation {

  private final List<ScreenId> shown = new ArrayList<>();

  @Override
  public void show(ScreenId screen) {
    shown.add(screen);
  }

  private int backs;

  @Override
  public void back() {
    backs++;
  }

  /** How often a ViewModel asked to go back. */
  public int backs() {
    return backs;
  }

  public List<ScreenId> shown() {
    return shown;
  }
}
