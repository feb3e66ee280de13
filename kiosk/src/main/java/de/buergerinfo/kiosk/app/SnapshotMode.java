package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/**
 * {@code --snapshot DIR}: renders every screen in every language and both orientations to PNG
 * files, off-screen, and exits. Works without a display: it uses JavaFX's Headless platform and
 * software rendering unless told otherwise, so the pictures are the same on every machine.
 */
public final class SnapshotMode {

  private SnapshotMode() {}

  /** Renders all shots into {@code folder}; returns the files written. */
  public static List<Path> run(TerminalProfile profile, Path folder)
      throws IOException, InterruptedException {
    if (System.getProperty("glass.platform") == null) {
      System.setProperty("glass.platform", "Headless");
    }
    if (System.getProperty("prism.order") == null) {
      System.setProperty("prism.order", "sw");
    }
    ScreenRenderer renderer = new ScreenRenderer(profile, MessageCatalog.load());
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    CompletableFuture<List<Path>> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            List<Path> files = new java.util.ArrayList<>();
            for (ScreenRenderer.Shot shot : renderer.allShots()) {
              files.add(renderer.writePng(shot, folder));
            }
            result.complete(files);
          } catch (IOException | RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("rendering failed: " + e.getCause(), e.getCause());
    } finally {
      Platform.exit();
    }
  }
}
