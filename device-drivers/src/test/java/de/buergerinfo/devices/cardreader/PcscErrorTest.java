package de.buergerinfo.devices.cardreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.NoSuchAlgorithmException;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;

/** Finding the PC/SC code in the JDK's exceptions, as they come out of javax.smartcardio. */
class PcscErrorTest {

  @Test
  void theCodeIsFoundInTheCauseAsTheJdkWrapsIt() {
    // As seen against a stopped pcscd: CardException("list() failed", PCSCException(code)).
    var failure = new CardException("list() failed", new RuntimeException(PcscError.NO_SERVICE));

    assertThat(PcscError.code(failure)).contains("SCARD_E_NO_SERVICE");
    assertThat(PcscError.isServiceGone(failure)).isTrue();
    assertThat(PcscError.describe(failure)).isEqualTo("SCARD_E_NO_SERVICE");
  }

  @Test
  void aFactoryThatCannotBeMadeWithoutPcscdIsServiceGone() {
    var failure =
        new NoSuchAlgorithmException(
            "Error constructing TerminalFactory for PC/SC using SunPCSC",
            new Exception("SCARD_E_NO_SERVICE"));

    assertThat(PcscError.isServiceGone(failure)).isTrue();
  }

  @Test
  void otherCodesAreNotServiceGone() {
    var removed = new CardException("connect() failed", new Exception("SCARD_W_REMOVED_CARD"));
    var unknownReader = new CardException("x", new Exception("SCARD_E_UNKNOWN_READER"));

    assertThat(PcscError.isServiceGone(removed)).isFalse();
    assertThat(PcscError.is(unknownReader, PcscError.UNKNOWN_READER)).isTrue();
    assertThat(PcscError.is(removed, PcscError.UNKNOWN_READER)).isFalse();
  }

  @Test
  void exceptionsWithoutCodeAreDescribedByTheirClassOnly() {
    var noCode = new IllegalArgumentException("apdu must be at least 2 bytes long");
    var nullMessage = new CardException((String) null);
    var lowerCase = new CardException("scard_e_no_service");

    assertThat(PcscError.code(noCode)).isEmpty();
    assertThat(PcscError.code(nullMessage)).isEmpty();
    assertThat(PcscError.code(lowerCase)).isEmpty();
    assertThat(PcscError.describe(noCode)).isEqualTo("IllegalArgumentException");
  }

  @Test
  void aVeryDeepCauseChainIsNotFollowedForever() {
    Throwable deep = new Exception("SCARD_E_NO_SERVICE");
    for (int i = 0; i < 100; i++) {
      deep = new Exception("level " + i, deep);
    }

    assertThat(PcscError.code(deep)).isEmpty();
    assertThat(PcscError.code(new Exception("x", new Exception("SCARD_F_COMM_ERROR"))))
        .contains("SCARD_F_COMM_ERROR");
  }
}
