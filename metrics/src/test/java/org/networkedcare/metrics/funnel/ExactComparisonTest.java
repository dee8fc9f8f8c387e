package org.networkedcare.metrics.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * Exact comparisons for small networks. Expected tail probabilities are by hand or from R 4.2.2's
 * {@code pbinom}, {@code ppois}, {@code binom.test} and {@code poisson.test} (quoted per case).
 */
class ExactComparisonTest {

  private static final double REL = 1e-12;

  private static void close(double expected, double actual) {
    assertEquals(expected, actual, REL * Math.max(Math.abs(expected), 1e-300));
  }

  private static ExactComparison compare(
      IndicatorType type, OptionalDouble standard, SiteCount... rows) {
    return ExactComparison.compare(List.of(rows), type, standard, ImprovementDirection.INCREASE);
  }

  /** By hand: 0 of 10 against 0.2: P(X <= 0) = 0.8^10 = 0.1073741824, two-sided 0.2147483648. */
  @Test
  void binomialByHand() {
    SiteComparison s =
        compare(IndicatorType.PROPORTION, OptionalDouble.of(0.2), new SiteCount("A", 0, 10))
            .sites()
            .get(0);
    close(0.1073741824, s.pBelow());
    close(1, s.pAbove());
    close(0.2147483648, s.pValue());
    close(2, s.expected());
    assertEquals(Outlier.NONE, s.outlier());
    assertEquals(ExactTest.BINOMIAL, s.test());
  }

  /**
   * Issue 18's eye hub: three sites of 100 cases at 0.94, 0.92 and 0.74. The funnel's automatic
   * additive adjustment, estimated from the three, widens the 95% limits to 0.65-0.99 and the 0.74
   * site is inside them; the exact test flags it: R pbinom(74, 100, 260/300) = 5.2776e-04 (also
   * binom.test's one-sided p-value), beyond 99.8%, unfavourable for a measure that improves
   * upwards; and the 0.94 site high at 95% (pbinom(93, 100, p0, lower.tail = FALSE) = 0.015376).
   */
  @Test
  void threeSitesTheFunnelMisses() {
    List<SiteCount> rows =
        List.of(
            new SiteCount("A", 94, 100), new SiteCount("B", 92, 100), new SiteCount("C", 74, 100));
    FunnelResult funnel =
        Funnel.analyse(
            rows, FunnelOptions.builder().direction(ImprovementDirection.INCREASE).build());
    assertEquals(Adjustment.ADDITIVE, funnel.adjustment());
    assertEquals(
        OutlierJudgement.WITHIN,
        funnel.sites().get(2).judgement(),
        "the estimate hides the outlier");
    assertTrue(funnel.sites().get(2).limits().lower95() < 0.66);
    assertTrue(ExactComparison.needed(3));

    ExactComparison c =
        ExactComparison.compare(
            rows, IndicatorType.PROPORTION, OptionalDouble.empty(), ImprovementDirection.INCREASE);
    close(260.0 / 300, c.standard());
    SiteComparison a = c.sites().get(0);
    SiteComparison b = c.sites().get(1);
    SiteComparison low = c.sites().get(2);
    close(0.00052776472512197192, low.pBelow());
    close(0.99978433703623604, low.pAbove());
    close(2 * 0.00052776472512197192, low.pValue());
    assertEquals(Outlier.LOW_998, low.outlier());
    assertEquals(OutlierJudgement.UNFAVOURABLE, low.judgement());
    close(0.015375947351977365, a.pAbove());
    close(0.99426288733151358, a.pBelow());
    assertEquals(Outlier.HIGH_95, a.outlier());
    assertEquals(OutlierJudgement.FAVOURABLE, a.judgement());
    close(0.96471085571949178, b.pBelow());
    close(0.070903131094995978, b.pAbove());
    assertEquals(OutlierJudgement.WITHIN, b.judgement());
  }

  /**
   * R: ppois(12, 5) = 0.99798, ppois(11, 5, lower.tail = FALSE) = poisson.test(12, 5, alternative =
   * "greater") = 0.0054531.
   */
  @Test
  void poissonRatio() {
    ExactComparison c =
        compare(
            IndicatorType.RATIO,
            OptionalDouble.empty(),
            new SiteCount("A", 12, 5),
            new SiteCount("B", 0, 3));
    assertEquals(ExactTest.POISSON, c.test());
    close(1, c.standard());
    SiteComparison a = c.sites().get(0);
    close(0.99798114837256291, a.pBelow());
    close(0.0054530919130093601, a.pAbove());
    assertEquals(Outlier.HIGH_95, a.outlier());
    // By hand: 0 observed against 3 expected: P(X <= 0) = e^-3 = 0.049787.
    close(Math.exp(-3), c.sites().get(1).pBelow());
    assertEquals(Outlier.NONE, c.sites().get(1).outlier());
  }

  /** R: pooled 33/5000; ppois(3, 6.6) = 0.10515, ppois(2, 6.6, lower.tail = FALSE) = 0.96003. */
  @Test
  void poissonRate() {
    ExactComparison c =
        compare(
            IndicatorType.RATE,
            OptionalDouble.empty(),
            new SiteCount("A", 3, 1000),
            new SiteCount("B", 30, 4000));
    close(0.0066, c.standard());
    SiteComparison a = c.sites().get(0);
    close(6.6, a.expected());
    close(0.105151007830302, a.pBelow());
    close(0.96003238705684291, a.pAbove());
  }

  /**
   * 30 this year against 10 last year, standard ratio 1: given the 40, X ~ Binomial(40, 1/2); R:
   * pbinom(29, 40, 0.5, lower.tail = FALSE) = poisson.test(c(30, 10), r = 1, alternative =
   * "greater") = 0.0011107.
   */
  @Test
  void conditionalBinomialCountRatio() {
    ExactComparison c =
        compare(IndicatorType.COUNT_RATIO, OptionalDouble.of(1), new SiteCount("A", 30, 10));
    SiteComparison a = c.sites().get(0);
    assertEquals(ExactTest.CONDITIONAL_BINOMIAL, a.test());
    close(0.0011107168866146837, a.pAbove());
    close(0.99966022587250336, a.pBelow());
    close(20, a.expected());
    assertEquals(Outlier.HIGH_95, a.outlier());
  }

  @Test
  void rowsOfOneSiteAreSummedAndDirectionJudges() {
    ExactComparison c =
        ExactComparison.compare(
            List.of(
                new SiteCount("A", 30, 50),
                new SiteCount("A", 44, 50),
                new SiteCount("B", 1840, 2000)),
            IndicatorType.PROPORTION,
            OptionalDouble.empty(),
            ImprovementDirection.DECREASE);
    assertEquals(2, c.sites().size());
    close(74, c.sites().get(0).numerator());
    assertEquals(
        OutlierJudgement.FAVOURABLE, c.sites().get(0).judgement(), "low is good when it decreases");
  }

  /**
   * Seeded property: the two tails of a discrete count always cover everything (sum >= 1) and p <=
   * 1.
   */
  @Test
  void tailsCoverTheDistribution() {
    Random r = new Random(14);
    for (int i = 0; i < 300; i++) {
      int n = 1 + r.nextInt(500);
      int x = r.nextInt(n + 1);
      double p = r.nextDouble();
      IndicatorType type =
          i % 3 == 0
              ? IndicatorType.PROPORTION
              : i % 3 == 1 ? IndicatorType.RATIO : IndicatorType.COUNT_RATIO;
      SiteComparison s =
          compare(
                  type,
                  OptionalDouble.of(type == IndicatorType.RATIO ? 5 * p : p),
                  new SiteCount("S", x, type == IndicatorType.RATIO ? n / 7.0 : n))
              .sites()
              .get(0);
      assertTrue(s.pBelow() + s.pAbove() >= 1 - 1e-12, s.toString());
      assertTrue(s.pValue() <= 1 && s.pValue() >= 0, s.toString());
      assertFalse(s.outlier().low() && s.outlier().high());
    }
  }

  @Test
  void edgeStandards() {
    SiteComparison zero =
        compare(IndicatorType.PROPORTION, OptionalDouble.of(0), new SiteCount("A", 0, 10))
            .sites()
            .get(0);
    close(1, zero.pValue());
    SiteComparison some =
        compare(IndicatorType.PROPORTION, OptionalDouble.of(0), new SiteCount("A", 1, 10))
            .sites()
            .get(0);
    close(0, some.pAbove());
    assertEquals(Outlier.HIGH_998, some.outlier());
    SiteComparison all =
        compare(IndicatorType.PROPORTION, OptionalDouble.of(1), new SiteCount("A", 10, 10))
            .sites()
            .get(0);
    close(1, all.pValue());
    SiteComparison none =
        compare(IndicatorType.RATE, OptionalDouble.of(0), new SiteCount("A", 0, 10)).sites().get(0);
    close(1, none.pValue());
  }

  private static List<String> messages(Runnable r) {
    ValidationException e = assertThrows(ValidationException.class, r::run);
    return e.problems().stream().map(Problem::message).toList();
  }

  @Test
  void badInput() {
    assertEquals(
        List.of("site 'A': numerator 2.5 is not a whole number, which an exact test counts"),
        messages(
            () ->
                compare(
                    IndicatorType.PROPORTION,
                    OptionalDouble.empty(),
                    new SiteCount("A", 2.5, 10))));
    assertEquals(
        List.of("site 'A': numerator 11 is above its denominator 10, which a proportion cannot be"),
        messages(
            () ->
                compare(
                    IndicatorType.PROPORTION, OptionalDouble.empty(), new SiteCount("A", 11, 10))));
    assertEquals(
        List.of("site 'A': denominator 0 is not positive"),
        messages(
            () -> compare(IndicatorType.RATIO, OptionalDouble.empty(), new SiteCount("A", 1, 0))));
    assertEquals(
        List.of("site 'A': numerator -1 is negative"),
        messages(
            () -> compare(IndicatorType.RATE, OptionalDouble.empty(), new SiteCount("A", -1, 3))));
    assertEquals(
        List.of("the standard 1.5 is above 1, which a proportion cannot be"),
        messages(
            () ->
                compare(
                    IndicatorType.PROPORTION, OptionalDouble.of(1.5), new SiteCount("A", 1, 3))));
    assertEquals(
        List.of("the standard -1 is not a number at least 0"),
        messages(
            () -> compare(IndicatorType.RATE, OptionalDouble.of(-1), new SiteCount("A", 1, 3))));
    // Expected counts need not be whole (a ratio's E), but observed counts must.
    compare(IndicatorType.RATIO, OptionalDouble.empty(), new SiteCount("A", 3, 2.75));
    assertEquals(
        List.of("there are no sites"),
        messages(() -> compare(IndicatorType.RATIO, OptionalDouble.empty())));
    assertFalse(ExactComparison.needed(ExactComparison.MIN_SITES_FOR_OVERDISPERSION));
  }
}
