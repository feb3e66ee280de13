package de.buergerinfo.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import org.junit.jupiter.api.Test;

class EspeakVoicesTest {

  private static final String LISTING =
      """
      Pty Language       Age/Gender VoiceName          File                 Other Languages
       5  ar              --/M      Arabic             sem/ar
       5  de              --/M      German             gmw/de
       2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
       2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
       5  fa-latn         --/M      Persian_(Pinglish) ira/fa-Latn
       5  tr              --/M      Turkish            trk/tr
      """;

  @Test
  void mapsTheListedVoicesToTheKiosksLanguages() {
    EspeakVoices voices = EspeakVoices.parse(LISTING);

    assertThat(voices.voice(Language.GERMAN)).hasValue("de");
    assertThat(voices.voice(Language.GERMAN_EASY)).hasValue("de");
    assertThat(voices.voice(Language.ENGLISH)).hasValue("en-gb");
    assertThat(voices.voice(Language.ARABIC)).hasValue("ar");
    assertThat(voices.voice(Language.TURKISH)).hasValue("tr");
    assertThat(voices.count()).isEqualTo(5);
  }

  @Test
  void aLanguageWithoutItsOwnVoiceGetsNoneNotANeighbour() {
    EspeakVoices voices = EspeakVoices.parse(LISTING);

    // Persian in Latin letters is not Persian script; Russian has no voice at all.
    assertThat(voices.voice(Language.PERSIAN)).isEmpty();
    assertThat(voices.voice(Language.RUSSIAN)).isEmpty();
  }

  @Test
  void americanEnglishWhenBritishIsMissingAndNothingFromGarbage() {
    assertThat(
            EspeakVoices.parse(" 2  en-us  --/M  English_(America)  gmw/en-US")
                .voice(Language.ENGLISH))
        .hasValue("en-us");
    assertThat(EspeakVoices.parse("espeak-ng: command not found\n\n").count()).isZero();
    assertThat(EspeakVoices.none().voice(Language.GERMAN)).isEmpty();
  }
}
