package de.buergerinfo.kiosk.speech;

import de.buergerinfo.content.language.Language;
import java.util.Objects;

/**
 * Something to say, in the language of the screen. A {@link Secret} stands for masked input (PIN
 * digits): it has no text at all, so a secret cannot reach the speech engine by mistake; it is
 * spoken as a neutral word such as "verborgen" (EN 301 549 5.1.3.8).
 */
public sealed interface Utterance {

  /** The longest text spoken at once; longer text is cut at a sentence end. */
  int MAX_LENGTH = 2_000;

  /** What is spoken: cleaned of control characters, at most {@link #MAX_LENGTH} characters. */
  String text();

  Language language();

  /** Text to speak; control characters are removed and very long text is cut. */
  static Utterance of(String text, Language language) {
    return new Spoken(text, language);
  }

  /** One masked character or field, spoken as a neutral word in the language. */
  static Utterance secret(Language language) {
    return new Secret(language);
  }

  /** Text to speak, cleaned and limited on construction. */
  record Spoken(String text, Language language) implements Utterance {
    public Spoken {
      Objects.requireNonNull(language, "language");
      text = SpeechText.clean(Objects.requireNonNull(text, "text"), MAX_LENGTH);
    }

    /** Spoken text is never logged; its length is. */
    @Override
    public String toString() {
      return "Spoken[" + text.length() + " chars, " + language.tag() + "]";
    }
  }

  /** Masked input: carries no text, only the language of the neutral word that stands for it. */
  record Secret(Language language) implements Utterance {
    public Secret {
      Objects.requireNonNull(language, "language");
    }

    @Override
    public String text() {
      // Arabic and Persian are diacritised: espeak-ng reads Arabic well only with them.
      return switch (language) {
        case GERMAN, GERMAN_EASY -> "verborgen";
        case ENGLISH -> "hidden";
        case TURKISH -> "gizli";
        case ARABIC -> "مَخْفِيّ";
        case RUSSIAN -> "скрыто";
        case UKRAINIAN -> "приховано";
        case POLISH -> "ukryte";
        case PERSIAN -> "پِنهان";
      };
    }
  }
}
