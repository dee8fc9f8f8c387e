package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.metrics.spc.Fixtures.baseline;
import static org.networkedcare.metrics.spc.Fixtures.causes;
import static org.networkedcare.metrics.spc.Fixtures.chart;
import static org.networkedcare.metrics.spc.Fixtures.concat;
import static org.networkedcare.metrics.spc.Fixtures.month;
import static org.networkedcare.metrics.spc.Fixtures.repeat;
import static org.networkedcare.metrics.spc.Fixtures.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.measure.ImprovementDirection;

/**
 * Segments (rebasing), fixed baselines, missing values, degenerate limits, targets, assurance and
 * warnings. Expected values: hand calculation from specs/spc-making-data-count.md (§§2-3, 7-11 and
 * the Decisions), which documents NHSRplotthedots 0.2.2.
 */
class SpcSegmentsAndTargetsTest {

  private static final double EPS = 1e-12;

  @Test
  void onePointHasAMeanButNoLimits() {
    FacetResult r = chart(5);
    SpcPoint p = r.point(0);
    assertEquals(5, p.mean().getAsDouble());
    assertTrue(p.lowerLimit().isEmpty());
    assertTrue(p.upperLimit().isEmpty());
    assertEquals(PointType.COMMON_CAUSE, p.pointType());
    assertTrue(r.segments().get(0).trialLimits());
  }

  @Test
  void constantSegmentHasNoLimitsWithScreeningAndZeroWidthWithout() {
    // §3: all ranges 0, the bound is 0, 0 < 0 is false: every range dropped, limits NaN (empty).
    FacetResult on = chart(repeat(7, 15));
    assertTrue(on.point(0).upperLimit().isEmpty());
    for (String c : causes(on)) {
      assertEquals("", c);
    }
    // Screening off: amr 0, lpl = upl = mean = 7, every point on the centre line: common cause.
    FacetResult off = chart(SpcOptions.builder().screening(false).build(), repeat(7, 15));
    assertEquals(7, off.point(0).lowerLimit().getAsDouble());
    assertEquals(7, off.point(0).upperLimit().getAsDouble());
    for (String c : causes(off)) {
      assertEquals("", c);
    }
  }

  @Test
  void constantFixedBaselineStillAllowsTrendsAndRuns() {
    // §3: fix after 12 on twelve 5s: no limits, mean 5. R2 and R4 use the mean and values only:
    // then 6..12 (seven points above, rising from the last 5): the last 5 and 6..11 are a trend
    // (the point on the centre line takes the trend's label); 12 continues it.
    double[] values = concat(repeat(5, 12), new double[] {6, 7, 8, 9, 10, 11, 12});
    FacetResult r = chart(SpcOptions.builder().fixAfter(12).build(), values);
    assertTrue(r.point(18).upperLimit().isEmpty());
    String[] c = causes(r);
    assertEquals("", c[10]);
    for (int i = 11; i <= 18; i++) {
      assertEquals("trend_increasing", c[i], "point " + i);
    }
  }

  @Test
  void missingValuesAreKeptAndSpoilTheirRanges() {
    // 10, 12, NA, 14, 10: mean 46/4 = 11.5; ranges 2, NA, NA, 4: a0 = 3, bound 9.8 keeps both;
    // limits 11.5 -/+ 7.98.
    FacetResult r = chart(10, 12, Double.NaN, 14, 10);
    assertEquals(11.5, r.point(0).mean().getAsDouble(), EPS);
    assertEquals(11.5 - 7.98, r.point(0).lowerLimit().getAsDouble(), EPS);
    assertEquals(11.5 + 7.98, r.point(0).upperLimit().getAsDouble(), EPS);
    SpcPoint missing = r.point(2);
    assertTrue(missing.value().isEmpty());
    assertEquals(PointType.COMMON_CAUSE, missing.pointType());
    assertEquals(5, r.segments().get(0).n());
  }

  @Test
  void aMissingValueInARisingStretchIsNotATrendAndDoesNotFail() {
    // Decision 2 (the package stops with an R error here). Wide noise, screening off.
    SpcOptions off = SpcOptions.builder().screening(false).build();
    FacetResult r = chart(off, 30, -20, 1, 2, 3, Double.NaN, 5, 6, 7, -20, 30);
    for (String c : causes(r)) {
      assertFalse(c.startsWith("trend"), c);
    }
  }

  @Test
  void missingValueBreaksARunButNotOtherWindows() {
    // Fixed baseline of 12 (mean 11); then 12 x3, NA, 12 x7: the NA breaks the first stretch;
    // the seven 12s after it are a run.
    double[] values = concat(baseline(), repeat(12, 3), new double[] {Double.NaN}, repeat(12, 7));
    String[] c = causes(chart(SpcOptions.builder().fixAfter(12).build(), values));
    for (int i = 12; i <= 15; i++) {
      assertEquals("", c[i]);
    }
    for (int i = 16; i <= 22; i++) {
      assertEquals("run_above", c[i]);
    }
  }

  @Test
  void allValuesMissingHasNoMean() {
    FacetResult r = chart(Double.NaN, Double.NaN);
    assertTrue(r.point(0).mean().isEmpty());
    assertTrue(r.segments().get(0).mean().isEmpty());
    assertEquals(PointType.COMMON_CAUSE, r.point(1).pointType());
  }

  @Test
  void fixAfterCountsRowsIncludingMissingOnes() {
    // §3: fix after 12 on 12 rows where row 3 is missing: 11 baseline values, row 13 (value 100)
    // is not pulled in. Baseline 12,10,12,NA,12,10,... : mean (6*12+5*10 - 0)/11 ...
    double[] base = baseline();
    base[3] = Double.NaN; // a 10 goes missing: 6 twelves and 5 tens
    double[] values = concat(base, new double[] {100, 100});
    FacetResult r = chart(SpcOptions.builder().fixAfter(12).build(), values);
    assertEquals((6 * 12 + 5 * 10) / 11.0, r.point(0).mean().getAsDouble(), EPS);
    // Ranges: 11 pairs, 2 of them touch the NA: 9 ranges of 2, amr 2.
    assertEquals((6 * 12 + 5 * 10) / 11.0 + 2.66 * 2, r.point(0).upperLimit().getAsDouble(), EPS);
    assertEquals("outside_above", causes(r)[12]);
  }

  @Test
  void fixAfterLongerThanTheSegmentHasNoEffect() {
    double[] values = {10, 12, 11, 13, 12};
    assertEquals(
        chart(values).point(0).upperLimit(),
        chart(SpcOptions.builder().fixAfter(50).build(), values).point(0).upperLimit());
  }

  @Test
  void rebaseSplitsSegmentsAndNothingCrossesTheBoundary() {
    // 24 points: a pattern around 11, then one around 31; rebased at
    // month 12. Means 136/12 and 372/12 = 31, amr 12/11 each. Five 12s ending the first segment
    // and three 32s at the start of the second are not a run of 8.
    double[] first = concat(new double[] {12, 10, 12, 10, 12, 10, 10}, repeat(12, 5));
    double[] second = concat(repeat(32, 3), new double[] {30, 32, 30, 32, 30, 30, 32, 30, 30});
    SpcOptions rebase = SpcOptions.builder().rebase(month(12)).build();
    FacetResult r = chart(rebase, concat(first, second));
    assertEquals(2, r.segments().size());
    assertEquals(0, r.point(11).segment());
    assertEquals(1, r.point(12).segment());
    assertEquals(12, r.segments().get(0).n());
    assertEquals(136 / 12.0, r.point(0).mean().getAsDouble(), EPS);
    assertEquals(31, r.point(12).mean().getAsDouble(), EPS);
    for (String c : causes(r)) {
      assertEquals("", c);
    }
    assertTrue(r.segments().get(0).variationIcon().isEmpty());
    assertTrue(r.segments().get(1).variationIcon().isPresent());
  }

  @Test
  void rebaseAtTheFirstDateOnlyChangesTheIndex() {
    double[] values = {10, 12, 11, 13, 12};
    FacetResult plain = chart(values);
    FacetResult rebased = chart(SpcOptions.builder().rebase(month(0)).build(), values);
    assertEquals(1, rebased.point(0).segment());
    assertEquals(1, rebased.segments().get(0).segment());
    assertEquals(1, rebased.segments().size());
    assertEquals(plain.point(3).upperLimit(), rebased.point(3).upperLimit());
  }

  @Test
  void rebaseDatesThatAreNotDatesOfTheSeriesAreIgnoredAndWarned() {
    SpcOptions options =
        SpcOptions.builder()
            .rebase(LocalDate.of(1999, 1, 1), month(2).plusDays(3), month(3))
            .build();
    SpcResult result = Spc.analyse(series(10, 12, 11, 13, 12), options);
    FacetResult r = result.facets().get(0);
    assertEquals(0, r.point(2).segment());
    assertEquals(1, r.point(3).segment());
    long unmatched =
        result.warnings().stream().filter(w -> w.contains("not a date of the series")).count();
    assertEquals(2, unmatched);
  }

  @Test
  void rebaseAndTargetPerFacet() {
    SpcOptions options = SpcOptions.builder().rebase("a", month(6)).target("a", 100).build();
    SpcResult result =
        Spc.analyse(List.of(series("a", repeat(1, 12)), series("b", repeat(1, 12))), options);
    FacetResult a = result.facet("a").orElseThrow();
    FacetResult b = result.facet("b").orElseThrow();
    assertEquals(2, a.segments().size());
    assertEquals(1, b.segments().size());
    // a has a target, its last segment is constant (no limits): inconsistent (Decision 3).
    assertEquals(Optional.of(Assurance.INCONSISTENT), a.assurance());
    // b has none: no assurance (Decision 3; the package would say inconsistent).
    assertEquals(Optional.empty(), b.assurance());
    assertEquals(Optional.empty(), b.segments().get(0).assurance());
  }

  @Test
  void assuranceTables() {
    // 10, 12, 11, 13, 12: limits 7.61 / 15.59 (see SpcRulesTest.limitsByHand).
    double[] v = {10, 12, 11, 13, 12};
    assertEquals(Assurance.FAIL, assurance(ImprovementDirection.INCREASE, 16, v));
    assertEquals(Assurance.PASS, assurance(ImprovementDirection.INCREASE, 7, v));
    assertEquals(Assurance.INCONSISTENT, assurance(ImprovementDirection.INCREASE, 11, v));
    assertEquals(Assurance.PASS, assurance(ImprovementDirection.DECREASE, 16, v));
    assertEquals(Assurance.FAIL, assurance(ImprovementDirection.DECREASE, 7, v));
    assertEquals(Assurance.INCONSISTENT, assurance(ImprovementDirection.DECREASE, 11, v));
    // A target equal to a limit is inconsistent.
    double upl = chart(v).point(0).upperLimit().getAsDouble();
    assertEquals(Assurance.INCONSISTENT, assurance(ImprovementDirection.INCREASE, upl, v));
    // Neutral: no assurance.
    FacetResult neutral =
        chart(SpcOptions.builder().improvement(ImprovementDirection.NEUTRAL).target(7).build(), v);
    assertTrue(neutral.assurance().isEmpty());
    // Negative targets are fine.
    assertEquals(Assurance.PASS, assurance(ImprovementDirection.INCREASE, -5, v));
  }

  @Test
  void assuranceUsesTheLastSegment() {
    // First segment around 11 (limits 5.68..16.32 with the 12/10 pattern), second around 101.
    double[] values = concat(baseline(), new double[] {102, 100, 102, 100, 102, 100});
    SpcOptions options = SpcOptions.builder().rebase(month(12)).target(50).build();
    FacetResult r = chart(options, values);
    assertEquals(Optional.of(Assurance.PASS), r.assurance());
    assertEquals(Optional.empty(), r.segments().get(0).assurance());
    assertEquals(Optional.of(Assurance.PASS), r.segments().get(1).assurance());
  }

  private static Assurance assurance(ImprovementDirection d, double target, double... values) {
    return chart(SpcOptions.builder().improvement(d).target(target).build(), values)
        .assurance()
        .orElseThrow();
  }

  @Test
  void trialLimitsBelowTwelvePoints() {
    // Decision 4: fewer than 12 rows (the package's code flags fewer than 13).
    SpcResult eleven =
        Spc.analyse(series(concat(baseline(), new double[0])), SpcOptions.defaults());
    assertFalse(eleven.facets().get(0).segments().get(0).trialLimits());
    assertTrue(eleven.warnings().isEmpty());
    double[] elevenPoints = java.util.Arrays.copyOf(baseline(), 11);
    SpcResult short11 = Spc.analyse(series("ward", elevenPoints), SpcOptions.defaults());
    assertTrue(short11.facets().get(0).segments().get(0).trialLimits());
    assertEquals(1, short11.warnings().size());
    assertTrue(short11.warnings().get(0).contains("ward"));
  }

  @Test
  void unsortedInputIsSorted() {
    SpcSeries.Builder builder = SpcSeries.builder("x");
    double[] values = {10, 12, 11, 13, 12};
    for (int i = values.length - 1; i >= 0; i--) {
      builder.add(month(i), values[i]);
    }
    FacetResult shuffled = Spc.analyse(builder.build(), SpcOptions.defaults()).facets().get(0);
    FacetResult sorted = Spc.analyse(series("x", values), SpcOptions.defaults()).facets().get(0);
    assertEquals(sorted.points(), shuffled.points());
    assertEquals(month(0), shuffled.date(0));
  }

  @Test
  void datesWithGapsAreConsecutivePoints() {
    SpcSeries s =
        SpcSeries.builder("")
            .add(LocalDate.of(2020, 1, 1), 10)
            .add(LocalDate.of(2021, 6, 9), 12)
            .add(LocalDate.of(2030, 1, 1), 11)
            .build();
    assertEquals(
        11,
        Spc.analyse(s, SpcOptions.defaults()).facets().get(0).point(0).mean().getAsDouble(),
        EPS);
  }
}
