package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptabilityTest {

  /**
   * Two draws, two options. A costs 0 with effect 0 in both draws. B has effect 1 and costs 100 in
   * draw 1 and 300 in draw 2; mean cost 200.
   */
  private static final CostEffectivenessSample TWO_DRAWS =
      CostEffectivenessSample.of(
          List.of("A", "B"), new double[][] {{0, 100}, {0, 300}}, new double[][] {{0, 1}, {0, 1}});

  @Test
  void handComputedCeacExpectedNmbAndEvpi() {
    Acceptability a = Acceptability.of(TWO_DRAWS, WtpGrid.of(200, 100, 300, 400, 0));
    // wtp 200: NMB_B = 100, -100; NMB_A = 0, 0. B best in draw 1, A in draw 2: 1/2 each.
    //   Expected NMB: A 0, B 200 * 1 - 200 = 0: a tie, so A is the frontier option.
    //   EVPI = mean(100, 0) - max(0, 0) = 50.
    assertEquals(0.5, a.probabilityBest(0, 0));
    assertEquals(0.5, a.probabilityBest(0, 1));
    assertEquals(0.0, a.expectedNmb(0, 1));
    assertEquals(0, a.frontierOption(0));
    assertEquals(0.5, a.frontierProbability(0));
    assertEquals(50.0, a.evpi(0));
    // wtp 100: NMB_B = 0, -200; draw 1 is an exact tie with A (0 = 0): it counts for A, given
    // first.
    //   Expected NMB: A 0, B -100. EVPI = mean(0, 0) - 0 = 0.
    assertEquals(2, a.timesBest(1, 0));
    assertEquals(1.0, a.probabilityBest(1, 0));
    assertEquals(-100.0, a.expectedNmb(1, 1));
    assertEquals(0.0, a.evpi(1));
    // wtp 300: NMB_B = 200, 0; draw 2 ties with A and goes to A: CEAC 1/2 each.
    //   Expected NMB: B 300 - 200 = 100 > A 0: B is the frontier option.
    //   EVPI = mean(200, 0) - 100 = 0: perfect information changes nothing in draw 2 (a tie).
    assertEquals(0.5, a.probabilityBest(2, 1));
    assertEquals(1, a.frontierOption(2));
    assertEquals(100.0, a.expectedNmb(2, 1));
    assertEquals(0.0, a.evpi(2));
    // wtp 400: NMB_B = 300, 100: B best in both draws; EVPI 0 exactly.
    assertEquals(1.0, a.probabilityBest(3, 1));
    assertEquals(0.0, a.evpi(3));
    // wtp 0: NMB_B = -100, -300: A best in both.
    assertEquals(1.0, a.probabilityBest(4, 0));
    assertEquals(-200.0, a.expectedNmb(4, 1));
  }

  @Test
  void exactTieGoesToTheFirstOptionAlthoughCostlier() {
    // enhanced (4700, 8.45), standard (1700, 8.3). At wtp 20000, in double: 20000 * 8.45 = 169000
    // and 20000 * 8.3 = 166000 (both exact after rounding), minus costs: 164300 and 164300, a tie,
    // although the crossing point (4700 - 1700) / (8.45 - 8.3) is 20000.00000000019 in double.
    // The tie goes to enhanced, given first. At 19999 standard is best; at 20001 enhanced.
    CostEffectivenessSample s =
        Samples.deterministic(
            List.of("enhanced", "standard"), new double[] {4700, 1700}, new double[] {8.45, 8.3});
    assertEquals(20000 * 8.45 - 4700, 20000 * 8.3 - 1700);
    Acceptability a = Acceptability.of(s, WtpGrid.of(19999, 20000, 20001));
    assertEquals(1.0, a.probabilityBest(0, 1));
    assertEquals(1.0, a.probabilityBest(1, 0));
    assertEquals(0, a.frontierOption(1));
    assertEquals(164300.0, a.expectedNmb(1, 0));
    assertEquals(164300.0, a.expectedNmb(1, 1));
    assertEquals(0.0, a.evpi(1));
    assertEquals(1.0, a.probabilityBest(2, 0));
    // Swapped order: the tie goes to standard.
    CostEffectivenessSample swapped =
        Samples.deterministic(
            List.of("standard", "enhanced"), new double[] {1700, 4700}, new double[] {8.3, 8.45});
    Acceptability b = Acceptability.of(swapped, WtpGrid.of(20000));
    assertEquals(1.0, b.probabilityBest(0, 0));
    assertEquals(0, b.frontierOption(0));
  }

  @Test
  void evpiIsExactlyZeroWhenOneOptionAlwaysWins() {
    // "hub" is cheapest and most effective in every draw, so best at every wtp >= 0.
    int n = 1000;
    double[][] costs = new double[n][];
    double[][] effects = new double[n][];
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int d = 0; d < n; d++) {
      double c = 1000 + 2000 * random.nextDouble();
      double e = 4 + random.nextDouble();
      costs[d] =
          new double[] {
            c + 150.37 * random.nextDouble() + 1e-3, c, c + 900 * random.nextDouble() + 1e-3
          };
      effects[d] =
          new double[] {
            e - 0.2 * random.nextDouble() - 1e-6, e, e - 0.1 * random.nextDouble() - 1e-6
          };
    }
    CostEffectivenessSample s =
        CostEffectivenessSample.of(List.of("usual", "hub", "other"), costs, effects);
    Acceptability a = Acceptability.of(s, WtpGrid.range(0, 100000, 5000));
    for (int i = 0; i < a.grid().size(); i++) {
      assertEquals(0.0, a.evpi(i));
      assertEquals(1.0, a.probabilityBest(i, 1));
      assertEquals(1.0, a.frontierProbability(i));
      assertEquals(1, a.frontierOption(i));
    }
  }

  @Test
  void ceacRowsSumToOne() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    int n = 2000;
    int m = 4;
    double[][] costs = new double[n][m];
    double[][] effects = new double[n][m];
    for (int d = 0; d < n; d++) {
      for (int j = 0; j < m; j++) {
        costs[d][j] = 1000 * j + 800 * random.nextDouble();
        effects[d][j] = 5 + 0.05 * j + 0.1 * random.nextDouble();
      }
    }
    CostEffectivenessSample s =
        CostEffectivenessSample.of(List.of("a", "b", "c", "d"), costs, effects);
    Acceptability a = Acceptability.of(s, WtpGrid.range(0, 60000, 1000));
    boolean someSplit = false;
    for (int i = 0; i < a.grid().size(); i++) {
      int total = 0;
      for (int j = 0; j < m; j++) {
        total += a.timesBest(i, j);
        someSplit |= a.timesBest(i, j) > 0 && a.timesBest(i, j) < n;
      }
      assertEquals(n, total);
      assertEquals(true, a.evpi(i) >= 0);
    }
    assertEquals(true, someSplit);
  }

  @Test
  void deterministicEvpiIsZeroAndCeacIsZeroOrOne() {
    CostEffectivenessSample s =
        Samples.deterministic(
            List.of("a", "b", "c"),
            new double[] {9140, 2060, 250},
            new double[] {10.412, 10.047, 9.981});
    Acceptability a = Acceptability.of(s, WtpGrid.range(0, 50000, 5000));
    for (int i = 0; i < a.grid().size(); i++) {
      assertEquals(0.0, a.evpi(i));
      assertEquals(1.0, a.frontierProbability(i));
    }
    // 5000 * 10.412 = 52060.00000000001 in double, minus 9140: 42920.00000000001, kept unrounded.
    assertEquals(42920.00000000001, a.expectedNmb(1, 0));
  }

  @Test
  void oneOptionAlwaysWins() {
    CostEffectivenessSample s =
        Samples.deterministic(List.of("only"), new double[] {10}, new double[] {1});
    Acceptability a = Acceptability.of(s, WtpGrid.of(0, 5));
    assertEquals(1.0, a.probabilityBest(1, 0));
    assertEquals(-5.0, a.expectedNmb(1, 0));
    assertEquals(0.0, a.evpi(1));
  }
}
