package de.buergerinfo.kiosk.speech;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An audio output that records the WAV bytes instead of playing them (CI has no sound card). It can
 * hold after the first bytes, like a speaker that is still playing, until {@link #stop()} or {@link
 * #release()}; and it can fail like a missing sound card.
 */
final class RecordingOutput implements AudioOutput {

  /** One played stream: its bytes, and whether it was read to its end. */
  record Recording(byte[] wav, boolean complete) {

    WavFormat format() throws IOException {
      return WavFormat.read(new ByteArrayInputStream(wav));
    }

    /** The sound's length: the bytes after the header (espeak-ng's header has no length). */
    double seconds() throws IOException {
      ByteArrayInputStream in = new ByteArrayInputStream(wav);
      WavFormat format = WavFormat.read(in);
      return format.seconds(in.available());
    }
  }

  final BlockingQueue<Recording> recordings = new LinkedBlockingQueue<>();
  private volatile boolean holding;
  private volatile boolean stopReleases;
  private volatile boolean failing;
  private volatile CountDownLatch held = new CountDownLatch(1);

  /**
   * Opens the playback that holds now; a stop while nothing holds does nothing, as on a speaker.
   */
  private volatile CountDownLatch release = new CountDownLatch(0);

  /** The next playback holds after its first 4 KB until stop() or release(). */
  void holdAfterFirstBytes() {
    hold(true);
  }

  /**
   * The next playback holds after its first 4 KB until release(), whatever stop() says: a speaker
   * slow to stop, to show that stopping ends espeak-ng by itself.
   */
  void holdIgnoringStop() {
    hold(false);
  }

  private void hold(boolean stopReleases) {
    this.stopReleases = stopReleases;
    held = new CountDownLatch(1);
    holding = true;
  }

  /** Waits until a playback holds. */
  void awaitHeld() throws InterruptedException {
    if (!held.await(20, TimeUnit.SECONDS)) {
      throw new AssertionError("no playback started within 20 s");
    }
  }

  void release() {
    holding = false;
    release.countDown();
  }

  void failing(boolean failing) {
    this.failing = failing;
  }

  /** Waits for the next recorded playback. */
  Recording next() throws InterruptedException {
    Recording recording = recordings.poll(20, TimeUnit.SECONDS);
    if (recording == null) {
      throw new AssertionError("nothing was played within 20 s");
    }
    return recording;
  }

  @Override
  public void play(InputStream wav) throws IOException {
    if (failing) {
      throw new IOException("test: no sound card");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      bytes.write(wav.readNBytes(4096));
      if (holding) {
        holding = false;
        CountDownLatch opens = new CountDownLatch(1);
        release = opens;
        held.countDown();
        // Longer than next() waits: a stop that does not reach the output fails the test.
        opens.await(60, TimeUnit.SECONDS);
      }
      wav.transferTo(bytes);
    } catch (IOException e) {
      recordings.add(new Recording(bytes.toByteArray(), false));
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    recordings.add(new Recording(bytes.toByteArray(), true));
  }

  @Override
  public void stop() {
    if (stopReleases) {
      release.countDown();
    }
  }
}
