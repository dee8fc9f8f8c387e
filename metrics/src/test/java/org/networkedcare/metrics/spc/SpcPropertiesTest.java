package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties over random series. The main one compares the engine's labels with a literal,
 * window-by-window reading of the rules as the method page states them (§§3-5), written
 * independently of the engine's run-length counting. Small integer values (0..6) and missing values
 * make ties, points on the centre line, trends and runs frequent.
 */
class SpcPropertiesTest {

  /** Values 0..6, with 7 standing for a missing value. */
  private static final Gen<List<Integer>> VALUES =
      lists().of(integers().between(0, 7)).ofSizeBetween(1, 45);

  private static double[] toValues(List<Integer> codes) {
    double[] y = new double[codes.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = codes.get(i) == 7 ? Double.NaN : codes.get(i);
    }
    return y;
  }

  @Test
  void labelsMatchALiteralReadingOfTheRules() {
    qt().withExamples(3000)
        .forAll(VALUES, integers().between(0, 30), booleans().all(), integers().between(0, 44))
        .checkAssert(
            (codes, fix, screening, rebaseAt) -> {
              double[] y = toValues(codes);
              SpcOptions.Builder options = SpcOptions.builder().screening(screening);
              if (fix >= 12) {
                options.fixAfter(fix);
              }
              if (rebaseAt < y.length) {
                options.rebase(Fixtures.month(rebaseAt));
              }
              FacetResult r = Fixtures.chart(options.build(), y);
              int start = rebaseAt > 0 && rebaseAt < y.length ? rebaseAt : y.length;
              String[] expected = new String[y.length];
              reference(y, 0, start, fix >= 12 ? fix : Integer.MAX_VALUE, screening, expected);
              reference(
                  y, start, y.length, fix >= 12 ? fix : Integer.MAX_VALUE, screening, expected);
              assertArrayEquals(
                  expected,
                  Fixtures.causes(r),
                  codes + " fix " + fix + " screen " + screening + " rebase " + rebaseAt);
            });
  }

  /** The rules, window by window, as §§3-5 state them. */
  private static void reference(
      double[] y, int s, int e, int fix, boolean screening, String[] out) {
    if (s >= e) {
      return;
    }
    int b = Math.min(e, s + Math.min(fix, e - s));
    double mean = Spc.Xmr.meanSkippingNaN(y, s, b);
    List<Double> ranges = new ArrayList<>();
    for (int i = s + 1; i < b; i++) {
      if (!Double.isNaN(y[i]) && !Double.isNaN(y[i - 1])) {
        ranges.add(Math.abs(y[i] - y[i - 1]));
      }
    }
    double a0 = meanOf(ranges);
    double amr = a0;
    if (screening) {
      List<Double> kept = new ArrayList<>();
      for (double r : ranges) {
        if (r < 3.267 * a0) {
          kept.add(r);
        }
      }
      amr = meanOf(kept);
    }
    double lpl = mean - 2.66 * amr;
    double upl = mean + 2.66 * amr;
    double near = 2 * (2.66 / 3) * amr;
    int n = e - s;
    boolean[] outside = new boolean[n];
    boolean[] close = new boolean[n];
    int[] side = new int[n];
    for (int k = 0; k < n; k++) {
      double v = y[s + k];
      outside[k] = v > upl || v < lpl;
      close[k] = !outside[k] && (v > mean + near || v < mean - near);
      side[k] = v > mean ? 1 : v < mean ? -1 : 0;
    }
    boolean[] trend = new boolean[n];
    boolean[] two = new boolean[n];
    boolean[] run = new boolean[n];
    for (int k = 6; k < n; k++) {
      boolean up = true;
      boolean down = true;
      boolean same = side[k] != 0;
      for (int j = k - 5; j <= k; j++) {
        double step = y[s + j] - y[s + j - 1];
        up &= step > 0;
        down &= step < 0;
      }
      for (int j = k - 6; j < k; j++) {
        same &= side[j] == side[k];
      }
      for (int j = k - 6; j <= k; j++) {
        trend[j] |= up || down;
        run[j] |= same;
      }
    }
    for (int w = 0; w + 2 < n; w++) {
      int closeCount = 0;
      int sideSum = 0;
      for (int j = w; j < w + 3; j++) {
        closeCount += close[j] ? 1 : 0;
        sideSum += side[j];
      }
      if (closeCount >= 2 && Math.abs(sideSum) == 3) {
        for (int j = w; j < w + 3; j++) {
          two[j] |= close[j];
        }
      }
    }
    for (int k = 0; k < n; k++) {
      String label;
      if (outside[k]) {
        label = side[k] == 1 ? "outside_above" : "outside_below";
      } else if (trend[k]) {
        double step =
            k + 1 < n && trend[k + 1]
                ? y[s + k + 1] - y[s + k]
                : k > 0 ? y[s + k] - y[s + k - 1] : 0;
        label = step > 0 ? "trend_increasing" : "trend_decreasing";
      } else if (two[k]) {
        label = side[k] > 0 ? "two_of_three_above" : "two_of_three_below";
      } else if (run[k]) {
        label = side[k] > 0 ? "run_above" : "run_below";
      } else {
        label = "";
      }
      out[s + k] = label;
    }
  }

  private static double meanOf(List<Double> values) {
    double[] a = new double[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return Spc.Xmr.mean(a, a.length);
  }

  @Test
  void inputOrderDoesNotMatter() {
    qt().forAll(VALUES, integers().all())
        .checkAssert(
            (codes, seed) -> {
              double[] y = toValues(codes);
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < y.length; i++) {
                order.add(i);
              }
              Collections.shuffle(order, new Random(seed));
              SpcSeries.Builder builder = SpcSeries.builder("f");
              for (int i : order) {
                if (Double.isNaN(y[i])) {
                  builder.addMissing(Fixtures.month(i));
                } else {
                  builder.add(Fixtures.month(i), y[i]);
                }
              }
              FacetResult shuffled =
                  Spc.analyse(builder.build(), SpcOptions.defaults()).facets().get(0);
              assertEquals(Fixtures.chart(y).points(), shuffled.points());
            });
  }

  @Test
  void screeningNeverWidensTheLimits() {
    // Screening drops ranges at or above 3.267 times their mean, which can only lower the mean.
    qt().forAll(VALUES)
        .checkAssert(
            codes -> {
              double[] y = toValues(codes);
              SegmentSummary on = Fixtures.chart(y).segments().get(0);
              SegmentSummary off =
                  Fixtures.chart(SpcOptions.builder().screening(false).build(), y)
                      .segments()
                      .get(0);
              if (on.upperLimit().isPresent()) {
                assertTrue(off.upperLimit().getAsDouble() >= on.upperLimit().getAsDouble());
                assertTrue(on.lowerLimit().getAsDouble() <= on.mean().getAsDouble());
              }
              int flagged = on.n() - on.commonCause();
              assertEquals(flagged, on.improvement() + on.concern());
            });
  }
}
