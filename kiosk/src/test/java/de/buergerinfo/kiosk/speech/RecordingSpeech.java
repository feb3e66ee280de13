package de.buergerinfo.kiosk.speech;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A voice that writes down what it was asked to say, for tests without espeak-ng. */
public final class RecordingSpeech implements SpeechService {

  private final List<Utterance> said = new CopyOnWriteArrayList<>();
  private final AtomicInteger stops = new AtomicInteger();
  private final AtomicInteger repeats = new AtomicInteger();
  private volatile boolean enabled;
  private volatile Utterance last;

  @Override
  public void say(Utterance utterance) {
    if (enabled) {
      said.add(utterance);
      last = utterance;
    }
  }

  @Override
  public void stop() {
    stops.incrementAndGet();
  }

  @Override
  public boolean repeat() {
    if (!enabled || last == null) {
      return false;
    }
    repeats.incrementAndGet();
    said.add(last);
    return true;
  }

  @Override
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
    if (!enabled) {
      last = null;
    }
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public boolean canSpeak(Language language) {
    return true;
  }

  @Override
  public DeviceHealth health() {
    return DeviceHealth.ok("recording");
  }

  @Override
  public void addListener(SpeechListener listener) {}

  @Override
  public void removeListener(SpeechListener listener) {}

  @Override
  public void close() {}

  public List<Utterance> said() {
    return said;
  }

  /** The text of everything said, in order. */
  public List<String> texts() {
    return said.stream().map(Utterance::text).toList();
  }

  public Utterance lastSaid() {
    return said.getLast();
  }

  public int stops() {
    return stops.get();
  }

  public int repeats() {
    return repeats.get();
  }

  public void clear() {
    said.clear();
  }
}
