package org.networkedcare.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;

/** The money and time types together, as a document reader uses them. */
class ValueTypesTest {

  /** A budget line as a reader would declare it: three typed fields. */
  record Line(Money amount, FinancialYear year, ReportingPeriod period) {}

  private static Optional<Line> readLine(JsonValue value) {
    return value.object(
        o -> {
          Optional<Money> amount = o.required("amount", ValueJson::money);
          Optional<FinancialYear> year = o.required("year", ValueJson::financialYear);
          Optional<ReportingPeriod> period = o.required("period", ValueJson::reportingPeriod);
          if (amount.isEmpty() || year.isEmpty() || period.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(new Line(amount.get(), year.get(), period.get()));
        });
  }

  @Test
  void aDocumentReportsEveryBadValueAtItsPath() {
    Problems problems = Problems.collector();
    String document =
        "{\"lines\": ["
            + "{\"amount\": 1250.50, \"year\": \"2024/25\", \"period\": \"2024/25-Q3\"},"
            + "{\"amount\": 10.005, \"year\": \"2024/2025\", \"period\": \"2024/25-Q5\", \"note\": 1}"
            + "]}";
    Optional<List<Line>> lines =
        JsonValue.root(Json.parse(document), problems)
            .object(o -> Optional.of(o.list("lines", ValueTypesTest::readLine)));
    assertEquals(
        List.of(
            new Line(
                Money.of("1250.50"), FinancialYear.of(2024), ReportingPeriod.parse("2024/25-Q3"))),
        lines.orElseThrow());
    assertEquals(
        List.of(
            "/lines/1/amount money.precision",
            "/lines/1/year financial-year.format",
            "/lines/1/period reporting-period.quarter-number",
            "/lines/1/note unknown-field"),
        problems.list().stream().map(p -> p.path() + " " + p.code()).toList());
    assertEquals(
        4, problems.list().stream().map(Problem::message).filter(m -> !m.isBlank()).count());
  }

  @Test
  void nullArgumentsAreNamed() {
    assertNamed("other", () -> Money.zero().plus(null));
    assertNamed("other", () -> Money.zero().minus(null));
    assertNamed("factor", () -> Money.zero().times(null, RoundingMode.HALF_UP));
    assertNamed("mode", () -> Money.zero().times(java.math.BigDecimal.ONE, null));
    assertNamed("weights", () -> Money.zero().allocate((long[]) null));
    assertNamed("date", () -> FinancialYear.containing((java.time.LocalDate) null));
    assertNamed("date", () -> FinancialYear.of(2024).contains(null));
    assertNamed("month", () -> FinancialYear.of(2024).monthNumber(null));
    assertNamed("year", () -> ReportingPeriod.of(null));
    assertNamed(
        "granularity", () -> ReportingPeriod.containing(null, java.time.LocalDate.of(2024, 4, 1)));
    assertNamed("date", () -> ReportingPeriod.parse("2024-04").contains(null));
  }

  private static void assertNamed(String name, Executable step) {
    assertEquals(name, assertThrows(NullPointerException.class, step).getMessage());
  }
}
