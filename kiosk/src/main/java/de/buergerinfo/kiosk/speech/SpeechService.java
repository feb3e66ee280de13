package de.buergerinfo.kiosk.speech;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;

/**
 * The kiosk's voice (EN 301 549 5.1.3: a closed terminal speaks for itself, because JavaFX on Linux
 * has no screen-reader bridge). The UI says what is on the screen; the newest utterance replaces
 * the one being spoken; any action of the citizen stops speech. No method throws: when speech
 * cannot work, {@link #health()} says why and the kiosk runs on silently.
 */
public interface SpeechService extends AutoCloseable {

  /**
   * Speaks this utterance, replacing whatever is being said (the newest wins). Does nothing while
   * speech is off. An utterance with empty text stops speech and leaves nothing to repeat.
   */
  void say(Utterance utterance);

  /** Stops speaking at once: the citizen acted. The last utterance can still be repeated. */
  void stop();

  /**
   * Says the last utterance again (the citizen asked to hear it again).
   *
   * @return false when there is nothing to repeat or speech is off
   */
  boolean repeat();

  /**
   * Turns speech mode on or off; the citizen chooses it. Turning it off stops speech and forgets
   * the last utterance, so the next citizen cannot have it repeated.
   */
  void setEnabled(boolean enabled);

  boolean isEnabled();

  /** Whether this language has a voice. Without one, utterances in it are not spoken at all. */
  boolean canSpeak(Language language);

  /** Whether speech works, with a reason a librarian understands. */
  DeviceHealth health();

  /** Adds a listener; it is called on the speech thread, never on the JavaFX thread. */
  void addListener(SpeechListener listener);

  void removeListener(SpeechListener listener);

  /** Stops speaking and ends the speech thread; the service says nothing afterwards. */
  @Override
  void close();
}
