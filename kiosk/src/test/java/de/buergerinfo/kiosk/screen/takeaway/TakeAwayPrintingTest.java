package de.buergerinfo.kiosk.screen.takeaway;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceHealth;
import de.buergerinfo.devices.printer.EscPosDecoder;
import de.buergerinfo.devices.printer.PrintResult;
import de.buergerinfo.devices.printer.PrinterStatus;
import de.buergerinfo.devices.printer.SimulatedPrinter;
import de.buergerinfo.devices.printer.Ticket;
import de.buergerinfo.devices.printer.TicketPrinter;
import de.buergerinfo.kiosk.screen.ViewModelFixture;
import de.buergerinfo.kiosk.screen.takeaway.TakeAwayViewModel.PrintState;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.session.TakeAway;
import de.buergerinfo.kiosk.speech.RecordingSpeech;
import de.buergerinfo.kiosk.speech.Utterance;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Printing a take-away ticket end to end: the ViewModel, the composer, the real ESC/POS driver over
 * TCP and the printer emulator, whose decoded output is what a citizen would find on paper.
 */
class TakeAwayPrintingTest {

  private final ViewModelFixture fixture = new ViewModelFixture();
  private final List<SimulatedPrinter.PrintedTicket> paper = new CopyOnWriteArrayList<>();

  /**
   * Always on: whether to speak is the take-away's decision (the citizen's setting), not the
   * voice's.
   */
  private final RecordingSpeech voice = new RecordingSpeech();

  private final List<Utterance> said = voice.said();
  private SimulatedPrinter printer;
  private TakeAwayViewModel viewModel;

  @BeforeEach
  void start() {
    printer = SimulatedPrinter.start(event -> {});
    printer.onPrinted(paper::add);
    fixture.terminal.usePrinter(printer);
    voice.setEnabled(true);
    fixture.terminal.useSpeech(voice);
    // The print job runs at once here; in the kiosk it runs on its own thread (see below).
    viewModel = new TakeAwayViewModel(fixture.context, Runnable::run, Runnable::run);
  }

  @AfterEach
  void stop() {
    printer.close();
  }

  private void takeAway(String serviceId, Language language) {
    fixture.session.language().set(language);
    fixture.session.takeAway().set(Optional.of(new TakeAway.ServiceSheet(serviceId)));
    assertThat(viewModel.load()).isPresent();
  }

  private List<EscPosDecoder.Printed> printedTicket() throws InterruptedException {
    for (int i = 0; i < 250 && paper.isEmpty(); i++) {
      Thread.sleep(20); // the emulator decodes on its own thread
    }
    assertThat(paper).as("a ticket came out of the printer").hasSize(1);
    return paper.getFirst().content();
  }

  private static List<String> textLines(List<EscPosDecoder.Printed> printed) {
    return printed.stream()
        .filter(p -> p instanceof EscPosDecoder.TextLine)
        .map(p -> ((EscPosDecoder.TextLine) p).text().strip())
        .toList();
  }

  @Test
  void aGermanTicketComesOutAsComposed() throws Exception {
    takeAway("fahrzeug-zulassung", Language.GERMAN);

    viewModel.print();

    assertThat(viewModel.state().get()).isEqualTo(PrintState.PRINTED);
    List<EscPosDecoder.Printed> printed = printedTicket();
    assertThat(textLines(printed))
        .containsSubsequence(
            "Bürger-Informations-Service",
            "Fahrzeug zulassen (Kfz-Zulassung)",
            "Das bringen Sie mit:",
            "Kosten:",
            "Hier erledigen Sie es:",
            "Kfz-Zulassungsstelle Bremen",
            "Telefon:",
            "0421 361-0",
            "Online erledigen:",
            "Stand: 1. Dezember 2026, 10:30 Uhr");
    assertThat(textLines(printed))
        .anyMatch(l -> l.startsWith("Dienstag") && l.endsWith("07:30-13:00"));
    assertThat(printed)
        .contains(new EscPosDecoder.Qr("https://www.service.bremen.de/dienstleistungen/i-kfz"));
    assertThat(printed.getLast()).isInstanceOf(EscPosDecoder.Cut.class);
    assertThat(printed).noneMatch(p -> p instanceof EscPosDecoder.Broken);
  }

  @Test
  void aRussianTicketPrintsInTheCyrillicCodePage() throws Exception {
    takeAway("personalausweis", Language.RUSSIAN);

    viewModel.print();

    List<String> lines = textLines(printedTicket());
    assertThat(lines)
        .containsSubsequence(
            "Что взять с собой:", "Стоимость:", "Куда обращаться:", "Телефон:", "0421 361-0");
    assertThat(lines).anyMatch(l -> l.startsWith("вторник") && l.endsWith("08:00-14:00"));
  }

  @Test
  void anArabicTicketPrintsItsLinesAsPicturesAndNumbersAsText() throws Exception {
    takeAway("personalausweis", Language.ARABIC);

    viewModel.print();

    List<EscPosDecoder.Printed> printed = printedTicket();
    assertThat(printed).filteredOn(p -> p instanceof EscPosDecoder.Image).isNotEmpty();
    List<String> lines = textLines(printed);
    // What must read left to right stays text, on its own line, in the order written.
    assertThat(lines).contains("0421 361-0", "Pelzerstraße 40, 28195 Bremen");
    assertThat(lines)
        .noneMatch(
            l ->
                l.codePoints()
                    .anyMatch(
                        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
  }

  @Test
  void withoutPaperTheChecklistIsShownAsAQrCodeAndSaidPlainly() {
    printer.script(new PrinterStatus(false, false, true, false));
    fixture.session.speech().set(true);
    takeAway("personalausweis", Language.GERMAN);

    viewModel.print();

    assertThat(viewModel.state().get()).isEqualTo(PrintState.NOT_PRINTED);
    assertThat(viewModel.qrText().get())
        .startsWith("Personalausweis beantragen")
        .contains("Das bringen Sie mit:");
    assertThat(paper).allMatch(t -> textLines(t.content()).isEmpty());
    assertThat(said).hasSize(1);
    assertThat(said.getFirst().text())
        .startsWith("Der Drucker kann gerade nicht drucken.")
        .contains("Personalausweis beantragen");
    assertThat(said.getFirst().language()).isEqualTo(Language.GERMAN);
  }

  @Test
  void aPrintedTicketIsSpokenOnlyWhenTheCitizenTurnedSpeechOn() throws Exception {
    takeAway("personalausweis", Language.GERMAN);
    viewModel.print();
    assertThat(said).isEmpty();

    fixture.session.speech().set(true);
    viewModel.load();
    viewModel.print();

    assertThat(said).hasSize(1);
    assertThat(said.getFirst().text()).startsWith("Gedruckt – bitte nehmen Sie Ihren Zettel mit.");
  }

  @Test
  void aPrinterThatThrowsStillLeavesTheCitizenWithTheQrCode() {
    fixture.terminal.usePrinter(new ThrowingPrinter());
    takeAway("personalausweis", Language.GERMAN);

    viewModel.print();

    assertThat(viewModel.state().get()).isEqualTo(PrintState.NOT_PRINTED);
    assertThat(viewModel.qrText().get()).isNotEmpty();
  }

  @Test
  void theJobRunsOnThePrintThreadAndAnAnswerAfterLeavingIsIgnored() {
    Queue<Runnable> printThread = new ArrayDeque<>();
    TakeAwayViewModel queued =
        new TakeAwayViewModel(fixture.context, printThread::add, Runnable::run);
    fixture.session.takeAway().set(Optional.of(new TakeAway.ServiceSheet("personalausweis")));
    queued.load();

    queued.print();
    queued.print(); // a second press while printing does nothing
    assertThat(queued.state().get()).isEqualTo(PrintState.PRINTING);
    assertThat(printThread).hasSize(1);

    queued.clear(); // the citizen left the screen
    printThread.poll().run();

    assertThat(queued.state().get()).isEqualTo(PrintState.READY);
    assertThat(queued.sheet()).isEmpty();
  }

  @Test
  void theSheetIsGoneOnceTheScreenIsLeftAndTheSessionEnded() {
    fixture.session.takeAway().set(Optional.of(TicketComposerTest.STOLEN_ID_CARD));
    assertThat(viewModel.load()).isPresent();

    viewModel.clear();
    fixture.session.end(SessionEndReason.FINISHED);

    assertThat(viewModel.sheet()).isEmpty();
    assertThat(viewModel.qrText().get()).isEmpty();
    assertThat(viewModel.load()).isEmpty();
  }

  /** A driver breaking its promise never to throw. */
  private static final class ThrowingPrinter implements TicketPrinter {
    @Override
    public PrintResult print(Ticket ticket) {
      throw new IllegalStateException("driver bug");
    }

    @Override
    public DeviceHealth checkNow() {
      return health();
    }

    @Override
    public DeviceHealth health() {
      return DeviceHealth.ok("pretends");
    }
  }
}
