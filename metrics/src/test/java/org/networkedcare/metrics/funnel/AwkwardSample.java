package org.networkedcare.metrics.funnel;

import java.util.SplittableRandom;

/**
 * Data that trips selection shortcuts, for checking them against sorting: normal draws, a few small
 * integers with signed zeros, runs already sorted and sorted in reverse with ties; mostly up to 40
 * values, every tenth example up to 3,000.
 */
final class AwkwardSample {

  /** The values, in the order drawn. */
  final double[] values;

  /** Which of the four kinds of data they are, 0 to 3. */
  final int kind;

  private AwkwardSample(double[] values, int kind) {
    this.values = values;
    this.kind = kind;
  }

  /**
   * {@return the next sample drawn from r}
   *
   * @param r the seeded generator
   * @param example the example's index (every tenth is large)
   */
  static AwkwardSample next(SplittableRandom r, int example) {
    int n = 1 + r.nextInt(example % 10 == 0 ? 3000 : 40);
    double[] z = new double[n];
    int kind = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      z[i] =
          switch (kind) {
            case 0 -> r.nextGaussian();
            case 1 -> r.nextInt(5) - 2 + (r.nextBoolean() ? -0.0 : 0.0);
            case 2 -> i;
            default -> n - i + r.nextInt(3);
          };
    }
    return new AwkwardSample(z, kind);
  }

  /** {@return its size and kind, for a failure's message} */
  @Override
  public String toString() {
    return "n " + values.length + ", kind " + kind;
  }
}
