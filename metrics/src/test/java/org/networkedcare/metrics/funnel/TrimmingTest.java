package org.networkedcare.metrics.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The kernel's shortcuts in {@link Trimming} give the bits of their definitions. */
class TrimmingTest {

  /**
   * Winsorisation selects both quantiles in one work array, the upper among what the lower
   * selection left above it; each clamped value must be the bits of clamping to the quantiles of
   * the sorted data (duplicates, signed zeros, runs, sorted and reversed input, sizes 1 to 3,000).
   */
  @Test
  void winsorisingClampsToTheQuantilesOfTheSortedData() {
    SplittableRandom r = new SplittableRandom(79);
    for (int example = 0; example < 3000; example++) {
      AwkwardSample sample = AwkwardSample.next(r, example);
      double[] z = sample.values;
      int n = z.length;
      double[] sorted = z.clone();
      Arrays.sort(sorted);
      for (double trim : new double[] {0, 0.05, 0.1, 0.25, 0.4999, r.nextDouble() / 2}) {
        double lo = Trimming.quantile7(sorted, trim);
        double hi = Trimming.quantile7(sorted, 1 - trim);
        double[] out = Trimming.winsorise(z, trim);
        for (int i = 0; i < n; i++) {
          double expected = z[i] < lo ? lo : (z[i] > hi ? hi : z[i]);
          int at = i;
          assertEquals(
              Double.doubleToRawLongBits(expected),
              Double.doubleToRawLongBits(out[i]),
              () -> sample + ", trim " + trim + ", site " + at);
        }
      }
    }
  }
}
