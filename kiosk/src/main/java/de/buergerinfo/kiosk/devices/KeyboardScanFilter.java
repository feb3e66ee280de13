package de.buergerinfo.kiosk.devices;

import de.buergerinfo.devices.scanner.keyboard.KeyboardScanner;
import de.buergerinfo.devices.scanner.keyboard.KeyboardWedgeDetector;
import de.buergerinfo.kiosk.ui.keyboard.Key;
import de.buergerinfo.kiosk.ui.keyboard.KeyEchoEvent;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * Keeps the scans of a scanner that types as a keyboard out of text fields: every typed character
 * goes through a {@link KeyboardWedgeDetector} first; what a person typed reaches the focused field
 * at most a few dozen milliseconds later, in order, and a scan becomes a code event instead. The
 * Enter key a scanner sends after a code is swallowed too, so it submits nothing.
 */
public final class KeyboardScanFilter {

  private final KeyboardScanner scanner;
  private final KeyboardWedgeDetector detector;
  private final LongSupplier nanoClock;
  private final PauseTransition timer = new PauseTransition();
  private Scene scene;

  private final EventHandler<KeyEvent> onTyped = this::typed;
  private final EventHandler<KeyEvent> onPressed = this::pressed;

  KeyboardScanFilter(KeyboardScanner scanner, LongSupplier nanoClock) {
    this.scanner = scanner;
    this.detector = new KeyboardWedgeDetector(scanner.settings());
    this.nanoClock = nanoClock;
    timer.setOnFinished(e -> tick());
  }

  /**
   * Filters {@code scene}'s keys until the returned action is run (when the window closes). Call on
   * the FX thread.
   */
  public static Runnable install(Scene scene, KeyboardScanner scanner) {
    return new KeyboardScanFilter(scanner, System::nanoTime).attach(scene);
  }

  Runnable attach(Scene target) {
    this.scene = target;
    target.addEventFilter(KeyEvent.KEY_TYPED, onTyped);
    target.addEventFilter(KeyEvent.KEY_PRESSED, onPressed);
    return () -> {
      target.removeEventFilter(KeyEvent.KEY_TYPED, onTyped);
      target.removeEventFilter(KeyEvent.KEY_PRESSED, onPressed);
      timer.stop();
    };
  }

  private void typed(KeyEvent event) {
    String character = event.getCharacter();
    if (character.length() != 1 || event.isControlDown() || event.isAltDown()) {
      return; // Shortcuts and composed characters are not a scanner's.
    }
    event.consume();
    act(detector.typed(character.charAt(0), nanoClock.getAsLong()));
  }

  /** Enter (or Tab) while a burst is held belongs to the scan: it must not submit a form. */
  private void pressed(KeyEvent event) {
    KeyCode code = event.getCode();
    if (code != KeyCode.ENTER && code != KeyCode.TAB) {
      return;
    }
    tick(); // A person's last key, held until now, goes into the field before Enter acts on it.
    if (detector.holding()) {
      event.consume();
      // The key's typed character still arrives and ends the scan (or is released as typing).
    }
  }

  private void tick() {
    act(detector.tick(nanoClock.getAsLong()));
  }

  private void act(List<KeyboardWedgeDetector.Decision> decisions) {
    for (KeyboardWedgeDetector.Decision decision : decisions) {
      switch (decision) {
        case KeyboardWedgeDetector.Decision.Release release -> insert(release.typed());
        case KeyboardWedgeDetector.Decision.Scan scan -> scanner.deliver(scan.code());
        case KeyboardWedgeDetector.Decision.Discarded discarded -> {}
      }
    }
    timer.stop();
    detector
        .deadline()
        .ifPresent(
            deadline -> {
              long waitNanos = Math.max(1_000_000, deadline - nanoClock.getAsLong());
              timer.setDuration(Duration.millis(waitNanos / 1_000_000.0));
              timer.playFromStart();
            });
  }

  /** Typed text into the focused field, as the field itself would have taken it. */
  private void insert(String typed) {
    Node focused = scene == null ? null : scene.getFocusOwner();
    if (!(focused instanceof TextInputControl field) || !field.isEditable()) {
      return;
    }
    StringBuilder printable = new StringBuilder();
    typed.codePoints().filter(c -> !Character.isISOControl(c)).forEach(printable::appendCodePoint);
    if (!printable.isEmpty()) {
      field.replaceSelection(printable.toString());
      // The key's own event was held back: speech mode hears the typing from here instead.
      KeyEchoEvent.fire(field, new Key.Input(printable.toString(), printable.toString()));
    }
  }
}
