package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.metrics.spc.Fixtures.month;
import static org.networkedcare.metrics.spc.Fixtures.series;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/** Bad input: every error names the facet, date, option, line or column (spec Decision 5). */
class SpcValidationTest {

  private static String messages(ValidationException e) {
    return e.problems().stream().map(Problem::message).reduce("", (a, b) -> a + "|" + b);
  }

  @Test
  void emptySeries() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> SpcSeries.builder("RP6").build());
    assertTrue(messages(e).contains("'RP6'"), messages(e));
    assertEquals("spc.empty", e.problems().get(0).code());
  }

  @Test
  void noSeriesAtAll() {
    assertThrows(ValidationException.class, () -> Spc.analyse(List.of(), SpcOptions.defaults()));
  }

  @Test
  void duplicateDateNamesFacetAndDate() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                SpcSeries.builder("R1K")
                    .add(month(1), 3)
                    .add(month(0), 1)
                    .add(month(1), 2)
                    .build());
    assertEquals(1, e.problems().size());
    assertTrue(messages(e).contains("'R1K'") && messages(e).contains("2020-02-01"), messages(e));
    assertEquals("/series/R1K/2020-02-01", e.problems().get(0).path());
  }

  @Test
  void nonFiniteValues() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                SpcSeries.builder("a")
                    .add(month(0), Double.NaN)
                    .add(month(1), Double.POSITIVE_INFINITY)
                    .build());
    assertEquals(2, e.problems().size());
    assertTrue(messages(e).contains("2020-01-01") && messages(e).contains("2020-02-01"));
  }

  @Test
  void fixAfterBelowTwelve() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> SpcOptions.builder().fixAfter(11).build());
    assertEquals("/fixAfter", e.problems().get(0).path());
    assertTrue(messages(e).contains("fixAfter"));
    SpcOptions.builder().fixAfter(12).build();
  }

  @Test
  void targetOrRebaseNamingAFacetWithoutData() {
    SpcOptions options =
        SpcOptions.builder().target("nowhere", 5).rebase("elsewhere", month(1)).build();
    ValidationException e =
        assertThrows(ValidationException.class, () -> Spc.analyse(series("a", 1, 2, 3), options));
    assertEquals(2, e.problems().size());
    assertTrue(
        messages(e).contains("'nowhere'") && messages(e).contains("'elsewhere'"), messages(e));
  }

  @Test
  void mixedTargetsAndRebasesAndNonFiniteTargets() {
    assertThrows(
        ValidationException.class, () -> SpcOptions.builder().target(1).target("a", 2).build());
    assertThrows(
        ValidationException.class,
        () -> SpcOptions.builder().rebase(month(1)).rebase("a", month(2)).build());
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> SpcOptions.builder().target(Double.NaN).build());
    assertTrue(messages(e).contains("target"));
  }

  @Test
  void twoSeriesWithTheSameFacet() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Spc.analyse(List.of(series("a", 1, 2), series("a", 3, 4)), SpcOptions.defaults()));
    assertTrue(messages(e).contains("'a'"));
  }

  @Test
  void csvReadsFacetsMissingCellsAndNa() {
    String csv =
        "period,org,value\n"
            + "2020-02-01,B,3\n"
            + "2020-01-01,A,1\n"
            + "2020-02-01,A,\n"
            + "2020-03-01,A,NA\n"
            + "2020-01-01,B,-2.5e1\n";
    List<SpcSeries> series =
        SpcCsv.read(new StringReader(csv), "period", "value", Optional.of("org"));
    assertEquals(2, series.size());
    assertEquals("A", series.get(0).facet());
    assertEquals(3, series.get(0).size());
    assertTrue(series.get(0).value(1).isEmpty());
    assertTrue(series.get(0).value(2).isEmpty());
    assertEquals(-25, series.get(1).value(0).getAsDouble());
    assertEquals(month(0), series.get(1).date(0));
  }

  @Test
  void csvInfinitiesAreNamedAsWritten() {
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.networkedcare.core.validation.ValidationException.class,
            () ->
                SpcCsv.read(
                    new StringReader("d,v\n2020-01-01,4\n2020-02-01,-Inf\n2020-03-01,Infinity\n"),
                    "d",
                    "v",
                    Optional.empty()));
    String message = e.getMessage();
    assertTrue(message.contains("2020-02-01: the value -Infinity is not finite"), message);
    assertTrue(message.contains("2020-03-01: the value Infinity is not finite"), message);
  }

  @Test
  void csvWithAByteOrderMark() {
    List<SpcSeries> series =
        SpcCsv.read(new StringReader("\uFEFFd,v\n2020-01-01,4\n"), "d", "v", Optional.empty());
    assertEquals(1, series.get(0).size());
  }

  @Test
  void csvWithoutFacetColumnIsOneSeries() {
    List<SpcSeries> series =
        SpcCsv.read(new StringReader("d,v\n\"2020-01-01\",\"4\"\n"), "d", "v", Optional.empty());
    assertEquals(1, series.size());
    assertEquals("", series.get(0).facet());
  }

  @Test
  void csvProblemsNameLineColumnFacetAndDate() {
    assertCsvError("d,v\n", "no data rows");
    assertCsvError("", "no header");
    assertCsvError("date,v\n2020-01-01,1\n", "'d'");
    assertCsvError("d,v\n2020-13-01,1\n", "line 2");
    assertCsvError("d,v\n01/02/2020,1\n", "01/02/2020");
    assertCsvError("d,v\n2020-01-01,abc\n", "'abc'");
    assertCsvError("d,v\n2020-01-01,1\n2020-01-01,2\n", "2020-01-01");
    assertCsvError("d,v\n2020-01-01,NaN\n", "not finite");
    assertCsvError("d,v\n2020-01-01,Inf\n", "not finite");
    assertCsvError("d,v\n2020-01-01,1e999\n", "not finite");
    assertCsvError("d,v\n2020-01-01,1,extra\n", "malformed");
    assertCsvError("d,v\n2020-01-01,0x10\n", "'0x10'");
  }

  private static void assertCsvError(String csv, String fragment) {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> SpcCsv.read(new StringReader(csv), "d", "v", Optional.empty()));
    assertTrue(messages(e).contains(fragment), messages(e));
  }
}
