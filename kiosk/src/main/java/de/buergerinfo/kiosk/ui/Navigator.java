package de.buergerinfo.kiosk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
  private final Map<ScreenId, Supplier<? extends Screen>> factories = new EnumMap<>(ScreenId.class);
  private boolean building = true;

  /** Screens to go back to; part of what a citizen did, so it is forgotten with the session. */
  private final Deque<ScreenId> history = new ArrayDeque<>();

  private final ReadOnlyObjectWrapper<ScreenId> current =
      new ReadOnlyObjectWrapper<>(this, "current");

  public Navigator(StackPane host) {
    this.host = host;
  }

  public void register(Screen screen) {
    checkNew(screen.id());
    screens.put(screen.id(), screen);
  }

  /**
   * Registers a screen built when it is first needed ({@link #screen}, {@link #show}) or by {@link
   * #buildRemaining}: the attract screen can show before the other screens exist.
   */
  public void register(ScreenId id, Supplier<? extends Screen> factory) {
    checkNew(id);
    factories.put(id, factory);
  }

  private void checkNew(ScreenId id) {
    if (screens.containsKey(id) || factories.containsKey(id)) {
      throw new IllegalStateException("screen registered twice: " + id);
    }
  }

  /**
   * Builds the screens not built yet, one per task given to {@code fxQueue} (the JavaFX thread's
   * queue), so a touch that arrives meanwhile waits for one screen at most. Stops after {@link
   * #stopBuilding}.
   */
  public void buildRemaining(Executor fxQueue) {
    if (building && !factories.isEmpty()) {
      ScreenId next = factories.keySet().iterator().next();
      fxQueue.execute(
          () -> {
            if (building) {
              screen(next);
              buildRemaining(fxQueue);
            }
          });
    }
  }

  /** Builds no more screens in the background (the UI is being closed). */
  public void stopBuilding() {
    building = false;
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
    Screen next = screen(id);
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

  /** The screen for {@code id}, built now if it was registered to be built when needed. */
  public Screen screen(ScreenId id) {
    Screen screen = screens.get(id);
    if (screen != null) {
      return screen;
    }
    Supplier<? extends Screen> factory = factories.get(id);
    if (factory == null) {
      throw new IllegalArgumentException("no screen registered for " + id);
    }
    long started = System.nanoTime();
    Screen built = factory.get();
    if (built.id() != id) {
      throw new IllegalStateException("the factory for " + id + " built " + built.id());
    }
    screens.put(id, built);
    factories.remove(id);
    log.debug("screen {} built in {} ms", id.fileName(), (System.nanoTime() - started) / 1_000_000);
    return built;
  }
}
