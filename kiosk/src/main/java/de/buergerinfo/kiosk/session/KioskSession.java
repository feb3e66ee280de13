package de.buergerinfo.kiosk.session;

import de.buergerinfo.content.language.Language;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one citizen's visit holds, in one place, so that ending the visit can wipe all of it.
 * Lives on the FX thread. Logs only a random session number, never what the citizen entered.
 */
public final class KioskSession {

  private static final Logger log = LoggerFactory.getLogger(KioskSession.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Language defaultLanguage;
  private final Clock clock;
  private final ObjectProperty<Language> language;
  private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");
  private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
  private final BooleanProperty speech = new SimpleBooleanProperty(this, "speech");
  private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
  private final ObjectProperty<Optional<String>> service =
      new SimpleObjectProperty<>(this, "service", Optional.empty());
  private final ObjectProperty<Optional<String>> lifeSituation =
      new SimpleObjectProperty<>(this, "lifeSituation", Optional.empty());
  private final ObjectProperty<Optional<FlowProgress>> flow =
      new SimpleObjectProperty<>(this, "flow", Optional.empty());
  private final ObjectProperty<Optional<TakeAway>> takeAway =
      new SimpleObjectProperty<>(this, "takeAway", Optional.empty());
  private final ObjectProperty<List<String>> scannedServices =
      new SimpleObjectProperty<>(this, "scannedServices", List.of());
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
  private String number = "";
  private Instant startedAt = Instant.EPOCH;

  public KioskSession(Language defaultLanguage, Clock clock) {
    this.defaultLanguage = defaultLanguage;
    this.clock = clock;
    this.language = new SimpleObjectProperty<>(this, "language", defaultLanguage);
  }

  /** Starts a visit (touch or presence); does nothing if one is running. */
  public void begin() {
    if (active.get()) {
      return;
    }
    number = HexFormat.of().toHexDigits(RANDOM.nextInt());
    startedAt = clock.instant();
    active.set(true);
    log.info("session {} started", number);
  }

  /** Ends the visit and forgets everything in it; the terminal is as if nobody had been there. */
  public void end(SessionEndReason reason) {
    if (active.get()) {
      long seconds = Duration.between(startedAt, clock.instant()).toSeconds();
      log.info("session {} ended ({}) after {} s", number, reason, seconds);
    }
    searchText.set("");
    service.set(Optional.empty());
    lifeSituation.set(Optional.empty());
    flow.set(Optional.empty());
    takeAway.set(Optional.empty());
    scannedServices.set(List.of());
    largeText.set(false);
    highContrast.set(false);
    speech.set(false);
    number = "";
    startedAt = Instant.EPOCH;
    active.set(false);
    // Last: whoever hears the visit end (the goodbye screen) can still say goodbye in its language.
    language.set(defaultLanguage);
  }

  /** The language the citizen reads; the terminal's default between sessions. */
  public ObjectProperty<Language> language() {
    return language;
  }

  /** Whether the citizen switched on large text (EN 301 549, 5.1.4). */
  public BooleanProperty largeText() {
    return largeText;
  }

  /** Whether the citizen switched on high contrast (black and white with yellow focus). */
  public BooleanProperty highContrast() {
    return highContrast;
  }

  /** Whether the terminal reads the screens aloud for this citizen. */
  public BooleanProperty speech() {
    return speech;
  }

  /** The service the citizen opened (the detail screen shows it). */
  public ObjectProperty<Optional<String>> service() {
    return service;
  }

  /** The life situation the citizen is browsing. */
  public ObjectProperty<Optional<String>> lifeSituation() {
    return lifeSituation;
  }

  /** The guided flow the citizen is in, with their answers. Personal. */
  public ObjectProperty<Optional<FlowProgress>> flow() {
    return flow;
  }

  /** What the take-away screen prints or shows as a QR code. */
  public ObjectProperty<Optional<TakeAway>> takeAway() {
    return takeAway;
  }

  /**
   * The services a scanned code named when it named several (the results screen lists them); empty
   * otherwise.
   */
  public ObjectProperty<List<String>> scannedServices() {
    return scannedServices;
  }

  /** What the citizen typed into the search field. Personal: never log it. */
  public StringProperty searchText() {
    return searchText;
  }

  public ReadOnlyBooleanProperty active() {
    return active.getReadOnlyProperty();
  }

  /** A random number that tells sessions apart in the log; empty between sessions. */
  public String number() {
    return number;
  }
}
