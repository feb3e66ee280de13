package de.buergerinfo.kiosk.screen.attract;

import de.buergerinfo.content.catalog.Announcement;
import de.buergerinfo.content.catalog.ResolvedText;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.devices.DeviceEvent;
import de.buergerinfo.kiosk.i18n.Messages;
import de.buergerinfo.kiosk.ui.CatalogText;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Subscription;

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

  /** At most this many notices: a few lines to glance at, not a wall. */
  public static final int MAX_ANNOUNCEMENTS = 3;

  /**
   * One notice's headline in the shown language.
   *
   * @param title the headline, safe to draw
   * @param fallbackNote "only in German" when the headline is not in the shown language
   */
  public record AnnouncementLine(String title, Optional<String> fallbackNote) {}

  /**
   * The headlines of the notices in force now, in the shown language: closures first, then
   * absences, then information, at most {@link #MAX_ANNOUNCEMENTS}; none while content is loading.
   */
  public List<AnnouncementLine> announcements() {
    LocalDateTime now = LocalDateTime.now(context.terminal().clock());
    Messages messages = shownMessages();
    return context.terminal().content().stream()
        .flatMap(snapshot -> snapshot.catalog().announcements().stream())
        .filter(announcement -> announcement.isActiveAt(now))
        .sorted(java.util.Comparator.comparing(Announcement::kind))
        .flatMap(announcement -> line(announcement, messages).stream())
        .limit(MAX_ANNOUNCEMENTS)
        .toList();
  }

  private Optional<AnnouncementLine> line(Announcement announcement, Messages messages) {
    Optional<ResolvedText> title = CatalogText.resolve(announcement.title(), shownLanguage.get());
    return title.map(t -> new AnnouncementLine(t.text(), CatalogText.fallbackNote(t, messages)));
  }

  /** A touch, a key or presence: the visit begins with choosing a language. */
  public void start() {
    context.session().begin();
    context.navigation().show(ScreenId.LANGUAGE_CHOICE);
  }

  /**
   * Starts a visit when the presence sensor sees someone arrive, until the returned subscription is
   * cancelled (the view does so when the attract screen goes). Only an arrival counts: whoever is
   * still standing there after the goodbye does not start the next visit, and a passer-by's visit
   * is ended by the idle watch once the sensor has seen nobody for its grace time.
   *
   * @param uiThread where the decision is made; sensor events come on a driver thread
   */
  public Subscription startOnArrival(Executor uiThread) {
    AtomicBoolean listening = new AtomicBoolean(true);
    Runnable unsubscribe =
        context
            .terminal()
            .events()
            .subscribe(
                event -> {
                  if (event instanceof DeviceEvent.PresenceChanged changed && changed.present()) {
                    // An event handed over just before the screen went must not act after it.
                    uiThread.execute(
                        () -> {
                          if (listening.get()) {
                            arrived();
                          }
                        });
                  }
                });
    return () -> {
      listening.set(false);
      unsubscribe.run();
    };
  }

  /** Someone stepped in front of the terminal: the same as a touch, unless a visit is running. */
  void arrived() {
    if (context.terminal().gpio().hasPresenceSensor() && !context.session().active().get()) {
      start();
    }
  }

  /**
   * The speech key or the help button: a visit that reads itself aloud, for someone who cannot see
   * the screen (the language choice is spoken first).
   */
  public void startSpoken() {
    context.session().begin();
    context.session().speech().set(true);
    context.navigation().show(ScreenId.LANGUAGE_CHOICE);
  }
}
