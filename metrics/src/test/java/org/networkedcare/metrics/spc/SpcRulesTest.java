package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.metrics.spc.Fixtures.baseline;
import static org.networkedcare.metrics.spc.Fixtures.causes;
import static org.networkedcare.metrics.spc.Fixtures.chart;
import static org.networkedcare.metrics.spc.Fixtures.concat;
import static org.networkedcare.metrics.spc.Fixtures.repeat;

import org.junit.jupiter.api.Test;
import org.networkedcare.core.measure.ImprovementDirection;

/**
 * The special-cause rules, their precedence and labels. Expected values are hand calculations from
 * the method page (specs/spc-making-data-count.md §§3-6, which describes NHSRplotthedots 0.2.2)
 * unless a comment says otherwise.
 */
class SpcRulesTest {

  private static final double EPS = 1e-12;
  private static final SpcOptions FIX12 = SpcOptions.builder().fixAfter(12).build();

  @Test
  void limitsByHand() {
    // 10, 12, 11, 13, 12: mean 58/5 = 11.6; ranges 2, 1, 2, 1, a0 = 1.5, bound 4.9005 keeps all;
    // limits 11.6 -/+ 2.66 * 1.5 = 7.61 / 15.59.
    FacetResult r = chart(10, 12, 11, 13, 12);
    SpcPoint p = r.point(0);
    assertEquals(11.6, p.mean().getAsDouble(), EPS);
    assertEquals(7.61, p.lowerLimit().getAsDouble(), EPS);
    assertEquals(15.59, p.upperLimit().getAsDouble(), EPS);
    assertArrayEquals(new String[] {"", "", "", "", ""}, causes(r));
    SegmentSummary s = r.segments().get(0);
    assertEquals(5, s.n());
    assertEquals(5, s.commonCause());
    assertEquals(PointType.COMMON_CAUSE, s.lastPointType());
  }

  @Test
  void screeningDropsLargeRangesOnceAndLeavesZeroWidthLimits() {
    // Spec §3 example: 19 points at 5 and one at 9 (position 10). Ranges: 18 zeros and two 4s,
    // a0 = 8/19, bound 3.267 * 8/19 = 1.3756: both 4s dropped, amr = 0, lpl = upl = mean = 5.2;
    // every point is off the mean, so every point is outside.
    double[] values = concat(repeat(5, 10), new double[] {9}, repeat(5, 9));
    FacetResult r = chart(values);
    assertEquals(5.2, r.point(0).mean().getAsDouble(), EPS);
    assertEquals(5.2, r.point(0).lowerLimit().getAsDouble(), EPS);
    assertEquals(5.2, r.point(0).upperLimit().getAsDouble(), EPS);
    for (int i = 0; i < 20; i++) {
      assertEquals(i == 10 ? "outside_above" : "outside_below", causes(r)[i], "point " + i);
    }
    // Screening off (the Excel tools): amr = 8/19, upl = 5.2 + 2.66 * 8/19 = 6.32: the 9 is
    // outside; the 5s (below the mean) form runs of 10 and 9 below the centre line.
    FacetResult off = chart(SpcOptions.builder().screening(false).build(), values);
    assertEquals(5.2 + 2.66 * 8 / 19, off.point(0).upperLimit().getAsDouble(), 1e-12);
    assertEquals(5.2 - 2.66 * 8 / 19, off.point(0).lowerLimit().getAsDouble(), 1e-12);
    for (int i = 0; i < 20; i++) {
      assertEquals(i == 10 ? "outside_above" : "run_below", causes(off)[i], "point " + i);
    }
  }

  @Test
  void screeningOffIsWiderWithOneLargeValue() {
    // Package test (spec §13): one large value gives different limits on and off, wider off.
    double[] values = {10, 11, 10, 12, 11, 10, 40, 11, 10, 12, 11, 10};
    SegmentSummary on = chart(values).segments().get(0);
    SegmentSummary off =
        chart(SpcOptions.builder().screening(false).build(), values).segments().get(0);
    double widthOn = on.upperLimit().getAsDouble() - on.lowerLimit().getAsDouble();
    double widthOff = off.upperLimit().getAsDouble() - off.lowerLimit().getAsDouble();
    assertTrue(widthOff > widthOn);
    assertEquals(on.mean(), off.mean());
  }

  @Test
  void trendOfSevenAcrossTheCentreLine() {
    // 0,10,0,10, then 0,1,...,6 (seven points, six rising steps), then 0,10,0. Mean 51/14,
    // ranges sum 72 over 13 (amr 5.54, none screened), limits -11.09 / 18.37, near lines
    // -6.18 / 13.46: nothing outside or close, no run of 7; the trend is points 4..10.
    FacetResult r = chart(0, 10, 0, 10, 0, 1, 2, 3, 4, 5, 6, 0, 10, 0);
    assertEquals(51.0 / 14, r.point(0).mean().getAsDouble(), EPS);
    String[] expected = new String[14];
    java.util.Arrays.fill(expected, "");
    for (int i = 4; i <= 10; i++) {
      expected[i] = "trend_increasing";
    }
    assertArrayEquals(expected, causes(r));
    assertEquals(PointType.SPECIAL_CAUSE_IMPROVEMENT, r.point(4).pointType());
  }

  @Test
  void sixStepsNeededAndATieBreaksATrend() {
    // Package tests (§13): 1,2,3,3,4,5,6 has a tie: no trend; six points rising (five steps): no
    // trend. The noise around them is chosen so that no neighbour extends a rising stretch.
    // Wide noise around them keeps every point inside the limits (screening off).
    SpcOptions off = SpcOptions.builder().screening(false).build();
    FacetResult tie = chart(off, 20, -10, 1, 2, 3, 3, 4, 5, 6, 20, -10);
    for (String c : causes(tie)) {
      assertFalse(c.startsWith("trend"), c);
    }
    FacetResult six = chart(off, 20, -10, 20, 1, 2, 3, 4, 5, 6, -10, 20);
    for (String c : causes(six)) {
      assertFalse(c.startsWith("trend"), c);
    }
  }

  @Test
  void trendDirectionQuirkAtARepeatedPeak() {
    // Spec §5: a rising trend ending on 7, repeated by the first point of a falling trend.
    // Screening
    // off: mean 96/18, amr 73/17, limits -6.09 / 16.76, near line 12.95 (the 20s are outside).
    // Point 10 (the first 7) sees a zero step to the next trend point: Decreasing, a concern.
    FacetResult r =
        chart(
            SpcOptions.builder().screening(false).build(),
            20,
            0,
            20,
            0,
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            7,
            6,
            5,
            4,
            3,
            2,
            1);
    String[] expected = new String[18];
    expected[0] = "outside_above";
    expected[1] = "";
    expected[2] = "outside_above";
    for (int i = 3; i <= 9; i++) {
      expected[i] = "trend_increasing";
    }
    for (int i = 10; i <= 17; i++) {
      expected[i] = "trend_decreasing";
    }
    assertArrayEquals(expected, causes(r));
    assertEquals(PointType.SPECIAL_CAUSE_CONCERN, r.point(10).pointType());
  }

  @Test
  void twoOfThreeMarksOnlyTheClosePoints() {
    // Fixed baseline (12 points alternating 12, 10): mean 11, amr 2, limits 5.68 / 16.32, near
    // lines 11 -/+ 3.5467 = 7.4533 / 14.5467. Then:
    //   12-14: 15, 12, 15  -> two close above on one side: 12 and 14 marked, 13 not;
    //   15:    10
    //   16-18: 17, 15, 12  -> 17 is outside, so not "close": only one close point, no R3;
    //   19:    10
    //   20-22: 15, 7, 10   -> close points on opposite sides: never R3.
    double[] values = concat(baseline(), new double[] {15, 12, 15, 10, 17, 15, 12, 10, 15, 7, 10});
    FacetResult r = chart(FIX12, values);
    assertEquals(11, r.point(20).mean().getAsDouble(), EPS);
    assertEquals(11 - 2.66 * 2, r.point(20).lowerLimit().getAsDouble(), EPS);
    String[] expected = new String[23];
    java.util.Arrays.fill(expected, "");
    expected[12] = "two_of_three_above";
    expected[14] = "two_of_three_above";
    expected[16] = "outside_above";
    assertArrayEquals(expected, causes(r));
  }

  @Test
  void twoOfThreeBelowAndAPointOnTheCentreLineDisqualifies() {
    // Same baseline. 7.4, 8, 7.4 -> close below on one side (8 is below 11 but not close): the
    // two 7.4s are two_of_three_below. Then 7.4, 11, 7.4: the 11 sits on the centre line, so no
    // window is all on one side.
    double[] values = concat(baseline(), new double[] {7.4, 8, 7.4, 12, 7.4, 11, 7.4, 12});
    String[] c = causes(chart(FIX12, values));
    assertEquals("two_of_three_below", c[12]);
    assertEquals("", c[13]);
    assertEquals("two_of_three_below", c[14]);
    assertEquals("", c[16]);
    assertEquals("", c[18]);
  }

  @Test
  void runOfSevenButNotSix() {
    // Same baseline (ends on 10, below). Six 12s then a 10: no run. Then eight 12s: all eight
    // marked (a run of length L >= 7 is marked entirely). 12 is inside the near lines.
    double[] values = concat(baseline(), repeat(12, 6), new double[] {10}, repeat(12, 8));
    FacetResult r =
        chart(
            SpcOptions.builder().fixAfter(12).improvement(ImprovementDirection.DECREASE).build(),
            values);
    String[] c = causes(r);
    for (int i = 12; i <= 18; i++) {
      assertEquals("", c[i], "point " + i);
    }
    for (int i = 19; i <= 26; i++) {
      assertEquals("run_above", c[i], "point " + i);
      assertEquals(PointType.SPECIAL_CAUSE_CONCERN, r.point(i).pointType());
    }
    assertEquals(VariationIcon.CONCERN_HIGH, r.variationIcon());
  }

  @Test
  void aPointOnTheCentreLineBreaksARun() {
    // Same baseline; 9, 9, 9, 11, 9, 9, 9: the 11 is exactly the mean (neither side): no run.
    double[] values = concat(baseline(), new double[] {9, 9, 9, 11, 9, 9, 9});
    for (String c : causes(chart(FIX12, values))) {
      assertEquals("", c);
    }
    // Without the 11: seven 9s below, all marked run_below.
    String[] c = causes(chart(FIX12, concat(baseline(), repeat(9, 7))));
    for (int i = 12; i < 19; i++) {
      assertEquals("run_below", c[i]);
    }
  }

  @Test
  void precedenceOutsideThenTrendThenTwoOfThreeThenRun() {
    // Same baseline; a rising stretch 11.5, 12, 13, 14, 15, 16, 17: all above the mean (a run of
    // 7) and a trend of 7; 15 and 16 are close; 17 is outside. Labels: trend wins over R3 and R4,
    // outside wins over trend.
    double[] values = concat(baseline(), new double[] {11.5, 12, 13, 14, 15, 16, 17});
    String[] c = causes(chart(FIX12, values));
    for (int i = 12; i <= 17; i++) {
      assertEquals("trend_increasing", c[i], "point " + i);
    }
    assertEquals("outside_above", c[18]);
  }

  @Test
  void neutralLabels() {
    double[] values = concat(baseline(), repeat(12, 7));
    FacetResult r =
        chart(
            SpcOptions.builder().fixAfter(12).improvement(ImprovementDirection.NEUTRAL).build(),
            values);
    assertEquals(PointType.SPECIAL_CAUSE_NEUTRAL_HIGH, r.point(18).pointType());
    assertEquals(VariationIcon.NEUTRAL_HIGH, r.variationIcon());
    SegmentSummary s = r.segments().get(0);
    assertEquals(0, s.improvement());
    assertEquals(0, s.concern());
    assertEquals(12, s.commonCause());
  }

  @Test
  void pointTypeTable() {
    // Spec §6.
    assertEquals(
        PointType.SPECIAL_CAUSE_IMPROVEMENT, PointType.of(1, ImprovementDirection.INCREASE));
    assertEquals(PointType.SPECIAL_CAUSE_CONCERN, PointType.of(-1, ImprovementDirection.INCREASE));
    assertEquals(PointType.SPECIAL_CAUSE_CONCERN, PointType.of(1, ImprovementDirection.DECREASE));
    assertEquals(
        PointType.SPECIAL_CAUSE_IMPROVEMENT, PointType.of(-1, ImprovementDirection.DECREASE));
    assertEquals(
        PointType.SPECIAL_CAUSE_NEUTRAL_HIGH, PointType.of(1, ImprovementDirection.NEUTRAL));
    assertEquals(
        PointType.SPECIAL_CAUSE_NEUTRAL_LOW, PointType.of(-1, ImprovementDirection.NEUTRAL));
    for (ImprovementDirection d : ImprovementDirection.values()) {
      assertEquals(PointType.COMMON_CAUSE, PointType.of(0, d));
      assertEquals(VariationIcon.COMMON_CAUSE, VariationIcon.of(PointType.COMMON_CAUSE, d));
    }
    // Spec §7 icon table.
    assertEquals(
        VariationIcon.IMPROVEMENT_HIGH,
        VariationIcon.of(PointType.SPECIAL_CAUSE_IMPROVEMENT, ImprovementDirection.INCREASE));
    assertEquals(
        VariationIcon.IMPROVEMENT_LOW,
        VariationIcon.of(PointType.SPECIAL_CAUSE_IMPROVEMENT, ImprovementDirection.DECREASE));
    assertEquals(
        VariationIcon.CONCERN_LOW,
        VariationIcon.of(PointType.SPECIAL_CAUSE_CONCERN, ImprovementDirection.INCREASE));
    assertEquals(
        VariationIcon.CONCERN_HIGH,
        VariationIcon.of(PointType.SPECIAL_CAUSE_CONCERN, ImprovementDirection.DECREASE));
    assertEquals(
        VariationIcon.NEUTRAL_LOW,
        VariationIcon.of(PointType.SPECIAL_CAUSE_NEUTRAL_LOW, ImprovementDirection.NEUTRAL));
  }

  @Test
  void symmetricCloseEndPointsOnOppositeSidesAreCommonCause() {
    // Package test (§13): two close points on opposite sides at the end of a series.
    double[] values = concat(baseline(), new double[] {15, 7});
    String[] c = causes(chart(FIX12, values));
    assertEquals("", c[12]);
    assertEquals("", c[13]);
  }
}
