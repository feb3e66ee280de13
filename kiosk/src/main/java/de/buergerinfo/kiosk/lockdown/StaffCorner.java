package de.buergerinfo.kiosk.lockdown;

import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the top-left corner of the terminal's frame for the {@link StaffGesture} and calls the
 * staff hook when it is made. The corner is the screen's, not the layout's: it stays top-left in
 * right-to-left languages. Taps pass on unchanged, so the corner keeps working for citizens.
 */
public final class StaffCorner {

  private static final Logger log = LoggerFactory.getLogger(StaffCorner.class);

  /** Size of the corner, in px of the frame. */
  public static final double SIZE = 120;

  private final StaffGesture gesture = new StaffGesture();
  private final LongSupplier nanoClock;
  private final Runnable onGesture;
  private final EventHandler<MouseEvent> onMouse = e -> tap(e.getSceneX(), e.getSceneY());
  private final EventHandler<TouchEvent> onTouch =
      e -> tap(e.getTouchPoint().getSceneX(), e.getTouchPoint().getSceneY());

  StaffCorner(LongSupplier nanoClock, Runnable onGesture) {
    this.nanoClock = nanoClock;
    this.onGesture = onGesture;
  }

  /**
   * Watches {@code frame} until the returned action is run; {@code onGesture} runs on the FX thread
   * (the staff functions come with the librarian issue; until then it is only a hook).
   */
  public static Runnable install(Region frame, Runnable onGesture) {
    return new StaffCorner(System::nanoTime, onGesture).attach(frame);
  }

  Runnable attach(Region frame) {
    frame.addEventFilter(MouseEvent.MOUSE_PRESSED, onMouse);
    frame.addEventFilter(TouchEvent.TOUCH_PRESSED, onTouch);
    return () -> {
      frame.removeEventFilter(MouseEvent.MOUSE_PRESSED, onMouse);
      frame.removeEventFilter(TouchEvent.TOUCH_PRESSED, onTouch);
    };
  }

  private void tap(double sceneX, double sceneY) {
    if (sceneX > SIZE || sceneY > SIZE) {
      return;
    }
    if (gesture.tap(nanoClock.getAsLong())) {
      log.info("staff gesture recognised");
      onGesture.run();
    }
  }
}
