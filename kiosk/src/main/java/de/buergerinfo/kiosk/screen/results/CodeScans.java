package de.buergerinfo.kiosk.screen.results;

import de.buergerinfo.kiosk.scan.ScanTarget;
import de.buergerinfo.kiosk.scan.ScannedCodes;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What a code scanned on the home or results screen does (issue 6, part 7): a service's code opens
 * it, a code shared by several services lists them, anything else gets a kind notice on screen. A
 * scanned address is only compared with the catalogue ({@link ScannedCodes}), never opened.
 */
public final class CodeScans {

  /** What the screen tells the citizen about the last scan. */
  public enum Notice {
    /** Nothing to say. */
    NONE,
    /** The code leads to nothing this terminal knows. */
    NOT_FOR_THIS_TERMINAL,
    /** The catalogue is still loading; the citizen can scan again in a moment. */
    STILL_LOADING
  }

  private final ScreenContext context;
  private final Runnable showSeveral;
  private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");

  /**
   * @param showSeveral shows the services now in {@code session.scannedServices()}: the home screen
   *     goes to the results screen, the results screen refreshes itself
   */
  public CodeScans(ScreenContext context, Runnable showSeveral) {
    this.context = context;
    this.showSeveral = showSeveral;
    notice.set(Notice.NONE);
  }

  /** Acts on a code the scanner read; call on the FX thread. */
  public void scanned(String code) {
    Optional<ScanTarget> target =
        context.terminal().content().map(content -> ScannedCodes.resolve(code, content.catalog()));
    if (target.isEmpty()) {
      notice.set(Notice.STILL_LOADING);
      return;
    }
    switch (target.get()) {
      case ScanTarget.Services(List<String> ids) when ids.size() == 1 -> {
        notice.set(Notice.NONE);
        context.session().service().set(Optional.of(ids.getFirst()));
        context.navigation().show(ScreenId.SERVICE_DETAIL);
      }
      case ScanTarget.Services(List<String> ids) -> {
        notice.set(Notice.NONE);
        context.session().searchText().set("");
        context.session().scannedServices().set(ids);
        showSeveral.run();
      }
      case ScanTarget.NotForThisTerminal none -> notice.set(Notice.NOT_FOR_THIS_TERMINAL);
    }
  }

  /** The notice on screen; {@link Notice#NONE} hides it. */
  public ObjectProperty<Notice> notice() {
    return notice;
  }

  /** The citizen closed the notice (or left the screen). */
  public void dismiss() {
    notice.set(Notice.NONE);
  }
}
