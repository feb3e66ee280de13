package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A screen in a state worth a picture: "results" is the results screen after someone typed a word,
 * "take-away-printer-problem" the take-away screen when the printer has no paper.
 *
 * @param name the file name's first part, such as {@code service-detail}
 * @param screen the screen shown
 * @param before sets up session and terminal before the screen is shown
 * @param after acts on the shown screen (open an overlay, press a button)
 * @param styleVariants whether large-text and high-contrast pictures are taken too
 */
public record Scenario(
    String name,
    ScreenId screen,
    Consumer<KioskUi> before,
    Consumer<KioskUi> after,
    boolean styleVariants) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(screen, "screen");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** The screen as it first appears, named after it. */
  public static Scenario of(ScreenId screen) {
    return new Scenario(screen.fileName(), screen, ui -> {}, ui -> {}, false);
  }

  public Scenario named(String newName) {
    return new Scenario(newName, screen, before, after, styleVariants);
  }

  public Scenario before(Consumer<KioskUi> setUp) {
    return new Scenario(name, screen, setUp, after, styleVariants);
  }

  public Scenario after(Consumer<KioskUi> action) {
    return new Scenario(name, screen, before, action, styleVariants);
  }

  /** Also pictured in large text and high contrast. */
  public Scenario withStyleVariants() {
    return new Scenario(name, screen, before, after, true);
  }
}
