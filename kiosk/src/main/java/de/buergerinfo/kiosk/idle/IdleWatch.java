package de.buergerinfo.kiosk.idle;

import de.buergerinfo.kiosk.session.SessionEndReason;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The one place that decides a visit is over without the citizen saying so: after the idle timeout
 * without a touch or key it warns ("Are you still there?") and counts down; when the countdown runs
 * out, or the presence sensor has seen nobody for {@link #PRESENCE_GRACE}, the visit ends. Plain
 * logic on a clock: the view ticks it once a second, tests tick it with a test clock.
 */
public final class IdleWatch {

  /**
   * How long the warning gives the citizen to ask for more time: at least 20 s (issue 6, EN 301 549
   * 5.1.3.x timing); 30 s leave room for someone who needs it read out.
   */
  public static final Duration WARNING_TIME = Duration.ofSeconds(30);

  /**
   * How long the presence sensor may see nobody before the visit ends: long enough for someone who
   * stepped aside to fetch a document, short enough that the next person does not find the last
   * one's search.
   */
  public static final Duration PRESENCE_GRACE = Duration.ofSeconds(15);

  private final InstantSource clock;
  private final Duration idleTimeout;
  private final Consumer<SessionEndReason> end;
  private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(this, "warning");
  private final ReadOnlyIntegerWrapper secondsLeft =
      new ReadOnlyIntegerWrapper(this, "secondsLeft");
  private boolean watching;
  private Instant lastInput = Instant.EPOCH;
  private Instant nobodySince;

  /**
   * @param idleTimeout how long without input before the warning (the profile's)
   * @param end ends the visit for this reason (wipes the session, shows the goodbye)
   */
  public IdleWatch(InstantSource clock, Duration idleTimeout, Consumer<SessionEndReason> end) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
    this.end = Objects.requireNonNull(end, "end");
  }

  /** A visit is on a screen that can time out: the clock starts from now. */
  public void watch() {
    if (!watching) {
      watching = true;
      lastInput = clock.instant();
      nobodySince = null;
    }
  }

  /** No visit, or a screen that needs no watching (attract, goodbye): nothing is counted. */
  public void stopWatching() {
    watching = false;
    nobodySince = null;
    warning.set(false);
  }

  public boolean isWatching() {
    return watching;
  }

  /** A touch or key: the citizen is there. Hides the warning and starts the timeout again. */
  public void input() {
    lastInput = clock.instant();
    nobodySince = null; // the sensor missed them; they are here
    warning.set(false);
  }

  /** As if nobody had touched the screen for the whole idle timeout (pictures and tests). */
  void expireIdleTimeout() {
    lastInput = clock.instant().minus(idleTimeout);
  }

  /** "More time" on the warning. */
  public void moreTime() {
    input();
  }

  /** "Finish now" on the warning. */
  public void finishNow() {
    endVisit(SessionEndReason.FINISHED);
  }

  /** The presence sensor saw someone arrive or everyone leave. */
  public void presenceChanged(boolean present) {
    if (present) {
      nobodySince = null;
    } else if (nobodySince == null) {
      nobodySince = clock.instant();
    }
  }

  /** Looks at the clock: shows or updates the warning, or ends the visit. */
  public void tick() {
    if (!watching) {
      return;
    }
    Instant now = clock.instant();
    if (nobodySince != null && !now.isBefore(nobodySince.plus(PRESENCE_GRACE))) {
      endVisit(SessionEndReason.PRESENCE_LOST);
      return;
    }
    Duration idle = Duration.between(lastInput, now);
    if (idle.compareTo(idleTimeout) < 0) {
      warning.set(false);
      return;
    }
    Duration left = idleTimeout.plus(WARNING_TIME).minus(idle);
    if (left.isNegative() || left.isZero()) {
      endVisit(SessionEndReason.IDLE);
      return;
    }
    // Rounded up: the number never shows 0 while the visit still runs.
    secondsLeft.set((int) ((left.toMillis() + 999) / 1000));
    warning.set(true);
  }

  /** Whether the "Are you still there?" warning is up. */
  public ReadOnlyBooleanProperty warning() {
    return warning.getReadOnlyProperty();
  }

  /** Whole seconds until the visit ends, while the warning is up. */
  public ReadOnlyIntegerProperty secondsLeft() {
    return secondsLeft.getReadOnlyProperty();
  }

  private void endVisit(SessionEndReason reason) {
    stopWatching();
    end.accept(reason);
  }
}
