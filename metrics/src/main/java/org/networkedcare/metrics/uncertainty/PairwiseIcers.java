package org.networkedcare.metrics.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.networkedcare.core.validation.ValidationException;

/**
 * Pairwise ICERs of a named reference option against each other option, with BCEA's semantics
 * ({@code bcea(..., ref = )}, BCEA 2.4.3). Immutable.
 *
 * <p>For each other option j, in the given order: incremental cost = mean over draws of {@code
 * cost_ref - cost_j}, incremental effect = mean over draws of {@code effect_ref - effect_j} (the
 * reference <em>minus</em> the option), and ICER = incremental cost / incremental effect, empty
 * when the incremental effect is exactly 0 or the quotient is beyond a double's range. No dominance
 * is applied: these are not frontier ICERs and give different numbers on the same data.
 */
public final class PairwiseIcers {

  /**
   * One comparison: the reference minus an option.
   *
   * @param option the other option's name
   * @param incrementalCost mean of reference cost minus option cost, money
   * @param incrementalEffect mean of reference effect minus option effect, health units
   * @param icer incremental cost / incremental effect, money per unit of effect; empty when the
   *     incremental effect is 0 or the quotient is beyond a double's range
   */
  public record Row(
      String option, double incrementalCost, double incrementalEffect, OptionalDouble icer) {

    /**
     * Checks that nothing is null.
     *
     * @param option the other option's name
     * @param incrementalCost incremental cost, money
     * @param incrementalEffect incremental effect, health units
     * @param icer the ICER, or empty
     */
    public Row {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(icer, "icer");
    }
  }

  private final String reference;
  private final List<Row> rows;

  private PairwiseIcers(String reference, List<Row> rows) {
    this.reference = reference;
    this.rows = List.copyOf(rows);
  }

  /**
   * Compares a reference option with every other option.
   *
   * @param sample the sample
   * @param reference the reference option's name
   * @return the comparisons, one per other option in the given order
   * @throws ValidationException if the reference is not an option of the sample
   * @throws NullPointerException if an argument is null
   */
  public static PairwiseIcers against(CostEffectivenessSample sample, String reference) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(reference, "reference");
    int r =
        sample
            .indexOf(reference)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "/reference",
                        "unknown.option",
                        "reference '"
                            + reference
                            + "' is not an option; the options are "
                            + String.join(", ", sample.options())));
    int m = sample.optionCount();
    int n = sample.draws();
    double[] dc = new double[m];
    double[] de = new double[m];
    for (int j = 0; j < m; j++) {
      if (j != r) {
        dc[j] = Sums.meanDifference(sample.costsArray(), m, r, j, n);
        de[j] = Sums.meanDifference(sample.effectsArray(), m, r, j, n);
      }
    }
    return of(sample.options(), r, dc, de);
  }

  /**
   * The comparisons of option r with every other option, from the mean differences (option r minus
   * option j) in cost and effect.
   */
  static PairwiseIcers of(
      List<String> options, int r, double[] meanCostDifference, double[] meanEffectDifference) {
    int m = options.size();
    List<Row> rows = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      if (j == r) {
        continue;
      }
      double dc = meanCostDifference[j];
      double de = meanEffectDifference[j];
      rows.add(
          new Row(
              options.get(j),
              dc,
              de,
              de == 0.0 || !Double.isFinite(dc / de)
                  ? OptionalDouble.empty()
                  : OptionalDouble.of(dc / de)));
    }
    return new PairwiseIcers(options.get(r), rows);
  }

  /** {@return the reference option's name} */
  public String reference() {
    return reference;
  }

  /** {@return one row per other option, in the given order} */
  public List<Row> rows() {
    return rows;
  }
}
