package de.buergerinfo.kiosk.speech;

import de.buergerinfo.content.language.Language;
import java.util.Objects;

/**
 * How espeak-ng is run.
 *
 * @param command the espeak-ng program: a name looked up on PATH or a path
 * @param wordsPerMinute speaking rate for every language but Leichte Sprache (espeak-ng: 80–450)
 * @param easyWordsPerMinute the slower rate for Leichte Sprache
 */
public record EspeakSettings(String command, int wordsPerMinute, int easyWordsPerMinute) {

  /** espeak-ng from PATH; 150 words a minute, 120 for Leichte Sprache. */
  public static final EspeakSettings DEFAULT = new EspeakSettings("espeak-ng", 150, 120);

  /** espeak-ng's own bounds for {@code -s}. */
  static final int MIN_RATE = 80;

  static final int MAX_RATE = 450;

  public EspeakSettings {
    Objects.requireNonNull(command, "command");
    if (command.isBlank()) {
      throw new IllegalArgumentException("the espeak-ng command is empty");
    }
    checkRate(wordsPerMinute);
    checkRate(easyWordsPerMinute);
  }

  /** The rate for this language: Leichte Sprache is read more slowly. */
  public int rate(Language language) {
    return language == Language.GERMAN_EASY ? easyWordsPerMinute : wordsPerMinute;
  }

  private static void checkRate(int rate) {
    if (rate < MIN_RATE || rate > MAX_RATE) {
      throw new IllegalArgumentException(
          "speech rate " + rate + " is outside " + MIN_RATE + "–" + MAX_RATE + " words a minute");
    }
  }
}
