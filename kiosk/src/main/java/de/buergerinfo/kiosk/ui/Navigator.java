package de.buergerinfo.kiosk.ui;

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
