package de.buergerinfo.kiosk.idle;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.ui.KioskFrame;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundImage;
import javafx.scene.layout.BackgroundPosition;
import javafx.scene.layout.BackgroundRepeat;
import javafx.scene.layout.BackgroundSize;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * "Are you still there?" over whatever screen is shown: a countdown, "More time" (focused, so Enter
 * answers) and "Finish now". Installed once on the frame; it watches every touch and key, the
 * presence sensor and which screen is up, and leaves the deciding to {@link IdleWatch}.
 */
public final class IdleOverlay {

  /** How often the watch looks at the clock. */
  static final Duration TICK = Duration.seconds(1);

  private final ScreenContext context;
  private final IdleWatch watch;
  private final StackPane overlay = new StackPane();
  private final Region dim = new Region();
  private final VBox card;
  private StackPane screenHost;
  private final Paragraph title = new Paragraph("screen-title", "idle-title");
  private final Paragraph text = new Paragraph("idle-text");
  private final Label seconds = new Label();
  private final Label secondsCaption = new Label();
  private final Button moreTime = new Button();
  private final Button finishNow = new Button();
  private final FlowPane choices = new FlowPane(moreTime, finishNow);
  private final Timeline ticker;
  private Node focusBefore;

  private IdleOverlay(ScreenContext context, Consumer<SessionEndReason> endVisit) {
    this.context = context;
    this.watch =
        new IdleWatch(context.terminal().clock(), context.profile().idleTimeout(), endVisit);
    overlay.getStyleClass().addAll("kiosk-overlay", "idle-overlay");
    overlay.getStylesheets().add(IdleOverlay.class.getResource("idle.css").toExternalForm());
    overlay.setId("idle-warning");
    overlay.setVisible(false);

    seconds.getStyleClass().add("idle-seconds");
    seconds.setId("idle-seconds");
    // A number reads left to right in every language (issue 6).
    seconds.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    secondsCaption.getStyleClass().add("idle-seconds-caption");
    HBox countdown = new HBox(seconds, secondsCaption);
    countdown.getStyleClass().add("idle-countdown");
    countdown.setAlignment(Pos.BASELINE_CENTER);

    moreTime.setId("idle-more-time");
    moreTime.getStyleClass().add("idle-more-time");
    moreTime.setOnAction(e -> watch.moreTime());
    finishNow.setId("idle-finish-now");
    finishNow.getStyleClass().add("secondary");
    finishNow.setOnAction(e -> watch.finishNow());
    choices.getStyleClass().add("idle-choices");
    choices.setAlignment(Pos.CENTER);

    card = new VBox(title, text, countdown, choices);
    card.getStyleClass().add("idle-card");
    card.setAlignment(Pos.CENTER);
    card.setFillWidth(true);
    card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
    dim.getStyleClass().add("idle-dim");
    // The backdrop is a picture of the screen: drawn as it was, never mirrored again.
    overlay.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    overlay.getChildren().addAll(dim, card);
    StackPane.setAlignment(card, Pos.CENTER);

    ticker = new Timeline(new KeyFrame(TICK, e -> watch.tick()));
    ticker.setCycleCount(Animation.INDEFINITE);
  }

  /**
   * Puts the warning on {@code frame} and watches until the returned overlay is {@link
   * #uninstall()}ed. Call on the FX thread.
   *
   * @param current the screen on display
   * @param endVisit ends the visit for a reason (wipes the session, shows the goodbye)
   */
  public static IdleOverlay install(
      KioskFrame frame,
      ScreenContext context,
      ObservableValue<ScreenId> current,
      Consumer<SessionEndReason> endVisit) {
    IdleOverlay idle = new IdleOverlay(context, endVisit);
    idle.attach(frame, current);
    return idle;
  }

  private Subscription attached = Subscription.EMPTY;

  private void attach(KioskFrame frame, ObservableValue<ScreenId> current) {
    screenHost = frame.screenHost();
    frame.getChildren().add(overlay);
    EventHandler<InputEvent> onInput = this::input;
    frame.addEventFilter(InputEvent.ANY, onInput);
    Runnable presence =
        context
            .terminal()
            .events()
            .subscribe(
                event -> {
                  if (event instanceof DeviceEvent.PresenceChanged changed
                      && context.terminal().gpio().hasPresenceSensor()) {
                    Platform.runLater(() -> watch.presenceChanged(changed.present()));
                  }
                });
    Subscription screens = current.subscribe(screen -> follow(current.getValue()));
    Subscription visits = context.session().active().subscribe(a -> follow(current.getValue()));
    Subscription shown = watch.warning().subscribe(this::showWarning);
    Subscription counting = watch.secondsLeft().subscribe(n -> applyTexts());
    Subscription texts = context.session().language().subscribe(l -> applyTexts());
    attached =
        screens
            .and(visits)
            .and(shown)
            .and(counting)
            .and(texts)
            .and(presence::run)
            .and(
                () -> {
                  frame.removeEventFilter(InputEvent.ANY, onInput);
                  ticker.stop();
                  watch.stopWatching();
                  frame.getChildren().remove(overlay);
                });
  }

  /** Stops watching and takes the warning off the frame. */
  public void uninstall() {
    attached.unsubscribe();
    attached = Subscription.EMPTY;
  }

  /** The watch behind the warning (tests, pictures, speech). */
  public IdleWatch watch() {
    return watch;
  }

  /** The warning's root node, visible while the warning is up. */
  public Node node() {
    return overlay;
  }

  /** Shows the warning now, as if the idle timeout had just passed (pictures and tests). */
  public void warnNow() {
    watch.watch();
    watch.expireIdleTimeout();
    watch.tick();
  }

  private void follow(ScreenId screen) {
    boolean inVisit =
        context.session().active().get()
            && screen != null
            && screen != ScreenId.ATTRACT
            && screen != ScreenId.GOODBYE;
    if (inVisit) {
      watch.watch();
      ticker.play();
    } else {
      watch.stopWatching();
      ticker.stop();
    }
  }

  private void input(InputEvent event) {
    var type = event.getEventType();
    boolean press =
        type == MouseEvent.MOUSE_PRESSED
            || type == TouchEvent.TOUCH_PRESSED
            || type == KeyEvent.KEY_PRESSED
            || type == ScrollEvent.SCROLL_STARTED
            || type == ScrollEvent.SCROLL;
    if (!press) {
      return;
    }
    // The warning's own buttons answer it themselves ("Finish now" must not count as "still here").
    if (overlay.isVisible() && (insideChoices(event.getTarget()) || keyOnChoices(event))) {
      return;
    }
    watch.input();
  }

  private boolean keyOnChoices(InputEvent event) {
    return event instanceof KeyEvent
        && overlay.getScene() != null
        && insideChoices(overlay.getScene().getFocusOwner());
  }

  private boolean insideChoices(Object target) {
    for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
      if (node == choices) {
        return true;
      }
    }
    return false;
  }

  private void showWarning(boolean up) {
    if (up == overlay.isVisible()) {
      return;
    }
    if (up) {
      focusBefore = overlay.getScene() == null ? null : overlay.getScene().getFocusOwner();
      applyTexts();
      showScreenAsBackdrop();
      overlay.toFront();
      overlay.setVisible(true);
      moreTime.requestFocus();
    } else {
      overlay.setVisible(false);
      overlay.setBackground(Background.EMPTY);
      screenHost.setVisible(true);
      Node previous = focusBefore;
      focusBefore = null; // the overlay keeps no reference into a screen
      if (previous != null && previous.getScene() != null && context.session().active().get()) {
        previous.requestFocus();
      }
    }
  }

  /**
   * The screen stays in view, dimmed, but only as a picture: while the warning is up nothing of it
   * can take the focus or be read aloud, and the keypad stays on the warning's buttons.
   */
  private void showScreenAsBackdrop() {
    Scene scene = overlay.getScene();
    if (scene != null) {
      WritableImage picture = scene.snapshot(null);
      overlay.setBackground(
          new Background(
              new BackgroundImage(
                  picture,
                  BackgroundRepeat.NO_REPEAT,
                  BackgroundRepeat.NO_REPEAT,
                  BackgroundPosition.DEFAULT,
                  new BackgroundSize(1, 1, true, true, false, false))));
    }
    screenHost.setVisible(false);
  }

  private void applyTexts() {
    card.setNodeOrientation(
        context.language().isRightToLeft()
            ? NodeOrientation.RIGHT_TO_LEFT
            : NodeOrientation.LEFT_TO_RIGHT);
    Messages messages = context.messages();
    int left = watch.secondsLeft().get();
    title.setText(messages.text("idle.title"));
    text.setText(messages.text("idle.text"));
    seconds.setText(Integer.toString(left));
    secondsCaption.setText(messages.format("idle.secondsLeft", "seconds", left));
    moreTime.setText(messages.text("idle.moreTime"));
    finishNow.setText(messages.text("idle.finishNow"));
  }
}
