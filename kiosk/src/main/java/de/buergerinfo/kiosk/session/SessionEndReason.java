package de.buergerinfo.kiosk.session;

/** Why a citizen's session ended; logged, and later reported to the fleet. */
public enum SessionEndReason {
  /** The citizen pressed "Finish". */
  FINISHED,
  /** Nobody touched the screen for the idle timeout, and nobody asked for more time. */
  IDLE,
  /** The presence sensor saw the citizen leave. */
  PRESENCE_LOST,
  /** A librarian reset the terminal. */
  STAFF_RESET,
  /** The application is shutting down. */
  SHUTDOWN
}
