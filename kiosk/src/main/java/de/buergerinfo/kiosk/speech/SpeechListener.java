package de.buergerinfo.kiosk.speech;

/** Hears when an utterance starts and ends being spoken, for a "speaking" indicator. */
public interface SpeechListener {

  /** How speaking an utterance ended. */
  enum Ending {
    /** Everything was said. */
    COMPLETED,
    /** {@link SpeechService#stop()}, a newer utterance, or speech mode turned off ended it. */
    INTERRUPTED,
    /** The speech engine or the audio output failed; {@link SpeechService#health()} says why. */
    FAILED
  }

  void started(Utterance utterance);

  void finished(Utterance utterance, Ending ending);
}
