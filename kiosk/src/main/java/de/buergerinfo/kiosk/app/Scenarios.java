package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.List;

/** Every picture {@code --snapshot} takes and the screen gallery test checks. */
final class Scenarios {

  private Scenarios() {}

  static List<Scenario> all() {
    return List.of(
        Scenario.of(ScreenId.ATTRACT).withStyleVariants(),
        Scenario.of(ScreenId.LANGUAGE_CHOICE),
        Scenario.of(ScreenId.HOME).withStyleVariants());
  }
}
