package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.CardUid;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.DeviceKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimulatedCardReaderTest {

  private static final CardUid UID = new CardUid("04a22b1a5c6480");

  @Test
  void announcesItsReaderAndPresentsAndRemovesCards() {
    var events = new EventRecorder();
    var reader = SimulatedCardReader.start(events);

    reader.present(Optional.of(UID));
    reader.remove();
    reader.remove();

    assertThat(events.all()).hasSize(3);
    assertThat(events.all().get(0))
        .isInstanceOfSatisfying(
            DeviceEvent.ReaderChanged.class,
            e -> {
              assertThat(e.reader()).isEqualTo(SimulatedCardReader.READER);
              assertThat(e.connected()).isTrue();
            });
    assertThat(events.all().get(1))
        .isInstanceOfSatisfying(
            DeviceEvent.CardPresented.class,
            e -> {
              assertThat(e.uid()).contains(UID);
              assertThat(e.atr()).isEqualTo(SimulatedCardReader.ATR);
            });
    assertThat(events.all().get(2)).isInstanceOf(DeviceEvent.CardRemoved.class);
    assertThat(reader.health()).isEqualTo(DeviceHealth.ok("simulated card reader"));
    assertThat(reader.kind()).isEqualTo(DeviceKind.CARD_READER);
    assertThat(reader.readers()).containsExactly(SimulatedCardReader.READER);
  }

  @Test
  void aSecondCardReplacesTheFirstLikeAPersonSwappingCards() {
    var events = new EventRecorder();
    var reader = SimulatedCardReader.start(events);

    reader.present(Optional.of(UID));
    reader.present(Optional.empty());

    assertThat(events.all())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("ReaderChanged", "CardPresented", "CardRemoved", "CardPresented");
    assertThat(((DeviceEvent.CardPresented) events.all().get(3)).uid()).isEmpty();
  }

  @Test
  void afterCloseNothingIsSentAndTheTextsNeverShowTheUid() {
    var events = new EventRecorder();
    var reader = SimulatedCardReader.start(events);
    reader.present(Optional.of(UID));
    String texts = reader + " " + events.all();

    reader.close();
    reader.close();
    reader.remove();
    reader.present(Optional.of(UID));

    assertThat(events.all()).hasSize(2);
    assertThat(reader.readers()).isEmpty();
    assertThat(texts).doesNotContain(UID.hex());
  }
}
