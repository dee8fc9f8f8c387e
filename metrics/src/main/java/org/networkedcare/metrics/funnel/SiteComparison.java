package org.networkedcare.metrics.funnel;

import java.util.Objects;

/**
 * One site compared with the network standard by an exact test ({@link ExactComparison}).
 *
 * @param site the site's name
 * @param numerator the site's events or observed count (rows of the site summed)
 * @param denominator the site's cases, expected count, exposure or second count
 * @param value numerator / denominator
 * @param expected the numerator the standard expects: cases x standard (binomial), expected count
 *     or exposure x standard (Poisson), or (numerator + denominator) x standard / (1 + standard)
 *     (conditional binomial)
 * @param pBelow the probability of a numerator this small or smaller under the standard, P(X &lt;=
 *     numerator)
 * @param pAbove the probability of a numerator this large or larger, P(X &gt;= numerator)
 * @param pValue the two-sided p-value, {@code min(1, 2 min(pBelow, pAbove))} (equal tails, as the
 *     funnel's exact limits are)
 * @param outlier {@link Outlier#HIGH_998} when pAbove &lt; 0.001, {@link Outlier#HIGH_95} when
 *     pAbove &lt; 0.025, the same below, else {@link Outlier#NONE}: the funnel's outlier levels
 * @param judgement what the outlier means for the measure's improvement direction
 * @param test the exact test used
 */
public record SiteComparison(
    String site,
    double numerator,
    double denominator,
    double value,
    double expected,
    double pBelow,
    double pAbove,
    double pValue,
    Outlier outlier,
    OutlierJudgement judgement,
    ExactTest test) {

  /**
   * Checks that no part is null.
   *
   * @param site the site's name
   * @param numerator the numerator
   * @param denominator the denominator
   * @param value the value
   * @param expected the expected numerator
   * @param pBelow P(X &lt;= numerator)
   * @param pAbove P(X &gt;= numerator)
   * @param pValue the two-sided p-value
   * @param outlier the outlier level
   * @param judgement the judgement
   * @param test the test
   */
  public SiteComparison {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(outlier, "outlier");
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(test, "test");
  }
}
