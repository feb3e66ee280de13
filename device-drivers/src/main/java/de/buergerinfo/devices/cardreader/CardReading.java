package de.buergerinfo.devices.cardreader;

import de.buergerinfo.devices.CardUid;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One read of the card on a reader: connect with any protocol, take the ATR, ask the UID. */
final class CardReading {

  private static final Logger LOG = LoggerFactory.getLogger(CardReading.class);

  /** How a read ended. */
  sealed interface Outcome {

    /** The card answered; the UID is empty when the reader could not tell it. */
    record Read(Optional<CardUid> uid, String atr) implements Outcome {}

    /** The card left (or broke off) during the read; nothing about it can be trusted. */
    record Lost(String why) implements Outcome {}
  }

  private final CardTerminal terminal;
  private final AtomicReference<String> atr = new AtomicReference<>("");

  CardReading(CardTerminal terminal) {
    this.terminal = terminal;
  }

  /** The ATR once the connect succeeded, as lower-case hex; empty before. */
  String atrSoFar() {
    return atr.get();
  }

  /** Reads the card; blocks as long as the reader or card takes. Never throws. */
  Outcome read() {
    Card card;
    try {
      card = terminal.connect("*");
    } catch (CardException | RuntimeException e) {
      return new Outcome.Lost("connect failed: " + PcscError.describe(e));
    }
    try {
      atr.set(HexFormat.of().formatHex(card.getATR().getBytes()));
      ResponseAPDU response = card.getBasicChannel().transmit(new CommandAPDU(UidResponse.GET_UID));
      byte[] bytes = response.getBytes();
      Optional<CardUid> uid = UidResponse.parse(bytes);
      if (uid.isEmpty()) {
        LOG.info(
            "no UID from {} (status word {}, {} bytes)",
            terminal.getName(),
            UidResponse.statusWord(bytes),
            bytes.length);
      }
      return new Outcome.Read(uid, atr.get());
    } catch (CardException | RuntimeException e) {
      // CardException: removed during transmit. IllegalArgumentException: the reader handed back
      // fewer than two bytes, which vpcd does when the card vanishes mid-command.
      return new Outcome.Lost("transmit failed: " + PcscError.describe(e));
    } finally {
      try {
        card.disconnect(false);
      } catch (CardException | RuntimeException e) {
        LOG.debug("disconnect after a read failed: {}", PcscError.describe(e));
      }
    }
  }
}
