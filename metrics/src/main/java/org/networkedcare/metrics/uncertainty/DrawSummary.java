package org.networkedcare.metrics.uncertainty;

import java.util.Arrays;

/**
 * A summary of one output of a probabilistic analysis over its draws.
 *
 * <p>Percentiles are of type 7 (R's default, numpy's {@code linear}): with the n values sorted, the
 * q-th percentile is at position {@code h = (n - 1) q}, interpolated linearly between the values at
 * {@code floor(h)} and {@code floor(h) + 1}. The mean uses compensated summation in draw order.
 *
 * @param mean the mean
 * @param p2_5 the 2.5th percentile
 * @param p50 the median
 * @param p97_5 the 97.5th percentile
 * @param probabilityPositive the share of draws in which the value is above zero
 */
public record DrawSummary(
    double mean, double p2_5, double p50, double p97_5, double probabilityPositive) {

  /**
   * Creates a summary.
   *
   * @param mean the mean
   * @param p2_5 the 2.5th percentile
   * @param p50 the median
   * @param p97_5 the 97.5th percentile
   * @param probabilityPositive the share of draws above zero
   */
  public DrawSummary {}

  /**
   * {@return the summary of values}
   *
   * @param values at least one value
   */
  public static DrawSummary of(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int positive = 0;
    for (double v : values) {
      if (v > 0) {
        positive++;
      }
    }
    return new DrawSummary(
        Sums.mean(values, 0, 1, values.length),
        percentile(sorted, 0.025),
        percentile(sorted, 0.5),
        percentile(sorted, 0.975),
        (double) positive / values.length);
  }

  /**
   * {@return the type-7 percentile of sorted values}
   *
   * @param sorted values in ascending order, at least one
   * @param q the probability, in [0, 1]
   */
  public static double percentile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
