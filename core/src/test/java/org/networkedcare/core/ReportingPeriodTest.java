package org.networkedcare.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.FinancialYearTest.FIRST_DAY;
import static org.networkedcare.core.FinancialYearTest.LAST_DAY;
import static org.networkedcare.core.JsonTesting.assertInvalid;
import static org.networkedcare.core.JsonTesting.assertOneProblem;
import static org.networkedcare.core.JsonTesting.readField;
import static org.networkedcare.core.JsonTesting.roundTrip;
import static org.networkedcare.core.ReportingPeriod.Granularity.FINANCIAL_YEAR;
import static org.networkedcare.core.ReportingPeriod.Granularity.MONTH;
import static org.networkedcare.core.ReportingPeriod.Granularity.QUARTER;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.validation.Problem;

class ReportingPeriodTest {

  private static final FinancialYear FY2024 = FinancialYear.of(2024);

  @Test
  void quartersFollowTheFinancialYear() {
    ReportingPeriod q1 = ReportingPeriod.quarter(FY2024, 1);
    assertEquals(LocalDate.of(2024, 4, 1), q1.start());
    assertEquals(LocalDate.of(2024, 7, 1), q1.endExclusive());
    assertEquals(LocalDate.of(2024, 6, 30), q1.end());
    ReportingPeriod q4 = ReportingPeriod.quarter(FY2024, 4);
    assertEquals(LocalDate.of(2025, 1, 1), q4.start());
    assertEquals(LocalDate.of(2025, 3, 31), q4.end());
    assertEquals(
        List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3)), q4.months());
    assertEquals(FY2024, q4.financialYear());
    assertEquals(q4, ReportingPeriod.containing(QUARTER, LocalDate.of(2025, 3, 31)));
    assertEquals(
        ReportingPeriod.quarter(FinancialYear.of(2025), 1),
        ReportingPeriod.containing(QUARTER, LocalDate.of(2025, 4, 1)));
    assertEquals(
        ReportingPeriod.quarter(FY2024, 3),
        ReportingPeriod.containing(QUARTER, LocalDate.of(2024, 12, 31)));
    assertEquals(ReportingPeriod.quarter(FinancialYear.of(2025), 1), q4.next());
    assertEquals(q4, ReportingPeriod.quarter(FinancialYear.of(2025), 1).previous());
    assertInvalid(() -> ReportingPeriod.quarter(FY2024, 0), "reporting-period.quarter-number");
    assertInvalid(() -> ReportingPeriod.quarter(FY2024, 5), "reporting-period.quarter-number");
  }

  @Test
  void monthsAndYears() {
    // February 2024 is a leap month: 29 days, in financial year 2023/24.
    ReportingPeriod feb = ReportingPeriod.month(YearMonth.of(2024, 2));
    assertEquals(LocalDate.of(2024, 2, 29), feb.end());
    assertEquals(LocalDate.of(2024, 3, 1), feb.endExclusive());
    assertTrue(feb.contains(LocalDate.of(2024, 2, 29)));
    assertFalse(feb.contains(LocalDate.of(2024, 3, 1)));
    assertEquals(FinancialYear.of(2023), feb.financialYear());
    assertEquals(
        ReportingPeriod.month(YearMonth.of(2024, 1)),
        ReportingPeriod.month(YearMonth.of(2023, 12)).next());
    ReportingPeriod year = ReportingPeriod.of(FY2024);
    assertEquals(FY2024.start(), year.start());
    assertEquals(FY2024.endExclusive(), year.endExclusive());
    assertEquals(FY2024.dateRange(), year.dateRange());
    assertEquals(FY2024.months(), year.months());
    assertEquals(year, ReportingPeriod.containing(FINANCIAL_YEAR, LocalDate.of(2025, 3, 31)));
    assertEquals(ReportingPeriod.of(FinancialYear.of(2025)), year.next());
    assertEquals(12, FINANCIAL_YEAR.months());
  }

  @Test
  void textForms() {
    assertEquals("2024-04", ReportingPeriod.month(YearMonth.of(2024, 4)).toString());
    assertEquals("2024/25-Q1", ReportingPeriod.quarter(FY2024, 1).toString());
    assertEquals("2024/25-Q4", ReportingPeriod.quarter(FY2024, 4).toString());
    assertEquals("2024/25", ReportingPeriod.of(FY2024).toString());
    assertEquals(ReportingPeriod.month(YearMonth.of(2025, 3)), ReportingPeriod.parse("2025-03"));
    assertEquals(ReportingPeriod.quarter(FY2024, 2), ReportingPeriod.parse("2024/25-Q2"));
    assertEquals(ReportingPeriod.of(FY2024), ReportingPeriod.parse("2024/25"));
  }

  @Test
  void untilCountsPeriodsOfOneGranularity() {
    // 2019/20-Q1 to 2024/25-Q2: 5 years of 4 quarters, then one more quarter.
    assertEquals(
        21, ReportingPeriod.parse("2019/20-Q1").until(ReportingPeriod.parse("2024/25-Q2")));
    assertEquals(
        -21, ReportingPeriod.parse("2024/25-Q2").until(ReportingPeriod.parse("2019/20-Q1")));
    assertEquals(0, ReportingPeriod.parse("2024-04").until(ReportingPeriod.parse("2024-04")));
    assertEquals(11, ReportingPeriod.parse("2024-04").until(ReportingPeriod.parse("2025-03")));
    assertEquals(3, ReportingPeriod.parse("2021/22").until(ReportingPeriod.parse("2024/25")));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> ReportingPeriod.parse("2024-04").until(ReportingPeriod.parse("2024/25-Q1")));
    assertEquals(
        List.of("month", "quarter", "financial-year"),
        List.copyOf(ReportingPeriod.Granularity.byId().keySet()));
  }

  @Test
  void parseIsStrict() {
    for (String bad :
        List.of(
            "2024-4",
            "2024-13",
            "2024-00",
            "2024/25Q1",
            "2024/25 q1",
            "2024/25  Q1",
            "2024/25 Q",
            "Q1 2024/25",
            "2024-04-01",
            "2024",
            "",
            " 2024-04",
            "2024/25-Q10",
            "2024-04 ",
            "2024/25 Q1",
            "2024/25-q1",
            "2024/25-Q",
            "2024/25_Q1")) {
      assertInvalid(() -> ReportingPeriod.parse(bad), "reporting-period.format");
    }
    assertInvalid(() -> ReportingPeriod.parse("2024/25-Q5"), "reporting-period.quarter-number");
    assertInvalid(() -> ReportingPeriod.parse("2024/25-Q0"), "reporting-period.quarter-number");
    assertInvalid(() -> ReportingPeriod.parse("2024/26-Q1"), "financial-year.next-year");
    assertInvalid(() -> ReportingPeriod.parse("2024/26"), "financial-year.next-year");
    assertInvalid(() -> ReportingPeriod.parse("9999-04"), "financial-year.range");
    assertInvalid(() -> ReportingPeriod.parse(null), "required");
  }

  @Test
  void theLastSupportedPeriodsEndInMarch9999() {
    ReportingPeriod march = ReportingPeriod.parse("9999-03");
    assertEquals(FinancialYear.of(9998), march.financialYear());
    assertInvalid(march::next, "financial-year.range");
    assertInvalid(ReportingPeriod.parse("9998/99-Q4")::next, "financial-year.range");
    assertInvalid(ReportingPeriod.parse("1000/01")::previous, "financial-year.range");
    assertInvalid(() -> ReportingPeriod.month(YearMonth.of(1000, 3)), "financial-year.range");
    assertInvalid(
        () -> ReportingPeriod.containing(MONTH, LocalDate.of(9999, 4, 1)), "financial-year.range");
  }

  @Test
  void ordersByStartThenShortestFirst() {
    ReportingPeriod april = ReportingPeriod.parse("2024-04");
    ReportingPeriod may = ReportingPeriod.parse("2024-05");
    ReportingPeriod q1 = ReportingPeriod.parse("2024/25-Q1");
    ReportingPeriod q2 = ReportingPeriod.parse("2024/25-Q2");
    ReportingPeriod year = ReportingPeriod.parse("2024/25");
    List<ReportingPeriod> periods = new ArrayList<>(List.of(q2, year, may, q1, april));
    Collections.sort(periods);
    assertEquals(List.of(april, q1, year, may, q2), periods);
    assertTrue(ReportingPeriod.parse("2025-01").compareTo(ReportingPeriod.parse("2024-12")) > 0);
  }

  @Test
  void jsonIsTheTextForm() {
    assertEquals(
        "\"2024/25-Q1\"\n", Json.write(ValueJson.write(ReportingPeriod.parse("2024/25-Q1"))));
    assertEquals(
        ReportingPeriod.parse("2024-04"),
        readField("\"2024-04\"", ValueJson::reportingPeriod).value().orElseThrow());
    assertOneProblem(
        readField("\"2024/25-Q5\"", ValueJson::reportingPeriod),
        "/value",
        "reporting-period.quarter-number");
    assertOneProblem(
        readField("\"April 2024\"", ValueJson::reportingPeriod),
        "/value",
        "reporting-period.format");
    assertOneProblem(readField("202404", ValueJson::reportingPeriod), "/value", "type");
    JsonTesting.Read<List<ReportingPeriod>> read =
        readField("[\"2024-04\", \"2025/27\", {}]", v -> v.list(ValueJson::reportingPeriod));
    assertEquals(List.of(ReportingPeriod.parse("2024-04")), read.value().orElseThrow());
    assertEquals(
        List.of(
            new Problem("/value/1", "financial-year.next-year", read.problems().get(0).message()),
            new Problem("/value/2", "type", read.problems().get(1).message())),
        read.problems());
  }

  // Properties.

  private static ReportingPeriod.Granularity granularity(int index) {
    return ReportingPeriod.Granularity.values()[index];
  }

  @Test
  void jsonAndTextRoundTripsAreLossless() {
    qt().forAll(integers().between(0, 2), longs().between(FIRST_DAY, LAST_DAY))
        .checkAssert(
            (g, day) -> {
              ReportingPeriod period =
                  ReportingPeriod.containing(granularity(g), LocalDate.ofEpochDay(day));
              assertEquals(period, roundTrip(ValueJson.write(period), ValueJson::reportingPeriod));
              assertEquals(period, ReportingPeriod.parse(period.toString()));
            });
  }

  @Test
  void thePeriodContainingADateContainsIt() {
    qt().forAll(integers().between(0, 2), longs().between(FIRST_DAY, LAST_DAY))
        .checkAssert(
            (g, day) -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              ReportingPeriod period = ReportingPeriod.containing(granularity(g), date);
              assertTrue(period.contains(date));
              assertEquals(granularity(g), period.granularity());
              assertEquals(FinancialYear.containing(date), period.financialYear());
              assertTrue(period.financialYear().contains(period.start()));
              assertTrue(period.financialYear().contains(period.end()));
              assertEquals(granularity(g).months(), period.months().size());
            });
  }

  @Test
  void nextAndPreviousAreInverseAndAdjacent() {
    long lastDayWithANext = LocalDate.of(9998, 3, 31).toEpochDay();
    qt().forAll(integers().between(0, 2), longs().between(FIRST_DAY, lastDayWithANext))
        .checkAssert(
            (g, day) -> {
              ReportingPeriod period =
                  ReportingPeriod.containing(granularity(g), LocalDate.ofEpochDay(day));
              ReportingPeriod next = period.next();
              assertEquals(period, next.previous());
              assertEquals(period.endExclusive(), next.start());
              assertFalse(period.contains(next.start()));
              assertTrue(period.compareTo(next) < 0);
            });
  }
}
