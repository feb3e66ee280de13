package de.buergerinfo.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WavFormatTest {

  /** A mono 16-bit header as espeak-ng writes it, with the given data length field. */
  private static byte[] header(int dataLength, byte[] extraChunk) {
    ByteBuffer buffer = ByteBuffer.allocate(44 + extraChunk.length).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(dataLength + 36);
    buffer.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    buffer.putShort((short) 1).putShort((short) 1).putInt(22050).putInt(44100);
    buffer.putShort((short) 2).putShort((short) 16);
    buffer.put(extraChunk);
    buffer.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataLength);
    return buffer.array();
  }

  @Test
  void readsAStreamedHeaderAndStopsOnTheFirstSoundByte() throws IOException {
    byte[] wav = Arrays.copyOf(header(0x7ffff000, new byte[0]), 44 + 441);
    ByteArrayInputStream in = new ByteArrayInputStream(wav);

    WavFormat format = WavFormat.read(in);

    assertThat(format).isEqualTo(new WavFormat(22050, 1, 16, OptionalLong.empty()));
    assertThat(in.available()).isEqualTo(441);
    assertThat(format.seconds(44100)).isEqualTo(1.0);
  }

  @Test
  void readsAStatedLengthAndSkipsUnknownChunks() throws IOException {
    byte[] list = {'L', 'I', 'S', 'T', 3, 0, 0, 0, 'a', 'b', 'c', 0};

    WavFormat format = WavFormat.read(new ByteArrayInputStream(header(88200, list)));

    assertThat(format.dataLength()).hasValue(88200);
    assertThat(format.seconds(format.dataLength().getAsLong())).isEqualTo(2.0);
  }

  @Test
  void refusesWhatIsNotAPcmWav() {
    byte[] truncated = Arrays.copyOf(header(10, new byte[0]), 30);
    byte[] notRiff = "this is no wav at all, really not at all".getBytes(StandardCharsets.US_ASCII);
    byte[] floats = header(10, new byte[0]);
    floats[20] = 3;

    assertThatThrownBy(() -> WavFormat.read(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> WavFormat.read(new ByteArrayInputStream(truncated)))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> WavFormat.read(new ByteArrayInputStream(notRiff)))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> WavFormat.read(new ByteArrayInputStream(floats)))
        .hasMessage("not PCM");
  }

  @Test
  void refusesAHeaderOfEndlessChunks() {
    ByteBuffer buffer = ByteBuffer.allocate(12 + 8 * 20).order(ByteOrder.LITTLE_ENDIAN);
    buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(0);
    buffer.put("WAVE".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 20; i++) {
      buffer.put("junk".getBytes(StandardCharsets.US_ASCII)).putInt(0);
    }

    assertThatThrownBy(() -> WavFormat.read(new ByteArrayInputStream(buffer.array())))
        .hasMessage("no data chunk");
  }
}
