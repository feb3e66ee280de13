package de.buergerinfo.devices.cardreader;

import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceEventSink;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contactless card readers through pcscd ({@code pcsc:*} or {@code pcsc:<part of the name>}): one
 * poller thread lists the readers, reports readers and cards arriving and leaving, reads each new
 * card's ATR and UID, and comes back by itself when pcscd restarts.
 */
public final class PcscCardReader implements CardReader {

  private static final Logger LOG = LoggerFactory.getLogger(PcscCardReader.class);

  static final DeviceHealth SERVICE_NOT_RUNNING =
      DeviceHealth.absent("card service (pcscd) is not running");
  static final DeviceHealth NO_READER = DeviceHealth.absent("no card reader connected");
  static final DeviceHealth RESTART_NEEDED =
      new DeviceHealth(
          DeviceHealth.State.ERROR,
          "card service was restarted; restart the kiosk to use the card reader");
  static final DeviceHealth READER_FAULT =
      new DeviceHealth(DeviceHealth.State.ERROR, "card reader fault");
  static final DeviceHealth NOT_ANSWERING =
      new DeviceHealth(
          DeviceHealth.State.ERROR, "card reader does not answer; take the card off the reader");

  /** How often a card whose read broke off is read again while the reader still reports one. */
  private static final Duration LOST_RETRY = Duration.ofMillis(500);

  /**
   * How often and how long the driver waits.
   *
   * @param poll longest wait for a card or reader change before the readers are listed again; also
   *     bounds how long {@link #close()} waits for the poller
   * @param readTimeout longest time a card may take to answer before it counts as unreadable
   * @param firstRetry delay after the first failure to reach pcscd
   * @param longestRetry longest delay between attempts while pcscd is away
   */
  public record Timing(
      Duration poll, Duration readTimeout, Duration firstRetry, Duration longestRetry) {

    public static final Timing DEFAULT =
        new Timing(
            Duration.ofMillis(250),
            Duration.ofSeconds(3),
            Duration.ofSeconds(1),
            Duration.ofSeconds(10));

    public Timing {
      for (Duration d : List.of(poll, readTimeout, firstRetry, longestRetry)) {
        if (d.toMillis() < 1) {
          throw new IllegalArgumentException("every card reader delay must be at least 1 ms");
        }
      }
    }
  }

  /** What the driver last told the sink about the card on one reader. */
  private enum CardState {
    /** No card, or its removal was reported. */
    EMPTY,
    /** {@code CardPresented} was sent; {@code CardRemoved} follows when it leaves. */
    PRESENTED,
    /**
     * A read broke off and {@code CardRemoved} was sent. Read again while a card is seen, now and
     * then: the reader may not notice the card left before the next one arrives (vpcd does not).
     */
    LOST
  }

  private final ReaderNameFilter filter;
  private final DeviceEventSink sink;
  private final Clock clock;
  private final Timing timing;
  private final HealthReporter health;
  private final PcscContextReset contextReset;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Thread poller;

  // Read and written by the poller thread only, except readers (published for readers()).
  private final Map<String, CardState> cards = new HashMap<>();
  private final Map<String, Long> lostSince = new HashMap<>();
  private volatile List<String> readers = List.of();
  private CompletableFuture<CardReading.Outcome> hungRead;
  private boolean warnedRestartNeeded;
  private int unexplainedFailures;

  private PcscCardReader(
      ReaderNameFilter filter, DeviceEventSink sink, Clock clock, Timing timing) {
    this.filter = filter;
    this.sink = sink;
    this.clock = clock;
    this.timing = timing;
    this.health =
        new HealthReporter(
            DeviceKind.CARD_READER,
            this::emit,
            clock,
            DeviceHealth.absent("card reader not checked yet"));
    this.contextReset = PcscContextReset.probe();
    contextReset
        .unavailableBecause()
        .ifPresent(
            why ->
                LOG.warn(
                    "card reader: recovery after a pcscd restart is off ({}); a pcscd restart will"
                        + " need a kiosk restart",
                    why));
    this.poller = Thread.ofPlatform().daemon().name("card-reader-pcsc").unstarted(this::run);
  }

  /** Starts the driver for a {@code pcsc:} address; never throws for a missing reader or pcscd. */
  public static PcscCardReader start(DeviceAddress address, DeviceEventSink sink) {
    return start(address, sink, Timing.DEFAULT);
  }

  /** As {@link #start(DeviceAddress, DeviceEventSink)}, with other delays (tests). */
  public static PcscCardReader start(DeviceAddress address, DeviceEventSink sink, Timing timing) {
    if (!address.scheme().equals("pcsc")) {
      throw new IllegalArgumentException("not a PC/SC address: " + address);
    }
    PcscCardReader reader =
        new PcscCardReader(
            new ReaderNameFilter(address.target()),
            Objects.requireNonNull(sink, "sink"),
            Clock.systemUTC(),
            timing);
    reader.poller.start();
    return reader;
  }

  @Override
  public List<String> readers() {
    return readers;
  }

  @Override
  public DeviceHealth health() {
    return health.get();
  }

  /** Stops the poller; returns within about one poll interval even while pcscd blocks a call. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    closing.countDown();
    poller.interrupt();
    try {
      // The poller may sit in a native PC/SC call that cannot be interrupted; it ends after that.
      poller.join(timing.poll().plusMillis(250));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "PcscCardReader[" + filter.target() + ", " + readers.size() + " readers]";
  }

  private void run() {
    Backoff retry = new Backoff(timing.firstRetry(), timing.longestRetry());
    CardTerminals terminals = null;
    while (!closed.get()) {
      Duration pause = Duration.ZERO;
      try {
        if (waitingForHungRead()) {
          pause = timing.poll();
        } else {
          if (terminals == null) {
            // getInstance, not getDefault: getDefault silently gives an empty "None" factory
            // when pcscd is not running.
            terminals = TerminalFactory.getInstance("PC/SC", null).terminals();
          }
          List<CardTerminal> matching = matchingReaders(terminals);
          updateReaders(matching);
          for (CardTerminal terminal : matching) {
            if (hungRead != null) {
              break; // a read did not answer; see read()
            }
            checkCard(terminal);
          }
          boolean waited = hungRead == null && !matching.isEmpty() && waitForChange(terminals);
          pause = waited ? Duration.ZERO : timing.poll();
          retry.reset();
          unexplainedFailures = 0;
        }
      } catch (NoSuchAlgorithmException | CardException | RuntimeException e) {
        boolean hadContext = terminals != null;
        terminals = null;
        failed(e, hadContext);
        pause = retry.next();
      }
      if (!pause.isZero()) {
        sleep(pause);
      }
    }
  }

  private List<CardTerminal> matchingReaders(CardTerminals terminals) throws CardException {
    List<CardTerminal> all;
    try {
      all = terminals.list();
    } catch (CardException e) {
      if (PcscError.is(e, PcscError.NO_READERS)) {
        return List.of();
      }
      throw e;
    }
    List<CardTerminal> matching = new ArrayList<>();
    for (CardTerminal terminal : all) {
      if (filter.matches(terminal.getName())) {
        matching.add(terminal);
      }
    }
    return matching;
  }

  /** Reports readers that came and went since the last look, and the health that follows. */
  private void updateReaders(List<CardTerminal> matching) {
    Set<String> now = new LinkedHashSet<>();
    matching.forEach(terminal -> now.add(terminal.getName()));
    for (String gone : readers) {
      if (!now.contains(gone)) {
        readerLeft(gone);
      }
    }
    for (String name : now) {
      if (!readers.contains(name)) {
        LOG.info("card reader connected: {}", name);
        emit(new DeviceEvent.ReaderChanged(clock.instant(), name, true));
      }
    }
    readers = List.copyOf(now);
    health.set(
        now.isEmpty()
            ? NO_READER
            : DeviceHealth.ok(
                "card reader ready (" + now.size() + (now.size() == 1 ? " reader)" : " readers)")));
  }

  private void readerLeft(String name) {
    if (cards.remove(name) == CardState.PRESENTED) {
      emit(new DeviceEvent.CardRemoved(clock.instant(), name));
    }
    LOG.info("card reader disconnected: {}", name);
    emit(new DeviceEvent.ReaderChanged(clock.instant(), name, false));
  }

  private void checkCard(CardTerminal terminal) throws CardException {
    String name = terminal.getName();
    boolean present;
    try {
      present = terminal.isCardPresent();
    } catch (CardException e) {
      if (PcscError.is(e, PcscError.UNKNOWN_READER)) {
        return; // unplugged since the list; the next list reports it
      }
      throw e;
    }
    CardState state = cards.getOrDefault(name, CardState.EMPTY);
    if (present && (state == CardState.EMPTY || state == CardState.LOST && retryDue(name))) {
      cards.put(name, read(terminal, state));
    } else if (!present && state != CardState.EMPTY) {
      cards.put(name, CardState.EMPTY);
      if (state == CardState.PRESENTED) {
        LOG.info("card removed from {}", name);
        emit(new DeviceEvent.CardRemoved(clock.instant(), name));
      }
    }
  }

  /**
   * Reads the card in a thread of its own, so a card that never answers cannot hold the poller:
   * after the read timeout the card counts as presented without a UID, and the poller makes no
   * PC/SC call until the read ends (pcsc-lite serialises the calls of one context, and the JDK has
   * one).
   */
  private CardState read(CardTerminal terminal, CardState before) {
    String name = terminal.getName();
    CardReading reading = new CardReading(terminal);
    CompletableFuture<CardReading.Outcome> outcome = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name("card-reader-read")
        .start(() -> outcome.complete(reading.read()));
    try {
      return report(
          name, outcome.get(timing.readTimeout().toMillis(), TimeUnit.MILLISECONDS), before);
    } catch (TimeoutException e) {
      hungRead = outcome;
      health.set(NOT_ANSWERING);
      LOG.warn("card on {} did not answer within {}", name, timing.readTimeout());
      emit(
          new DeviceEvent.CardPresented(
              clock.instant(), name, Optional.empty(), reading.atrSoFar()));
      return CardState.PRESENTED;
    } catch (InterruptedException e) {
      // Closing: make no more PC/SC calls, they would wait for this read (one context).
      hungRead = outcome;
      Thread.currentThread().interrupt();
      return CardState.EMPTY;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a card read cannot fail", e);
    }
  }

  private CardState report(String reader, CardReading.Outcome outcome, CardState before) {
    return switch (outcome) {
      case CardReading.Outcome.Read read -> {
        LOG.info(
            "card read on {}: UID {}, ATR {} bytes",
            reader,
            read.uid().map(uid -> uid.hex().length() / 2 + " bytes").orElse("unknown"),
            read.atr().length() / 2);
        emit(new DeviceEvent.CardPresented(clock.instant(), reader, read.uid(), read.atr()));
        yield CardState.PRESENTED;
      }
      case CardReading.Outcome.Lost lost -> {
        lostSince.put(reader, System.nanoTime());
        if (before == CardState.LOST) {
          LOG.debug("card on {} still unreadable ({})", reader, lost.why());
        } else {
          LOG.info("card left {} during the read ({})", reader, lost.why());
          emit(new DeviceEvent.CardRemoved(clock.instant(), reader));
        }
        yield CardState.LOST;
      }
    };
  }

  private boolean retryDue(String reader) {
    Long since = lostSince.get(reader);
    return since == null || System.nanoTime() - since >= LOST_RETRY.toNanos();
  }

  /** True while a read that timed out still runs; logs when it finally ends. */
  private boolean waitingForHungRead() {
    if (hungRead == null) {
      return false;
    }
    if (!hungRead.isDone()) {
      return true;
    }
    LOG.info("the card read that did not answer has ended");
    hungRead = null;
    return false;
  }

  /** Waits for a card or reader change; false when there was nothing to wait on. */
  private boolean waitForChange(CardTerminals terminals) throws CardException {
    try {
      terminals.waitForChange(timing.poll().toMillis());
      return true;
    } catch (IllegalStateException e) {
      return false; // every reader left between the list and the wait
    }
  }

  private void failed(Exception e, boolean hadContext) {
    boolean serviceGone = PcscError.isServiceGone(e);
    if (!serviceGone && ++unexplainedFailures < 2) {
      // A dying pcscd first answers with odd codes (SCARD_W_INSERTED_CARD, seen in tests): look
      // again before telling anyone.
      LOG.info("card reader call failed ({}); trying again", PcscError.describe(e));
      return;
    }
    for (String name : readers) {
      readerLeft(name);
    }
    readers = List.of();
    cards.clear();
    if (!serviceGone) {
      LOG.warn("card reader fault: {}", PcscError.describe(e));
      health.set(READER_FAULT);
    } else if (!hadContext || contextReset.reset()) {
      health.set(SERVICE_NOT_RUNNING);
    } else {
      if (!warnedRestartNeeded) {
        warnedRestartNeeded = true;
        LOG.warn(
            "pcscd went away and the JDK's PC/SC context cannot be renewed ({}); restart the"
                + " kiosk",
            contextReset.unavailableBecause().orElse("unknown"));
      }
      health.set(RESTART_NEEDED);
    }
  }

  private void sleep(Duration pause) {
    try {
      closing.await(pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands an event to the sink; a failing sink must not stop the driver. */
  private void emit(DeviceEvent event) {
    if (closed.get()) {
      return;
    }
    try {
      sink.accept(event);
    } catch (RuntimeException e) {
      LOG.warn("the card reader's event sink failed: {}", e.getClass().getSimpleName());
    }
  }
}
