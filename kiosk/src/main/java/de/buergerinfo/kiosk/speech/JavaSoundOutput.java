package de.buergerinfo.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Plays speech through the system's default audio device with {@code javax.sound.sampled}. */
public final class JavaSoundOutput implements AudioOutput {

  /** A quarter second of buffer: stop() silences within that even if the line ignores flush. */
  private static final int BUFFER_MILLIS = 250;

  private final AtomicReference<SourceDataLine> playing = new AtomicReference<>();

  @Override
  public void play(InputStream wav) throws IOException {
    WavFormat format = WavFormat.read(wav);
    AudioFormat audio = audioFormat(format);
    SourceDataLine line;
    try {
      line = AudioSystem.getSourceDataLine(audio);
      line.open(audio, frameAligned(format, format.bytesPerSecond() * BUFFER_MILLIS / 1000));
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      throw new IOException("no audio output can play speech (" + e.getMessage() + ")", e);
    }
    playing.set(line);
    boolean complete = false;
    try {
      line.start();
      int frame = frameBytes(format);
      byte[] chunk = new byte[frameAligned(format, 4096)];
      int pending = 0;
      for (int read; (read = wav.read(chunk, pending, chunk.length - pending)) >= 0; ) {
        pending += read;
        // A line takes whole frames only; a read may end in the middle of one.
        int whole = pending - pending % frame;
        line.write(chunk, 0, whole);
        if (playing.get() != line) {
          return;
        }
        System.arraycopy(chunk, whole, chunk, 0, pending - whole);
        pending -= whole;
      }
      complete = true;
      line.drain();
    } finally {
      playing.compareAndSet(line, null);
      if (!complete) {
        line.stop();
        line.flush();
      }
      line.close();
    }
  }

  @Override
  public void stop() {
    SourceDataLine line = playing.getAndSet(null);
    if (line != null) {
      // A stopped and flushed line makes a blocked write() return at once.
      line.stop();
      line.flush();
    }
  }

  static AudioFormat audioFormat(WavFormat format) {
    return new AudioFormat(
        format.sampleRate(),
        format.bitsPerSample(),
        format.channels(),
        format.bitsPerSample() > 8,
        false);
  }

  private static int frameBytes(WavFormat format) {
    return format.channels() * format.bitsPerSample() / 8;
  }

  private static int frameAligned(WavFormat format, int bytes) {
    int frame = frameBytes(format);
    return Math.max(frame, bytes - bytes % frame);
  }
}
