package de.buergerinfo.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerinfo.content.SharedData;
import de.buergerinfo.content.bremen.BremenContent;
import de.buergerinfo.content.importing.dldb.DldbImporter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards search quality against regressions on the tuning set (docs/SEARCH-QUALITY.md has the
 * figures; the held-out set is only reported, never asserted, so nobody tunes against it).
 */
class MunichEvaluationTest {

  @Test
  void theTuningSetStaysFoundInTheFirstThree() throws Exception {
    List<EvaluationCase> cases =
        EvaluationFile.read(
            Path.of(MunichEvaluationTest.class.getResource("/eval/munich-tuning.tsv").toURI()));
    Evaluation.Result result;
    try (ServiceIndex index =
        ServiceIndex.build(
            DldbImporter.read(SharedData.folder("catalogue/munich-dldb")).catalog(),
            BremenContent.load().glossary())) {
      result = Evaluation.run(index, cases);
    }

    assertThat(result.overall().queries()).isEqualTo(157);
    assertThat(result.overall().hitAt3())
        .as("misses: %s", result.misses())
        .isGreaterThanOrEqualTo(0.95);
    assertThat(result.overall().hitAt1()).isGreaterThanOrEqualTo(0.80);
  }
}
