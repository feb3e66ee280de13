package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.devices.CardUid;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Reading the reader's answer to GET DATA UID, including answers no reader should give. */
class UidResponseTest {

  private static byte[] hex(String text) {
    return HexFormat.of().parseHex(text);
  }

  @Test
  void uidsOfFourSevenAndTenBytesAreRead() {
    assertThat(UidResponse.parse(hex("a1b2c3d49000"))).contains(new CardUid("a1b2c3d4"));
    assertThat(UidResponse.parse(hex("04a22b1a5c64809000")))
        .contains(new CardUid("04a22b1a5c6480"));
    assertThat(UidResponse.parse(hex("00112233445566778899" + "9000")))
        .contains(new CardUid("00112233445566778899"));
  }

  @Test
  void notSupportedAndOtherStatusWordsGiveNoUid() {
    assertThat(UidResponse.parse(hex("6a81"))).isEmpty();
    assertThat(UidResponse.parse(hex("6300"))).isEmpty();
    // Data with an error status is not a UID, even when it has the length of one.
    assertThat(UidResponse.parse(hex("04a22b1a5c64806a81"))).isEmpty();
    assertThat(UidResponse.parse(hex("04a22b1a5c64806282"))).isEmpty();
  }

  @Test
  void brokenTruncatedAndOversizedAnswersGiveNoUid() {
    assertThat(UidResponse.parse(null)).isEmpty();
    assertThat(UidResponse.parse(new byte[0])).isEmpty();
    assertThat(UidResponse.parse(hex("90"))).isEmpty();
    assertThat(UidResponse.parse(hex("9000"))).as("status word only").isEmpty();
    assertThat(UidResponse.parse(hex("a1b2c39000"))).as("3 bytes").isEmpty();
    assertThat(UidResponse.parse(hex("0011223344556677889900" + "9000"))).as("11 bytes").isEmpty();
    byte[] huge = new byte[65_538];
    huge[huge.length - 2] = (byte) 0x90;
    assertThat(UidResponse.parse(huge)).as("64 KiB").isEmpty();
    // A status word that is "90 00" only when read the wrong way round.
    assertThat(UidResponse.parse(hex("a1b2c3d40090"))).isEmpty();
  }

  @Test
  void theCommandIsPcscGetDataUid() {
    assertThat(UidResponse.GET_UID).containsExactly(hex("ffca000000"));
  }

  @Test
  void theStatusWordForLogsNeverShowsTheData() {
    assertThat(UidResponse.statusWord(hex("04a22b1a5c64809000"))).isEqualTo("9000");
    assertThat(UidResponse.statusWord(hex("6a81"))).isEqualTo("6a81");
    assertThat(UidResponse.statusWord(hex("90"))).isEqualTo("none");
    assertThat(UidResponse.statusWord(null)).isEqualTo("none");
  }
}
