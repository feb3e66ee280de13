package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.bremen.BremenContent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards search quality on our own Bremen content against regressions on its tuning set (the
 * held-out set is only reported in docs/SEARCH-QUALITY.md, never asserted).
 */
class BremenEvaluationTest {

  @Test
  void theTuningSetStaysFoundInTheFirstThree() throws Exception {
    List<EvaluationCase> cases =
        EvaluationFile.read(
            Path.of(BremenEvaluationTest.class.getResource("/eval/bremen-tuning.tsv").toURI()));
    Evaluation.Result result;
    try (ServiceIndex index = ServiceIndex.build(BremenContent.load())) {
      result = Evaluation.run(index, cases);
    }

    assertThat(result.overall().queries()).isEqualTo(141);
    assertThat(result.overall().hitAt3())
        .as("misses: %s", result.misses())
        .isGreaterThanOrEqualTo(0.95);
    assertThat(result.overall().hitAt1()).isGreaterThanOrEqualTo(0.80);
  }
}
