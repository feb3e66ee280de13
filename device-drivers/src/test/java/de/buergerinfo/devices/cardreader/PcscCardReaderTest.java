package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.buergerinfo.devices.CardUid;
import de.buergerinfo.devices.DeviceAddress;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The PC/SC driver against a real pcscd with vsmartcard's virtual reader and {@link VirtualCard}s:
 * cards put on and taken off, taken off in the middle of a read, cards that never answer, pcscd
 * restarts and a pcscd that is not there.
 */
class PcscCardReaderTest {

  private static final String SECOND_READER = "Virtual PCD 00 01";
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final PcscCardReader.Timing FAST =
      new PcscCardReader.Timing(
          Duration.ofMillis(100),
          Duration.ofSeconds(1),
          Duration.ofMillis(200),
          Duration.ofSeconds(1));
  private static final DeviceHealth TWO_READERS = DeviceHealth.ok("card reader ready (2 readers)");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EventRecorder events = new EventRecorder();
  private final List<VirtualCard> cards = new ArrayList<>();
  private final List<byte[]> uidsUsed = new ArrayList<>();
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private Pcscd pcscd;
  private PcscCardReader reader;

  @BeforeEach
  void startPcscd() throws Exception {
    pcscd = Pcscd.get();
    pcscd.ensureRunning();
    log.start();
    root().addAppender(log);
  }

  @AfterEach
  void stopEverything() throws Exception {
    if (reader != null) {
      reader.close();
    }
    for (VirtualCard card : cards) {
      card.remove();
      assertThat(card.awaitGone(WAIT)).as("card connection ended").isTrue();
    }
    root().detachAppender(log);
    // A card UID is personal data: no log line and no event text may show it.
    List<String> texts = new ArrayList<>();
    log.list.forEach(line -> texts.add(line.getFormattedMessage()));
    events.all().forEach(event -> texts.add(event.toString()));
    if (reader != null) {
      texts.add(reader.toString());
    }
    for (byte[] uid : uidsUsed) {
      String hex = HexFormat.of().formatHex(uid);
      for (String text : texts) {
        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(hex);
        assertThat(text).doesNotContain(HexFormat.ofDelimiter(" ").formatHex(uid));
      }
    }
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private PcscCardReader start(String address, PcscCardReader.Timing timing) {
    reader =
        PcscCardReader.start(DeviceAddress.parse(DeviceKind.CARD_READER, address), events, timing);
    return reader;
  }

  private byte[] newUid() {
    byte[] uid = new byte[7];
    RANDOM.nextBytes(uid);
    uid[0] = 0x04; // NXP, as on most library cards
    uidsUsed.add(uid);
    return uid;
  }

  private VirtualCard put(byte[] uid, VirtualCard.Behaviour behaviour) throws Exception {
    VirtualCard card = VirtualCard.insert(VirtualCard.FIRST_READER_PORT, uid, behaviour, PATIENCE);
    cards.add(card);
    return card;
  }

  private DeviceEvent.CardPresented presented() throws InterruptedException {
    return events.await(
        DeviceEvent.CardPresented.class, e -> e.reader().equals(VirtualCard.FIRST_READER), WAIT);
  }

  private DeviceEvent.CardRemoved removed() throws InterruptedException {
    return events.await(
        DeviceEvent.CardRemoved.class, e -> e.reader().equals(VirtualCard.FIRST_READER), WAIT);
  }

  private void assertReadsACard() throws Exception {
    byte[] uid = newUid();
    VirtualCard card = put(uid, VirtualCard.Behaviour.ANSWER_UID);
    DeviceEvent.CardPresented event = presented();
    assertThat(event.uid()).contains(CardUid.of(uid));
    card.remove();
    removed();
  }

  @Test
  void listsBothVirtualReadersAndIsReady() throws Exception {
    start("pcsc:*", FAST);

    events.awaitHealth(TWO_READERS, WAIT);

    assertThat(events.all())
        .filteredOn(DeviceEvent.ReaderChanged.class::isInstance)
        .map(e -> (DeviceEvent.ReaderChanged) e)
        .extracting(DeviceEvent.ReaderChanged::reader, DeviceEvent.ReaderChanged::connected)
        .containsExactly(tuple(VirtualCard.FIRST_READER, true), tuple(SECOND_READER, true));
    assertThat(reader.readers()).containsExactly(VirtualCard.FIRST_READER, SECOND_READER);
    assertThat(reader.health()).isEqualTo(TWO_READERS);
  }

  @Test
  void aCardPutOnIsPresentedWithItsUidAndAtrAndTakenOffIsRemoved() throws Exception {
    start("pcsc:*", FAST);
    events.awaitHealth(TWO_READERS, WAIT);
    byte[] uid = newUid();

    VirtualCard card = put(uid, VirtualCard.Behaviour.ANSWER_UID);
    DeviceEvent.CardPresented event = presented();

    assertThat(event.uid()).contains(CardUid.of(uid));
    assertThat(event.atr()).isEqualTo(HexFormat.of().formatHex(VirtualCard.ATR));
    assertThat(card.uidRequests()).isEqualTo(1);

    card.remove();
    removed();
    assertThat(events.passed()).noneMatch(DeviceEvent.CardPresented.class::isInstance);
    assertThat(reader.health()).isEqualTo(TWO_READERS);
  }

  @Test
  void aReaderThatCannotTellTheUidPresentsTheCardWithoutOne() throws Exception {
    start("pcsc:*", FAST);
    events.awaitHealth(TWO_READERS, WAIT);

    VirtualCard card = put(newUid(), VirtualCard.Behaviour.UID_NOT_SUPPORTED);
    DeviceEvent.CardPresented event = presented();

    assertThat(event.uid()).isEmpty();
    assertThat(event.atr()).isEqualTo(HexFormat.of().formatHex(VirtualCard.ATR));
    card.remove();
    removed();
  }

  @Test
  void aCardTakenOffDuringTheReadIsRemovedNotPresentedAndTheNextCardReads() throws Exception {
    start("pcsc:*", FAST);
    events.awaitHealth(TWO_READERS, WAIT);

    VirtualCard leaving = put(newUid(), VirtualCard.Behaviour.LEAVE_DURING_UID);
    removed();

    assertThat(events.passed()).noneMatch(DeviceEvent.CardPresented.class::isInstance);
    assertThat(leaving.uidRequests()).isEqualTo(1);
    assertThat(leaving.awaitGone(WAIT)).isTrue();
    assertThat(reader.health()).isEqualTo(TWO_READERS);
    assertReadsACard();
    assertThat(events.all())
        .filteredOn(DeviceEvent.CardPresented.class::isInstance)
        .as("only the second card was presented")
        .hasSize(1);
  }

  @Test
  void aCardThatNeverAnswersIsPresentedWithoutUidAndTheReaderRecoversWhenItIsTakenOff()
      throws Exception {
    start("pcsc:*", FAST);
    events.awaitHealth(TWO_READERS, WAIT);

    VirtualCard stalling = put(newUid(), VirtualCard.Behaviour.STALL_ON_UID);
    events.awaitHealth(PcscCardReader.NOT_ANSWERING, WAIT);
    DeviceEvent.CardPresented event = presented();

    assertThat(event.uid()).isEmpty();
    assertThat(event.atr()).isEqualTo(HexFormat.of().formatHex(VirtualCard.ATR));
    stalling.remove();
    events.awaitHealth(TWO_READERS, WAIT);
    removed();
    assertReadsACard();
  }

  @Test
  void closeReturnsQuicklyWhileACardDoesNotAnswer() throws Exception {
    start("pcsc:*", FAST);
    events.awaitHealth(TWO_READERS, WAIT);
    VirtualCard stalling = put(newUid(), VirtualCard.Behaviour.STALL_ON_UID);
    // The read is under way once the card has the UID command.
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (stalling.uidRequests() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(stalling.uidRequests()).isEqualTo(1);

    long start = System.nanoTime();
    reader.close();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(Duration.ofSeconds(1));
    assertThat(pollerThreads()).isEmpty();
  }

  @Test
  void closeWhileWaitingForCardsReturnsQuicklyAndTwiceIsHarmless() throws Exception {
    start("pcsc:*", PcscCardReader.Timing.DEFAULT);
    events.awaitHealth(TWO_READERS, WAIT);

    long start = System.nanoTime();
    reader.close();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    reader.close();

    assertThat(took).isLessThan(Duration.ofSeconds(1));
    assertThat(pollerThreads()).isEmpty();
  }

  @Test
  void afterAPcscdRestartTheSameDriverReadsCardsAgain() throws Exception {
    start("pcsc:*", FAST);
    events.awaitHealth(TWO_READERS, WAIT);
    byte[] before = newUid();
    put(before, VirtualCard.Behaviour.ANSWER_UID);
    assertThat(presented().uid()).contains(CardUid.of(before));

    pcscd.stop();
    removed();
    events.awaitHealth(PcscCardReader.SERVICE_NOT_RUNNING, WAIT);
    assertThat(events.all())
        .filteredOn(DeviceEvent.ReaderChanged.class::isInstance)
        .map(e -> (DeviceEvent.ReaderChanged) e)
        .filteredOn(e -> !e.connected())
        .hasSize(2);
    assertThat(reader.readers()).isEmpty();

    pcscd.start();
    events.awaitHealth(TWO_READERS, WAIT);
    assertReadsACard();
  }

  @Test
  void withoutPcscdAtStartTheReaderIsAbsentAndBecomesReadyWhenPcscdStarts() throws Exception {
    pcscd.stop();

    start("pcsc:*", FAST);
    events.awaitHealth(PcscCardReader.SERVICE_NOT_RUNNING, WAIT);
    assertThat(reader.readers()).isEmpty();

    pcscd.start();
    events.awaitHealth(TWO_READERS, WAIT);
    assertReadsACard();
  }

  @Test
  void aFilterMatchingNoReaderIsAbsent() throws Exception {
    start("pcsc:NoSuchReader", FAST);

    events.awaitHealth(PcscCardReader.NO_READER, WAIT);

    assertThat(reader.readers()).isEmpty();
    assertThat(events.all()).noneMatch(DeviceEvent.ReaderChanged.class::isInstance);
  }

  @Test
  void aFilterTakesOnlyTheReadersWhoseNameContainsIt() throws Exception {
    start("pcsc:01", FAST);

    events.awaitHealth(DeviceHealth.ok("card reader ready (1 reader)"), WAIT);

    assertThat(reader.readers()).containsExactly(SECOND_READER);
  }

  @Test
  void theReaderSaysWhetherItCanComeBackAfterAPcscdRestart() {
    // The build gives the test JVM the option the kiosk needs too (device-drivers/pom.xml).
    assertThat(PcscContextReset.probe().unavailableBecause()).isEmpty();
    assertThat(PcscContextReset.probe().available()).isTrue();
  }

  private static List<Thread> pollerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("card-reader-pcsc") && t.isAlive())
        .toList();
  }
}
