package de.buergerinfo.kiosk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.StackPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows one screen at a time in its host pane and runs the screens' lifecycle. */
public final class Navigator implements Navigation {

  private static final Logger log = LoggerFactory.getLogger(Navigator.class);

  private final StackPane host;
  private final Map<ScreenId, Screen> screens = new EnumMap<>(ScreenId.class);

  /** Screens to go back to; part of what a citizen did, so it is forgotten with the session. */
  private final Deque<ScreenId> history = new ArrayDeque<>();

  private final ReadOnlyObjectWrapper<ScreenId> current =
      new ReadOnlyObjectWrapper<>(this, "current");

  public Navigator(StackPane host) {
    this.host = host;
  }

  public void register(Screen screen) {
    if (screens.putIfAbsent(screen.id(), screen) != null) {
      throw new IllegalStateException("screen registered twice: " + screen.id());
    }
  }

  @Override
  public void show(ScreenId id) {
    ScreenId previous = current.get();
    if (id == ScreenId.HOME || id == ScreenId.ATTRACT) {
      history.clear();
    } else if (previous != null && previous != id && previous != ScreenId.ATTRACT) {
      history.push(previous);
      while (history.size() > MAX_HISTORY) {
        history.removeLast();
      }
    }
    switchTo(id);
  }

  @Override
  public void back() {
    switchTo(history.isEmpty() ? ScreenId.HOME : history.pop());
  }

  /** More steps back than anyone takes; bounds the history on a terminal that runs for months. */
  private static final int MAX_HISTORY = 32;

  private void switchTo(ScreenId id) {
    Screen next = screens.get(id);
    if (next == null) {
      throw new IllegalArgumentException("no screen registered for " + id);
    }
    ScreenId previous = current.get();
    if (previous == id) {
      return;
    }
    if (previous != null) {
      screens.get(previous).deactivate();
    }
    host.getChildren().setAll(next.root());
    // Skins first: a screen's body sits in a ScrollPane, whose content joins the scene only when
    // the pane's skin exists, and a focus request on a node outside the scene is lost (the scene
    // then focuses its first button: "Back" instead of the search field, for keypad and speech).
    next.root().applyCss();
    next.activate();
    current.set(id);
    log.debug("screen {}", id.fileName());
  }

  /** The screen on display, empty before the first {@link #show}. */
  public ReadOnlyObjectProperty<ScreenId> current() {
    return current.getReadOnlyProperty();
  }

  public Screen screen(ScreenId id) {
    Screen screen = screens.get(id);
    if (screen == null) {
      throw new IllegalArgumentException("no screen registered for " + id);
    }
    return screen;
  }
}
