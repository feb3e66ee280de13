package de.buergerinfo.kiosk.ui.keyboard;

import java.util.Objects;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.TextInputControl;

/**
 * A person typed into a text field, by the on-screen keyboard or a keyboard whose keys reached the
 * field another way: fired at the field, so that speech mode, listening on the frame, can say what
 * was typed (EN 301 549 5.1.3). Never fired for a masked field (5.1.3.8): its keys reach nobody.
 */
public final class KeyEchoEvent extends Event {

  /** The one type of this event. */
  public static final EventType<KeyEchoEvent> TYPED = new EventType<>(Event.ANY, "KEY_ECHO");

  private final transient Key key;

  private KeyEchoEvent(Key key) {
    super(TYPED);
    this.key = key;
  }

  /**
   * What was done: an {@link Key.Input} with the text inserted, a {@link Key.Space}, or a {@link
   * Key.Backspace} for a deletion.
   */
  public Key key() {
    return key;
  }

  /** Tells the scene that {@code key} was typed into {@code field}; nothing for a masked field. */
  public static void fire(TextInputControl field, Key key) {
    Objects.requireNonNull(key, "key");
    if (!KioskKeyboard.isMasked(field)) {
      Event.fireEvent(field, new KeyEchoEvent(key));
    }
  }
}
