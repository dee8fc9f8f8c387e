package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/** The g, t, p, p', u and u' charts: hand-worked limits, the rare-event rules and bad input. */
class SpcOtherChartsTest {

  private static final double EPS = 1e-12;

  private static SpcOptions options(ChartType chart) {
    return SpcOptions.builder().chart(chart).build();
  }

  private static SpcSeries ratios(double... numDen) {
    SpcSeries.Builder b = SpcSeries.builder("");
    for (int i = 0; i < numDen.length; i += 2) {
      b.addRatio(Fixtures.month(i / 2), numDen[i], numDen[i + 1]);
    }
    return b.build();
  }

  private static FacetResult chart(ChartType chart, SpcSeries series) {
    return Spc.analyse(series, options(chart)).facets().get(0);
  }

  private static void near(double expected, OptionalDouble actual) {
    assertTrue(actual.isPresent(), "expected " + expected);
    assertEquals(expected, actual.getAsDouble(), EPS * Math.max(1, Math.abs(expected)));
  }

  /**
   * By hand: gaps 10, 20, 30, 40 have mean 25, sigma sqrt(25 x 26) = 25.4951, so UCL = 25 + 3 x
   * 25.4951 = 101.4853, the two-sigma line 75.9902, the lower lines below 0 and so 0; the centre
   * line is the median (20 + 30) / 2 = 25.
   */
  @Test
  void gChartByHand() {
    FacetResult f = chart(ChartType.G, Fixtures.series(10, 20, 30, 40));
    SpcPoint p = f.point(0);
    near(25, p.mean());
    near(101.48529270389177, p.upperLimit());
    near(75.99019513592785, p.upperNearLimit());
    near(0, p.lowerLimit());
    near(0, p.lowerNearLimit());
    near(101.48529270389177, f.segments().get(0).upperLimit());
    // The median, not the mean: 1, 2, 3, 100 has mean 26.5 and centre line 2.5.
    near(2.5, chart(ChartType.G, Fixtures.series(1, 2, 3, 100)).point(0).mean());
  }

  /**
   * By hand: times 1, 2^3.6, 1, 2^3.6 are 1, 2, 1, 2 on the y^(1/3.6) scale: mean 1.5, every moving
   * range 1, sigma 1 / 1.128 = 0.88652; centre 1.5^3.6 = 4.30456, UCL (1.5 + 3 x 0.88652)^3.6 =
   * 169.268, upper two-sigma line (1.5 + 2 x 0.88652)^3.6 = 71.4216; both lower lines are below 0
   * on that scale: the limit is 0 and the near line does not exist.
   */
  @Test
  void tChartByHand() {
    double y = Math.pow(2, 3.6);
    FacetResult f = chart(ChartType.T, Fixtures.series(1, y, 1, y));
    SpcPoint p = f.point(0);
    near(4.304557689612044, p.mean());
    near(169.26846414819906, p.upperLimit());
    near(71.42156030598345, p.upperNearLimit());
    near(0, p.lowerLimit());
    assertTrue(p.lowerNearLimit().isEmpty());
  }

  /**
   * By hand: 10/100, 20/100, 30/200 pool to c = 60/400 = 0.15; sigma sqrt(0.15 x 0.85 / n) is
   * 0.035707 at n = 100 and 0.025249 at n = 200, so limits 0.04288-0.25712 and 0.07425-0.22575.
   */
  @Test
  void pChartByHand() {
    FacetResult f = chart(ChartType.P, ratios(10, 100, 20, 100, 30, 200));
    near(0.15, f.point(0).mean());
    near(0.04287857357185723, f.point(0).lowerLimit());
    near(0.25712142642814273, f.point(0).upperLimit());
    near(0.0995024753081896, f.point(2).lowerNearLimit());
    near(0.07425371296228442, f.point(2).lowerLimit());
    near(0.22574628703771557, f.point(2).upperLimit());
    assertTrue(f.segments().get(0).lowerLimit().isEmpty(), "the limits vary: none for the segment");
    assertEquals(OptionalDouble.of(0.2), f.point(1).value());
  }

  /**
   * By hand, Laney's p' on the same data: z = (p - 0.15) / sigma = -1.40028, 1.40028, 0; moving
   * ranges 2.80056 and 1.40028, mean 2.10042 (both below 3.267 x 2.10042, none screened); sigma-z =
   * 2.10042 / 1.128 = 1.86207; UCL at n = 100 is 0.15 + 3 x 0.035707 x 1.86207 = 0.34947, the lower
   * limit 0.15 - 0.19947 is below 0 and so 0; at n = 200, 0.00895-0.29105.
   */
  @Test
  void pPrimeByHand() {
    FacetResult f = chart(ChartType.P_PRIME, ratios(10, 100, 20, 100, 30, 200));
    near(1.8620745798244813, f.segments().get(0).sigmaZ());
    near(0.34946808510638305, f.point(0).upperLimit());
    near(0, f.point(0).lowerLimit());
    near(0.2910452356090188, f.point(2).upperLimit());
    near(0.008954764390981196, f.point(2).lowerLimit());
  }

  /**
   * By hand: 2/10, 8/20, 5/10 pool to c = 15/40 = 0.375; sigma sqrt(0.375 / n) = 0.19365 at n = 10,
   * so UCL 0.95595 and a lower limit below 0, hence 0; at n = 20, UCL 0.78579.
   */
  @Test
  void uChartByHand() {
    FacetResult f = chart(ChartType.U, ratios(2, 10, 8, 20, 5, 10));
    near(0.375, f.point(0).mean());
    near(0.9559475019311126, f.point(0).upperLimit());
    near(0, f.point(0).lowerLimit());
    near(0.7857919181288746, f.point(1).upperLimit());
  }

  /**
   * The never event on an XmR chart of monthly counts: 23 months at 0, one event, one clean
   * month. Both ranges next to the event are screened out, the limits collapse onto the mean 0.04,
   * and every clean month is "below the lower limit": special cause improvement, icon improvement,
   * for a measure that improves by decreasing. This is NHSRplotthedots' behaviour (spec section 3)
   * and stays so; the t chart of the same history has one interval-less event and reads common
   * cause.
   */
  @Test
  void aCleanMonthAfterANeverEvent() {
    double[] counts = Fixtures.concat(Fixtures.repeat(0, 23), new double[] {1, 0});
    FacetResult xmr =
        Fixtures.chart(
            SpcOptions.builder().improvement(ImprovementDirection.DECREASE).build(), counts);
    assertEquals(VariationIcon.IMPROVEMENT_LOW, xmr.variationIcon());

    LocalDate event = Fixtures.month(23);
    SpcSeries gaps = SpcSeries.daysBetween("", List.of(event));
    FacetResult t = chart(ChartType.T, gaps);
    assertEquals(1, t.size());
    assertEquals(VariationIcon.COMMON_CAUSE, t.variationIcon());
    assertEquals(PointType.COMMON_CAUSE, t.pointType(0));
  }

  /**
   * Rare events, the rules as written: a point is an event, its value the gap it closes; a quiet
   * period adds no point, whatever date the chart is read on; a gap becomes improvement only by a
   * rule (here beyond the upper limit), and one long gap inside the limits is common cause.
   */
  @Test
  void rareEventsAreJudgedOnlyOnClosedGaps() {
    List<LocalDate> events = new ArrayList<>();
    LocalDate d = LocalDate.of(2022, 1, 3);
    int[] gaps = {30, 25, 35, 28, 32, 27, 33, 29, 31, 30, 26, 34};
    events.add(d);
    for (int g : gaps) {
      d = d.plusDays(g);
      events.add(d);
    }
    FacetResult base = chart(ChartType.T, SpcSeries.daysBetween("site", events));
    double ucl = base.point(1).upperLimit().getAsDouble();
    assertEquals(events.size(), base.size());
    assertEquals(PointType.COMMON_CAUSE, base.pointType(base.size() - 1));

    // A gap longer than the upper limit is a special cause improvement (more days between events).
    List<LocalDate> long1 = new ArrayList<>(events);
    long1.add(d.plusDays((long) Math.ceil(ucl) + 10));
    FacetResult withLong = chart(ChartType.T, SpcSeries.daysBetween("site", long1));
    assertEquals(
        Optional.of(SpecialCause.OUTSIDE_ABOVE),
        withLong.point(withLong.size() - 1).specialCause());
    assertEquals(VariationIcon.IMPROVEMENT_HIGH, withLong.variationIcon());

    // A gap inside the limits, however long it looks against the rest, is common cause.
    List<LocalDate> long2 = new ArrayList<>(events);
    long2.add(d.plusDays(45));
    FacetResult withInside = chart(ChartType.T, SpcSeries.daysBetween("site", long2));
    double ucl2 = withInside.point(1).upperLimit().getAsDouble();
    assertTrue(45 < ucl2, "45 days is inside the limits here: " + ucl2);
    assertEquals(PointType.COMMON_CAUSE, withInside.pointType(withInside.size() - 1));
    assertEquals(VariationIcon.COMMON_CAUSE, withInside.variationIcon());

    // An event after a short gap is the latest point: never an improvement.
    List<LocalDate> soon = new ArrayList<>(events);
    soon.add(d.plusDays(1));
    FacetResult withSoon = chart(ChartType.T, SpcSeries.daysBetween("site", soon));
    assertFalse(withSoon.pointType(withSoon.size() - 1) == PointType.SPECIAL_CAUSE_IMPROVEMENT);
  }

  @Test
  void gChartImprovementIsMoreOpportunities() {
    double[] gaps =
        Fixtures.concat(Fixtures.repeat(20, 6), Fixtures.repeat(22, 6), new double[] {400});
    FacetResult f = chart(ChartType.G, Fixtures.series(gaps));
    assertEquals(Optional.of(SpecialCause.OUTSIDE_ABOVE), f.point(12).specialCause());
    assertEquals(VariationIcon.IMPROVEMENT_HIGH, f.variationIcon());
  }

  @Test
  void assuranceOnVaryingLimitsNeedsEveryPoint() {
    // Limits 0.0429-0.2571 (n = 100) and 0.0743-0.2257 (n = 200): a target of 0.24 is above the
    // n = 200 limits but inside the n = 100 ones, so the process does not consistently fail.
    SpcSeries s = ratios(10, 100, 20, 100, 30, 200);
    SpcOptions.Builder b = SpcOptions.builder().chart(ChartType.P);
    assertEquals(
        Optional.of(Assurance.INCONSISTENT),
        Spc.analyse(s, b.target(0.24).build()).facets().get(0).assurance());
    b = SpcOptions.builder().chart(ChartType.P);
    assertEquals(
        Optional.of(Assurance.FAIL),
        Spc.analyse(s, b.target(0.30).build()).facets().get(0).assurance());
    b = SpcOptions.builder().chart(ChartType.P).improvement(ImprovementDirection.DECREASE);
    assertEquals(
        Optional.of(Assurance.PASS),
        Spc.analyse(s, b.target(0.30).build()).facets().get(0).assurance());
  }

  @Test
  void missingPointsKeepTheirPlace() {
    SpcSeries s =
        SpcSeries.builder("")
            .addRatio(Fixtures.month(0), 10, 100)
            .addMissing(Fixtures.month(1))
            .addRatio(Fixtures.month(2), 30, 200)
            .build();
    FacetResult f = chart(ChartType.P_PRIME, s);
    assertEquals(3, f.size());
    assertTrue(f.point(1).value().isEmpty());
    assertTrue(f.point(1).upperLimit().isEmpty(), "no denominator, no limit");
    assertEquals(PointType.COMMON_CAUSE, f.pointType(1));
    near(40.0 / 300, f.point(0).mean()); // (10 + 30) / (100 + 200): the missing month is in no sum
  }

  @Test
  void daysBetween() {
    SpcSeries s =
        SpcSeries.daysBetween(
            "A",
            List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
    assertEquals(3, s.size());
    assertEquals(LocalDate.of(2024, 1, 1), s.date(0));
    assertTrue(s.value(0).isEmpty(), "the first event closes no interval");
    assertEquals(OptionalDouble.of(30), s.value(1));
    assertEquals(
        OptionalDouble.of(30), s.value(2)); // 2024 is a leap year: 31 Jan to 1 Mar is 30 days
    ValidationException twice =
        assertThrows(
            ValidationException.class,
            () ->
                SpcSeries.daysBetween(
                    "A", List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))));
    assertEquals("spc.duplicate-date", twice.problems().get(0).code());
    assertThrows(ValidationException.class, () -> SpcSeries.daysBetween("A", List.of()));
  }

  private static List<String> codes(Runnable r) {
    ValidationException e = assertThrows(ValidationException.class, r::run);
    return e.problems().stream().map(Problem::code).toList();
  }

  private static List<String> messages(Runnable r) {
    ValidationException e = assertThrows(ValidationException.class, r::run);
    return e.problems().stream().map(Problem::message).toList();
  }

  @Test
  void badInput() {
    SpcSeries values = Fixtures.series("A", 1, 2, 3);
    SpcSeries pairs = SpcSeries.builder("B").addRatio(Fixtures.month(0), 1, 2).build();
    assertEquals(
        List.of("facet 'A', chart p needs numerators and denominators, and the series has values"),
        messages(() -> Spc.analyse(values, options(ChartType.P))));
    assertEquals(List.of("spc.chart"), codes(() -> Spc.analyse(pairs, options(ChartType.G))));
    assertEquals(List.of("spc.chart"), codes(() -> Spc.analyse(pairs, options(ChartType.T))));
    // XmR charts the ratio.
    assertEquals(
        OptionalDouble.of(0.5),
        Spc.analyse(pairs, SpcOptions.defaults()).facets().get(0).point(0).value());

    assertEquals(
        List.of(
            "facet 'A', date 2020-02-01: the numerator 5 is above the denominator 4, which a proportion cannot be",
            "facet 'A', date 2020-03-01: the numerator -1 is negative"),
        messages(() -> Spc.analyse(ratios("A", 1, 4, 5, 4, -1, 4), options(ChartType.P_PRIME))));
    assertEquals(
        List.of("spc.chart-value"),
        codes(() -> Spc.analyse(ratios("A", 1, 4, -1, 4), options(ChartType.U))));
    assertEquals(
        OptionalDouble.of(1.25),
        Spc.analyse(ratios("A", 1, 4, 5, 4), options(ChartType.U))
            .facets()
            .get(0)
            .point(1)
            .value());
    assertEquals(
        List.of(
            "facet 'A', date 2020-02-01: the value 0 is not positive, and a t chart needs times above 0"),
        messages(() -> Spc.analyse(Fixtures.series("A", 3, 0, 2), options(ChartType.T))));
    assertEquals(
        List.of("spc.chart-value"),
        codes(() -> Spc.analyse(Fixtures.series("A", 3, -1), options(ChartType.G))));
    // g charts accept 0 opportunities between events.
    Spc.analyse(Fixtures.series("A", 3, 0, 2), options(ChartType.G));
  }

  private static SpcSeries ratios(String facet, double... numDen) {
    SpcSeries.Builder b = SpcSeries.builder(facet);
    for (int i = 0; i < numDen.length; i += 2) {
      b.addRatio(Fixtures.month(i / 2), numDen[i], numDen[i + 1]);
    }
    return b.build();
  }

  @Test
  void badPairs() {
    assertEquals(
        List.of("date 2020-01-01: the denominator 0 is not positive"),
        messages(() -> SpcSeries.builder("").addRatio(Fixtures.month(0), 1, 0).build()));
    assertEquals(
        List.of("facet 'X', date 2020-01-01: the denominator -3 is not positive"),
        messages(() -> SpcSeries.builder("X").addRatio(Fixtures.month(0), 1, -3).build()));
    assertEquals(
        List.of("spc.non-finite", "spc.non-finite"),
        codes(
            () ->
                SpcSeries.builder("X")
                    .addRatio(Fixtures.month(0), Double.NaN, Double.POSITIVE_INFINITY)
                    .build()));
    assertEquals(
        List.of("spc.mixed"),
        codes(
            () ->
                SpcSeries.builder("X")
                    .add(Fixtures.month(0), 1)
                    .addRatio(Fixtures.month(1), 1, 2)
                    .build()));
  }
}
