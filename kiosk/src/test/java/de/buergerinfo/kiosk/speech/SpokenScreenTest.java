package de.buergerinfo.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.app.Scenario;
import de.buergerinfo.kiosk.app.ScreenRenderer;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.ScreenOrientation;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The real espeak-ng speaks a real screen: the help screen, in Arabic. */
@ExtendWith(JavaFxExtension.class)
class SpokenScreenTest {

  @TempDir Path folder;

  @Test
  void theHelpScreenIsSpokenByEspeak() throws Exception {
    Espeak.requireInstalled();
    Path spy = Espeak.spy(folder);
    RecordingOutput output = new RecordingOutput();
    ScreenRenderer renderer =
        new ScreenRenderer(TerminalProfile.embeddedDefault(), MessageCatalog.load());
    try (EspeakSpeech speech =
        EspeakSpeech.start(new EspeakSettings(spy.toString(), 300, 300), output)) {
      var rendered =
          Fx.call(
              () -> {
                var shot =
                    new ScreenRenderer.Shot(
                        Scenario.of(ScreenId.HELP),
                        Language.ARABIC,
                        ScreenOrientation.LANDSCAPE,
                        ScreenRenderer.Style.NORMAL);
                var r = renderer.render(shot);
                r.ui().context().terminal().useSpeech(speech);
                r.ui().session().speech().set(true);
                return r;
              });
      try {
        RecordingOutput.Recording sound = output.recordings.poll(30, TimeUnit.SECONDS);

        assertThat(sound).as("something was played").isNotNull();
        assertThat(sound.seconds()).isGreaterThan(1.0);
        String input = Files.readString(folder.resolve("in.1"), StandardCharsets.UTF_8);
        assertThat(input).contains("أحد أفراد فريق المكتبة في طريقه إليك.");
        assertThat(Files.readAllLines(folder.resolve("args.1"), StandardCharsets.UTF_8))
            .contains("ar");
      } finally {
        Fx.run(rendered::close);
      }
    }
  }
}
