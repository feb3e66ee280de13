package de.buergerinfo.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.kiosk.speech.RecordingOutput.Recording;
import de.buergerinfo.kiosk.speech.SpeechListener.Ending;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link EspeakSpeech} with the real espeak-ng; a recording output stands in for the speaker. */
class EspeakSpeechTest {

  /** Fast speech keeps the tests short. */
  private static final EspeakSettings FAST = new EspeakSettings("espeak-ng", 400, 400);

  /** About 20 seconds of speech at 400 words a minute: far more than a pipe holds. */
  private static final String LONG =
      "Willkommen in der Stadtbibliothek Bremen. ".repeat(25).strip();

  @TempDir Path folder;
  private final RecordingOutput output = new RecordingOutput();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private final List<EspeakSpeech> services = new ArrayList<>();

  @BeforeAll
  static void espeakIsInstalled() {
    Espeak.requireInstalled();
  }

  @AfterEach
  void closeServices() {
    output.release();
    services.forEach(EspeakSpeech::close);
  }

  private EspeakSpeech start(EspeakSettings settings) {
    EspeakSpeech speech = EspeakSpeech.start(settings, output);
    services.add(speech);
    speech.addListener(
        new SpeechListener() {
          @Override
          public void started(Utterance utterance) {
            events.add("started " + utterance.language().tag());
          }

          @Override
          public void finished(Utterance utterance, Ending ending) {
            events.add("finished " + ending);
          }
        });
    speech.setEnabled(true);
    return speech;
  }

  private EspeakSpeech started() {
    return start(FAST);
  }

  private String nextEvent() throws InterruptedException {
    String event = events.poll(20, TimeUnit.SECONDS);
    assertThat(event).as("a speech event within 20 s").isNotNull();
    return event;
  }

  /** Says the text and waits until it is spoken completely. */
  private Recording spoken(EspeakSpeech speech, String text, Language language) throws Exception {
    speech.say(Utterance.of(text, language));
    assertThat(nextEvent()).isEqualTo("started " + language.tag());
    assertThat(nextEvent()).isEqualTo("finished COMPLETED");
    Recording recording = output.next();
    assertThat(recording.complete()).isTrue();
    return recording;
  }

  static String welcome(Language language) {
    return switch (language) {
      case GERMAN -> "Willkommen in der Stadtbibliothek Bremen.";
      case GERMAN_EASY -> "Hier bekommen Sie einen Termin.";
      case ENGLISH -> "Welcome to the city library.";
      case TURKISH -> "Şehir kütüphanesine hoş geldiniz.";
      // Fully diacritised: espeak-ng reads Arabic well only so.
      case ARABIC -> "مَرْحَبًا بِكُمْ فِي المَكْتَبَةِ.";
      case RUSSIAN -> "Добро пожаловать в городскую библиотеку.";
      case UKRAINIAN -> "Ласкаво просимо до міської бібліотеки.";
      case POLISH -> "Witamy w bibliotece miejskiej.";
      case PERSIAN -> "به کتابخانه\u200cی شهر خوش آمدید.";
    };
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguageIsSpokenAsAPlausibleWav(Language language) throws Exception {
    EspeakSpeech speech = started();
    assertThat(speech.canSpeak(language)).isTrue();

    Recording sentence = spoken(speech, welcome(language), language);
    Recording zero = spoken(speech, "0", language);

    WavFormat format = sentence.format();
    assertThat(format.sampleRate()).isEqualTo(22050);
    assertThat(format.channels()).isEqualTo(1);
    assertThat(format.bitsPerSample()).isEqualTo(16);
    // Four to six words: more than half a second, far less than a quarter minute.
    assertThat(sentence.seconds()).isBetween(0.5, 15.0);
    assertThat(zero.seconds()).isPositive().isLessThan(sentence.seconds());
  }

  @Test
  void longerTextGivesLongerSpeechAndLeichteSpracheIsSlower() throws Exception {
    EspeakSpeech speech = start(new EspeakSettings("espeak-ng", 300, 150));
    String text = "Sie bekommen ein Ticket.";

    double once = spoken(speech, text, Language.GERMAN).seconds();
    double twice = spoken(speech, text + " " + text, Language.GERMAN).seconds();
    double easy = spoken(speech, text, Language.GERMAN_EASY).seconds();

    assertThat(twice).isGreaterThan(once * 1.5);
    assertThat(easy).isGreaterThan(once * 1.5);
  }

  @Test
  void aNewUtteranceKillsTheRunningEspeakAndIsSpokenInstead() throws Exception {
    EspeakSpeech speech = started();
    output.holdIgnoringStop();
    speech.say(Utterance.of(LONG, Language.GERMAN));
    output.awaitHeld();
    ProcessHandle first = ProcessHandle.of(speech.runningPid().orElseThrow()).orElseThrow();
    // The speaker holds: espeak-ng waits on the full pipe and cannot have ended by itself.
    assertThat(first.isAlive()).isTrue();
    assertThat(nextEvent()).isEqualTo("started de");

    speech.say(Utterance.of("Bitte.", Language.ENGLISH));

    // Killed while the speaker still holds. onExit completes when the process has ended
    // (isAlive may still see it until the JVM has reaped it).
    assertThat(first.onExit()).succeedsWithin(Duration.ofSeconds(20));
    output.release();
    assertThat(nextEvent()).isEqualTo("finished INTERRUPTED");
    assertThat(output.next().complete()).isFalse();
    assertThat(nextEvent()).isEqualTo("started en");
    assertThat(nextEvent()).isEqualTo("finished COMPLETED");
    assertThat(output.next().complete()).isTrue();
  }

  @Test
  void stopEndsPlaybackAndKillsEspeak() throws Exception {
    EspeakSpeech speech = started();
    output.holdAfterFirstBytes();
    speech.say(Utterance.of(LONG, Language.GERMAN));
    output.awaitHeld();
    ProcessHandle process = ProcessHandle.of(speech.runningPid().orElseThrow()).orElseThrow();

    speech.stop();

    assertThat(process.onExit()).succeedsWithin(Duration.ofSeconds(20));
    assertThat(nextEvent()).isEqualTo("started de");
    assertThat(nextEvent()).isEqualTo("finished INTERRUPTED");
    Recording cut = output.next();
    assertThat(cut.complete()).isFalse();
    assertThat(cut.wav().length).isLessThan(64 * 1024);
    assertThat(speech.runningPid()).isEmpty();
  }

  @Test
  void repeatSaysTheLastUtteranceAgainEvenAfterStop() throws Exception {
    EspeakSpeech speech = started();
    Recording first = spoken(speech, "Ihre Nummer ist A 42.", Language.GERMAN);
    speech.stop();

    assertThat(speech.repeat()).isTrue();

    assertThat(nextEvent()).isEqualTo("started de");
    assertThat(nextEvent()).isEqualTo("finished COMPLETED");
    assertThat(output.next().wav()).isEqualTo(first.wav());
  }

  @Test
  void switchingSpeechOffStopsAndForgetsAndSilencesSay() throws Exception {
    EspeakSpeech speech = started();
    Recording yes = spoken(speech, "Ja.", Language.GERMAN);
    spoken(speech, "Guten Tag, Frau Muster.", Language.GERMAN);

    speech.setEnabled(false);
    assertThat(speech.repeat()).isFalse();
    speech.say(Utterance.of("Niemand hört das.", Language.GERMAN));
    speech.setEnabled(true);
    assertThat(speech.repeat()).isFalse();

    // Nothing was spoken in between, and the greeting is forgotten: the next sound is "Ja.".
    assertThat(spoken(speech, "Ja.", Language.GERMAN).wav()).isEqualTo(yes.wav());
    assertThat(output.recordings).isEmpty();
  }

  @Test
  void emptyTextSpeaksNothingAndLeavesNothingToRepeat() throws Exception {
    Path spy = Espeak.spy(folder);
    EspeakSpeech speech = start(new EspeakSettings(spy.toString(), 400, 400));

    speech.say(Utterance.of(" \n\t\u0000 ", Language.GERMAN));
    assertThat(speech.repeat()).isFalse();
    spoken(speech, "Ja.", Language.GERMAN);

    assertThat(inputs()).containsExactly("Ja.");
    assertThat(output.recordings).isEmpty();
  }

  @Test
  void aSecretIsSpokenAsANeutralWordAndItsDigitsNeverReachEspeak() throws Exception {
    Path spy = Espeak.spy(folder);
    EspeakSpeech speech = start(new EspeakSettings(spy.toString(), 400, 400));

    // The PIN field's echo: there is no way to hand its digits to a secret utterance.
    speech.say(Utterance.secret(Language.GERMAN));
    assertThat(nextEvent()).isEqualTo("started de");
    assertThat(nextEvent()).isEqualTo("finished COMPLETED");
    speech.say(Utterance.secret(Language.ARABIC));
    assertThat(nextEvent()).isEqualTo("started ar");
    assertThat(nextEvent()).isEqualTo("finished COMPLETED");

    assertThat(inputs()).containsExactly("verborgen", "مَخْفِيّ");
    assertThat(output.next().seconds()).isPositive();
    assertThat(output.next().seconds()).isPositive();
  }

  @Test
  void hostileTextGoesToStdinVerbatimAndIsNeverAnOptionOrMarkup() throws Exception {
    Path spy = Espeak.spy(folder);
    EspeakSpeech speech = start(new EspeakSettings(spy.toString(), 400, 400));
    Path owned = folder.resolve("owned.wav");
    String dash = "-w " + owned + " --help";

    spoken(speech, dash, Language.ENGLISH);
    double tagged = spoken(speech, "a <tag> b", Language.ENGLISH).seconds();
    double plain = spoken(speech, "a b", Language.ENGLISH).seconds();
    spoken(speech, "Hallo\u0000\u0007Welt\u001b[2J\r\n", Language.GERMAN);

    assertThat(inputs()).containsExactly(dash, "a <tag> b", "a b", "Hallo Welt [2J");
    // Without -m espeak-ng reads the tag's word; with it, the tag would vanish.
    assertThat(tagged).isGreaterThan(plain);
    assertThat(owned).doesNotExist();
    for (List<String> arguments : argumentLists()) {
      assertThat(arguments).doesNotContain("-m", dash, "a <tag> b").contains("--stdin");
    }
  }

  @Test
  void oversizedTextIsCutToTheLimitAtASentenceEnd() throws Exception {
    Path spy = Espeak.spy(folder);
    EspeakSpeech speech = start(new EspeakSettings(spy.toString(), 450, 450));
    String huge = "Eins zwei drei. ".repeat(100_000 / 16);

    output.holdAfterFirstBytes();
    speech.say(Utterance.of(huge, Language.GERMAN));
    output.awaitHeld();
    speech.stop();
    assertThat(nextEvent()).isEqualTo("started de");
    assertThat(nextEvent()).isEqualTo("finished INTERRUPTED");
    assertThat(output.next().complete()).isFalse();
    spoken(speech, "Ende.", Language.GERMAN);

    String cut = inputs().getFirst();
    assertThat(cut).hasSize(1999).startsWith("Eins zwei drei. Eins").endsWith("drei.");
    assertThat(inputs()).hasSize(2);
  }

  @Test
  void aLanguageWithoutVoiceStaysSilentAndTheOthersSpeak() throws Exception {
    Path spy = Espeak.spy(folder, "fa");
    EspeakSpeech speech = start(new EspeakSettings(spy.toString(), 400, 400));
    assertThat(speech.canSpeak(Language.PERSIAN)).isFalse();
    assertThat(speech.canSpeak(Language.ARABIC)).isTrue();

    speech.say(Utterance.of(welcome(Language.PERSIAN), Language.PERSIAN));
    spoken(speech, "Ja.", Language.GERMAN);

    assertThat(inputs()).containsExactly("Ja.");
    assertThat(speech.health())
        .isEqualTo(
            new DeviceHealth(
                DeviceHealth.State.WARNING,
                "speech works for 8 of 9 languages; espeak-ng has no voice for fa"));
  }

  @Test
  void missingEspeakMakesTheServiceUnavailableWithoutThrowing() {
    EspeakSpeech speech =
        start(new EspeakSettings(folder.resolve("no-espeak-ng").toString(), 400, 400));

    speech.say(Utterance.of("Hallo.", Language.GERMAN));
    assertThat(speech.repeat()).isFalse();
    speech.stop();

    assertThat(speech.health().state()).isEqualTo(DeviceHealth.State.ABSENT);
    assertThat(speech.health().reason()).contains("install the espeak-ng package");
    assertThat(Stream.of(Language.values()).filter(speech::canSpeak)).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void aFailingSpeakerIsReportedAndSpeechWorksAgainWhenItIsBack() throws Exception {
    EspeakSpeech speech = started();
    output.failing(true);

    speech.say(Utterance.of("Hallo.", Language.GERMAN));

    assertThat(nextEvent()).isEqualTo("started de");
    assertThat(nextEvent()).isEqualTo("finished FAILED");
    assertThat(speech.health().state()).isEqualTo(DeviceHealth.State.ERROR);
    assertThat(speech.health().reason()).contains("no sound card");
    assertThat(speech.runningPid()).isEmpty();

    output.failing(false);
    spoken(speech, "Hallo.", Language.GERMAN);
    assertThat(speech.health().state()).isEqualTo(DeviceHealth.State.OK);
  }

  /** What each espeak-ng run got on standard input, in order (the voice listing excluded). */
  private List<String> inputs() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int run = 1; Files.exists(folder.resolve("args." + run)); run++) {
      Path input = folder.resolve("in." + run);
      inputs.add(Files.exists(input) ? Files.readString(input, StandardCharsets.UTF_8) : "");
    }
    return inputs;
  }

  private List<List<String>> argumentLists() throws Exception {
    List<List<String>> lists = new ArrayList<>();
    for (int run = 1; Files.exists(folder.resolve("args." + run)); run++) {
      lists.add(Files.readAllLines(folder.resolve("args." + run), StandardCharsets.UTF_8));
    }
    return lists;
  }
}
