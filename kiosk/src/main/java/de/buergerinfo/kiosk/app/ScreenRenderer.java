package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.gpio.NoGpio;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.sync.LiveContent;
import de.buergerinfo.kiosk.terminal.NoPrinter;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.PngImages;
import de.buergerinfo.provisioning.profile.ScreenOrientation;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Renders screens off-screen at full size, for {@code --snapshot}, the docs and the UI tests. Off
 * screen, because the Headless platform's windows are at most 1000x1000 pixels. Every picture uses
 * the demo content and the same moment (a Tuesday morning in Bremen), so pictures are comparable.
 */
public final class ScreenRenderer {

  /** The moment every picture shows: offices open, demo announcements in force. */
  public static final LocalDateTime PICTURE_TIME = LocalDateTime.of(2026, 12, 1, 10, 30);

  /** How a screen is styled: as it starts, or with one of the citizen's display settings. */
  public enum Style {
    NORMAL(""),
    LARGE_TEXT("_large"),
    HIGH_CONTRAST("_contrast");

    private final String suffix;

    Style(String suffix) {
      this.suffix = suffix;
    }
  }

  /**
   * What to render.
   *
   * @param scenario the screen and its state
   * @param language the session's language
   * @param orientation landscape (1920x1080) or portrait (1080x1920)
   * @param style normal, large text or high contrast
   */
  public record Shot(
      Scenario scenario, Language language, ScreenOrientation orientation, Style style) {

    /**
     * {@code <scenario>_<lang>_<orientation>[_large|_contrast].png}, such as {@code
     * home_de-x-easy_portrait.png}.
     */
    public String fileName() {
      return scenario.name()
          + "_"
          + language.tag()
          + "_"
          + orientation.id()
          + style.suffix
          + ".png";
    }

    @Override
    public String toString() {
      return fileName();
    }
  }

  /** A rendered screen, still live, so tests can inspect its nodes before {@link #close()}. */
  public record Rendered(Shot shot, KioskUi ui, Scene scene, WritableImage image)
      implements AutoCloseable {
    /** Stops the UI on the FX thread, also when a test closes it from its own thread. */
    @Override
    public void close() {
      if (javafx.application.Platform.isFxApplicationThread()) {
        ui.stop();
        return;
      }
      java.util.concurrent.CompletableFuture<Void> stopped =
          new java.util.concurrent.CompletableFuture<>();
      javafx.application.Platform.runLater(
          () -> {
            try {
              ui.stop();
              stopped.complete(null);
            } catch (RuntimeException e) {
              stopped.completeExceptionally(e);
            }
          });
      stopped.join();
    }
  }

  private final TerminalProfile profile;
  private final MessageCatalog catalog;
  private final LiveContent content;

  public ScreenRenderer(TerminalProfile profile, MessageCatalog catalog) {
    this.profile = profile;
    this.catalog = catalog;
    this.content = LiveContent.of(BremenContent.load());
  }

  /** The terminal a picture sees: demo content, the picture time, no devices. */
  public Terminal pictureTerminal() {
    Clock clock = Clock.fixed(PICTURE_TIME.atZone(Terminal.ZONE).toInstant(), Terminal.ZONE);
    return Terminal.of(
        clock,
        content,
        new NoPrinter("no printer in pictures"),
        new NoGpio(DeviceHealth.absent("no GPIO in pictures")));
  }

  /** Renders one shot with a fresh UI and session; call on the FX thread. */
  public Rendered render(Shot shot) {
    Terminal terminal = pictureTerminal();
    KioskSession session = new KioskSession(profile.defaultLanguage(), terminal.clock());
    session.begin();
    session.language().set(shot.language());
    session.largeText().set(shot.style() == Style.LARGE_TEXT);
    session.highContrast().set(shot.style() == Style.HIGH_CONTRAST);
    KioskUi ui = KioskUi.create(profile, session, catalog, terminal);
    Scene scene = new Scene(ui.frame(), shot.orientation().width(), shot.orientation().height());
    ui.frame().fitTo(shot.orientation().width(), shot.orientation().height());
    shot.scenario().before().accept(ui);
    ui.navigator().show(shot.scenario().screen());
    shot.scenario().after().accept(ui);
    // On a screen, pulses follow until the layout is at rest (a scroll bar that appears narrows the
    // body, and its text wraps anew); a picture waits for the same before it is taken.
    for (int pass = 0; pass < 3; pass++) {
      scene.getRoot().applyCss();
      scene.getRoot().layout();
    }
    WritableImage image = scene.snapshot(null);
    return new Rendered(shot, ui, scene, image);
  }

  /**
   * Every scenario in every language of the profile, in both orientations; large-text and
   * high-contrast pictures of the scenarios that ask for them.
   */
  public List<Shot> allShots() {
    List<Shot> shots = new ArrayList<>();
    for (Scenario scenario : Scenarios.all()) {
      for (Style style : Style.values()) {
        if (style != Style.NORMAL && !scenario.styleVariants()) {
          continue;
        }
        for (Language language : profile.languages()) {
          for (ScreenOrientation orientation : ScreenOrientation.values()) {
            shots.add(new Shot(scenario, language, orientation, style));
          }
        }
      }
    }
    return shots;
  }

  /** The shots of one scenario, by name, in normal style (tests of one screen). */
  public List<Shot> shotsOf(String scenarioName) {
    return allShots().stream()
        .filter(s -> s.scenario().name().equals(scenarioName) && s.style() == Style.NORMAL)
        .toList();
  }

  /** Renders {@code shot} into {@code folder}/{@link Shot#fileName()}; call on the FX thread. */
  public Path writePng(Shot shot, Path folder) throws IOException {
    Path file = folder.resolve(shot.fileName());
    try (Rendered rendered = render(shot)) {
      PngImages.write(rendered.image(), file);
    }
    return file;
  }
}
