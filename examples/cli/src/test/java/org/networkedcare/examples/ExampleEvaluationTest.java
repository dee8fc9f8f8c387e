package org.networkedcare.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.examples.data.AeAttendances;
import org.networkedcare.examples.data.AeSummary;

class ExampleEvaluationTest {

  private static final ExampleEvaluation EXAMPLE = ExampleEvaluation.shipped();

  // Expected sums computed independently from ../shared/data/ae_attendances.csv with Python's csv
  // module (type 1 rows, summed per trust over the months named).

  @Test
  void networkStartsOnTheFirstMembership() {
    assertEquals(LocalDate.of(2017, 10, 1), EXAMPLE.start());
  }

  @Test
  void baselineIsTheTwelveMonthsBeforeTheStart() {
    assertEquals(new AeSummary("RC1", 12, 74_038, 5_349, 22_497), EXAMPLE.baseline("RC1"));
    assertEquals(new AeSummary("RC1", 12, 76_433, 9_272, 23_405), EXAMPLE.firstYear("RC1"));
    // RWH has no row for September 2017: its baseline has 11 months.
    assertEquals(new AeSummary("RWH", 11, 96_692, 20_437, 33_987), EXAMPLE.baseline("RWH"));
  }

  @Test
  void financialYearsRunAprilToMarch() {
    assertEquals(
        new AeSummary("RC9", 12, 107_614, 2_928, 33_762),
        EXAMPLE.financialYear("RC9", FinancialYear.of(2018)));
    assertEquals(
        0.9727916442098612,
        EXAMPLE.financialYear("RC9", FinancialYear.of(2018)).fourHourPerformance().getAsDouble(),
        1e-15);
    assertEquals(0, EXAMPLE.financialYear("RC9", FinancialYear.of(2019)).months());
  }

  @Test
  void csvProblemsNameTheRowAndColumn() {
    String csv =
        "period,org_code,type,attendances,breaches,admissions\n"
            + "2018-04-01,RC9,1,100,200,3\n"
            + "2018-13-01,RC9,1,x,0,3\n"
            + "2018-04-01,RC9,2,x,0,3\n";
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                AeAttendances.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        java.util.List.of(
            "/row/2/breaches range", "/row/3/period format", "/row/3/attendances type"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
  }
}
