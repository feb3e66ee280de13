package de.buergerinfo.kiosk.screen.attract;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.speech.SpeechKey;
import de.buergerinfo.kiosk.ui.BrandIdentity;
import de.buergerinfo.kiosk.ui.Paragraph;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.kiosk.ui.ScreenView;
import de.buergerinfo.kiosk.ui.ShrinkToFit;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The first screen: a welcome cycling through the languages; any touch or key, or someone arriving
 * in front of the presence sensor, starts a visit.
 */
public final class AttractView extends ScreenView {

  /** How long each language's welcome stays. */
  static final Duration LANGUAGE_INTERVAL = Duration.seconds(4);

  private final AttractViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final BrandIdentity identity = new BrandIdentity();
  private final Paragraph welcome = new Paragraph("attract-welcome");
  private final Paragraph tagline = new Paragraph("attract-tagline");
  private final Paragraph prompt = new Paragraph("attract-prompt");
  private final VBox greeting;
  private final Label noticesHeading = new Label();
  private final VBox notices = new VBox();
  private final Timeline cycle;

  public AttractView(AttractViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStyleClass().addAll("attract", "screen-" + id().fileName());
    root.getStylesheets().add(AttractView.class.getResource("attract.css").toExternalForm());
    root.setFocusTraversable(true);

    identity.setId("attract-identity");
    root.setTop(identity);

    for (Paragraph paragraph : new Paragraph[] {welcome, tagline, prompt}) {
      paragraph.setTextAlignment(TextAlignment.CENTER);
      paragraph.setMaxWidth(Region.USE_PREF_SIZE);
    }
    noticesHeading.getStyleClass().add("attract-notices-heading");
    notices.getStyleClass().add("attract-notices");
    notices.setId("attract-notices");
    notices.setMaxWidth(Region.USE_PREF_SIZE);
    notices.managedProperty().bind(notices.visibleProperty());
    greeting = new VBox(welcome, tagline, prompt, notices);
    greeting.setAlignment(Pos.CENTER);
    greeting.setSpacing(28);
    greeting.setId("attract-greeting");
    root.setCenter(new ShrinkToFit(greeting));

    FlowPane languages = new FlowPane();
    languages.getStyleClass().add("attract-languages");
    languages.setAlignment(Pos.CENTER);
    // Names in Arabic script have a taller face: line them up on the baseline, not the centre.
    languages.setRowValignment(VPos.BASELINE);
    for (Language language : viewModel.languages()) {
      Label name = new Label(language.nativeName());
      name.getStyleClass().add("attract-language");
      if (language.isRightToLeft()) {
        name.getStyleClass().add("script-arabic");
      }
      languages.getChildren().add(name);
    }
    root.setBottom(languages);

    cycle = new Timeline(new KeyFrame(LANGUAGE_INTERVAL, e -> viewModel.showNextLanguage()));
    cycle.setCycleCount(Animation.INDEFINITE);

    root.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> viewModel.start());
    root.addEventHandler(TouchEvent.TOUCH_PRESSED, e -> viewModel.start());
    root.addEventHandler(KeyEvent.KEY_PRESSED, this::startOnKey);
  }

  @Override
  public ScreenId id() {
    return ScreenId.ATTRACT;
  }

  @Override
  public Parent root() {
    return root;
  }

  @Override
  protected Subscription onActivate() {
    viewModel.reset();
    Subscription texts = viewModel.shownLanguage().subscribe(this::show);
    cycle.playFromStart();
    Subscription arrivals = viewModel.startOnArrival(Platform::runLater);
    root.requestFocus();
    return texts.and(arrivals).and(cycle::stop);
  }

  private void show(Language language) {
    Messages messages = viewModel.shownMessages();
    identity.setTexts(messages.text("app.name"), viewModel.site());
    welcome.setText(messages.text("attract.welcome"));
    tagline.setText(messages.text("attract.tagline"));
    prompt.setText(messages.text("attract.touchToStart"));
    showNotices(messages);
    // The greeting reads in its own direction even while the frame is in the terminal's language.
    greeting.setNodeOrientation(
        language.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
  }

  /** The notices in force, in the welcome's language; hidden when there are none. */
  private void showNotices(Messages messages) {
    List<AttractViewModel.AnnouncementLine> lines = viewModel.announcements();
    List<Node> rows = new ArrayList<>();
    noticesHeading.setText(messages.text("attract.announcements"));
    rows.add(noticesHeading);
    for (AttractViewModel.AnnouncementLine line : lines) {
      Paragraph title = new Paragraph("attract-notice");
      title.setText(line.title());
      rows.add(title);
      line.fallbackNote()
          .ifPresent(
              note -> {
                Paragraph fallback = new Paragraph("attract-notice-fallback");
                fallback.setText(note);
                rows.add(fallback);
              });
    }
    notices.getChildren().setAll(rows);
    notices.setVisible(!lines.isEmpty());
  }

  private void startOnKey(KeyEvent event) {
    if (event.getCode() == SpeechKey.CODE) {
      viewModel.startSpoken();
      event.consume();
      return;
    }
    if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
      viewModel.start();
      event.consume();
    }
  }
}
