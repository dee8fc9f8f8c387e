package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast kernel must pick the same winner as the plain comparison {@code wtp * effect - cost}
 * (the first option on ties) in every draw at every wtp, and its EVPI must agree with the
 * definition. The samples are built to be hard: exact ties at grid points, NMBs one or two ulps
 * apart, equal and nearly equal effects (parallel and nearly parallel lines), crossings exactly on
 * grid points, negative and unsorted wtp values, costs and effects of very different scales.
 */
class KernelMatchesPlainLoopTest {

  /** A random hard sample and grid, from a seed. */
  record Case(CostEffectivenessSample sample, WtpGrid grid, String description) {}

  static Case hardCase(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int m = 1 + r.nextInt(6);
    int n = 1 + r.nextInt(r.nextBoolean() ? 8 : 120);
    Set<Double> wtp = new LinkedHashSet<>();
    int size = 1 + r.nextInt(30);
    double spacing = new double[] {1, 0.5, 1000, 2500, 1e-3, 3}[r.nextInt(6)];
    boolean negative = r.nextInt(5) == 0;
    for (int i = 0; i < size; i++) {
      double v =
          r.nextBoolean()
              ? spacing * r.nextInt(60)
              : Math.round(r.nextDouble() * 60 * spacing * 8) / 8.0;
      wtp.add((negative && r.nextBoolean() ? -v : v) + 0.0);
    }
    double[] grid = wtp.stream().mapToDouble(Double::doubleValue).toArray();
    double scale = new double[] {1, 1000, 1e6, 1e-3}[r.nextInt(4)];
    double[][] costs = new double[n][m];
    double[][] effects = new double[n][m];
    for (int d = 0; d < n; d++) {
      for (int j = 0; j < m; j++) {
        int kind = r.nextInt(8);
        if (kind == 0 && j > 0) {
          effects[d][j] = effects[d][r.nextInt(j)]; // parallel to an earlier option
        } else if (kind == 1 && j > 0) {
          effects[d][j] = Math.nextUp(effects[d][r.nextInt(j)]); // nearly parallel
        } else if (kind == 2) {
          effects[d][j] = r.nextInt(40) / 8.0; // dyadic: exact products
        } else {
          effects[d][j] = Math.round(r.nextDouble() * 10000) / 1000.0; // three decimals
        }
        costs[d][j] = Math.round(r.nextDouble() * 5000 * scale * 100) / 100.0;
        if (j > 0 && r.nextInt(3) > 0) {
          // Make option j tie (in real numbers or in double) with an earlier option at a grid
          // value,
          // then perhaps move it by an ulp or two.
          int k = r.nextInt(j);
          double l = grid[r.nextInt(grid.length)];
          double target = l * effects[d][k] - costs[d][k];
          double c =
              r.nextBoolean()
                  ? l * effects[d][j] - target
                  : costs[d][k] + l * (effects[d][j] - effects[d][k]);
          int nudge = r.nextInt(5) - 2;
          for (int u = 0; u < Math.abs(nudge); u++) {
            c = nudge > 0 ? Math.nextUp(c) : Math.nextDown(c);
          }
          costs[d][j] = c;
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      names.add("o" + j);
    }
    return new Case(
        CostEffectivenessSample.of(names, costs, effects),
        WtpGrid.of(grid),
        "seed " + seed + ": " + m + " options, " + n + " draws, " + grid.length + " wtp values");
  }

  static void assertAgrees(Case c) {
    Acceptability fast = Acceptability.of(c.sample(), c.grid());
    int[] plain = PlainAcceptability.wins(c.sample(), c.grid());
    double[] plainEvpi = PlainAcceptability.evpi(c.sample(), c.grid());
    int m = c.sample().optionCount();
    int[] got = new int[plain.length];
    for (int i = 0; i < c.grid().size(); i++) {
      for (int j = 0; j < m; j++) {
        got[i * m + j] = fast.timesBest(i, j);
      }
      // Both compute mean(max) - max(mean) up to rounding: allow a few ulps of the NMB magnitudes.
      double l = Math.abs(c.grid().get(i));
      double magnitude = 0;
      for (int d = 0; d < c.sample().draws(); d++) {
        for (int j = 0; j < m; j++) {
          magnitude =
              Math.max(
                  magnitude,
                  l * Math.abs(c.sample().effect(d, j)) + Math.abs(c.sample().cost(d, j)));
        }
      }
      double diff = Math.abs(fast.evpi(i) - plainEvpi[i]);
      assertTrue(
          diff <= 1e-12 * magnitude + 1e-300,
          c.description()
              + " wtp "
              + c.grid().get(i)
              + ": evpi "
              + fast.evpi(i)
              + " vs "
              + plainEvpi[i]);
    }
    assertArrayEquals(plain, got, c.description());
  }

  @Test
  void kernelPicksTheSameWinnersAsThePlainComparison() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> assertAgrees(hardCase(seed)));
  }

  @Test
  void hardCasesReallyContainExactTiesAndNearTies() {
    // Guard against a generator that stopped making the cases it promises.
    int ties = 0;
    int nearTies = 0;
    for (long seed = 0; seed < 300; seed++) {
      Case c = hardCase(seed);
      CostEffectivenessSample s = c.sample();
      for (int i = 0; i < c.grid().size(); i++) {
        double l = c.grid().get(i);
        for (int d = 0; d < s.draws(); d++) {
          double best = Double.NEGATIVE_INFINITY;
          double second = Double.NEGATIVE_INFINITY;
          for (int j = 0; j < s.optionCount(); j++) {
            double v = l * s.effect(d, j) - s.cost(d, j);
            if (v > best) {
              second = best;
              best = v;
            } else if (v > second) {
              second = v;
            }
          }
          if (second == best) {
            ties++;
          } else if (second == Math.nextDown(best)
              || Math.nextDown(second) == Math.nextDown(Math.nextDown(best))) {
            nearTies++;
          }
        }
      }
    }
    assertTrue(ties > 100, "exact ties for the best NMB: " + ties);
    assertTrue(nearTies > 20, "best NMBs one or two ulps apart: " + nearTies);
  }

  @Test
  void ordinaryDataNeedsFewEvaluations() {
    SplittableRandom r = new SplittableRandom(3);
    int n = 5000;
    int m = 3;
    double[] c = new double[n * m];
    double[] e = new double[n * m];
    for (int i = 0; i < n * m; i++) {
      c[i] = 2000 + 1500 * r.nextDouble();
      e[i] = 6 + 0.1 * r.nextDouble();
    }
    double[] grid = WtpGrid.range(0, 100000, 1000).toArray();
    AcceptabilityKernel.Result result =
        AcceptabilityKernel.run(m, n, c, e, grid, new int[grid.length]);
    // Each draw: both ends, then about two points per crossing; far fewer than 101 per draw.
    assertTrue(result.evaluations() < 10L * n, "evaluations: " + result.evaluations());
  }

  @Test
  void nearlyParallelLinesOnAFineGridAreComparedPointByPoint() {
    // Effects one ulp apart: the two NMBs stay within rounding of each other over the whole grid,
    // so no run certifies and the kernel ends up evaluating nearly every point.
    double e = 10.25;
    double[][] costs = {{1000, 1000}, {1000, Math.nextUp(1000.0)}, {1000, Math.nextDown(1000.0)}};
    double[][] effects = {{e, Math.nextUp(e)}, {e, Math.nextUp(e)}, {Math.nextUp(e), e}};
    Case c =
        new Case(
            CostEffectivenessSample.of(List.of("a", "b"), costs, effects),
            WtpGrid.range(0, 2000, 0.5),
            "parallel");
    assertAgrees(c);
    CostEffectivenessSample s = c.sample();
    AcceptabilityKernel.Result result =
        AcceptabilityKernel.run(
            2, 3, s.costsArray(), s.effectsArray(), c.grid().toArray(), new int[c.grid().size()]);
    assertTrue(result.evaluations() > 3000, "evaluations: " + result.evaluations());
  }

  @Test
  void theReferenceCaseTieAndOneUlpDraws() {
    // 20000 * 1.617 - 1690 vs 20000 * 1.614 - 1630 and neighbours: decimal ties that are ties, or
    // one ulp apart, in double.
    double[][] costs = {{1690, 1630}, {2137, 2077}, {1000, 1000.0000000000001}};
    double[][] effects = {{1.617, 1.614}, {1.646, 1.643}, {0.1, 0.1}};
    Case c =
        new Case(
            CostEffectivenessSample.of(List.of("a", "b"), costs, effects),
            WtpGrid.of(30000, 0, 20000, 12500),
            "decimal ties");
    assertAgrees(c);
    assertEquals(
        3,
        Acceptability.of(c.sample(), c.grid()).timesBest(0, 0)
            + Acceptability.of(c.sample(), c.grid()).timesBest(0, 1));
  }
}
