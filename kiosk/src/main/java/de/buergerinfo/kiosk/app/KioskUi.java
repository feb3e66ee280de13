package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.idle.IdleOverlay;
import de.buergerinfo.kiosk.screen.attract.AttractView;
import de.buergerinfo.kiosk.screen.attract.AttractViewModel;
import de.buergerinfo.kiosk.screen.detail.BookingView;
import de.buergerinfo.kiosk.screen.detail.BookingViewModel;
import de.buergerinfo.kiosk.screen.detail.ServiceDetailView;
import de.buergerinfo.kiosk.screen.detail.ServiceDetailViewModel;
import de.buergerinfo.kiosk.screen.flow.ChecklistView;
import de.buergerinfo.kiosk.screen.flow.ChecklistViewModel;
import de.buergerinfo.kiosk.screen.flow.FlowQuestionView;
import de.buergerinfo.kiosk.screen.flow.FlowQuestionViewModel;
import de.buergerinfo.kiosk.screen.goodbye.GoodbyeView;
import de.buergerinfo.kiosk.screen.goodbye.GoodbyeViewModel;
import de.buergerinfo.kiosk.screen.help.HelpButton;
import de.buergerinfo.kiosk.screen.help.HelpRequests;
import de.buergerinfo.kiosk.screen.help.HelpView;
import de.buergerinfo.kiosk.screen.help.HelpViewModel;
import de.buergerinfo.kiosk.screen.home.HomeView;
import de.buergerinfo.kiosk.screen.home.HomeViewModel;
import de.buergerinfo.kiosk.screen.language.LanguageChoiceView;
import de.buergerinfo.kiosk.screen.language.LanguageChoiceViewModel;
import de.buergerinfo.kiosk.screen.results.ResultsView;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel;
import de.buergerinfo.kiosk.screen.situations.LifeSituationView;
import de.buergerinfo.kiosk.screen.situations.LifeSituationViewModel;
import de.buergerinfo.kiosk.screen.situations.LifeSituationsView;
import de.buergerinfo.kiosk.screen.situations.LifeSituationsViewModel;
import de.buergerinfo.kiosk.screen.takeaway.TakeAwayView;
import de.buergerinfo.kiosk.screen.takeaway.TakeAwayViewModel;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.KioskFrame;
import de.buergerinfo.kiosk.ui.Navigator;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import javafx.util.Subscription;

/** The terminal's UI for one session object: the frame, every screen, and the navigator. */
public final class KioskUi {

  private final KioskFrame frame;
  private final Navigator navigator;
  private final ScreenContext context;
  private final HelpRequests helpRequests;
  private final IdleOverlay idle;
  private final SpeechGuide speechGuide;

  /** What the UI installed once for all screens (help button, visit end); undone by stop(). */
  private final Subscription installed;

  private KioskUi(
      KioskFrame frame,
      Navigator navigator,
      ScreenContext context,
      HelpRequests helpRequests,
      IdleOverlay idle,
      SpeechGuide speechGuide,
      Subscription installed) {
    this.frame = frame;
    this.navigator = navigator;
    this.context = context;
    this.helpRequests = helpRequests;
    this.idle = idle;
    this.speechGuide = speechGuide;
    this.installed = installed;
  }

  /**
   * Builds the attract screen and registers the others to be built later ({@link #buildScreens});
   * call on the FX thread. Nothing is shown until {@link #start()}.
   */
  public static KioskUi create(
      TerminalProfile profile, KioskSession session, MessageCatalog catalog, Terminal terminal) {
    KioskFrame frame = new KioskFrame(session);
    Navigator navigator = new Navigator(frame.screenHost());
    ScreenContext context = new ScreenContext(profile, session, catalog, navigator, terminal);
    AttractViewModel attract = new AttractViewModel(context);
    navigator.register(new AttractView(attract));
    // Only the attract screen is built before the window shows; the others are built on the
    // JavaFX thread right after its first frame (startScreens), or when first shown.
    navigator.register(
        ScreenId.LANGUAGE_CHOICE,
        () -> new LanguageChoiceView(context, new LanguageChoiceViewModel(context)));
    navigator.register(ScreenId.HOME, () -> new HomeView(context, new HomeViewModel(context)));
    HelpRequests helpRequests = new HelpRequests(terminal, profile.terminalId());
    navigator.register(
        ScreenId.HELP, () -> new HelpView(context, new HelpViewModel(context, helpRequests)));
    GoodbyeViewModel goodbye = new GoodbyeViewModel(context);
    navigator.register(ScreenId.GOODBYE, () -> new GoodbyeView(context, goodbye));
    navigator.register(
        ScreenId.LIFE_SITUATIONS,
        () -> new LifeSituationsView(context, new LifeSituationsViewModel(context)));
    navigator.register(
        ScreenId.LIFE_SITUATION,
        () -> new LifeSituationView(context, new LifeSituationViewModel(context)));
    navigator.register(
        ScreenId.FLOW_QUESTION,
        () -> new FlowQuestionView(context, new FlowQuestionViewModel(context)));
    navigator.register(
        ScreenId.CHECKLIST, () -> new ChecklistView(context, new ChecklistViewModel(context)));
    navigator.register(
        ScreenId.SERVICE_DETAIL,
        () -> new ServiceDetailView(context, new ServiceDetailViewModel(context)));
    navigator.register(
        ScreenId.BOOKING, () -> new BookingView(context, new BookingViewModel(context)));
    navigator.register(
        ScreenId.TAKE_AWAY, () -> new TakeAwayView(context, new TakeAwayViewModel(context)));
    navigator.register(
        ScreenId.RESULTS,
        () ->
            new ResultsView(
                context,
                new ResultsViewModel(
                    context,
                    ResultsViewModel.searchThread(),
                    javafx.application.Platform::runLater)));

    // Installed once for every screen; the language is still the visit's when it ends.
    Subscription visitEnds =
        session
            .active()
            .subscribe(
                active -> {
                  if (!active) {
                    goodbye.visitEnded(session.language().get());
                  }
                });
    Subscription helpButton =
        HelpButton.install(context, navigator.current(), helpRequests, attract::startSpoken);
    IdleOverlay idle =
        IdleOverlay.install(
            frame,
            context,
            navigator.current(),
            reason -> {
              session.end(reason);
              navigator.show(ScreenId.GOODBYE);
            });
    SpeechGuide speech = SpeechGuide.install(frame, context, navigator.current());
    Subscription readWarning =
        idle.watch()
            .warning()
            .subscribe(
                up -> {
                  if (up) {
                    speech.readScreen();
                  }
                });
    Subscription installed =
        visitEnds.and(helpButton).and(readWarning).and(idle::uninstall).and(speech::uninstall);
    return new KioskUi(frame, navigator, context, helpRequests, idle, speech, installed);
  }

  /** Shows the attract screen. */
  public void start() {
    navigator.show(ScreenId.ATTRACT);
  }

  /**
   * Builds the screens not built yet, one per turn of the JavaFX thread; called once the attract
   * screen is on display, so that the first touch finds them ready.
   */
  public void buildScreens() {
    navigator.buildRemaining(javafx.application.Platform::runLater);
  }

  public KioskFrame frame() {
    return frame;
  }

  public Navigator navigator() {
    return navigator;
  }

  /** What the screens work with (tests and snapshots set up state through it). */
  public ScreenContext context() {
    return context;
  }

  public KioskSession session() {
    return context.session();
  }

  /** The idle warning over every screen. */
  public IdleOverlay idle() {
    return idle;
  }

  /** Reads the screens aloud while the citizen has speech on. */
  public SpeechGuide speechGuide() {
    return speechGuide;
  }

  /** The calls for a librarian made at this terminal. */
  public HelpRequests helpRequests() {
    return helpRequests;
  }

  /**
   * Deactivates the screen on display and undoes what was installed for all screens, stopping every
   * timer and listener.
   */
  public void stop() {
    navigator.stopBuilding();
    var current = navigator.current().get();
    if (current != null) {
      navigator.screen(current).deactivate();
    }
    installed.unsubscribe();
  }
}
