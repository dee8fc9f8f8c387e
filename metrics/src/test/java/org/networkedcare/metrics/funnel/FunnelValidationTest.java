package org.networkedcare.metrics.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/** Bad input (spec section 5): every problem names its site, column or option. */
class FunnelValidationTest {

  private static ValidationException fails(List<SiteCount> rows, FunnelOptions options) {
    return assertThrows(ValidationException.class, () -> Funnel.analyse(rows, options));
  }

  private static String messages(ValidationException e) {
    return e.problems().stream().map(Problem::toString).reduce("", (a, b) -> a + "\n" + b);
  }

  private static final List<SiteCount> GOOD =
      List.of(new SiteCount("A", 5, 10), new SiteCount("B", 6, 12), new SiteCount("C", 7, 20));

  @Test
  void zeroOrNegativeDenominatorNamesTheSite() {
    ValidationException e =
        fails(
            List.of(new SiteCount("A", 0, 0), new SiteCount("B", 1, -3), new SiteCount("C", 1, 2)),
            FunnelOptions.builder().overdispersion(Overdispersion.NONE).build());
    assertEquals(2, e.problems().size(), messages(e));
    assertEquals("/sites/B/denominator", e.problems().get(0).path());
    assertTrue(e.problems().get(0).message().contains("site 'B'"));
    assertEquals("/sites/A/denominator", e.problems().get(1).path());
  }

  @Test
  void negativeNumeratorNamesTheSite() {
    ValidationException e =
        fails(
            List.of(
                new SiteCount("Q1", 310, 295),
                new SiteCount("Q2", 455, 470),
                new SiteCount("Q4", -12, 88)),
            FunnelOptions.builder().type(IndicatorType.COUNT_RATIO).build());
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).message().startsWith("site 'Q4': numerator -12 is negative"));
  }

  @Test
  void proportionAboveOne() {
    ValidationException e =
        fails(
            List.of(new SiteCount("A", 11, 10), new SiteCount("B", 1, 2), new SiteCount("C", 1, 2)),
            FunnelOptions.defaults());
    assertEquals("/sites/A/numerator", e.problems().get(0).path());
    // the same numbers are fine as a count ratio
    Funnel.analyse(
        List.of(new SiteCount("A", 11, 10), new SiteCount("B", 1, 2), new SiteCount("C", 1, 2)),
        FunnelOptions.builder().type(IndicatorType.COUNT_RATIO).build());
  }

  @Test
  void fewerThanThreeSitesWithAnAdjustment() {
    List<SiteCount> two = List.of(new SiteCount("A", 5, 10), new SiteCount("B", 6, 12));
    for (Overdispersion o :
        List.of(Overdispersion.AUTO, Overdispersion.ADDITIVE, Overdispersion.MULTIPLICATIVE)) {
      ValidationException e = fails(two, FunnelOptions.builder().overdispersion(o).build());
      assertEquals("/overdispersion", e.problems().get(0).path());
      assertTrue(e.problems().get(0).message().contains("at least 3 sites"));
    }
    // two rows of one site are one site
    fails(
        List.of(new SiteCount("A", 5, 10), new SiteCount("A", 1, 10), new SiteCount("B", 1, 3)),
        FunnelOptions.defaults());
    FunnelResult none =
        Funnel.analyse(two, FunnelOptions.builder().overdispersion(Overdispersion.NONE).build());
    assertEquals(Adjustment.NONE, none.adjustment());
    assertTrue(none.tau2().isPresent());
    FunnelResult one =
        Funnel.analyse(
            List.of(new SiteCount("A", 5, 10)),
            FunnelOptions.builder().overdispersion(Overdispersion.NONE).build());
    assertTrue(one.tau2().isEmpty(), "tau2 needs two sites");
  }

  @Test
  void nonFiniteNumbers() {
    ValidationException e =
        fails(
            List.of(
                new SiteCount("A", Double.NaN, 10),
                new SiteCount("B", 1, Double.POSITIVE_INFINITY),
                new SiteCount("C", 1, 2)),
            FunnelOptions.defaults());
    assertEquals(2, e.problems().size());
    assertEquals("/sites/A/numerator", e.problems().get(0).path());
    assertEquals("/sites/B/denominator", e.problems().get(1).path());
  }

  @Test
  void zeroObservedHasNoLogUnderShmi() {
    List<SiteCount> rows =
        List.of(new SiteCount("A", 0, 10), new SiteCount("B", 6, 12), new SiteCount("C", 7, 20));
    ValidationException e = fails(rows, FunnelOptions.builder().type(IndicatorType.RATIO).build());
    assertTrue(e.problems().get(0).message().contains("site 'A'"));
    FunnelResult cqc =
        Funnel.analyse(
            rows,
            FunnelOptions.builder().type(IndicatorType.RATIO).ratioMethod(RatioMethod.CQC).build());
    assertEquals(0, cqc.sites().get(0).value());
  }

  @Test
  void exactBinomialNeedsWholeDenominators() {
    ValidationException e =
        fails(
            List.of(
                new SiteCount("A", 5, 10.5), new SiteCount("B", 6, 12), new SiteCount("C", 7, 20)),
            FunnelOptions.builder().limits(LimitMethod.EXACT).build());
    assertEquals("/sites/A/denominator", e.problems().get(0).path());
  }

  @Test
  void noSites() {
    assertEquals(
        "/sites",
        fails(List.of(), FunnelOptions.builder().overdispersion(Overdispersion.NONE).build())
            .problems()
            .get(0)
            .path());
  }

  @Test
  void optionsOutOfRangeNameTheOption() {
    ValidationException t =
        assertThrows(ValidationException.class, () -> FunnelOptions.builder().trim(0.5).build());
    assertEquals("/trim", t.problems().get(0).path());
    assertThrows(ValidationException.class, () -> FunnelOptions.builder().trim(-0.1).build());
    assertThrows(ValidationException.class, () -> FunnelOptions.builder().trim(Double.NaN).build());
    ValidationException p =
        assertThrows(ValidationException.class, () -> FunnelOptions.builder().target(1.2).build());
    assertEquals("/target", p.problems().get(0).path());
    assertThrows(
        ValidationException.class,
        () -> FunnelOptions.builder().type(IndicatorType.RATIO).target(0).build());
    assertThrows(
        ValidationException.class,
        () -> FunnelOptions.builder().type(IndicatorType.RATE).target(-1).build());
    ValidationException l =
        assertThrows(
            ValidationException.class,
            () ->
                FunnelOptions.builder()
                    .type(IndicatorType.COUNT_RATIO)
                    .limits(LimitMethod.EXACT)
                    .build());
    assertEquals("/limits", l.problems().get(0).path());
    assertThrows(NullPointerException.class, () -> FunnelOptions.builder().type(null));
  }

  @Test
  void pooledCountRatioOfZero() {
    ValidationException e =
        fails(
            List.of(new SiteCount("A", 0, 10), new SiteCount("B", 0, 12), new SiteCount("C", 0, 2)),
            FunnelOptions.builder().type(IndicatorType.COUNT_RATIO).build());
    assertEquals("/target", e.problems().get(0).path());
  }

  @Test
  void csvMissingColumnNonNumericAndEmptySite() {
    ValidationException missing =
        assertThrows(
            ValidationException.class,
            () -> FunnelCsv.read(new StringReader("site,n\nA,1\n"), "site", "events", "n"));
    assertEquals("/columns/events", missing.problems().get(0).path());
    assertTrue(missing.problems().get(0).message().contains("'events'"));
    ValidationException bad =
        assertThrows(
            ValidationException.class,
            () ->
                FunnelCsv.read(
                    new StringReader("site,e,n\nA,1,10\nB,x,10\nC,2,NA\n,1,2\n"),
                    "site",
                    "e",
                    "n"));
    assertEquals(3, bad.problems().size(), messages(bad));
    assertTrue(bad.problems().get(0).message().contains("site 'B'"));
    assertTrue(bad.problems().get(1).message().contains("site 'C'"));
    assertTrue(bad.problems().get(2).message().contains("the site is empty"));
    assertThrows(
        ValidationException.class, () -> FunnelCsv.read(new StringReader(""), "a", "b", "c"));
    assertThrows(
        ValidationException.class,
        () -> FunnelCsv.read(new StringReader("a,b,c\n"), "a", "b", "c"));
    assertThrows(
        ValidationException.class,
        () -> FunnelCsv.read(new StringReader("a,b,c\nx,1\n"), "a", "b", "c"));
  }

  @Test
  void csvFiltersCompareTheCellExactlyAndSkipOtherRowsUnchecked() {
    String csv = "site,kind,e,n\nA,1,1,10\nB,\"1\",2,10\nC, 1,3,10\nD,2,x,10\nE,,4,10\n";
    // B's quoted "1" is 1 once unquoted; C's " 1" is not; D's bad number is in a skipped row
    assertEquals(
        List.of(new SiteCount("A", 1, 10), new SiteCount("B", 2, 10)),
        FunnelCsv.read(new StringReader(csv), "site", "e", "n", List.of(Map.entry("kind", "1"))));
    assertEquals(
        List.of(new SiteCount("E", 4, 10)),
        FunnelCsv.read(new StringReader(csv), "site", "e", "n", List.of(Map.entry("kind", ""))));
    ValidationException none =
        assertThrows(
            ValidationException.class,
            () ->
                FunnelCsv.read(
                    new StringReader(csv),
                    "site",
                    "e",
                    "n",
                    List.of(Map.entry("kind", "1"), Map.entry("site", "C"))));
    assertEquals("funnel.csv.filtered", none.problems().get(0).code());
    assertEquals("/filters", none.problems().get(0).path());
    ValidationException absent =
        assertThrows(
            ValidationException.class,
            () ->
                FunnelCsv.read(
                    new StringReader(csv),
                    "site",
                    "events",
                    "n",
                    List.of(Map.entry("month", "1"))));
    // every absent column at once, the filter's with them
    assertEquals(
        List.of("/columns/events", "/columns/month"),
        absent.problems().stream().map(p -> p.path()).toList());
  }

  @Test
  void csvReadsRowsInOrderWithABom() {
    List<SiteCount> rows =
        FunnelCsv.read(
            new StringReader("\uFEFFsite,other,e,n\nB,zz,1,10\nA,,2.5e1,30\n"), "site", "e", "n");
    assertEquals(List.of(new SiteCount("B", 1, 10), new SiteCount("A", 25, 30)), rows);
  }
}
