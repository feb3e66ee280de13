package de.buergerinfo.kiosk.app;

import de.buergerinfo.kiosk.session.FlowProgress;
import de.buergerinfo.kiosk.session.SessionEndReason;
import de.buergerinfo.kiosk.ui.ScreenId;
import java.util.List;
import java.util.Optional;

/** Every picture {@code --snapshot} takes and the screen gallery test checks. */
final class Scenarios {

  private Scenarios() {}

  /** The attract screen at the picture time shows the demo notices in force that day. */
  static List<Scenario> all() {
    return List.of(
        Scenario.of(ScreenId.ATTRACT).withStyleVariants(),
        Scenario.of(ScreenId.LANGUAGE_CHOICE),
        Scenario.of(ScreenId.HOME).withStyleVariants(),
        Scenario.of(ScreenId.HELP).withStyleVariants(),
        Scenario.of(ScreenId.HELP).named("help-cancelled").after(ui -> ui.helpRequests().cancel()),
        // The goodbye follows a visit's end: the session is wiped, its language still spoken.
        Scenario.of(ScreenId.GOODBYE).before(ui -> ui.session().end(SessionEndReason.FINISHED)),
        Scenario.of(ScreenId.HOME)
            .named("idle-warning")
            .after(ui -> ui.idle().warnNow())
            .withStyleVariants(),
        Scenario.of(ScreenId.LIFE_SITUATIONS),
        Scenario.of(ScreenId.LIFE_SITUATION)
            .before(ui -> ui.session().lifeSituation().set(Optional.of("umzug"))),
        Scenario.of(ScreenId.FLOW_QUESTION)
            .before(
                ui ->
                    ui.session()
                        .flow()
                        .set(
                            Optional.of(
                                FlowProgress.start("umzug-nach-bremen")
                                    .answer("umzug-von", "anderer-ort"))))
            .withStyleVariants(),
        Scenario.of(ScreenId.CHECKLIST)
            .before(ui -> ui.session().flow().set(Optional.of(movingFlow())))
            .withStyleVariants());
  }

  /**
   * "Moving to Bremen" answered to the end: from another town, German, adult, with a car and a
   * residents' parking permit, and a dog.
   */
  private static FlowProgress movingFlow() {
    return FlowProgress.start("umzug-nach-bremen")
        .answer("umzug-von", "anderer-ort")
        .answer("staatsangehoerigkeit", "deutsch")
        .answer("volljaehrig", "ja")
        .answer("fahrzeug", "ja")
        .answer("bewohnerparken", "ja")
        .answer("hund-mit-parkausweis", "ja");
  }
}
