package de.buergerinfo.kiosk.speech;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech through espeak-ng: one espeak-ng process per utterance writes a WAV stream that the {@link
 * AudioOutput} plays while it is made, on one daemon thread named {@code speech}. The text goes to
 * espeak-ng on its standard input, never as an argument: it cannot be taken for an option and other
 * programs cannot read it in the process list. espeak-ng runs without {@code -m}, so markup in a
 * text is read as text. Stopping kills the process and silences the output at once.
 */
public final class EspeakSpeech implements SpeechService {

  private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeech.class);

  private final EspeakSettings settings;
  private final AudioOutput output;
  private final EspeakVoices voices;
  private final AtomicReference<DeviceHealth> health;

  /** The health while speech works: OK, or a warning naming languages without a voice. */
  private final DeviceHealth ready;

  private final List<SpeechListener> listeners = new CopyOnWriteArrayList<>();
  private final Thread worker;

  private final Object lock = new Object();

  /** Counts interruptions: a job of an older generation is stale and must fall silent. */
  private volatile long generation;

  // Guarded by lock.
  private Utterance pending;
  private Utterance last;
  private Process running;
  private boolean enabled;
  private boolean closed;

  private EspeakSpeech(
      EspeakSettings settings, AudioOutput output, EspeakVoices voices, DeviceHealth health) {
    this.settings = settings;
    this.output = output;
    this.voices = voices;
    this.health = new AtomicReference<>(health);
    this.ready = readiness(voices);
    this.worker = Thread.ofPlatform().name("speech").daemon(true).unstarted(this::work);
  }

  /**
   * Asks espeak-ng for its voices and starts the speech thread. Speech starts switched off. When
   * espeak-ng is missing or broken the service is returned all the same: silent, with a health that
   * says why.
   */
  public static EspeakSpeech start(EspeakSettings settings, AudioOutput output) {
    Probe probe = probe(settings.command());
    EspeakSpeech speech = new EspeakSpeech(settings, output, probe.voices(), probe.health());
    if (probe.health().state() == DeviceHealth.State.OK
        || probe.health().state() == DeviceHealth.State.WARNING) {
      LOG.info("speech: {}", probe.health().reason());
    } else {
      LOG.warn("speech: {}", probe.health().reason());
    }
    speech.worker.start();
    return speech;
  }

  private record Probe(EspeakVoices voices, DeviceHealth health) {}

  /** Runs {@code espeak-ng --voices}; its listing goes to a file so a hung program cannot block. */
  private static Probe probe(String command) {
    Path listing = null;
    try {
      listing = Files.createTempFile("espeak-voices", ".txt");
      Process process;
      try {
        process =
            new ProcessBuilder(command, "--voices")
                .redirectOutput(listing.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
      } catch (IOException e) {
        return new Probe(
            EspeakVoices.none(),
            DeviceHealth.absent(
                "espeak-ng not found ("
                    + command
                    + "): install the espeak-ng package for speech output"));
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        kill(process);
        return broken("espeak-ng did not list its voices within 10 seconds");
      }
      if (process.exitValue() != 0) {
        return broken(
            "espeak-ng failed to list its voices (exit code " + process.exitValue() + ")");
      }
      EspeakVoices voices = EspeakVoices.parse(Files.readString(listing, StandardCharsets.UTF_8));
      if (voices.count() == 0) {
        return broken("espeak-ng has no voice for any language of the kiosk");
      }
      return new Probe(voices, readiness(voices));
    } catch (IOException e) {
      return broken("espeak-ng's voices could not be read (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return broken("interrupted while asking espeak-ng for its voices");
    } finally {
      if (listing != null) {
        try {
          Files.deleteIfExists(listing);
        } catch (IOException e) {
          LOG.debug("speech: the voice listing file stays behind", e);
        }
      }
    }
  }

  /** Ready; a warning names the languages without a voice: their citizens hear nothing. */
  private static DeviceHealth readiness(EspeakVoices voices) {
    String speaks =
        "speech works for " + voices.count() + " of " + Language.values().length + " languages";
    List<String> silent =
        Stream.of(Language.values())
            .filter(language -> voices.voice(language).isEmpty())
            .map(Language::tag)
            .toList();
    return silent.isEmpty()
        ? DeviceHealth.ok(speaks)
        : new DeviceHealth(
            DeviceHealth.State.WARNING,
            speaks + "; espeak-ng has no voice for " + String.join(", ", silent));
  }

  private static Probe broken(String reason) {
    return new Probe(EspeakVoices.none(), new DeviceHealth(DeviceHealth.State.ERROR, reason));
  }

  @Override
  public void say(Utterance utterance) {
    synchronized (lock) {
      if (!enabled || closed || health.get().state() == DeviceHealth.State.ABSENT) {
        return;
      }
      last = utterance.text().isEmpty() ? null : utterance;
      interruptLocked();
      pending = last;
      lock.notifyAll();
    }
  }

  @Override
  public void stop() {
    synchronized (lock) {
      interruptLocked();
    }
  }

  @Override
  public boolean repeat() {
    synchronized (lock) {
      if (!enabled || closed || last == null) {
        return false;
      }
      interruptLocked();
      pending = last;
      lock.notifyAll();
      return true;
    }
  }

  @Override
  public void setEnabled(boolean enabled) {
    synchronized (lock) {
      this.enabled = enabled;
      if (!enabled) {
        interruptLocked();
        last = null;
      }
    }
  }

  @Override
  public boolean isEnabled() {
    synchronized (lock) {
      return enabled;
    }
  }

  @Override
  public boolean canSpeak(Language language) {
    return health.get().state() != DeviceHealth.State.ABSENT && voices.voice(language).isPresent();
  }

  @Override
  public DeviceHealth health() {
    return health.get();
  }

  @Override
  public void addListener(SpeechListener listener) {
    listeners.add(listener);
  }

  @Override
  public void removeListener(SpeechListener listener) {
    listeners.remove(listener);
  }

  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      interruptLocked();
      lock.notifyAll();
    }
    try {
      worker.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Makes everything being said stale: drops the waiting utterance, kills espeak-ng and silences
   * the output. Runs under the lock, so the worker cannot start a newer utterance meanwhile and the
   * output's stop can only hit the stale playback.
   */
  private void interruptLocked() {
    generation++;
    pending = null;
    if (running != null) {
      kill(running);
    }
    output.stop();
  }

  private void work() {
    while (true) {
      Utterance utterance;
      long job;
      synchronized (lock) {
        while (pending == null && !closed) {
          try {
            lock.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        utterance = pending;
        pending = null;
        job = generation;
      }
      try {
        speak(utterance, job);
      } catch (RuntimeException e) {
        // One failed utterance must not end speech for the months the kiosk runs.
        LOG.warn("speech: an utterance failed ({})", e.getClass().getSimpleName());
      }
    }
  }

  private void speak(Utterance utterance, long job) {
    if (health.get().state() == DeviceHealth.State.ABSENT) {
      return;
    }
    Optional<String> voice = voices.voice(utterance.language());
    if (voice.isEmpty()) {
      LOG.debug("speech: no voice for {}, not spoken", utterance.language().tag());
      return;
    }
    Process process;
    try {
      process =
          new ProcessBuilder(commandLine(voice.get(), settings.rate(utterance.language())))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      setHealth(
          new DeviceHealth(DeviceHealth.State.ERROR, "espeak-ng cannot be started for speech"));
      return;
    }
    synchronized (lock) {
      if (job == generation) {
        running = process;
      } else {
        kill(process);
      }
    }
    LOG.debug(
        "speech: {} chars in {} (pid {})",
        utterance.text().length(),
        utterance.language().tag(),
        process.pid());
    notifyStarted(utterance);
    SpeechListener.Ending ending = SpeechListener.Ending.FAILED;
    try {
      ending = run(process, utterance, job);
    } finally {
      synchronized (lock) {
        if (running == process) {
          running = null;
        }
      }
      notifyFinished(utterance, ending);
    }
  }

  /**
   * The arguments for one utterance. The text is not among them: it goes to standard input. {@code
   * -b 1}: the input is UTF-8 whatever the locale. No {@code -m}: markup is read as text.
   */
  List<String> commandLine(String voice, int rate) {
    return List.of(
        settings.command(),
        "-v",
        voice,
        "-s",
        Integer.toString(rate),
        "-b",
        "1",
        "--stdin",
        "--stdout");
  }

  private SpeechListener.Ending run(Process process, Utterance utterance, long job) {
    // At most 2,000 chars (8 KB of UTF-8) fit the pipe's buffer: this write never blocks.
    try (OutputStream in = process.getOutputStream()) {
      in.write(utterance.text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // espeak-ng was killed (a newer utterance) or died; its exit code tells below.
    }
    IOException playFailure = null;
    try (InputStream wav = new CurrentJobStream(process.getInputStream(), job)) {
      try {
        output.play(wav);
      } catch (IOException e) {
        playFailure = e;
        // Let espeak-ng finish into the void: its exit code then tells whether it or the
        // output failed. A newer utterance cuts this short (the stream turns stale).
        discardRest(wav);
      }
    } catch (IOException e) {
      // closing the pipe failed: espeak-ng is gone anyway
    }
    int exit = awaitExit(process);
    if (job != generation) {
      return SpeechListener.Ending.INTERRUPTED;
    }
    if (exit != 0) {
      setHealth(
          new DeviceHealth(DeviceHealth.State.ERROR, "espeak-ng failed (exit code " + exit + ")"));
      return SpeechListener.Ending.FAILED;
    }
    if (playFailure != null) {
      setHealth(
          new DeviceHealth(
              DeviceHealth.State.ERROR, "speech could not be played: " + playFailure.getMessage()));
      return SpeechListener.Ending.FAILED;
    }
    setHealth(ready);
    return SpeechListener.Ending.COMPLETED;
  }

  private static void discardRest(InputStream wav) {
    try {
      wav.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // stale or broken: the caller kills or waits for espeak-ng
    }
  }

  /**
   * Waits for espeak-ng to end; its output is closed by now, so a process still writing gets a
   * broken pipe and ends. One that does not end anyway is killed.
   */
  private static int awaitExit(Process process) {
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        kill(process);
        process.waitFor(5, TimeUnit.SECONDS);
      }
      return process.isAlive() ? -1 : process.exitValue();
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private void setHealth(DeviceHealth next) {
    DeviceHealth previous = health.getAndSet(next);
    if (!next.equals(previous)) {
      LOG.info("speech: {}", next.reason());
    }
  }

  private void notifyStarted(Utterance utterance) {
    for (SpeechListener listener : listeners) {
      try {
        listener.started(utterance);
      } catch (RuntimeException e) {
        LOG.warn("speech: a listener failed ({})", e.getClass().getSimpleName());
      }
    }
  }

  private void notifyFinished(Utterance utterance, SpeechListener.Ending ending) {
    for (SpeechListener listener : listeners) {
      try {
        listener.finished(utterance, ending);
      } catch (RuntimeException e) {
        LOG.warn("speech: a listener failed ({})", e.getClass().getSimpleName());
      }
    }
  }

  /** The running espeak-ng's process id, for tests that check it is gone. */
  OptionalLong runningPid() {
    synchronized (lock) {
      return running != null && running.isAlive()
          ? OptionalLong.of(running.pid())
          : OptionalLong.empty();
    }
  }

  /**
   * espeak-ng's output, cut off as soon as its job is stale: the output then stops reading at once
   * instead of playing what is left in the pipe.
   */
  private final class CurrentJobStream extends FilterInputStream {
    private final long job;

    CurrentJobStream(InputStream in, long job) {
      super(in);
      this.job = job;
    }

    private void checkCurrent() throws InterruptedIOException {
      if (job != generation) {
        throw new InterruptedIOException("speech was interrupted");
      }
    }

    @Override
    public int read() throws IOException {
      checkCurrent();
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      checkCurrent();
      return super.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
      checkCurrent();
      return super.skip(n);
    }
  }
}
