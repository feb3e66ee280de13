package de.buergerinfo.content.search;

import de.buergerinfo.content.language.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Measures search quality on an evaluation set: hit@1 and hit@3 (share of queries with a right
 * service first, or among the first three) and MRR (mean of 1/rank of the first right service,
 * counting 0 when none is in the first ten), per language and overall.
 */
public final class Evaluation {

  /** How deep MRR looks. */
  public static final int DEPTH = 10;

  /** Figures for one language, or for all. */
  public record Figures(int queries, double hitAt1, double hitAt3, double mrr) {}

  /** One query that missed the first three, for tuning. */
  public record Miss(EvaluationCase evaluationCase, List<String> found) {}

  /** The figures per language, overall, and the misses. */
  public record Result(Map<Language, Figures> perLanguage, Figures overall, List<Miss> misses) {}

  private Evaluation() {}

  public static Result run(ServiceIndex index, List<EvaluationCase> cases) {
    Map<Language, List<Double>> reciprocal = new EnumMap<>(Language.class);
    List<Double> all = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    for (EvaluationCase evaluationCase : cases) {
      List<String> found =
          index
              .search(
                  new SearchRequest(
                      evaluationCase.query(), evaluationCase.language(), DEPTH, false))
              .stream()
              .map(SearchHit::serviceId)
              .toList();
      int rank = 0;
      for (int i = 0; i < found.size(); i++) {
        if (evaluationCase.expectedIds().contains(found.get(i))) {
          rank = i + 1;
          break;
        }
      }
      double value = rank == 0 ? 0 : 1.0 / rank;
      reciprocal.computeIfAbsent(evaluationCase.language(), l -> new ArrayList<>()).add(value);
      all.add(value);
      if (rank == 0 || rank > 3) {
        misses.add(new Miss(evaluationCase, found.subList(0, Math.min(3, found.size()))));
      }
    }
    Map<Language, Figures> perLanguage = new EnumMap<>(Language.class);
    reciprocal.forEach((language, values) -> perLanguage.put(language, figures(values)));
    return new Result(perLanguage, figures(all), misses);
  }

  /** Reciprocal ranks 1 means first, 1/2 and 1/3 mean second and third. */
  private static Figures figures(List<Double> reciprocalRanks) {
    int n = reciprocalRanks.size();
    if (n == 0) {
      return new Figures(0, 0, 0, 0);
    }
    long first = reciprocalRanks.stream().filter(r -> r == 1.0).count();
    long topThree = reciprocalRanks.stream().filter(r -> r >= 1.0 / 3 - 1e-9).count();
    double mrr = reciprocalRanks.stream().mapToDouble(Double::doubleValue).sum() / n;
    return new Figures(n, (double) first / n, (double) topThree / n, mrr);
  }
}
