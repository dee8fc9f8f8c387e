package org.networkedcare.metrics.uncertainty;

/** Compensated (Neumaier) summation, so that means of many draws keep their precision. */
final class Sums {

  private Sums() {}

  /** {@return the mean of {@code count} values {@code values[offset + i * stride]}} */
  static double mean(double[] values, int offset, int stride, int count) {
    double sum = 0.0;
    double compensation = 0.0;
    for (int i = 0, p = offset; i < count; i++, p += stride) {
      double v = values[p];
      double t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) {
        compensation += (sum - t) + v;
      } else {
        compensation += (v - t) + sum;
      }
      sum = t;
    }
    return (sum + compensation) / count + 0.0; // -0.0 becomes 0.0
  }

  /** {@return the mean over draws of {@code a[d * m + i] - a[d * m + j]}} */
  static double meanDifference(double[] a, int m, int i, int j, int draws) {
    double sum = 0.0;
    double compensation = 0.0;
    for (int d = 0, p = 0; d < draws; d++, p += m) {
      double v = a[p + i] - a[p + j];
      double t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) {
        compensation += (sum - t) + v;
      } else {
        compensation += (v - t) + sum;
      }
      sum = t;
    }
    return (sum + compensation) / draws + 0.0;
  }

  /**
   * A running compensated sum, for values that arrive one at a time: after adding the same values
   * in the same order, {@link #mean(int)} equals {@link Sums#mean} to the bit. Not thread-safe.
   */
  static final class Running {
    private double sum;
    private double compensation;

    void add(double v) {
      double t = sum + v;
      if (Math.abs(sum) >= Math.abs(v)) {
        compensation += (sum - t) + v;
      } else {
        compensation += (v - t) + sum;
      }
      sum = t;
    }

    double mean(int count) {
      return (sum + compensation) / count + 0.0;
    }
  }
}
