package de.buergerinfo.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.kiosk.testsupport.Fx;
import de.buergerinfo.kiosk.testsupport.JavaFxExtension;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(JavaFxExtension.class)
class NavigatorTest {

  private final List<String> lifecycle = new ArrayList<>();

  private final class Recorded extends ScreenView {
    private final ScreenId id;
    private final Pane root = new Pane();

    Recorded(ScreenId id) {
      this.id = id;
    }

    @Override
    public ScreenId id() {
      return id;
    }

    @Override
    public Parent root() {
      return root;
    }

    @Override
    protected Subscription onActivate() {
      lifecycle.add("+" + id.fileName());
      return () -> lifecycle.add("-" + id.fileName());
    }
  }

  /** Registers {@code id} to be built later; each build is noted in {@code built}. */
  private void registerNotingBuilds(Navigator navigator, ScreenId id, List<ScreenId> built) {
    navigator.register(
        id,
        () -> {
          built.add(id);
          return new Recorded(id);
        });
  }

  private Navigator navigator(StackPane host) {
    Navigator navigator = new Navigator(host);
    for (ScreenId id : ScreenId.values()) {
      navigator.register(new Recorded(id));
    }
    return navigator;
  }

  @Test
  void backReturnsAlongTheWayTakenAndHomeForgetsIt() {
    List<ScreenId> seen =
        Fx.call(
            () -> {
              Navigator navigator = navigator(new StackPane());
              List<ScreenId> where = new ArrayList<>();
              navigator.show(ScreenId.HOME);
              navigator.show(ScreenId.RESULTS);
              navigator.show(ScreenId.SERVICE_DETAIL);
              navigator.show(ScreenId.TAKE_AWAY);
              navigator.back();
              where.add(navigator.current().get());
              navigator.back();
              where.add(navigator.current().get());
              navigator.show(ScreenId.HOME);
              navigator.show(ScreenId.HELP);
              navigator.back();
              where.add(navigator.current().get());
              navigator.back();
              where.add(navigator.current().get());
              return where;
            });

    assertThat(seen)
        .containsExactly(ScreenId.SERVICE_DETAIL, ScreenId.RESULTS, ScreenId.HOME, ScreenId.HOME);
  }

  @Test
  void eachScreenIsDeactivatedBeforeTheNextIsActivated() {
    Fx.run(
        () -> {
          Navigator navigator = navigator(new StackPane());
          navigator.show(ScreenId.ATTRACT);
          navigator.show(ScreenId.HOME);
          navigator.show(ScreenId.RESULTS);
          navigator.back();
        });

    assertThat(lifecycle)
        .containsExactly("+attract", "-attract", "+home", "-home", "+results", "-results", "+home");
  }

  @Test
  void theAttractScreenIsNeverAStepBack() {
    ScreenId after =
        Fx.call(
            () -> {
              Navigator navigator = navigator(new StackPane());
              navigator.show(ScreenId.ATTRACT);
              navigator.show(ScreenId.LANGUAGE_CHOICE);
              navigator.back();
              return navigator.current().get();
            });

    assertThat(after).isEqualTo(ScreenId.HOME);
  }

  @Test
  void aScreenRegisteredToBeBuiltLaterIsBuiltOnceWhenFirstShown() {
    Fx.run(
        () -> {
          Navigator navigator = new Navigator(new StackPane());
          List<ScreenId> built = new ArrayList<>();
          navigator.register(new Recorded(ScreenId.ATTRACT));
          registerNotingBuilds(navigator, ScreenId.HOME, built);
          navigator.show(ScreenId.ATTRACT);
          assertThat(built).isEmpty();

          navigator.show(ScreenId.HOME);
          navigator.show(ScreenId.ATTRACT);
          navigator.show(ScreenId.HOME);

          assertThat(built).containsExactly(ScreenId.HOME);
          assertThat(lifecycle)
              .containsExactly(
                  "+attract", "-attract", "+home", "-home", "+attract", "-attract", "+home");
        });
  }

  @Test
  void theRemainingScreensAreBuiltOnePerTaskUntilStopped() {
    Fx.run(
        () -> {
          Navigator navigator = new Navigator(new StackPane());
          List<ScreenId> built = new ArrayList<>();
          for (ScreenId id : List.of(ScreenId.HOME, ScreenId.RESULTS, ScreenId.HELP)) {
            registerNotingBuilds(navigator, id, built);
          }
          List<Runnable> queue = new ArrayList<>();

          navigator.buildRemaining(queue::add);
          assertThat(built).as("nothing built until the queue runs the task").isEmpty();
          queue.removeFirst().run();
          assertThat(built).containsExactly(ScreenId.HOME);
          assertThat(queue).as("the next one queued as its own task").hasSize(1);
          navigator.stopBuilding();
          queue.removeFirst().run();

          assertThat(built).containsExactly(ScreenId.HOME);
          assertThat(queue).isEmpty();
          navigator.screen(ScreenId.HELP);
          assertThat(built)
              .as("still built when needed")
              .containsExactly(ScreenId.HOME, ScreenId.HELP);
        });
  }

  @Test
  void aFactoryMustBuildTheScreenItWasRegisteredFor() {
    Fx.run(
        () -> {
          Navigator navigator = new Navigator(new StackPane());
          navigator.register(ScreenId.HOME, () -> new Recorded(ScreenId.HELP));
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigator.show(ScreenId.HOME))
              .isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("HOME");
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigator.screen(ScreenId.HOME))
              .as("still registered, so the error says the same again")
              .isInstanceOf(IllegalStateException.class);
        });
  }
}
