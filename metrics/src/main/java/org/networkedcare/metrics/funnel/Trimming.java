package org.networkedcare.metrics.funnel;

import java.util.Arrays;

/**
 * Limits the influence of extreme sites before phi is estimated (spec section 3): SHMI truncation
 * or winsorisation. Package-private.
 */
final class Trimming {

  private Trimming() {}

  /**
   * The z-scores to estimate phi from, with NaN for a site left out (truncation).
   *
   * @param z the unadjusted z-scores
   * @param trim the share at each end, in [0, 0.5)
   * @param truncate SHMI truncation instead of winsorisation
   */
  static double[] trimmed(double[] z, double trim, boolean truncate) {
    return truncate ? truncate(z, trim) : winsorise(z, trim);
  }

  /**
   * Clamps z to its trim and 1 - trim quantiles (R's type 7), as FunnelPlotR's winsorisation does.
   */
  static double[] winsorise(double[] z, double trim) {
    double[] sorted = z.clone();
    Arrays.sort(sorted);
    double lo = quantile7(sorted, trim);
    double hi = quantile7(sorted, 1 - trim);
    double[] out = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      out[i] = z[i] < lo ? lo : (z[i] > hi ? hi : z[i]);
    }
    return out;
  }

  /** R's type-7 quantile of sorted data, in R's own arithmetic ((1 - h) x[lo] + h x[hi]). */
  static double quantile7(double[] sorted, double p) {
    int n = sorted.length;
    double index = 1 + Math.max(n - 1, 0) * p; // 1-based, as R
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double q = sorted[lo - 1];
    double h = index - lo;
    if (index > lo && sorted[hi - 1] != q) {
      q = (1 - h) * q + h * sorted[hi - 1];
    }
    return q;
  }

  /**
   * SHMI truncation: ranks (ties averaged) cut into k = 1/trim groups by floor(rank k / (N + 1));
   * the first group and the groups from k - 1 on are left out (for a whole k, the first and the
   * last), as FunnelPlotR does. A trim of 0 leaves every site in.
   */
  static double[] truncate(double[] z, double trim) {
    int n = z.length;
    double[] out = z.clone();
    if (trim == 0) {
      return out;
    }
    double k = 1 / trim;
    double[] rank = averageRanks(z);
    for (int i = 0; i < n; i++) {
      double group = Math.floor(rank[i] * k / (n + 1));
      if (!(group > 0 && group < k - 1)) {
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  /** 1-based ranks with ties given their average rank (R's ties.method = "average"). */
  static double[] averageRanks(double[] x) {
    int n = x.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double[] rank = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int m = i; m <= j; m++) {
        rank[order[m]] = average;
      }
      i = j + 1;
    }
    return rank;
  }
}
