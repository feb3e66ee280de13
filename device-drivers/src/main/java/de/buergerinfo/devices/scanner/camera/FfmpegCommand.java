package de.buergerinfo.devices.scanner.camera;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ffmpeg process that delivers grey frames on its standard output: the input part is a camera
 * ({@code -f v4l2 ... -i /dev/video0}) or, in tests, a looped picture; the output part is always
 * raw 8-bit grey frames of the configured size.
 *
 * @param executable the ffmpeg program (a name on PATH or a path)
 * @param input ffmpeg's input arguments, up to and including {@code -i SOURCE}
 */
public record FfmpegCommand(String executable, List<String> input) {

  public FfmpegCommand {
    Objects.requireNonNull(executable, "executable");
    input = List.copyOf(input);
  }

  /** ffmpeg from PATH reading the V4L2 camera of the settings. */
  public static FfmpegCommand camera(CameraSettings settings) {
    return new FfmpegCommand("ffmpeg", settings.v4l2Input());
  }

  /** The whole command line for frames of {@code width} x {@code height}. */
  List<String> commandLine(int width, int height) {
    List<String> command = new ArrayList<>();
    command.add(executable);
    // Only errors on stderr: we keep its last lines to explain a failure.
    command.addAll(List.of("-hide_banner", "-nostdin", "-loglevel", "error"));
    command.addAll(input);
    command.addAll(
        List.of("-an", "-f", "rawvideo", "-pix_fmt", "gray", "-s", width + "x" + height, "pipe:1"));
    return command;
  }
}
