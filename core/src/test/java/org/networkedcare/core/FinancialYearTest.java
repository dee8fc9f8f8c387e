package org.networkedcare.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.core.JsonTesting.assertInvalid;
import static org.networkedcare.core.JsonTesting.assertOneProblem;
import static org.networkedcare.core.JsonTesting.readField;
import static org.networkedcare.core.JsonTesting.roundTrip;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.ValueJson;

class FinancialYearTest {

  /** Every date in a supported financial year, as epoch days: 1 April 1000 to 31 March 9999. */
  static final long FIRST_DAY = LocalDate.of(1000, 4, 1).toEpochDay();

  static final long LAST_DAY = LocalDate.of(9999, 3, 31).toEpochDay();

  @Test
  void boundariesAreFirstAprilAndThirtyFirstMarch() {
    FinancialYear fy = FinancialYear.of(2025);
    assertEquals(LocalDate.of(2025, 4, 1), fy.start());
    assertEquals(LocalDate.of(2026, 3, 31), fy.end());
    assertEquals(LocalDate.of(2026, 4, 1), fy.endExclusive());
    assertEquals(DateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)), fy.dateRange());
    assertEquals(fy, FinancialYear.containing(LocalDate.of(2026, 3, 31)));
    assertEquals(FinancialYear.of(2026), FinancialYear.containing(LocalDate.of(2026, 4, 1)));
    assertEquals(FinancialYear.of(2024), FinancialYear.containing(LocalDate.of(2025, 3, 31)));
    assertEquals(fy, FinancialYear.containing(LocalDate.of(2025, 4, 1)));
    assertTrue(fy.contains(LocalDate.of(2026, 3, 31)));
    assertFalse(fy.contains(LocalDate.of(2026, 4, 1)));
    assertFalse(fy.contains(LocalDate.of(2025, 3, 31)));
    // A leap day falls in the year that started the April before: 29 Feb 2024 is in 2023/24.
    assertEquals(FinancialYear.of(2023), FinancialYear.containing(LocalDate.of(2024, 2, 29)));
    assertTrue(FinancialYear.of(2023).contains(LocalDate.of(2024, 2, 29)));
    // 2023/24 has 366 days (it holds 29 Feb 2024), 2024/25 has 365.
    assertEquals(
        366,
        FinancialYear.of(2023).end().toEpochDay()
            - FinancialYear.of(2023).start().toEpochDay()
            + 1);
    assertEquals(
        365,
        FinancialYear.of(2024).endExclusive().toEpochDay()
            - FinancialYear.of(2024).start().toEpochDay());
  }

  @Test
  void monthsRunFromAprilToMarchOfTheNextCalendarYear() {
    FinancialYear fy = FinancialYear.of(2025);
    assertEquals(YearMonth.of(2025, 4), fy.month(1));
    assertEquals(YearMonth.of(2025, 12), fy.month(9));
    assertEquals(YearMonth.of(2026, 1), fy.month(10));
    assertEquals(YearMonth.of(2026, 3), fy.month(12));
    assertEquals(1, fy.monthNumber(YearMonth.of(2025, 4)));
    assertEquals(10, fy.monthNumber(YearMonth.of(2026, 1)));
    assertEquals(12, fy.monthNumber(YearMonth.of(2026, 3)));
    assertEquals(12, fy.months().size());
    assertEquals(YearMonth.of(2026, 3), fy.months().get(11));
    assertEquals(FinancialYear.of(2025), FinancialYear.containing(YearMonth.of(2026, 3)));
    assertInvalid(() -> fy.month(0), "financial-year.month-number");
    assertInvalid(() -> fy.month(13), "financial-year.month-number");
    assertInvalid(() -> fy.monthNumber(YearMonth.of(2025, 3)), "financial-year.month-outside");
    assertInvalid(() -> fy.monthNumber(YearMonth.of(2026, 4)), "financial-year.month-outside");
  }

  @Test
  void textFormIsStrict() {
    assertEquals("2025/26", FinancialYear.of(2025).toString());
    assertEquals("1999/00", FinancialYear.of(1999).toString());
    assertEquals("2009/10", FinancialYear.of(2009).toString());
    assertEquals(FinancialYear.of(1999), FinancialYear.parse("1999/00"));
    assertEquals(FinancialYear.of(2025), FinancialYear.parse("2025/26"));
    assertInvalid(() -> FinancialYear.parse("2025/27"), "financial-year.next-year");
    assertInvalid(() -> FinancialYear.parse("2025/25"), "financial-year.next-year");
    for (String bad :
        List.of(
            "2025/2026",
            "2025-26",
            "25/26",
            "2025/26 ",
            " 2025/26",
            "2025/6",
            "2025",
            "",
            "twenty",
            "٢٠٢٥/٢٦")) {
      assertInvalid(() -> FinancialYear.parse(bad), "financial-year.format");
    }
    assertInvalid(() -> FinancialYear.parse("9999/00"), "financial-year.range");
    assertInvalid(() -> FinancialYear.parse("0999/00"), "financial-year.range");
    assertInvalid(() -> FinancialYear.parse(null), "required");
  }

  @Test
  void supportsYearsThatFitInFourDigits() {
    FinancialYear last = FinancialYear.of(9998);
    assertEquals("9998/99", last.toString());
    assertEquals(LocalDate.of(9999, 3, 31), last.end());
    assertEquals(last, FinancialYear.containing(LocalDate.of(9999, 3, 31)));
    assertInvalid(() -> FinancialYear.containing(LocalDate.of(9999, 4, 1)), "financial-year.range");
    assertInvalid(last::next, "financial-year.range");
    assertInvalid(() -> FinancialYear.of(1000).previous(), "financial-year.range");
    assertInvalid(
        () -> FinancialYear.of(2025).plusYears(Integer.MAX_VALUE), "financial-year.range");
    assertInvalid(
        () -> FinancialYear.of(2025).plusYears(Integer.MIN_VALUE), "financial-year.range");
    assertInvalid(() -> FinancialYear.of(-1), "financial-year.range");
    assertEquals(FinancialYear.of(2030), FinancialYear.of(2025).plusYears(5));
    assertEquals(FinancialYear.of(2020), FinancialYear.of(2025).plusYears(-5));
  }

  @Test
  void jsonIsTheTextForm() {
    assertEquals("\"2025/26\"\n", Json.write(ValueJson.write(FinancialYear.of(2025))));
    assertEquals(
        FinancialYear.of(2025),
        readField("\"2025/26\"", ValueJson::financialYear).value().orElseThrow());
    assertOneProblem(
        readField("\"2025/27\"", ValueJson::financialYear), "/value", "financial-year.next-year");
    assertOneProblem(
        readField("\"2025-26\"", ValueJson::financialYear), "/value", "financial-year.format");
    assertOneProblem(readField("2025", ValueJson::financialYear), "/value", "type");
    assertOneProblem(
        readField("\"9999/00\"", ValueJson::financialYear), "/value", "financial-year.range");
  }

  // Properties.

  @Test
  void jsonAndTextRoundTripsAreLossless() {
    qt().forAll(integers().between(1000, 9998))
        .checkAssert(
            y -> {
              FinancialYear fy = FinancialYear.of(y);
              assertEquals(fy, roundTrip(ValueJson.write(fy), ValueJson::financialYear));
              assertEquals(fy, FinancialYear.parse(fy.toString()));
            });
  }

  @Test
  void theYearContainingADateContainsIt() {
    qt().forAll(longs().between(FIRST_DAY, LAST_DAY))
        .checkAssert(
            day -> {
              LocalDate date = LocalDate.ofEpochDay(day);
              FinancialYear fy = FinancialYear.containing(date);
              assertTrue(fy.contains(date));
              assertFalse(fy.start().isAfter(date));
              assertFalse(fy.end().isBefore(date));
              assertEquals(
                  date, fy.month(fy.monthNumber(YearMonth.from(date))).atDay(date.getDayOfMonth()));
            });
  }

  @Test
  void nextAndPreviousAreInverseAndAdjacent() {
    qt().forAll(integers().between(1000, 9997))
        .checkAssert(
            y -> {
              FinancialYear fy = FinancialYear.of(y);
              assertEquals(fy, fy.next().previous());
              assertEquals(fy.endExclusive(), fy.next().start());
              assertTrue(fy.compareTo(fy.next()) < 0);
              assertEquals(fy.next(), fy.plusYears(1));
            });
  }
}
