package de.buergerinfo.kiosk.speech;

import de.buergerinfo.content.language.Language;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which espeak-ng voice speaks which language, from the voices the installed espeak-ng lists
 * ({@code espeak-ng --voices}). A language without a voice stays silent: Persian read by an English
 * voice is noise that sounds like a broken kiosk, and the screen still shows the text.
 */
final class EspeakVoices {

  /** Voices to try per language, best first. British English: the kiosk stands in Europe. */
  private static final Map<Language, List<String>> CANDIDATES = candidates();

  private final Map<Language, String> voices;

  private EspeakVoices(Map<Language, String> voices) {
    this.voices = voices;
  }

  /** No voices: espeak-ng is missing or lists nothing. */
  static EspeakVoices none() {
    return new EspeakVoices(new EnumMap<>(Language.class));
  }

  /**
   * The voices from the output of {@code espeak-ng --voices}: a header line, then one voice a line
   * whose second column is its language ("5 de --/M German gmw/de").
   */
  static EspeakVoices parse(String listing) {
    Set<String> languages = new HashSet<>();
    for (String line : listing.split("\\R")) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length >= 2 && columns[0].chars().allMatch(Character::isDigit)) {
        languages.add(columns[1].toLowerCase(java.util.Locale.ROOT));
      }
    }
    Map<Language, String> voices = new EnumMap<>(Language.class);
    CANDIDATES.forEach(
        (language, names) ->
            names.stream()
                .filter(languages::contains)
                .findFirst()
                .ifPresent(voice -> voices.put(language, voice)));
    return new EspeakVoices(voices);
  }

  /** The voice for this language, if espeak-ng has one. */
  Optional<String> voice(Language language) {
    return Optional.ofNullable(voices.get(language));
  }

  /** How many of the product's languages have a voice, for the health reason. */
  int count() {
    return voices.size();
  }

  private static Map<Language, List<String>> candidates() {
    Map<Language, List<String>> candidates = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      candidates.put(
          language,
          switch (language) {
            case GERMAN, GERMAN_EASY -> List.of("de");
            case ENGLISH -> List.of("en-gb", "en", "en-us");
            default -> List.of(language.tag());
          });
    }
    return candidates;
  }
}
