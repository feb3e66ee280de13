package de.buergerinfo.content.catalog;

import static de.buergerinfo.content.catalog.CatalogFixtures.answer;
import static de.buergerinfo.content.catalog.CatalogFixtures.de;
import static de.buergerinfo.content.catalog.CatalogFixtures.item;
import static de.buergerinfo.content.catalog.CatalogFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuidedFlowTest {

  private static final FlowStep.Finish REGISTER =
      new FlowStep.Finish(List.of("anmeldung"), List.of(item("mietvertrag")));

  /** "Moved to Bremen?" -> "From abroad?" -> result. */
  static GuidedFlow moving() {
    return new GuidedFlow(
        "umzug",
        de("Umzug nach Bremen"),
        LocalizedText.empty(),
        "neu",
        List.of(
            question("neu", answer("ja", new FlowStep.Ask("ausland")), answer("nein", REGISTER)),
            question("ausland", answer("ja", REGISTER), answer("nein", REGISTER))),
        List.of(),
        "");
  }

  @Test
  void stepsThroughTheQuestionsToTheResult() {
    GuidedFlow flow = moving();

    assertThat(flow.stepFor(FlowAnswers.none())).isEqualTo(new FlowStep.Ask("neu"));
    assertThat(flow.stepFor(FlowAnswers.none().with("neu", "ja")))
        .isEqualTo(new FlowStep.Ask("ausland"));
    assertThat(flow.stepFor(FlowAnswers.none().with("neu", "ja").with("ausland", "nein")))
        .isEqualTo(REGISTER);
    assertThat(flow.stepFor(FlowAnswers.none().with("neu", "nein").with("ausland", "ja")))
        .isEqualTo(REGISTER);
  }

  @Test
  void anUnknownAnswerCountsAsUnanswered() {
    assertThat(moving().stepFor(FlowAnswers.none().with("neu", "vielleicht")))
        .isEqualTo(new FlowStep.Ask("neu"));
  }

  @Test
  void refusesBrokenShapes() {
    assertThatThrownBy(
            () ->
                new GuidedFlow(
                    "f",
                    de("F"),
                    LocalizedText.empty(),
                    "x",
                    List.of(question("a", answer("1", REGISTER), answer("2", REGISTER))),
                    List.of(),
                    ""))
        .hasMessageContaining("unknown question x");
    assertThatThrownBy(
            () ->
                new GuidedFlow(
                    "f",
                    de("F"),
                    LocalizedText.empty(),
                    "a",
                    List.of(
                        question("a", answer("1", new FlowStep.Ask("b")), answer("2", REGISTER)),
                        question("b", answer("1", new FlowStep.Ask("a")), answer("2", REGISTER))),
                    List.of(),
                    ""))
        .hasMessageContaining("loops back to question a");
    assertThatThrownBy(
            () ->
                new GuidedFlow(
                    "f",
                    de("F"),
                    LocalizedText.empty(),
                    "a",
                    List.of(
                        question("a", answer("1", REGISTER), answer("2", REGISTER)),
                        question("lost", answer("1", REGISTER), answer("2", REGISTER))),
                    List.of(),
                    ""))
        .hasMessageContaining("lost cannot be reached");
    assertThatThrownBy(() -> question("a", answer("1", REGISTER)))
        .hasMessageContaining("at least two answers");
    assertThatThrownBy(() -> question("a", answer("1", REGISTER), answer("1", REGISTER)))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new FlowStep.Finish(List.of(), List.of()))
        .hasMessageContaining("at least one");
  }
}
