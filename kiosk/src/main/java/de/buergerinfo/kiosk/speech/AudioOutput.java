package de.buergerinfo.kiosk.speech;

import java.io.IOException;
import java.io.InputStream;

/** Where speech sounds: the kiosk's speaker or headset; tests record instead. */
public interface AudioOutput {

  /**
   * Plays a PCM WAV stream to its end, blocking until it is heard. Returns early, or throws, when
   * {@link #stop()} is called or the stream fails.
   *
   * @throws IOException when the stream is not a WAV or no audio device can play it
   */
  void play(InputStream wav) throws IOException;

  /** Silences the playback in progress at once, from any thread; does nothing when idle. */
  void stop();
}
