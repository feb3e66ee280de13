package de.buergerinfo.devices.scanner.camera;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Cuts ffmpeg's raw output into frames of exactly {@code width * height} bytes. A frame cut off by
 * the end of the stream is dropped and remembered: half a frame must never be decoded.
 */
final class FrameStream {

  private final InputStream in;
  private final int frameBytes;
  private boolean truncated;

  FrameStream(InputStream in, int frameBytes) {
    if (frameBytes <= 0) {
      throw new IllegalArgumentException("frame size must be positive");
    }
    this.in = in;
    this.frameBytes = frameBytes;
  }

  /** The next whole frame, or empty at the end of the stream. */
  Optional<byte[]> next() throws IOException {
    byte[] frame = new byte[frameBytes];
    int read = in.readNBytes(frame, 0, frameBytes);
    if (read == frameBytes) {
      return Optional.of(frame);
    }
    truncated = read > 0;
    return Optional.empty();
  }

  /** Whether the stream ended in the middle of a frame. */
  boolean endedMidFrame() {
    return truncated;
  }
}
