package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.screen.attract.AttractView;
import de.buergerinfo.kiosk.screen.attract.AttractViewModel;
import de.buergerinfo.kiosk.screen.home.HomeView;
import de.buergerinfo.kiosk.screen.home.HomeViewModel;
import de.buergerinfo.kiosk.screen.language.LanguageChoiceView;
import de.buergerinfo.kiosk.screen.language.LanguageChoiceViewModel;
import de.buergerinfo.kiosk.screen.results.ResultsView;
import de.buergerinfo.kiosk.screen.results.ResultsViewModel;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.KioskFrame;
import de.buergerinfo.kiosk.ui.Navigator;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import de.buergerinfo.provisioning.profile.TerminalProfile;

/** The terminal's UI for one session object: the frame, every screen, and the navigator. */
public final class KioskUi {

  private final KioskFrame frame;
  private final Navigator navigator;
  private final ScreenContext context;

  private KioskUi(KioskFrame frame, Navigator navigator, ScreenContext context) {
    this.frame = frame;
    this.navigator = navigator;
    this.context = context;
  }

  /** Builds every screen; call on the FX thread. Nothing is shown until {@link #start()}. */
  public static KioskUi create(
      TerminalProfile profile, KioskSession session, MessageCatalog catalog, Terminal terminal) {
    KioskFrame frame = new KioskFrame(session);
    Navigator navigator = new Navigator(frame.screenHost());
    ScreenContext context = new ScreenContext(profile, session, catalog, navigator, terminal);
    navigator.register(new AttractView(new AttractViewModel(context)));
    navigator.register(new LanguageChoiceView(context, new LanguageChoiceViewModel(context)));
    navigator.register(new HomeView(context, new HomeViewModel(context)));
    navigator.register(
        new ResultsView(
            context,
            new ResultsViewModel(
                context, ResultsViewModel.searchThread(), javafx.application.Platform::runLater)));
    return new KioskUi(frame, navigator, context);
  }

  /** Shows the attract screen. */
  public void start() {
    navigator.show(ScreenId.ATTRACT);
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

  /** Deactivates the screen on display, stopping its timers and listeners. */
  public void stop() {
    var current = navigator.current().get();
    if (current != null) {
      navigator.screen(current).deactivate();
    }
  }
}
