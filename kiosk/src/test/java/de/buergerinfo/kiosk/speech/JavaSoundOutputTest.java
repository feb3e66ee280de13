package de.buergerinfo.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

/**
 * The production output. CI has no sound card, so these tests check what must hold on every
 * machine: a broken stream is refused before any device is opened, and the real pairing with
 * espeak-ng either plays or reports the missing audio device through the service's health.
 */
class JavaSoundOutputTest {

  @Test
  void espeakFormatBecomesSignedLittleEndianPcm() {
    AudioFormat format =
        JavaSoundOutput.audioFormat(new WavFormat(22050, 1, 16, OptionalLong.empty()));

    assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
    assertThat(format.getSampleRate()).isEqualTo(22050f);
    assertThat(format.getChannels()).isEqualTo(1);
    assertThat(format.isBigEndian()).isFalse();
    assertThat(
            JavaSoundOutput.audioFormat(new WavFormat(8000, 1, 8, OptionalLong.empty()))
                .getEncoding())
        .isEqualTo(AudioFormat.Encoding.PCM_UNSIGNED);
  }

  @Test
  void aStreamThatIsNoWavIsRefusedAndStopWhileIdleDoesNothing() {
    JavaSoundOutput output = new JavaSoundOutput();
    output.stop();

    assertThatThrownBy(
            () ->
                output.play(
                    new ByteArrayInputStream(
                        "espeak-ng: no such voice".getBytes(StandardCharsets.US_ASCII))))
        .isInstanceOf(IOException.class)
        .hasMessage("not a RIFF stream");
  }

  @Test
  void withEspeakItPlaysOrTheHealthNamesTheMissingAudioDevice() throws Exception {
    Espeak.requireInstalled();
    BlockingQueue<SpeechListener.Ending> endings = new LinkedBlockingQueue<>();
    try (EspeakSpeech speech =
        EspeakSpeech.start(new EspeakSettings("espeak-ng", 450, 450), new JavaSoundOutput())) {
      speech.addListener(
          new SpeechListener() {
            @Override
            public void started(Utterance utterance) {}

            @Override
            public void finished(Utterance utterance, Ending ending) {
              endings.add(ending);
            }
          });
      speech.setEnabled(true);

      speech.say(Utterance.of("Ja.", Language.GERMAN));

      SpeechListener.Ending ending = endings.poll(20, TimeUnit.SECONDS);
      assertThat(ending).isIn(SpeechListener.Ending.COMPLETED, SpeechListener.Ending.FAILED);
      if (ending == SpeechListener.Ending.COMPLETED) {
        assertThat(speech.health().state()).isEqualTo(DeviceHealth.State.OK);
      } else {
        assertThat(speech.health().state()).isEqualTo(DeviceHealth.State.ERROR);
        assertThat(speech.health().reason())
            .startsWith("speech could not be played: no audio output can play speech");
      }
    }
  }
}
