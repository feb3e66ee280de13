package de.buergerinfo.kiosk.screen.goodbye;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.Duration;

/**
 * The goodbye screen, shown after a visit ended (its data already wiped): a thank-you and the
 * assurance that everything is deleted, then the attract screen again.
 */
public final class GoodbyeViewModel {

  /** How long the goodbye stays before the attract screen returns. */
  public static final Duration SHOWN_FOR = Duration.ofSeconds(5);

  private final ScreenContext context;

  /** The language of the visit that just ended; the session has already forgotten it. */
  private Language visitLanguage;

  public GoodbyeViewModel(ScreenContext context) {
    this.context = context;
    this.visitLanguage = context.profile().defaultLanguage();
  }

  /** A visit ended while the citizen read {@code language}: the goodbye speaks it. */
  public void visitEnded(Language language) {
    visitLanguage = language;
  }

  /** The goodbye's texts: in the language of the visit that ended. */
  public Messages messages() {
    return context.catalog().messages(visitLanguage);
  }

  /** Whether the goodbye reads right to left. */
  public boolean rightToLeft() {
    return visitLanguage.isRightToLeft();
  }

  /** The goodbye was shown: the language goes too. */
  public void forget() {
    visitLanguage = context.profile().defaultLanguage();
  }

  /** The time is up, or the next person touched the screen: back to the attract screen. */
  public void done() {
    context.navigation().show(ScreenId.ATTRACT);
  }
}
