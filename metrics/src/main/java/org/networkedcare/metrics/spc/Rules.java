package org.networkedcare.metrics.spc;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.measure.ImprovementDirection;

/**
 * The Making Data Count special-cause rules and the Anhøj runs analysis over one segment, on
 * per-point flags a chart fills in first ({@link #outside}, {@link #close}, {@link #side}). Scratch
 * arrays are reused from facet to facet; not thread-safe (one per analysis).
 */
final class Rules {

  private static final SpecialCause[] CAUSES = SpecialCause.values();

  /** Crossing minima already computed, stored plus one (0: not yet); shared, benignly racy. */
  private static final AtomicIntegerArray CROSSINGS = new AtomicIntegerArray(2048);

  /** Whether the point is strictly beyond its limits (R1). */
  final boolean[] outside;

  /** Whether the point is within its limits but strictly beyond a near-limit (two-sigma) line. */
  final boolean[] close;

  /** The side of the centre line: +1 above, -1 below, 0 on it or missing. */
  final byte[] side;

  private final boolean[] trend;
  private final boolean[] twoOfThree;
  private final boolean[] run;
  private final ImprovementDirection improvement;

  Rules(int longest, ImprovementDirection improvement) {
    this.improvement = improvement;
    this.outside = new boolean[longest];
    this.close = new boolean[longest];
    this.side = new byte[longest];
    this.trend = new boolean[longest];
    this.twoOfThree = new boolean[longest];
    this.run = new boolean[longest];
  }

  /**
   * Applies the four rules to the segment [s, e) of values {@code y} (NaN for missing), writing
   * each point's special cause (0 none, else ordinal + 1) and point type (ordinal).
   */
  void label(double[] y, int s, int e, byte[] cause, byte[] type) {
    // R2: trends of seven (six strictly rising or falling steps; NaN breaks them).
    int up = 0;
    int down = 0;
    for (int i = s; i < e; i++) {
      trend[i] = false;
      twoOfThree[i] = false;
      run[i] = false;
      if (i > s) {
        double step = y[i] - y[i - 1];
        up = step > 0 ? up + 1 : 0;
        down = step < 0 ? down + 1 : 0;
      }
      if (up >= 6 || down >= 6) {
        for (int j = i - 6; j <= i; j++) {
          trend[j] = true;
        }
      }
    }
    // R3: a window of three qualifies with two close points, all three on one side.
    for (int w = s; w + 2 < e; w++) {
      int sum = side[w] + side[w + 1] + side[w + 2];
      if (sum == 3 || sum == -3) {
        int closeCount = (close[w] ? 1 : 0) + (close[w + 1] ? 1 : 0) + (close[w + 2] ? 1 : 0);
        if (closeCount >= 2) {
          twoOfThree[w] |= close[w];
          twoOfThree[w + 1] |= close[w + 1];
          twoOfThree[w + 2] |= close[w + 2];
        }
      }
    }
    // R4: runs of seven on one side (a point on the centre line, or missing, breaks them).
    int length = 0;
    for (int i = s; i < e; i++) {
      length =
          side[i] != 0 && i > s && side[i] == side[i - 1] ? length + 1 : (side[i] != 0 ? 1 : 0);
      if (length >= 7) {
        for (int j = i - 6; j <= i; j++) {
          run[j] = true;
        }
      }
    }
    for (int i = s; i < e; i++) {
      SpecialCause c;
      if (outside[i]) {
        c = side[i] == 1 ? SpecialCause.OUTSIDE_ABOVE : SpecialCause.OUTSIDE_BELOW;
      } else if (trend[i]) {
        double step;
        if (i + 1 < e && trend[i + 1]) {
          step = y[i + 1] - y[i];
        } else {
          step = i > s ? y[i] - y[i - 1] : 0;
        }
        c = step > 0 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING;
      } else if (twoOfThree[i]) {
        c = side[i] > 0 ? SpecialCause.TWO_OF_THREE_ABOVE : SpecialCause.TWO_OF_THREE_BELOW;
      } else if (run[i]) {
        c = side[i] > 0 ? SpecialCause.RUN_ABOVE : SpecialCause.RUN_BELOW;
      } else {
        c = null;
      }
      cause[i] = (byte) (c == null ? 0 : c.ordinal() + 1);
      type[i] = (byte) PointType.of(c == null ? 0 : c.side(), improvement).ordinal();
    }
  }

  /** {@return the special cause of a code written by {@link #label}, or null for none} */
  static @Nullable SpecialCause cause(byte code) {
    return code == 0 ? null : CAUSES[code - 1];
  }

  /** {@return the Anhøj runs analysis of the segment [s, e), from {@link #side}} */
  RunsAnalysis runs(int s, int e) {
    int useful = 0;
    int longest = 0;
    int length = 0;
    int crossings = 0;
    int previous = 0;
    for (int i = s; i < e; i++) {
      int sd = side[i];
      if (sd == 0) {
        continue;
      }
      useful++;
      if (sd == previous) {
        length++;
      } else {
        if (previous != 0) {
          crossings++;
        }
        length = 1;
      }
      previous = sd;
      longest = Math.max(longest, length);
    }
    if (useful == 0) {
      return new RunsAnalysis(0, 0, 0, 0, 0, false);
    }
    int longestLimit = (int) Math.round(Math.log(useful) / Math.log(2)) + 3;
    int crossingsMinimum = crossingsMinimum(useful - 1);
    return new RunsAnalysis(
        useful,
        longest,
        longestLimit,
        crossings,
        crossingsMinimum,
        longest > longestLimit || crossings < crossingsMinimum);
  }

  /** {@return the 5% quantile of Binomial(trials, 1/2), R's {@code qbinom(0.05, trials, 0.5)}} */
  static int crossingsMinimum(int trials) {
    if (trials == 0) {
      return 0;
    }
    if (trials < CROSSINGS.length()) {
      int known = CROSSINGS.get(trials);
      if (known > 0) {
        return known - 1;
      }
      int q = BinomialDistribution.of(trials, 0.5).inverseCumulativeProbability(0.05);
      CROSSINGS.set(trials, q + 1);
      return q;
    }
    return BinomialDistribution.of(trials, 0.5).inverseCumulativeProbability(0.05);
  }
}
