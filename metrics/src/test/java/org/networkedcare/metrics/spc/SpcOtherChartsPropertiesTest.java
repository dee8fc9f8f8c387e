package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the g, t, p, p', u and u' charts over seeded random series (200 each). */
class SpcOtherChartsPropertiesTest {

  private static final int RUNS = 200;

  private static SpcSeries pairs(Random r, int n, boolean proportion) {
    SpcSeries.Builder b = SpcSeries.builder("");
    double rate = 0.05 + 0.9 * r.nextDouble();
    for (int i = 0; i < n; i++) {
      double den = 20 + r.nextInt(2000);
      double num =
          proportion
              ? Math.min(
                  den, Math.round(den * Math.min(1, Math.max(0, rate + 0.1 * r.nextGaussian()))))
              : Math.round(den * rate * Math.exp(0.2 * r.nextGaussian()));
      b.addRatio(Fixtures.month(i), num, den);
    }
    return b.build();
  }

  private static FacetResult chart(ChartType chart, SpcSeries s) {
    return Spc.analyse(s, SpcOptions.builder().chart(chart).build()).facets().get(0);
  }

  private static double get(java.util.OptionalDouble d) {
    return d.orElse(Double.NaN);
  }

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }

  /**
   * p' limits are the p limits with sigma multiplied by sigma-z (Laney 2002), wherever neither is
   * clipped.
   */
  @Test
  void primeIsPlainTimesSigmaZ() {
    Random r = new Random(18);
    for (int run = 0; run < RUNS; run++) {
      boolean proportion = run % 2 == 0;
      SpcSeries s = pairs(r, 5 + r.nextInt(40), proportion);
      FacetResult plain = chart(proportion ? ChartType.P : ChartType.U, s);
      FacetResult prime = chart(proportion ? ChartType.P_PRIME : ChartType.U_PRIME, s);
      double sz = get(prime.segments().get(0).sigmaZ());
      for (int i = 0; i < s.size(); i++) {
        double c = get(plain.point(i).mean());
        double up = get(plain.point(i).upperLimit()) - c;
        double uq = get(prime.point(i).upperLimit()) - c;
        boolean clipped =
            get(plain.point(i).upperLimit()) >= 1 || get(prime.point(i).upperLimit()) >= 1;
        if (!clipped && !Double.isNaN(sz)) {
          close(sz * up, uq, "run " + run + " point " + i);
        }
      }
    }
  }

  /**
   * With sigma-z 1 the p' chart is the p chart: n = 10,000, p alternating 0.5 ± 0.00282, so z =
   * ±0.564 with every moving range 1.128 and sigma-z 1.128 / 1.128 = 1.
   */
  @Test
  void primeReducesToPlainWhenSigmaZIsOne() {
    SpcSeries.Builder b = SpcSeries.builder("");
    for (int i = 0; i < 24; i++) {
      b.addRatio(Fixtures.month(i), i % 2 == 0 ? 5028.2 : 4971.8, 10_000);
    }
    SpcSeries s = b.build();
    FacetResult p = chart(ChartType.P, s);
    FacetResult pp = chart(ChartType.P_PRIME, s);
    close(1, get(pp.segments().get(0).sigmaZ()), "sigma-z");
    for (int i = 0; i < s.size(); i++) {
      close(get(p.point(i).upperLimit()), get(pp.point(i).upperLimit()), "ucl " + i);
      close(get(p.point(i).lowerLimit()), get(pp.point(i).lowerLimit()), "lcl " + i);
    }
  }

  /**
   * u (and p) limits widen as the exposure falls, and are symmetric about the centre where
   * unclipped.
   */
  @Test
  void limitsWidenAsExposureFallsAndAreSymmetric() {
    Random r = new Random(19);
    for (int run = 0; run < RUNS; run++) {
      boolean proportion = run % 2 == 1;
      SpcSeries s = pairs(r, 3 + r.nextInt(30), proportion);
      for (ChartType type :
          proportion
              ? List.of(ChartType.P, ChartType.P_PRIME)
              : List.of(ChartType.U, ChartType.U_PRIME)) {
        FacetResult f = chart(type, s);
        for (int i = 0; i < s.size(); i++) {
          SpcPoint a = f.point(i);
          double c = get(a.mean());
          double lo = get(a.lowerLimit());
          double hi = get(a.upperLimit());
          if (Double.isNaN(hi)) {
            continue;
          }
          assertTrue(
              lo <= get(a.lowerNearLimit())
                  && get(a.lowerNearLimit()) <= c
                  && c <= get(a.upperNearLimit())
                  && get(a.upperNearLimit()) <= hi,
              type + " lines in order");
          if (lo > 0 && hi < 1) {
            close(hi - c, c - lo, type + " symmetric");
          }
          for (int j = 0; j < s.size(); j++) {
            double di = s.denominator(i).getAsDouble();
            double dj = s.denominator(j).getAsDouble();
            if (di < dj) {
              assertTrue(
                  hi >= get(f.point(j).upperLimit()), type + " wider at the smaller denominator");
              assertTrue(lo <= get(f.point(j).lowerLimit()), type + " lower limit lower");
            }
          }
        }
      }
    }
  }

  /** A t chart is scale-free: times in hours instead of days multiply every line by 24. */
  @Test
  void tChartScalesWithTheUnit() {
    Random r = new Random(20);
    for (int run = 0; run < RUNS; run++) {
      int n = 2 + r.nextInt(30);
      double[] days = new double[n];
      double[] hours = new double[n];
      for (int i = 0; i < n; i++) {
        days[i] = 1 + Math.round(-40 * Math.log(1 - r.nextDouble()));
        hours[i] = 24 * days[i];
      }
      FacetResult d = chart(ChartType.T, Fixtures.series(days));
      FacetResult h = chart(ChartType.T, Fixtures.series(hours));
      for (int i = 0; i < n; i++) {
        close(24 * get(d.point(i).mean()), get(h.point(i).mean()), "centre");
        if (d.point(i).upperLimit().isPresent()) {
          close(24 * get(d.point(i).upperLimit()), get(h.point(i).upperLimit()), "ucl");
          close(24 * get(d.point(i).lowerLimit()), get(h.point(i).lowerLimit()), "lcl");
        }
        assertEquals(d.pointType(i), h.pointType(i), "verdicts do not depend on the unit");
      }
    }
  }

  /** A g chart's lines depend only on the values, not their order (mean and median). */
  @Test
  void gChartLinesIgnoreOrder() {
    Random r = new Random(21);
    for (int run = 0; run < RUNS; run++) {
      int n = 1 + r.nextInt(30);
      List<Double> values = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        values.add((double) Math.round(-30 * Math.log(1 - r.nextDouble())));
      }
      FacetResult a =
          chart(
              ChartType.G,
              Fixtures.series(values.stream().mapToDouble(Double::doubleValue).toArray()));
      Collections.shuffle(values, r);
      FacetResult b =
          chart(
              ChartType.G,
              Fixtures.series(values.stream().mapToDouble(Double::doubleValue).toArray()));
      close(get(a.point(0).mean()), get(b.point(0).mean()), "median");
      close(get(a.point(0).upperLimit()), get(b.point(0).upperLimit()), "ucl");
      assertEquals(0, get(a.point(0).lowerLimit()), "the lower limit of a g chart is 0");
    }
  }

  /**
   * The runs analysis against a second computation written differently: the signs as a string, runs
   * as maximal blocks of one letter, and qicharts2's limits from the binomial by summation.
   */
  @Test
  void runsAnalysisByAnotherRoute() {
    Random r = new Random(22);
    for (int run = 0; run < RUNS; run++) {
      int n = 1 + r.nextInt(80);
      double[] y = new double[n];
      double shift = r.nextDouble() < 0.3 ? 3 : 0;
      for (int i = 0; i < n; i++) {
        y[i] = Math.round(10 + (i > n / 2 ? shift : 0) + 2 * r.nextGaussian());
      }
      FacetResult f = Fixtures.chart(y);
      double m = get(f.point(0).mean());
      StringBuilder signs = new StringBuilder();
      for (double v : y) {
        if (v > m) {
          signs.append('+');
        } else if (v < m) {
          signs.append('-');
        }
      }
      RunsAnalysis a = f.segments().get(0).runs();
      int useful = signs.length();
      assertEquals(useful, a.usefulPoints());
      if (useful == 0) {
        continue;
      }
      String[] blocks = signs.toString().split("(?<=\\+)(?=-)|(?<=-)(?=\\+)");
      int longest = 0;
      for (String block : blocks) {
        longest = Math.max(longest, block.length());
      }
      assertEquals(longest, a.longestRun());
      assertEquals(blocks.length - 1, a.crossings());
      assertEquals((int) Math.round(Math.log(useful) / Math.log(2) + 3), a.longestRunLimit());
      // qbinom(0.05, useful - 1, 0.5): the smallest c with P(X <= c) >= 0.05, by summing C(m, k) /
      // 2^m.
      int trials = useful - 1;
      double cdf = 0;
      int c = 0;
      for (; c <= trials; c++) {
        cdf += Math.exp(logChoose(trials, c) - trials * Math.log(2));
        if (cdf >= 0.05) {
          break;
        }
      }
      assertEquals(c, a.crossingsMinimum(), "n = " + useful);
      assertEquals(longest > a.longestRunLimit() || blocks.length - 1 < c, a.signal());
    }
  }

  private static double logChoose(int n, int k) {
    double s = 0;
    for (int i = 1; i <= k; i++) {
      s += Math.log(n - k + i) - Math.log(i);
    }
    return s;
  }
}
