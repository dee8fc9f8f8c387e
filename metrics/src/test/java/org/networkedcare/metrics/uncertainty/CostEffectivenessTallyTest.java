package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * The tally folds draws in one at a time; its outputs must be the bits that the sample-based
 * outputs give on the same draws (the expected values here come from {@link Acceptability#of},
 * {@link FrontierIcers#of} and {@link PairwiseIcers#against}, computed on the whole sample), and
 * its problems the same words at the same places as {@link CostEffectivenessSample#of}'s.
 */
class CostEffectivenessTallyTest {

  private static CostEffectivenessTally.Result tally(
      CostEffectivenessSample s, WtpGrid grid, Optional<String> reference) {
    CostEffectivenessTally t = CostEffectivenessTally.of(s.options(), grid, reference);
    int m = s.optionCount();
    double[] c = new double[m];
    double[] e = new double[m];
    for (int d = 0; d < s.draws(); d++) {
      for (int j = 0; j < m; j++) {
        c[j] = s.cost(d, j);
        e[j] = s.effect(d, j);
      }
      t.add(c, e);
    }
    assertEquals(s.draws(), t.draws());
    return t.finish();
  }

  private static void assertSameBits(
      CostEffectivenessSample s, WtpGrid grid, String reference, String what) {
    CostEffectivenessTally.Result r = tally(s, grid, Optional.of(reference));
    assertEquals(FrontierIcers.of(s).rows(), r.frontier().rows(), what);
    assertEquals(
        PairwiseIcers.against(s, reference).rows(), r.pairwise().orElseThrow().rows(), what);
    Acceptability want = Acceptability.of(s, grid);
    Acceptability got = r.acceptability();
    assertEquals(want.draws(), got.draws(), what);
    for (int i = 0; i < grid.size(); i++) {
      assertEquals(want.frontierOption(i), got.frontierOption(i), what);
      assertEquals(
          Double.doubleToRawLongBits(want.evpi(i)), Double.doubleToRawLongBits(got.evpi(i)), what);
      for (int j = 0; j < s.optionCount(); j++) {
        assertEquals(want.timesBest(i, j), got.timesBest(i, j), what);
        assertEquals(
            Double.doubleToRawLongBits(want.expectedNmb(i, j)),
            Double.doubleToRawLongBits(got.expectedNmb(i, j)),
            what);
      }
    }
  }

  @Test
  void sameBitsAsTheSampleOnHardCases() {
    for (long seed = 1; seed <= 300; seed++) {
      KernelMatchesPlainLoopTest.Case c = KernelMatchesPlainLoopTest.hardCase(seed);
      String reference = c.sample().options().get((int) (seed % c.sample().optionCount()));
      assertSameBits(c.sample(), c.grid(), reference, c.description());
    }
  }

  @Test
  void sameBitsAcrossBlocksOfDraws() {
    SplittableRandom r = new SplittableRandom(20261202L);
    for (int example = 0; example < 3; example++) {
      int m = 2 + r.nextInt(3);
      int n = CostEffectivenessTally.BLOCK * (1 + example) + r.nextInt(1000);
      double[][] c = new double[n][m];
      double[][] e = new double[n][m];
      for (int d = 0; d < n; d++) {
        for (int j = 0; j < m; j++) {
          c[d][j] = 10000 + 2000 * j + 1500 * r.nextGaussian();
          e[d][j] = 5 + 0.1 * j + 0.3 * r.nextGaussian();
        }
      }
      List<String> names = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        names.add("option " + j);
      }
      CostEffectivenessSample s = CostEffectivenessSample.of(names, c, e);
      assertSameBits(
          s, WtpGrid.range(0, 100000, 1000), names.get(m - 1), m + " options, " + n + " draws");
    }
  }

  @Test
  void badValuesAreTheSampleProblemsInTheSameOrder() {
    int n = 30;
    double[][] c = new double[n][2];
    double[][] e = new double[n][2];
    for (int d = 0; d < n; d++) {
      c[d][0] = d < 24 ? 2e18 : 100; // 24 bad costs: 20 listed, then "4 more"
      c[d][1] = 50;
      e[d][0] = 1;
      e[d][1] = d % 10 == 3 ? Double.NaN : d == 7 ? -3e18 : 2;
    }
    List<String> names = List.of("a", "b");
    List<Problem> want =
        assertThrows(ValidationException.class, () -> CostEffectivenessSample.of(names, c, e))
            .problems();
    CostEffectivenessTally t =
        CostEffectivenessTally.of(names, WtpGrid.of(20000), Optional.of("a"));
    for (int d = 0; d < n; d++) {
      t.add(c[d], e[d]);
    }
    assertEquals(want, assertThrows(ValidationException.class, t::finish).problems());
    assertEquals(21, want.stream().filter(p -> p.path().startsWith("/costs")).count());
  }

  @Test
  void anUnknownReferenceIsReportedAsPairwiseReportsIt() {
    CostEffectivenessSample s =
        CostEffectivenessSample.of(
            List.of("x", "y"), new double[][] {{1, 2}}, new double[][] {{0.5, 0.7}});
    List<Problem> want =
        assertThrows(ValidationException.class, () -> PairwiseIcers.against(s, "z")).problems();
    CostEffectivenessTally t =
        CostEffectivenessTally.of(s.options(), WtpGrid.of(1000), Optional.of("z"));
    t.add(new double[] {1, 2}, new double[] {0.5, 0.7});
    assertEquals(want, assertThrows(ValidationException.class, t::finish).problems());
  }

  @Test
  void noDrawsAndMisuseAreRefused() {
    CostEffectivenessTally t =
        CostEffectivenessTally.of(List.of("x", "y"), WtpGrid.of(1000), Optional.empty());
    assertThrows(
        IllegalArgumentException.class, () -> t.add(new double[] {1}, new double[] {1, 2}));
    ValidationException none = assertThrows(ValidationException.class, t::finish);
    assertEquals("/costs", none.problems().get(0).path());
    assertThrows(IllegalStateException.class, t::finish);
    assertThrows(
        ValidationException.class,
        () -> CostEffectivenessTally.of(List.of("x", "x"), WtpGrid.of(1), Optional.empty()));
  }
}
