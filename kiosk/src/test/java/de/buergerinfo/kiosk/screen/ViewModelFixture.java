package de.buergerinfo.kiosk.screen;

import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.gpio.SimulatedGpio;
import de.buergerinfo.kiosk.i18n.MessageCatalog;
import de.buergerinfo.kiosk.session.KioskSession;
import de.buergerinfo.kiosk.sync.LiveContent;
import de.buergerinfo.kiosk.terminal.NoPrinter;
import de.buergerinfo.kiosk.terminal.Terminal;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.provisioning.profile.TerminalProfile;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A screen context with a real session, UI texts, the demo content and a recording navigation, no
 * JavaFX. The clock stands on a Tuesday morning in Bremen (offices open); tests may move it.
 */
public final class ViewModelFixture {

  /** Built once: the demo catalogue and its index do not change between tests. */
  public static final LiveContent DEMO_CONTENT = LiveContent.of(BremenContent.load());

  /** Tuesday, 1 December 2026, 10:30 in Bremen. */
  public static final LocalDateTime TUESDAY_MORNING = LocalDateTime.of(2026, 12, 1, 10, 30);

  /** A terminal with the demo content on Tuesday morning, no printer, this GPIO. */
  public static Terminal demoTerminal(de.buergerinfo.devices.gpio.Gpio gpio) {
    return Terminal.of(
        Clock.fixed(TUESDAY_MORNING.atZone(Terminal.ZONE).toInstant(), ZoneOffset.UTC),
        DEMO_CONTENT,
        new NoPrinter("no printer in this test"),
        gpio);
  }

  public final TerminalProfile profile = TerminalProfile.embeddedDefault();
  public final java.util.List<de.buergerinfo.devices.DeviceEvent> deviceEvents =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Its events are recorded and reach the terminal's hub, as a driver's would. */
  public final SimulatedGpio gpio =
      new SimulatedGpio(
          event -> {
            deviceEvents.add(event);
            this.terminal.events().accept(event);
          });

  public final Terminal terminal = demoTerminal(gpio);
  public final KioskSession session = new KioskSession(Language.GERMAN, terminal.clock());
  public final RecordingNavigation navigation = new RecordingNavigation();
  public final ScreenContext context =
      new ScreenContext(profile, session, MessageCatalog.load(), navigation, terminal);
}
