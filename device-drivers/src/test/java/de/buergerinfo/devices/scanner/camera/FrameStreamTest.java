package de.buergerinfo.devices.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class FrameStreamTest {

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    for (int i = 0; i < count; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  /** Hands out at most 7 bytes per read, as a pipe may. */
  private static InputStream trickling(byte[] data) {
    return new FilterInputStream(new ByteArrayInputStream(data)) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(7, length));
      }
    };
  }

  @Test
  void cutsWholeFramesEvenFromAStreamThatTrickles() throws Exception {
    FrameStream frames = new FrameStream(trickling(bytes(300)), 100);

    assertThat(frames.next()).hasValueSatisfying(f -> assertThat(f).hasSize(100).startsWith(0, 1));
    assertThat(frames.next()).hasValueSatisfying(f -> assertThat(f[0]).isEqualTo((byte) 100));
    assertThat(frames.next()).isPresent();
    assertThat(frames.next()).isEmpty();
    assertThat(frames.endedMidFrame()).isFalse();
  }

  @Test
  void dropsAFrameCutOffByTheEndOfTheStream() throws Exception {
    FrameStream frames = new FrameStream(trickling(bytes(250)), 100);

    assertThat(frames.next()).isPresent();
    assertThat(frames.next()).isPresent();
    assertThat(frames.next()).isEmpty();
    assertThat(frames.endedMidFrame()).isTrue();
  }

  @Test
  void anEmptyStreamHasNoFrameAndNoCutOffFrame() throws Exception {
    FrameStream frames = new FrameStream(new ByteArrayInputStream(new byte[0]), 100);

    assertThat(frames.next()).isEmpty();
    assertThat(frames.endedMidFrame()).isFalse();
  }

  @Test
  void refusesAnEmptyFrameSize() {
    assertThatThrownBy(() -> new FrameStream(new ByteArrayInputStream(new byte[1]), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
