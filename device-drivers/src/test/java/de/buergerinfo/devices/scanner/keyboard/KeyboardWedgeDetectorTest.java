package de.buergerinfo.devices.scanner.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.devices.scanner.keyboard.KeyboardWedgeDetector.Decision;
import de.buergerinfo.devices.scanner.keyboard.KeyboardWedgeDetector.Settings;
import de.buergerinfo.devices.scanner.keyboard.KeyboardWedgeDetector.Terminator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scans told from typing, with realistic timings: people type every 120 to 300 ms (fast typists 60
 * ms, with rollover pairs closer), scanners every 7 to 20 ms. A simulated UI timer calls tick at
 * the deadline, one frame (17 ms) late.
 */
class KeyboardWedgeDetectorTest {

  private static final long MS = 1_000_000L;
  private static final long TIMER_LATENESS = 17 * MS;

  /** One typed character at a time in milliseconds. */
  record Key(char c, double atMillis) {}

  /** Builds key sequences with gaps. */
  static final class Keys {
    private final List<Key> keys = new ArrayList<>();
    private final Random random = new Random(42);
    private double now = 1000;

    Keys type(String text, double minGap, double maxGap) {
      for (char c : text.toCharArray()) {
        now += minGap + random.nextDouble() * (maxGap - minGap);
        keys.add(new Key(c, now));
      }
      return this;
    }

    Keys pause(double millis) {
      now += millis;
      return this;
    }

    List<Key> keys() {
      return keys;
    }
  }

  /** What the UI saw: text put into the field, scans taken, discards. */
  record Outcome(String released, List<String> scans, int discarded) {}

  static Outcome simulate(Settings settings, List<Key> keys) {
    KeyboardWedgeDetector detector = new KeyboardWedgeDetector(settings);
    List<Decision> decisions = new ArrayList<>();
    for (Key key : keys) {
      long at = Math.round(key.atMillis() * MS);
      // The UI timer fires (late) before this key if its deadline came before.
      while (detector.deadline().isPresent()
          && detector.deadline().getAsLong() + TIMER_LATENESS < at) {
        decisions.addAll(detector.tick(detector.deadline().getAsLong() + TIMER_LATENESS));
      }
      decisions.addAll(detector.typed(key.c(), at));
    }
    while (detector.deadline().isPresent()) {
      decisions.addAll(detector.tick(detector.deadline().getAsLong() + TIMER_LATENESS));
    }
    StringBuilder released = new StringBuilder();
    List<String> scans = new ArrayList<>();
    int discarded = 0;
    for (Decision decision : decisions) {
      switch (decision) {
        case Decision.Release release -> released.append(release.typed());
        case Decision.Scan scan -> scans.add(scan.code());
        case Decision.Discarded d -> discarded++;
      }
    }
    return new Outcome(released.toString(), scans, discarded);
  }

  static Stream<Arguments> timings() {
    Settings enter = Settings.DEFAULT;
    Settings none = new Settings(Terminator.NONE, 6, Duration.ofMillis(40), 8000, false);
    Settings tab = new Settings(Terminator.TAB, 6, Duration.ofMillis(40), 8000, false);
    return Stream.of(
        Arguments.of(
            "a person types",
            enter,
            new Keys().type("Rathaus Mitte", 120, 300),
            "Rathaus Mitte",
            List.of()),
        Arguments.of(
            "a fast typist at 60 ms",
            enter,
            new Keys().type("Personalausweis beantragen", 55, 70),
            "Personalausweis beantragen",
            List.of()),
        Arguments.of(
            "a fast typist with rollover pairs 15 ms apart",
            enter,
            new Keys()
                .type("th", 15, 15)
                .type("e", 60, 60)
                .type(" s", 60, 60)
                .type("ch", 15, 15)
                .type("ule", 60, 70),
            "the schule",
            List.of()),
        Arguments.of(
            "a person presses Enter after typing",
            enter,
            new Keys().type("Wohngeld", 120, 200).type("\r", 250, 250),
            "Wohngeld\r",
            List.of()),
        Arguments.of(
            "a person presses Enter alone", enter, new Keys().type("\r", 10, 10), "\r", List.of()),
        Arguments.of(
            "a scanner with Enter",
            enter,
            new Keys().type("0012345678\r", 7, 20),
            "",
            List.of("0012345678")),
        Arguments.of(
            "a scanner with jitter up to 38 ms",
            enter,
            new Keys().type("https://service.bremen.de/?id=8966130\r", 5, 38),
            "",
            List.of("https://service.bremen.de/?id=8966130")),
        Arguments.of(
            "a scanner without terminator ends with the pause",
            none,
            new Keys().type("0012345678", 7, 20),
            "",
            List.of("0012345678")),
        Arguments.of(
            "a scanner set to Enter that sent none still scans",
            enter,
            new Keys().type("0012345678", 7, 20),
            "",
            List.of("0012345678")),
        Arguments.of(
            "a scanner with Tab",
            tab,
            new Keys().type("4711-0815\t", 7, 20),
            "",
            List.of("4711-0815")),
        Arguments.of(
            "a person types, then scans, then types on",
            enter,
            new Keys()
                .type("Pass", 120, 250)
                .pause(600)
                .type("BS-2026/00417\r", 7, 20)
                .pause(400)
                .type("x", 150, 150),
            "Passx",
            List.of("BS-2026/00417")),
        Arguments.of(
            "two scans in a row",
            enter,
            new Keys().type("0012345678\r", 7, 20).pause(300).type("0087654321\r", 7, 20),
            "",
            List.of("0012345678", "0087654321")),
        Arguments.of(
            "known limit: a code shorter than minLength counts as typing",
            enter,
            new Keys().type("123\r", 7, 20),
            "123\r",
            List.of()),
        Arguments.of(
            "known limit: a scanner stalling 80 ms splits its code; a short first part is typing",
            enter,
            new Keys().type("0012", 7, 20).pause(80).type("345678\r", 7, 20),
            "0012",
            List.of("345678")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timings")
  void scansAreToldFromTyping(
      String name, Settings settings, Keys keys, String released, List<String> scans) {
    Outcome outcome = simulate(settings, keys.keys());

    assertThat(outcome.released()).as("released to the field").isEqualTo(released);
    assertThat(outcome.scans()).as("scans").isEqualTo(scans);
    assertThat(outcome.discarded()).isZero();
  }

  @Test
  void nothingTypedIsLostOrReorderedAndNoScannedCharacterIsReleased() {
    // Many rounds of random typing and scans: the field gets exactly the person's characters.
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      Keys keys = new Keys();
      StringBuilder typed = new StringBuilder();
      List<String> scanned = new ArrayList<>();
      for (int part = 0; part < 6; part++) {
        if (random.nextBoolean()) {
          String text = randomText(random, 1 + random.nextInt(12));
          keys.pause(100).type(text, 60, 300);
          typed.append(text);
        } else {
          String code = randomText(random, 6 + random.nextInt(30)).strip() + "x";
          keys.pause(150).type(code + "\r", 5, 35);
          scanned.add(code);
        }
      }
      Outcome outcome = simulate(Settings.DEFAULT, keys.keys());
      assertThat(outcome.released()).as("round " + round).isEqualTo(typed.toString());
      assertThat(outcome.scans()).as("round " + round).isEqualTo(scanned);
    }
  }

  private static String randomText(Random random, int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEF0123456789-/:.?=&%+_ äöüß";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  @Test
  void charactersAreHeldAtMostOneGapPlusTheTimer() {
    KeyboardWedgeDetector detector = new KeyboardWedgeDetector(Settings.DEFAULT);
    assertThat(detector.typed('a', 0)).isEmpty();
    assertThat(detector.holding()).isTrue();
    assertThat(detector.deadline()).hasValue(40 * MS);
    assertThat(detector.tick(39 * MS)).isEmpty();
    assertThat(detector.tick(40 * MS)).containsExactly(new Decision.Release("a"));
    assertThat(detector.deadline()).isEmpty();
    assertThat(detector.holding()).isFalse();
  }

  @Test
  void aScanIsCleanedAndAnOverlongScanIsSwallowedWhole() {
    Settings small = new Settings(Terminator.ENTER, 6, Duration.ofMillis(40), 20, false);
    Outcome cleaned = simulate(small, new Keys().type("ab\tcd\u202Eef\r", 8, 12).keys());
    assertThat(cleaned.scans()).containsExactly("ab cdef");

    Outcome overlong = simulate(small, new Keys().type("9".repeat(10_000) + "\r", 8, 12).keys());
    assertThat(overlong.released()).isEmpty();
    assertThat(overlong.scans()).isEmpty();
    assertThat(overlong.discarded()).isEqualTo(1);
  }

  @Test
  void aUsScannerOnAGermanLayoutIsReadBackWhenAsked() {
    // What "https://service.bremen.de/?id=8966130&lang=de" typed by a US scanner looks like on a
    // German layout (´ then 8 stays two characters; ´ then e would merge to é).
    String garbled = "httpsÖ--service.bremen.de-_id´8966130/lang´de";
    Settings fix = new Settings(Terminator.ENTER, 6, Duration.ofMillis(40), 8000, true);
    assertThat(simulate(fix, new Keys().type(garbled + "\r", 7, 20).keys()).scans())
        .containsExactly("https://service.bremen.de/?id=8966130&lang=de");
    assertThat(simulate(Settings.DEFAULT, new Keys().type(garbled + "\r", 7, 20).keys()).scans())
        .containsExactly(garbled);
  }

  @Test
  void settingsRejectNonsense() {
    assertThatThrownBy(() -> new Settings(Terminator.ENTER, 1, Duration.ofMillis(40), 100, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Settings(Terminator.ENTER, 6, Duration.ZERO, 100, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Settings(Terminator.ENTER, 6, Duration.ofSeconds(1), 100, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Settings(Terminator.ENTER, 6, Duration.ofMillis(40), 5, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decisionsKeepTypedTextOutOfLogs() {
    assertThat(new Decision.Release("geheim").toString()).doesNotContain("geheim");
    assertThat(new Decision.Scan("0012345678").toString()).doesNotContain("0012345678");
  }
}
