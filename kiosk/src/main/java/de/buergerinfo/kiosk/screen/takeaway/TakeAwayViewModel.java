package de.buergerinfo.kiosk.screen.takeaway;

import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.speech.Utterance;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The take-away screen: the sheet for what the session wants to take home, printed on the ticket
 * printer off the FX thread, or, when the printer cannot, shown as a QR code with a plain word why.
 * Holds the sheet only while the screen is shown ({@link #clear()} forgets it).
 */
public final class TakeAwayViewModel {

  private static final Logger log = LoggerFactory.getLogger(TakeAwayViewModel.class);

  /** Where printing stands. */
  public enum PrintState {
    /** Nothing printed yet: the citizen sees what the ticket will say and a Print button. */
    READY,
    /** The job is at the printer. */
    PRINTING,
    /** On paper: the citizen takes the ticket. */
    PRINTED,
    /** The printer could not: the QR code stands in for the ticket. */
    NOT_PRINTED
  }

  private final ScreenContext context;
  private final Executor printThread;
  private final Executor uiThread;
  private final ReadOnlyObjectWrapper<PrintState> state =
      new ReadOnlyObjectWrapper<>(this, "state", PrintState.READY);
  private final ReadOnlyStringWrapper qrText = new ReadOnlyStringWrapper(this, "qrText", "");
  private Optional<TakeAwaySheet> sheet = Optional.empty();
  private long job;

  /** Prints on a virtual thread and reports back on the FX thread. */
  public TakeAwayViewModel(ScreenContext context) {
    this(context, task -> Thread.ofVirtual().name("ticket-print").start(task), Platform::runLater);
  }

  /**
   * @param printThread runs the blocking print job (never the FX thread)
   * @param uiThread runs the result's effects (the FX thread)
   */
  public TakeAwayViewModel(ScreenContext context, Executor printThread, Executor uiThread) {
    this.context = context;
    this.printThread = printThread;
    this.uiThread = uiThread;
  }

  /** Reads what the session wants to take away, as of now; the state starts over. */
  public Optional<TakeAwaySheet> load() {
    job++;
    state.set(PrintState.READY);
    qrText.set("");
    sheet =
        context
            .session()
            .takeAway()
            .get()
            .flatMap(
                takeAway ->
                    context
                        .terminal()
                        .content()
                        .flatMap(
                            content ->
                                TakeAwaySheet.of(
                                    takeAway, content.catalog(), context.messages(), now())));
    return sheet;
  }

  public Optional<TakeAwaySheet> sheet() {
    return sheet;
  }

  /** The ticket the sheet prints as. */
  public Optional<Ticket> ticket() {
    return sheet.map(s -> composer().ticket(s));
  }

  /**
   * Sends the ticket to the printer on the print thread; the answer comes back on the UI thread.
   * Pressing again while a job runs does nothing.
   */
  public void print() {
    if (sheet.isEmpty() || state.get() == PrintState.PRINTING) {
      return;
    }
    Ticket ticket = composer().ticket(sheet.get());
    long thisJob = ++job;
    state.set(PrintState.PRINTING);
    var printer = context.terminal().printer();
    printThread.execute(
        () -> {
          PrintResult result;
          try {
            result = printer.print(ticket);
          } catch (RuntimeException e) {
            // The port promises never to throw; if a driver does, the citizen still gets the QR.
            log.warn("ticket printer failed: {}", e.toString());
            result = new PrintResult.NotPrinted("printer error");
          }
          PrintResult done = result;
          uiThread.execute(() -> printed(thisJob, done));
        });
  }

  private void printed(long thisJob, PrintResult result) {
    if (thisJob != job || sheet.isEmpty()) {
      return; // the screen was left or the session ended meanwhile
    }
    TicketComposer composer = composer();
    Messages messages = context.messages();
    String said;
    switch (result) {
      case PrintResult.Printed printed -> {
        state.set(PrintState.PRINTED);
        said = messages.text("takeaway.printed");
      }
      case PrintResult.NotPrinted notPrinted -> {
        // The reason is for the log and the librarian; the citizen gets a plain sentence.
        log.info("ticket not printed: {}", notPrinted.reason());
        qrText.set(composer.qrText(sheet.get()));
        state.set(PrintState.NOT_PRINTED);
        said = messages.text("takeaway.notPrinted");
      }
    }
    if (context.session().speech().get()) {
      context
          .terminal()
          .speech()
          .say(Utterance.of(said + " " + composer.speech(sheet.get()), messages.language()));
    }
  }

  /** Forgets the sheet and any answer still on its way (the screen was left). */
  public void clear() {
    job++;
    sheet = Optional.empty();
    qrText.set("");
    state.set(PrintState.READY);
  }

  public ReadOnlyObjectProperty<PrintState> state() {
    return state.getReadOnlyProperty();
  }

  /** The checklist as text for the QR code, once the printer could not print it. */
  public ReadOnlyStringProperty qrText() {
    return qrText.getReadOnlyProperty();
  }

  public TicketComposer composer() {
    return new TicketComposer(context.messages());
  }

  public void back() {
    context.navigation().back();
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(context.terminal().clock());
  }
}
