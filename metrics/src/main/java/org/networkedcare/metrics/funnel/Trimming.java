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
    // One work copy for both. The first selection leaves every value from its position k on at
    // least the k-th smallest, so the upper quantile's order statistics (at k or above, as trim <
    // 0.5) are selected among those alone: the same values, so the same bits.
    double[] work = z.clone();
    double lo = quantile7(z, trim, work, 0);
    double hi = quantile7(z, 1 - trim, work, lowerIndex(z.length, trim));
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
   * {@link #quantile7(double[], double)} of unsorted data, from its order statistics found by
   * selection (expected linear time) rather than a whole sort: the same two values, so the same
   * bits.
   *
   * @param z the data
   * @param p the probability
   * @param work a copy of z, in any order (reordered)
   */
  static double quantile7(double[] z, double p, double[] work) {
    return quantile7(z, p, work, 0);
  }

  /** The 0-based position of the lower order statistic of the type-7 quantile p of n values. */
  private static int lowerIndex(int n, double p) {
    return (int) Math.floor(1 + Math.max(n - 1, 0) * p) - 1;
  }

  /**
   * {@link #quantile7(double[], double, double[])} when work[from..] already holds the largest n -
   * from values (and the quantile's lower order statistic is among them).
   */
  private static double quantile7(double[] z, double p, double[] work, int from) {
    int n = z.length;
    double index = 1 + Math.max(n - 1, 0) * p;
    int lo = (int) Math.floor(index);
    double q = select(work, lo - 1, from, n - 1);
    if (index > lo) {
      // the next order statistic is the smallest of what selection left above position lo - 1
      double next = work[lo];
      for (int i = lo + 1; i < n; i++) {
        if (Double.compare(work[i], next) < 0) {
          next = work[i];
        }
      }
      if (next != q) {
        double h = index - lo;
        q = (1 - h) * q + h * next;
      }
    }
    return q;
  }

  /**
   * {@return the k-th smallest of a[from..to] in {@link Double#compare} order (the order of {@link
   * Arrays#sort(double[])})} Reorders a so that a[k] holds it, with no larger value before it and
   * no smaller one after it. Quickselect with median-of-three pivots, which sorts the rest after
   * about 2 log2(n) rounds.
   */
  static double select(double[] a, int k, int from, int to) {
    int lo = from;
    int hi = to;
    int rounds = 2 * (64 - Long.numberOfLeadingZeros(to - from + 1)) + 8;
    while (hi > lo) {
      if (--rounds < 0) { // unlucky pivots: sort what is left, so the worst case is n log n
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      if (hi - lo < 16) {
        for (int i = lo + 1; i <= hi; i++) {
          double v = a[i];
          int j = i - 1;
          while (j >= lo && Double.compare(a[j], v) > 0) {
            a[j + 1] = a[j];
            j--;
          }
          a[j + 1] = v;
        }
        return a[k];
      }
      int mid = (lo + hi) >>> 1;
      // median of three as the pivot
      if (Double.compare(a[mid], a[lo]) < 0) {
        swap(a, mid, lo);
      }
      if (Double.compare(a[hi], a[lo]) < 0) {
        swap(a, hi, lo);
      }
      if (Double.compare(a[hi], a[mid]) < 0) {
        swap(a, hi, mid);
      }
      double pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (Double.compare(a[i], pivot) < 0) {
          i++;
        }
        while (Double.compare(a[j], pivot) > 0) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static void swap(double[] a, int i, int j) {
    double t = a[i];
    a[i] = a[j];
    a[j] = t;
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
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    if (n > 0 && Double.isNaN(sorted[n - 1])) {
      return averageRanksBoxed(x); // NaN: each its own group, in input order
    }
    // The runs of equal values (== groups -0.0 with 0.0, which the sort puts side by side) and the
    // average 1-based rank of each run, by position in the sorted order.
    double[] runRank = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double average = (i + j) / 2.0 + 1;
      for (int m = i; m <= j; m++) {
        runRank[m] = average;
      }
      i = j + 1;
    }
    double[] rank = new double[n];
    for (int k = 0; k < n; k++) {
      rank[k] = runRank[Arrays.binarySearch(sorted, x[k])];
    }
    return rank;
  }

  /** {@link #averageRanks} by sorting boxed indices: the definition, kept for NaN. */
  static double[] averageRanksBoxed(double[] x) {
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
