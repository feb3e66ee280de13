package de.buergerinfo.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.scanner.keyboard.KeyboardScanner;
import de.buergerinfo.devices.scanner.keyboard.KeyboardWedgeDetector;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.ui.keyboard.Key;
import de.buergerinfo.kiosk.ui.keyboard.KeyEchoEvent;
import de.buergerinfo.kiosk.ui.keyboard.KioskKeyboard;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scanner that types as a keyboard, in a real scene: its scans become code events and never reach
 * the search field, while a person's typing arrives complete and in order. Time is a clock the test
 * moves, so the timing does not depend on how busy the machine is.
 */
@ExtendWith(JavaFxExtension.class)
class KeyboardScanFilterTest {

  private static final long MS = 1_000_000L;

  private final List<DeviceEvent> events = new CopyOnWriteArrayList<>();
  private final AtomicLong now = new AtomicLong(1_000 * MS);
  private final AtomicBoolean submitted = new AtomicBoolean();
  private TextField field;

  @BeforeEach
  void showAFocusedSearchField() {
    KeyboardScanner scanner =
        new KeyboardScanner(KeyboardWedgeDetector.Settings.DEFAULT, events::add);
    Fx.run(
        () -> {
          field = new TextField();
          field.setOnAction(e -> submitted.set(true));
          Stage stage = new Stage();
          Scene scene = new Scene(new VBox(field), 400, 100);
          stage.setScene(scene);
          stage.show();
          field.requestFocus();
          new KeyboardScanFilter(scanner, now::get).attach(scene);
        });
  }

  private void type(char c) {
    Fx.run(
        () -> {
          if (c == '\r') {
            KeyEvent.fireEvent(
                field,
                new KeyEvent(
                    KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
          }
          KeyEvent.fireEvent(
              field,
              new KeyEvent(
                  KeyEvent.KEY_TYPED,
                  String.valueOf(c),
                  "",
                  KeyCode.UNDEFINED,
                  false,
                  false,
                  false,
                  false));
        });
  }

  private String fieldText() throws InterruptedException {
    Thread.sleep(100); // let the filter's timer fire once the clock has moved on
    Fx.waitForIdle();
    return Fx.call(field::getText);
  }

  @Test
  void aScanBecomesACodeEventAndNeverReachesTheField() throws Exception {
    for (char c : "https://www.service.bremen.de/umzug\r".toCharArray()) {
      type(c);
      now.addAndGet(12 * MS); // a scanner types every 7 to 20 ms
    }
    now.addAndGet(500 * MS);

    assertThat(fieldText()).isEmpty();
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            DeviceEvent.CodeScanned.class,
            scan -> {
              assertThat(scan.text()).isEqualTo("https://www.service.bremen.de/umzug");
              assertThat(scan.source()).isEqualTo("keyboard");
            });
    assertThat(submitted).as("the scanner's Enter submits nothing").isFalse();
  }

  @Test
  void aPersonsTypingArrivesCompleteInOrderAndEnterStillSubmits() throws Exception {
    for (char c : "Reisepass\r".toCharArray()) {
      type(c);
      now.addAndGet(150 * MS);
      Thread.sleep(5);
    }

    assertThat(fieldText()).isEqualTo("Reisepass");
    assertThat(events).isEmpty();
    assertThat(submitted).isTrue();
  }

  /** A person types at 5 keys a second, then a scanner sends a code at 9 ms a key with Enter. */
  private void typeThenScan(String typed, String scanned) throws Exception {
    for (char c : typed.toCharArray()) {
      type(c);
      now.addAndGet(200 * MS);
    }
    for (char c : (scanned + "\r").toCharArray()) {
      type(c);
      now.addAndGet(9 * MS);
    }
    now.addAndGet(500 * MS);
  }

  @Test
  void typingThenAScanKeepsBothApart() throws Exception {
    typeThenScan("Pass", "99000123456");

    assertThat(fieldText()).isEqualTo("Pass");
    assertThat(events)
        .extracting(e -> ((DeviceEvent.CodeScanned) e).text())
        .containsExactly("99000123456");
  }

  @Test
  void typingLetThroughIsEchoedForSpeechAndAScanOrAMaskedFieldIsNot() throws Exception {
    List<String> echoed = new CopyOnWriteArrayList<>();
    Fx.run(
        () ->
            field
                .getParent()
                .addEventFilter(KeyEchoEvent.TYPED, e -> echoed.add(((Key.Input) e.key()).text())));
    typeThenScan("Pa", "99000123456");
    assertThat(fieldText()).isEqualTo("Pa");
    assertThat(echoed).containsExactly("P", "a");

    echoed.clear();
    Fx.run(() -> KioskKeyboard.markMasked(field));
    type('7');
    now.addAndGet(200 * MS);
    assertThat(fieldText()).isEqualTo("Pa7");
    assertThat(echoed).isEmpty();
  }
}
