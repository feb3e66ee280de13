package de.buergerinfo.devices.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CameraSettingsTest {

  private static CameraSettings parse(String address) {
    return CameraSettings.from(DeviceAddress.parse(DeviceKind.SCANNER, address));
  }

  @Test
  void readsSizeAndFrameRate() {
    assertThat(parse("camera:/dev/video0?size=1280x720&fps=15"))
        .isEqualTo(new CameraSettings("/dev/video0", 1280, 720, 15));
  }

  @Test
  void defaultsTo640x480At10FramesPerSecond() {
    CameraSettings settings = parse("camera:/dev/video2");

    assertThat(settings).isEqualTo(new CameraSettings("/dev/video2", 640, 480, 10));
    assertThat(settings.v4l2Input())
        .containsExactly(
            "-f", "v4l2", "-framerate", "10", "-video_size", "640x480", "-i", "/dev/video2");
    assertThat(settings.frameBytes()).isEqualTo(640 * 480);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "camera:/dev/video0?size=640",
        "camera:/dev/video0?size=640x480x3",
        "camera:/dev/video0?size=-640x480",
        "camera:/dev/video0?size=99999x99999",
        "camera:/dev/video0?size=8000x6000",
        "camera:/dev/video0?size=10x10",
        "camera:/dev/video0?fps=0",
        "camera:/dev/video0?fps=120",
        "camera:/dev/video0?fps=99999999999999999999",
        "camera:/dev/video0?fps=ten",
        "camera:/dev/video0?resolution=640x480"
      })
  void refusesWrongOptionsWithAReason(String address) {
    assertThatThrownBy(() -> parse(address))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching(".*(size|fps|option).*");
  }

  @Test
  void theCommandLineWritesGreyFramesOfTheSizeToStandardOutput() {
    FfmpegCommand command = FfmpegCommand.camera(new CameraSettings("/dev/video0", 640, 480, 10));

    assertThat(command.commandLine(640, 480))
        .startsWith("ffmpeg")
        .containsSubsequence("-i", "/dev/video0", "-f", "rawvideo", "-pix_fmt", "gray")
        .containsSubsequence("-s", "640x480", "pipe:1")
        .endsWith("pipe:1");
  }
}
