package de.buergerinfo.devices.scanner.camera;

import de.buergerinfo.devices.DeviceAddress;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a camera address asks for: {@code camera:/dev/video0?size=640x480&fps=10}.
 *
 * @param device the V4L2 device path
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param fps frames per second to ask the camera for
 */
public record CameraSettings(String device, int width, int height, int fps) {

  private static final Pattern SIZE = Pattern.compile("([0-9]{2,4})x([0-9]{2,4})");
  private static final Set<String> OPTIONS = Set.of("size", "fps");

  public CameraSettings {
    if (width < 64 || height < 48 || width > 1920 || height > 1080) {
      throw new IllegalArgumentException(
          "size " + width + "x" + height + " is outside 64x48 to 1920x1080");
    }
    if (fps < 1 || fps > 30) {
      throw new IllegalArgumentException("fps " + fps + " is outside 1 to 30");
    }
  }

  /**
   * Reads a {@code camera:} address; size defaults to 640x480 and fps to 10.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static CameraSettings from(DeviceAddress address) {
    if (!address.scheme().equals("camera")) {
      throw new IllegalArgumentException("not a camera address: " + address);
    }
    for (String option : address.parameters().keySet()) {
      if (!OPTIONS.contains(option)) {
        throw new IllegalArgumentException(
            "unknown camera option '" + option + "'; expected size=640x480 and fps=10");
      }
    }
    Matcher size = SIZE.matcher(address.parameters().getOrDefault("size", "640x480"));
    if (!size.matches()) {
      throw new IllegalArgumentException("size must be WIDTHxHEIGHT, such as 640x480");
    }
    String fps = address.parameters().getOrDefault("fps", "10");
    if (!fps.matches("[0-9]{1,2}")) {
      throw new IllegalArgumentException("fps must be a whole number from 1 to 30");
    }
    return new CameraSettings(
        address.target(),
        Integer.parseInt(size.group(1)),
        Integer.parseInt(size.group(2)),
        Integer.parseInt(fps));
  }

  /** ffmpeg's input arguments for this V4L2 camera. */
  public List<String> v4l2Input() {
    return List.of(
        "-f",
        "v4l2",
        "-framerate",
        String.valueOf(fps),
        "-video_size",
        width + "x" + height,
        "-i",
        device);
  }

  /** Bytes of one grey frame. */
  int frameBytes() {
    return width * height;
  }
}
