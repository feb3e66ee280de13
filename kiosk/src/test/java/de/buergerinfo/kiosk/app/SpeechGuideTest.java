package de.buergerinfo.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.speech.RecordingSpeech;
import de.buergerinfo.kiosk.speech.SpeechKey;
import de.buergerinfo.kiosk.speech.Utterance;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.testsupport.SceneInspection;
import de.buergerinfo.kiosk.testsupport.Touches;
import de.buergerinfo.kiosk.ui.ScreenId;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the terminal says while the citizen has speech on, with a voice that writes it down. */
@ExtendWith(JavaFxExtension.class)
class SpeechGuideTest {

  private final TestTerminalUi terminal = new TestTerminalUi();
  private final KioskUi ui = terminal.ui;
  private final RecordingSpeech voice = new RecordingSpeech();

  SpeechGuideTest() {
    terminal.terminal.useSpeech(voice);
  }

  @AfterEach
  void close() {
    terminal.close();
  }

  private void visitWithSpeech(ScreenId screen) {
    Fx.run(
        () -> {
          ui.session().begin();
          ui.navigator().show(screen);
          ui.session().speech().set(true);
        });
    Fx.settle();
    voice.clear();
  }

  private void show(ScreenId screen) {
    Fx.run(() -> ui.navigator().show(screen));
    Fx.waitForIdle(); // the screen is read once its activation has set texts and focus
  }

  private static KeyEvent key(KeyCode code) {
    return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
  }

  private void press(KeyCode code) {
    Fx.run(() -> Event.fireEvent(ui.frame().getScene().getFocusOwner(), key(code)));
  }

  @Test
  void readsEachScreenWhenShownTitleFirstThenTextThenTheFocus() {
    visitWithSpeech(ScreenId.HOME);

    show(ScreenId.HELP);

    assertThat(voice.texts()).hasSize(1);
    String text = voice.lastSaid().text();
    assertThat(text)
        .startsWith("Jemand aus dem Bibliotheksteam kommt zu Ihnen.")
        .contains("Die Lampe am Terminal blinkt.")
        .contains("Anfrage zurücknehmen")
        .endsWith("Zurück, Schaltfläche")
        .doesNotContain("BIS Demo");
    assertThat(voice.lastSaid().language()).isEqualTo(Language.GERMAN);
  }

  @Test
  void readsTheFocusedControlWithItsRoleWhenTheFocusMoves() {
    visitWithSpeech(ScreenId.HELP);

    Fx.run(() -> SceneInspection.find(ui.frame(), "#help-cancel").requestFocus());
    Fx.waitForIdle();

    assertThat(voice.texts()).containsExactly("Anfrage zurücknehmen, Schaltfläche");
  }

  @Test
  void stopsSpeakingWhenTheCitizenTouchesOrPressesAKey() {
    visitWithSpeech(ScreenId.HELP);

    press(KeyCode.TAB);
    assertThat(voice.stops()).isEqualTo(1);
    Fx.run(() -> Event.fireEvent(ui.frame(), Touches.press(10, 10)));
    assertThat(voice.stops()).isEqualTo(2);
  }

  @Test
  void theSpeechKeyRepeatsWhenOnAndTurnsSpeechOnWhenOff() {
    Fx.run(
        () -> {
          ui.session().begin();
          ui.navigator().show(ScreenId.HELP);
        });
    assertThat(voice.said()).isEmpty();

    press(SpeechKey.CODE);
    Fx.waitForIdle();

    assertThat(Fx.call(() -> ui.session().speech().get())).isTrue();
    assertThat(voice.texts()).hasSize(1);
    assertThat(voice.lastSaid().text())
        .startsWith("Die Sprachausgabe ist eingeschaltet.")
        .contains("Jemand aus dem Bibliotheksteam kommt zu Ihnen.");
    String first = voice.lastSaid().text();

    press(SpeechKey.CODE);

    assertThat(voice.repeats()).isEqualTo(1);
    assertThat(voice.lastSaid().text()).isEqualTo(first);
  }

  @Test
  void aMaskedFieldsContentIsNeverRead() {
    visitWithSpeech(ScreenId.HOME);
    PasswordField pin = new PasswordField();
    Fx.run(
        () -> {
          pin.setAccessibleText("PIN");
          ui.frame().getChildren().add(pin);
          pin.replaceSelection("4711");
          pin.requestFocus();
        });
    Fx.waitForIdle();
    Fx.run(() -> ui.speechGuide().readScreen());

    assertThat(voice.texts()).isNotEmpty().noneMatch(text -> text.contains("4711"));
    assertThat(voice.texts())
        .as("the focus, then the whole screen with its focus")
        .hasSize(2)
        .allMatch(
            text -> text.endsWith("PIN, Eingabefeld, " + Utterance.secret(Language.GERMAN).text()));
    Fx.run(() -> ui.frame().getChildren().remove(pin));
  }

  @Test
  void aTextFieldIsReadWithItsLabelAndWhatIsInIt() {
    visitWithSpeech(ScreenId.HELP);
    show(ScreenId.RESULTS);
    Fx.settle();

    assertThat(voice.lastSaid().text()).endsWith("Wonach suchen Sie?, Eingabefeld");
    assertThat(voice.texts())
        .as("the screen without the on-screen keyboard's keys")
        .anyMatch(text -> text.startsWith("Wonach suchen Sie?"))
        .noneMatch(text -> text.contains(" q. w. e."));

    Fx.run(
        () -> {
          ((javafx.scene.control.TextField) SceneInspection.find(ui.frame(), "#results-search"))
              .replaceSelection("Wohngeld");
          ui.speechGuide().readScreen();
        });
    assertThat(voice.lastSaid().text()).endsWith("Wonach suchen Sie?, Eingabefeld, Wohngeld");
  }

  @Test
  void speaksInTheSessionsLanguage() {
    visitWithSpeech(ScreenId.HOME);
    Fx.run(() -> ui.session().language().set(Language.RUSSIAN));

    show(ScreenId.HELP);

    assertThat(voice.lastSaid().language()).isEqualTo(Language.RUSSIAN);
    assertThat(voice.lastSaid().text()).startsWith("Сотрудник библиотеки уже идёт к вам.");
  }

  @Test
  void speaksAnErrorWhenItAppears() throws InterruptedException {
    visitWithSpeech(ScreenId.HOME);
    Label error = new Label("Der Drucker hat kein Papier.");
    error.getStyleClass().add("error-message");
    error.setVisible(false);
    Fx.run(() -> ui.frame().getChildren().add(error));

    Fx.run(() -> error.setVisible(true));
    for (int i = 0; i < 100 && voice.said().isEmpty(); i++) {
      Thread.sleep(20); // the next layout pulse finds it
      Fx.waitForIdle();
    }

    assertThat(voice.texts())
        .filteredOn(text -> text.contains("Drucker"))
        .containsExactly("Der Drucker hat kein Papier.");
    Fx.run(() -> ui.frame().getChildren().remove(error));
  }

  @Test
  void theIdleWarningIsSpoken() {
    visitWithSpeech(ScreenId.HOME);

    Fx.run(() -> ui.idle().warnNow());

    assertThat(voice.lastSaid().text())
        .startsWith("Sind Sie noch da?")
        .contains("Sekunden bleiben")
        .endsWith("Mehr Zeit, Schaltfläche");
  }

  @Test
  void theVisitsEndTurnsSpeechOffAndLeavesNothingToRepeat() {
    visitWithSpeech(ScreenId.HELP);

    Fx.run(() -> ui.session().end(SessionEndReason.FINISHED));

    assertThat(voice.isEnabled()).isFalse();
    assertThat(voice.repeat()).isFalse();
  }
}
