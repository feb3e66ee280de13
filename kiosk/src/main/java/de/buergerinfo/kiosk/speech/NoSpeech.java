package de.buergerinfo.kiosk.speech;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;

/** The voice before speech has started, or where the terminal has none: says nothing, ever. */
public final class NoSpeech implements SpeechService {

  private static final DeviceHealth HEALTH = DeviceHealth.absent("speech has not started");

  @Override
  public void say(Utterance utterance) {}

  @Override
  public void stop() {}

  @Override
  public boolean repeat() {
    return false;
  }

  @Override
  public void setEnabled(boolean enabled) {}

  @Override
  public boolean isEnabled() {
    return false;
  }

  @Override
  public boolean canSpeak(Language language) {
    return false;
  }

  @Override
  public DeviceHealth health() {
    return HEALTH;
  }

  @Override
  public void addListener(SpeechListener listener) {}

  @Override
  public void removeListener(SpeechListener listener) {}

  @Override
  public void close() {}
}
