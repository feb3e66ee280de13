package de.buergerinfo.kiosk.screen.help;

import de.buergerinfo.devices.gpio.LightPattern;
import de.buergerinfo.kiosk.terminal.Terminal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A citizen's call for a librarian: the status light blinks while a call is open, and every call is
 * recorded (time and terminal, nothing about the person) for the fleet. The fleet issue will send
 * the records to the central server; until then they are logged and kept here, a bounded few.
 */
public final class HelpRequests {

  private static final Logger log = LoggerFactory.getLogger(HelpRequests.class);

  /** More than a day's calls; bounds the list on a terminal that runs for months. */
  static final int KEPT = 200;

  /**
   * One call for a librarian.
   *
   * @param at when the citizen asked
   * @param terminalId the terminal that asked
   * @param cancelledAt when the citizen took the call back, empty while it is open or answered
   */
  public record HelpRequest(Instant at, String terminalId, Optional<Instant> cancelledAt) {
    public HelpRequest {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(terminalId, "terminalId");
      Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
  }

  private final Terminal terminal;
  private final String terminalId;
  private final List<HelpRequest> recorded = new ArrayList<>();
  private HelpRequest open;
  private final ReadOnlyBooleanWrapper calling = new ReadOnlyBooleanWrapper(this, "calling");

  public HelpRequests(Terminal terminal, String terminalId) {
    this.terminal = terminal;
    this.terminalId = terminalId;
  }

  /** Calls a librarian: the light blinks. A second call while one is open changes nothing. */
  public void ask() {
    if (open != null) {
      return;
    }
    open = new HelpRequest(terminal.clock().instant(), terminalId, Optional.empty());
    remember(open);
    terminal.gpio().showLight(LightPattern.ATTENTION);
    calling.set(true);
    log.info("help requested at terminal {}", terminalId);
  }

  /** The citizen takes the call back: the light goes off. */
  public void cancel() {
    if (open == null) {
      return;
    }
    HelpRequest cancelled =
        new HelpRequest(open.at(), terminalId, Optional.of(terminal.clock().instant()));
    recorded.set(recorded.lastIndexOf(open), cancelled);
    open = null;
    terminal.gpio().showLight(LightPattern.OFF);
    calling.set(false);
    log.info("help request withdrawn at terminal {}", terminalId);
  }

  /**
   * The visit ended (the librarian came, or the citizen left): the light goes off, the record
   * stays.
   */
  public void sessionEnded() {
    if (open == null) {
      return;
    }
    open = null;
    terminal.gpio().showLight(LightPattern.OFF);
    calling.set(false);
  }

  /** Whether a call is open now. */
  public boolean isOpen() {
    return open != null;
  }

  /** Whether a call is open, observable (the help screen shows "on the way" or "cancelled"). */
  public ReadOnlyBooleanProperty calling() {
    return calling.getReadOnlyProperty();
  }

  /** The calls recorded, oldest first, for the fleet report. */
  public List<HelpRequest> recorded() {
    return List.copyOf(recorded);
  }

  private void remember(HelpRequest request) {
    recorded.add(request);
    while (recorded.size() > KEPT) {
      recorded.removeFirst();
    }
  }
}
