package de.buergerinfo.kiosk.screen.attract;

import de.buergerinfo.content.language.Language;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The attract screen's state: which language the welcome is shown in, cycling through all. */
public final class AttractViewModel {

  private final ScreenContext context;
  private final ReadOnlyObjectWrapper<Language> shownLanguage =
      new ReadOnlyObjectWrapper<>(this, "shownLanguage");

  public AttractViewModel(ScreenContext context) {
    this.context = context;
    shownLanguage.set(context.session().language().get());
  }

  /** Starts the welcome in the terminal's current language. */
  public void reset() {
    shownLanguage.set(context.session().language().get());
  }

  /** The next of the terminal's languages, after the last the first again. */
  public void showNextLanguage() {
    List<Language> languages = languages();
    int index = languages.indexOf(shownLanguage.get());
    shownLanguage.set(languages.get((index + 1) % languages.size()));
  }

  public ReadOnlyObjectProperty<Language> shownLanguage() {
    return shownLanguage.getReadOnlyProperty();
  }

  /** Texts in the language the welcome is shown in. */
  public Messages shownMessages() {
    return context.catalog().messages(shownLanguage.get());
  }

  public List<Language> languages() {
    return context.profile().languages();
  }

  public String site() {
    return context.profile().site();
  }

  /** A touch, a key or presence: the visit begins with choosing a language. */
  public void start() {
    context.session().begin();
    context.navigation().show(ScreenId.LANGUAGE_CHOICE);
  }
}
