package de.buergerinfo.kiosk.screen.results;

import de.buergerinfo.content.catalog.Catalog;
import de.buergerinfo.content.catalog.LifeSituation;
import de.buergerinfo.content.catalog.Service;
import de.buergerinfo.content.language.Language;
import de.buergerinfo.content.search.SearchHit;
import de.buergerinfo.content.search.SearchRequest;
import de.buergerinfo.content.search.Suggestions;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.sync.LiveContent;
import de.buergerinfo.kiosk.ui.ScreenContext;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The results screen: searches as the citizen types, off the FX thread, and shows the newest
 * query's results only: a search that finishes late for an older query is dropped, never shown over
 * a newer one.
 */
public final class ResultsViewModel {

  private static final Logger log = LoggerFactory.getLogger(ResultsViewModel.class);

  /** More results than this are more than anyone reads on a terminal; they refine the query. */
  public static final int MAX_RESULTS = 20;

  /** What the screen shows. */
  public sealed interface State {}

  /** Nothing typed yet: examples of what to type. */
  public record NoQuery() implements State {}

  /** The terminal is still starting: the catalogue is not there yet. */
  public record Loading() implements State {}

  /** The services a search found, best first (at most {@link #MAX_RESULTS}). */
  public record Found(String query, List<Service> services) implements State {
    public Found {
      services = List.copyOf(services);
    }
  }

  /** The services a scanned code named (several share it). */
  public record Scanned(List<Service> services) implements State {
    public Scanned {
      services = List.copyOf(services);
    }
  }

  /**
   * A search found nothing.
   *
   * @param corrections the query with misspelt words corrected, each finds something
   * @param situations life situations to browse instead
   */
  public record NothingFound(String query, List<String> corrections, List<LifeSituation> situations)
      implements State {
    public NothingFound {
      corrections = List.copyOf(corrections);
      situations = List.copyOf(situations);
    }
  }

  private final ScreenContext context;
  private final Executor searches;
  private final Executor fxThread;
  private final CodeScans scans;
  private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state");

  /** Counts queries: a result is shown only if no newer query was asked since. */
  private final AtomicLong latest = new AtomicLong();

  /**
   * @param searches runs searches (one background thread in the kiosk)
   * @param fxThread hands results back to the FX thread ({@code Platform::runLater})
   */
  public ResultsViewModel(ScreenContext context, Executor searches, Executor fxThread) {
    this.context = context;
    this.searches = searches;
    this.fxThread = fxThread;
    this.scans = new CodeScans(context, this::refresh);
    state.set(new NoQuery());
  }

  /**
   * One background thread for searches, gone when idle: a terminal searches in bursts, and the
   * snapshot renderer builds many screens that must not each keep a thread.
   */
  public static Executor searchThread() {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            1,
            1,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "search");
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  /**
   * Starts following what the citizen types (each change searches). Ending the subscription forgets
   * the results and drops searches still running.
   */
  public Subscription start() {
    Subscription typing = context.session().searchText().subscribe(this::search);
    return typing.and(
        () -> {
          latest.incrementAndGet();
          scans.dismiss();
          state.set(new NoQuery());
        });
  }

  /** Searches again for what is typed now (the catalogue may have arrived, a scan listed some). */
  public void refresh() {
    search(context.session().searchText().get());
  }

  /** While the terminal is still starting, tries again (the screen calls this every second). */
  public void retryIfLoading() {
    if (state.get() instanceof Loading) {
      refresh();
    }
  }

  /**
   * Searches for {@code text}; the result arrives later on the FX thread. Call on the FX thread.
   */
  void search(String text) {
    long query = latest.incrementAndGet();
    String typed = text == null ? "" : text;
    if (typed.isBlank()) {
      state.set(scanned().<State>map(Scanned::new).orElseGet(NoQuery::new));
      return;
    }
    context.session().scannedServices().set(List.of());
    scans.dismiss();
    Optional<LiveContent.Snapshot> content = context.terminal().content();
    if (content.isEmpty()) {
      state.set(new Loading());
      return;
    }
    Language language = context.language();
    searches.execute(
        () -> {
          if (latest.get() != query) {
            return; // the citizen typed on: only the newest query is worth the work
          }
          State found = find(content.get(), typed, language);
          fxThread.execute(
              () -> {
                if (latest.get() == query) {
                  state.set(found);
                }
              });
        });
  }

  private static State find(LiveContent.Snapshot content, String typed, Language language) {
    String query = typed.strip();
    try {
      Catalog catalog = content.catalog();
      List<Service> services =
          content.index().search(new SearchRequest(typed, language, MAX_RESULTS, false)).stream()
              .map(SearchHit::serviceId)
              .map(catalog::service)
              .flatMap(Optional::stream)
              .toList();
      if (!services.isEmpty()) {
        return new Found(query, services);
      }
      Suggestions suggestions = content.index().suggest(new SearchRequest(typed, language));
      return new NothingFound(
          query,
          suggestions.queries(),
          suggestions.lifeSituationIds().stream()
              .map(catalog::lifeSituation)
              .flatMap(Optional::stream)
              .toList());
    } catch (RuntimeException e) {
      // Never the query in the log: it is what a citizen typed.
      log.warn("a search failed: {}", e.toString());
      return new NothingFound(query, List.of(), List.of());
    }
  }

  private Optional<List<Service>> scanned() {
    List<String> ids = context.session().scannedServices().get();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return context
        .terminal()
        .content()
        .map(
            content ->
                ids.stream().map(content.catalog()::service).flatMap(Optional::stream).toList())
        .filter(services -> !services.isEmpty());
  }

  public ReadOnlyObjectProperty<State> state() {
    return state;
  }

  /** What the citizen types; it belongs to the session and goes with it. */
  public StringProperty searchText() {
    return context.session().searchText();
  }

  /** Scanned codes on this screen. */
  public CodeScans scans() {
    return scans;
  }

  /** Opens a service's details. */
  public void open(Service service) {
    context.session().service().set(Optional.of(service.id()));
    context.navigation().show(ScreenId.SERVICE_DETAIL);
  }

  /** Takes a suggested spelling: it replaces what was typed and is searched at once. */
  public void useCorrection(String corrected) {
    context.session().searchText().set(corrected);
  }

  public void openLifeSituation(LifeSituation situation) {
    context.session().lifeSituation().set(Optional.of(situation.id()));
    context.navigation().show(ScreenId.LIFE_SITUATION);
  }

  public void allLifeSituations() {
    context.navigation().show(ScreenId.LIFE_SITUATIONS);
  }

  public void askLibrarian() {
    context.navigation().show(ScreenId.HELP);
  }

  public void back() {
    context.navigation().back();
  }

  public void home() {
    context.navigation().show(ScreenId.HOME);
  }

  /** Ends the visit: everything entered is forgotten, the attract screen returns. */
  public void finish() {
    context.session().end(SessionEndReason.FINISHED);
    context.navigation().show(ScreenId.ATTRACT);
  }
}
