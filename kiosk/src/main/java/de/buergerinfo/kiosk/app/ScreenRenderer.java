package de.buergerinfo.kiosk.app;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.ui.PngImages;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.ScreenOrientation;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Renders screens off-screen at full size, for {@code --snapshot}, the docs and the UI tests. Off
 * screen, because the Headless platform's windows are at most 1000x1000 pixels.
 */
public final class ScreenRenderer {

  /**
   * What to render.
   *
   * @param screen the screen
   * @param language the session's language
   * @param orientation landscape (1920x1080) or portrait (1080x1920)
   * @param largeText whether large-text mode is on
   */
  public record Shot(
      ScreenId screen, Language language, ScreenOrientation orientation, boolean largeText) {

    /**
     * {@code <screen>_<lang>_<orientation>[_large].png}, such as {@code
     * home_de-x-easy_portrait.png}.
     */
    public String fileName() {
      return screen.fileName()
          + "_"
          + language.tag()
          + "_"
          + orientation.id()
          + (largeText ? "_large" : "")
          + ".png";
    }
  }

  /** A rendered screen, still live, so tests can inspect its nodes before {@link #close()}. */
  public record Rendered(Shot shot, KioskUi ui, Scene scene, WritableImage image)
      implements AutoCloseable {
    @Override
    public void close() {
      ui.stop();
    }
  }

  private final TerminalProfile profile;
  private final MessageCatalog catalog;

  public ScreenRenderer(TerminalProfile profile, MessageCatalog catalog) {
    this.profile = profile;
    this.catalog = catalog;
  }

  /** Renders one shot with a fresh UI and session; call on the FX thread. */
  public Rendered render(Shot shot, Consumer<KioskUi> prepare) {
    KioskSession session = new KioskSession(profile.defaultLanguage(), Clock.systemUTC());
    session.language().set(shot.language());
    session.largeText().set(shot.largeText());
    KioskUi ui = KioskUi.create(profile, session, catalog);
    Scene scene = new Scene(ui.frame(), shot.orientation().width(), shot.orientation().height());
    ui.frame().fitTo(shot.orientation().width(), shot.orientation().height());
    ui.navigator().show(shot.screen());
    prepare.accept(ui);
    WritableImage image = scene.snapshot(null);
    return new Rendered(shot, ui, scene, image);
  }

  /** Every screen in every language of the profile, in both orientations. */
  public List<Shot> allShots(boolean largeText) {
    List<Shot> shots = new ArrayList<>();
    for (ScreenId screen : ScreenId.values()) {
      for (Language language : profile.languages()) {
        for (ScreenOrientation orientation : ScreenOrientation.values()) {
          shots.add(new Shot(screen, language, orientation, largeText));
        }
      }
    }
    return shots;
  }

  /** Renders {@code shot} into {@code folder}/{@link Shot#fileName()}; call on the FX thread. */
  public Path writePng(Shot shot, Path folder) throws IOException {
    Path file = folder.resolve(shot.fileName());
    try (Rendered rendered = render(shot, ui -> {})) {
      PngImages.write(rendered.image(), file);
    }
    return file;
  }
}
