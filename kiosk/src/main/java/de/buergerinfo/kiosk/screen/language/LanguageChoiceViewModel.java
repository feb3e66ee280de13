package de.buergerinfo.kiosk.screen.language;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.List;

/** The language choice: the terminal's languages, the current one, and choosing. */
public final class LanguageChoiceViewModel {

  private final ScreenContext context;

  public LanguageChoiceViewModel(ScreenContext context) {
    this.context = context;
  }

  public List<Language> languages() {
    return context.profile().languages();
  }

  public Language current() {
    return context.session().language().get();
  }

  /** Switches the whole terminal to {@code language} and goes on to the home screen. */
  public void choose(Language language) {
    if (!languages().contains(language)) {
      throw new IllegalArgumentException(language + " is not offered on this terminal");
    }
    context.session().language().set(language);
    context.navigation().show(ScreenId.HOME);
  }

  /** Ends the visit and returns to the attract screen. */
  public void finish() {
    context.session().end(SessionEndReason.FINISHED);
    context.navigation().show(ScreenId.GOODBYE);
  }
}
