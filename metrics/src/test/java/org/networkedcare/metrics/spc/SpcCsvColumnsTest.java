package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/** SpcCsv's filters and numerator/denominator columns (issue 14). */
class SpcCsvColumnsTest {

  /** The A&amp;E file's shape: many department types in one long table. */
  private static final String AE =
      """
      "period","org_code","type","attendances","breaches"
      "2019-01-01","RA1","1",1000,100
      "2019-01-01","RA1","2",50,0
      "2019-02-01","RA1","1",800,200
      "2019-01-01","RB2","1",400,40
      "2019-02-01","RB2","other",90,9
      "2019-02-01","RB2","1",500,"NA"
      """;

  private static List<SpcSeries> read(String csv, SpcCsv.Columns columns) {
    return SpcCsv.read(new StringReader(csv), columns);
  }

  private static List<String> messages(String csv, SpcCsv.Columns columns) {
    ValidationException e = assertThrows(ValidationException.class, () -> read(csv, columns));
    return e.problems().stream().map(Problem::message).toList();
  }

  @Test
  void filtersAndRatio() {
    List<SpcSeries> series =
        read(
            AE,
            SpcCsv.Columns.builder("period")
                .ratio("breaches", "attendances")
                .facet("org_code")
                .filter("type", "1")
                .build());
    assertEquals(2, series.size());
    SpcSeries ra1 = series.get(0);
    assertEquals("RA1", ra1.facet());
    assertEquals(2, ra1.size(), "the type 2 row is filtered out");
    assertTrue(ra1.hasDenominators());
    assertEquals(OptionalDouble.of(0.1), ra1.value(0));
    assertEquals(OptionalDouble.of(0.25), ra1.value(1));
    assertEquals(OptionalDouble.of(200), ra1.numerator(1));
    assertEquals(OptionalDouble.of(800), ra1.denominator(1));
    SpcSeries rb2 = series.get(1);
    assertEquals(2, rb2.size());
    assertTrue(rb2.value(1).isEmpty(), "NA breaches: a missing point");
    assertTrue(rb2.denominator(1).isEmpty());
  }

  @Test
  void everyFilterMustHold() {
    List<SpcSeries> series =
        read(
            AE,
            SpcCsv.Columns.builder("period")
                .value("attendances")
                .filter("type", "1")
                .filter("org_code", "RB2")
                .build());
    assertEquals(1, series.size());
    assertEquals(2, series.get(0).size());
    assertEquals(
        List.of("none of the 6 data rows matches the filters type=1, type=2"),
        messages(
            AE,
            SpcCsv.Columns.builder("period")
                .value("attendances")
                .filter("type", "1")
                .filter("type", "2")
                .build()));
    // An empty filter value matches an empty cell (a whole organisation in the measure dataset).
    String csv = "period,site,v\n2020-01-01,,1\n2020-01-01,S1,2\n";
    List<SpcSeries> whole =
        read(csv, SpcCsv.Columns.builder("period").value("v").filter("site", "").build());
    assertEquals(OptionalDouble.of(1), whole.get(0).value(0));
  }

  @Test
  void rowsFilteredOutAreNotRead() {
    // The type 2 row has a date and numbers that could not be read; it is skipped before that.
    String csv = "period,type,v\n2020-01-01,1,4\nnot a date,2,x\n";
    assertEquals(
        1,
        read(csv, SpcCsv.Columns.builder("period").value("v").filter("type", "1").build())
            .get(0)
            .size());
  }

  @Test
  void badCellsNameTheirLine() {
    SpcCsv.Columns ratio = SpcCsv.Columns.builder("d").ratio("n", "m").build();
    assertEquals(
        List.of("line 3, column 'm': the denominator 0 is not positive"),
        messages("d,n,m\n2020-01-01,1,2\n2020-02-01,1,0\n", ratio));
    assertEquals(
        List.of("line 2, column 'm': the denominator -4 is not positive"),
        messages("d,n,m\n2020-01-01,1,-4\n", ratio));
    assertEquals(
        List.of(
            "line 2, column 'n': 'Inf' is not a finite number",
            "line 3, column 'm': 'x' is not a number",
            "line 4, column 'n': '1e999' is not a finite number"),
        messages("d,n,m\n2020-01-01,Inf,2\n2020-02-01,1,x\n2020-03-01,1e999,3\n", ratio));
    assertEquals(
        List.of("facet 'A', date 2020-01-01: the date occurs more than once"),
        messages(
            "d,f,n,m\n2020-01-01,A,1,2\n2020-01-01,A,1,3\n",
            SpcCsv.Columns.builder("d").ratio("n", "m").facet("f").build()));
  }

  @Test
  void unknownColumnsAreRefused() {
    assertEquals(
        List.of(
            "filter column 'kind' is not in the CSV header [period, org_code, type, attendances, breaches]"),
        messages(
            AE, SpcCsv.Columns.builder("period").value("attendances").filter("kind", "1").build()));
    assertEquals(
        List.of(
            "column 'seen' is not in the CSV header [period, org_code, type, attendances, breaches]"),
        messages(AE, SpcCsv.Columns.builder("period").ratio("seen", "attendances").build()));
  }

  @Test
  void columnsAreOneKind() {
    ValidationException neither =
        assertThrows(ValidationException.class, () -> SpcCsv.Columns.builder("d").build());
    assertEquals(
        "give a value column or a numerator and a denominator column, not neither",
        neither.problems().get(0).message());
    ValidationException both =
        assertThrows(
            ValidationException.class,
            () -> SpcCsv.Columns.builder("d").value("v").ratio("n", "m").build());
    assertEquals(
        "give a value column or a numerator and a denominator column, not both",
        both.problems().get(0).message());
    assertThrows(
        ValidationException.class,
        () -> SpcCsv.Columns.builder("d").value("v").filter("", "x").build());
  }

  /** The p' chart straight from the long table: type 1 breach proportion, no pre-processing. */
  @Test
  void chartsTheLongTable() {
    List<SpcSeries> series =
        read(
            AE,
            SpcCsv.Columns.builder("period")
                .ratio("breaches", "attendances")
                .facet("org_code")
                .filter("type", "1")
                .build());
    SpcResult r = Spc.analyse(series, SpcOptions.builder().chart(ChartType.P).build());
    // RA1 pools (100 + 200) / (1000 + 800) = 1/6.
    assertEquals(1.0 / 6, r.facet("RA1").orElseThrow().point(0).mean().getAsDouble(), 1e-15);
  }
}
