package org.networkedcare.governance.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.CalendarJson;

class BankHolidaysTest {

  private static final BankHolidays CALENDAR = CalendarJson.englandAndWales();

  private static List<LocalDate> dates(String... iso) {
    return Stream.of(iso).map(LocalDate::parse).toList();
  }

  // Expected lists: the bank holidays of England and Wales as published by the UK government for
  // each year (gov.uk/bank-holidays and its archived lists), written out by hand.
  static Stream<Arguments> publishedYears() {
    return Stream.of(
        Arguments.of(
            2011,
            dates(
                "2011-01-03",
                "2011-04-22",
                "2011-04-25",
                "2011-04-29",
                "2011-05-02",
                "2011-05-30",
                "2011-08-29",
                "2011-12-26",
                "2011-12-27")),
        Arguments.of(
            2012,
            dates(
                "2012-01-02",
                "2012-04-06",
                "2012-04-09",
                "2012-05-07",
                "2012-06-04",
                "2012-06-05",
                "2012-08-27",
                "2012-12-25",
                "2012-12-26")),
        Arguments.of(
            2020,
            dates(
                "2020-01-01",
                "2020-04-10",
                "2020-04-13",
                "2020-05-08",
                "2020-05-25",
                "2020-08-31",
                "2020-12-25",
                "2020-12-28")),
        Arguments.of(
            2021,
            dates(
                "2021-01-01",
                "2021-04-02",
                "2021-04-05",
                "2021-05-03",
                "2021-05-31",
                "2021-08-30",
                "2021-12-27",
                "2021-12-28")),
        Arguments.of(
            2022,
            dates(
                "2022-01-03",
                "2022-04-15",
                "2022-04-18",
                "2022-05-02",
                "2022-06-02",
                "2022-06-03",
                "2022-08-29",
                "2022-09-19",
                "2022-12-26",
                "2022-12-27")),
        Arguments.of(
            2023,
            dates(
                "2023-01-02",
                "2023-04-07",
                "2023-04-10",
                "2023-05-01",
                "2023-05-08",
                "2023-05-29",
                "2023-08-28",
                "2023-12-25",
                "2023-12-26")),
        Arguments.of(
            2024,
            dates(
                "2024-01-01",
                "2024-03-29",
                "2024-04-01",
                "2024-05-06",
                "2024-05-27",
                "2024-08-26",
                "2024-12-25",
                "2024-12-26")),
        Arguments.of(
            2025,
            dates(
                "2025-01-01",
                "2025-04-18",
                "2025-04-21",
                "2025-05-05",
                "2025-05-26",
                "2025-08-25",
                "2025-12-25",
                "2025-12-26")));
  }

  @ParameterizedTest
  @MethodSource("publishedYears")
  void matchesThePublishedHolidays(int year, List<LocalDate> expected) {
    assertEquals(expected, List.copyOf(CALENDAR.holidays(year)));
  }

  @ParameterizedTest
  @CsvSource({
    // Easter Sundays from published tables; 2038 is the latest possible (25 April) in this
    // century, 2008 nearly the earliest (23 March), 2285 the earliest possible (22 March).
    "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31",
    "2025, 2025-04-20", "2038, 2038-04-25", "2285, 2285-03-22", "2000, 2000-04-23"
  })
  void computesEaster(int year, LocalDate expected) {
    assertEquals(expected, BankHolidays.easterSunday(year));
  }

  @Test
  void countsWorkingDaysOverWeekendsAndHolidays() {
    // Worked example of specs/governance.md section 12: 15 working days from Monday 19 August
    // 2024, skipping bank holiday Monday 26 August, end on Tuesday 10 September.
    assertEquals(
        LocalDate.of(2024, 9, 10), CALENDAR.workingDaysAfter(LocalDate.of(2024, 8, 19), 15));
    // From Sunday 1 September 2024: the 10th working day is Friday 13th, the 20th Friday 27th.
    assertEquals(
        LocalDate.of(2024, 9, 13), CALENDAR.workingDaysAfter(LocalDate.of(2024, 9, 1), 10));
    assertEquals(
        LocalDate.of(2024, 9, 27), CALENDAR.workingDaysAfter(LocalDate.of(2024, 9, 1), 20));
    // Christmas 2024: from Tuesday 24 December, the next working day is Friday 27 December.
    assertEquals(
        LocalDate.of(2024, 12, 27), CALENDAR.workingDaysAfter(LocalDate.of(2024, 12, 24), 1));
    // The date counted from is never counted, even when it is a working day.
    assertEquals(LocalDate.of(2024, 9, 3), CALENDAR.workingDaysAfter(LocalDate.of(2024, 9, 2), 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> CALENDAR.workingDaysAfter(LocalDate.of(2024, 9, 2), 0));
  }

  @Test
  void workingDayIsAWeekdayThatIsNotAHoliday() {
    assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2024, 8, 26)));
    assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2024, 8, 24)));
    assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2024, 8, 27)));
    assertTrue(CALENDAR.isHoliday(LocalDate.of(2022, 9, 19)));
  }

  @Test
  void yearsBeforeTheCalendarAreAnError() {
    ValidationException e = assertThrows(ValidationException.class, () -> CALENDAR.holidays(2010));
    assertEquals("calendar.range", e.problems().get(0).code());
    assertThrows(
        ValidationException.class, () -> CALENDAR.workingDaysAfter(LocalDate.of(2010, 12, 30), 1));
  }

  @Test
  void seededYearsAlwaysHaveEightToTenWeekdayHolidaysInsideTheYear() {
    // Property over 200 seeded random years: every holiday is a weekday of that year, and a year
    // has 8 holidays by rule (more only with one-off additions), except when 26 December's
    // substitute would fall in the next year, which never happens (27 or 28 December at latest).
    Random random = new Random(20240826L);
    for (int i = 0; i < 200; i++) {
      int year = 2024 + random.nextInt(400);
      var days = CALENDAR.holidays(year);
      assertEquals(8, days.size(), () -> year + " " + days);
      for (LocalDate day : days) {
        assertEquals(year, day.getYear());
        assertFalse(
            day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY,
            day::toString);
      }
    }
  }

  @Test
  void oneOffChangesAreReplaceableData() {
    BankHolidays custom =
        CalendarJson.parse(
            "{\"id\": \"calendar\", \"version\": \"test\", \"firstYear\": 2030,"
                + " \"moved\": [{\"from\": \"2030-05-06\", \"to\": \"2030-05-10\"}],"
                + " \"added\": [{\"date\": \"2030-07-01\"}]}");
    assertTrue(custom.isHoliday(LocalDate.of(2030, 5, 10)));
    assertFalse(custom.isHoliday(LocalDate.of(2030, 5, 6)));
    assertTrue(custom.isHoliday(LocalDate.of(2030, 7, 1)));
    assertEquals("test", custom.version());
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                CalendarJson.parse(
                    "{\"id\": \"c\", \"firstYear\": \"x\", \"added\": [{\"date\": \"2030-13-01\"}], \"extra\": 1}"));
    assertEquals(
        List.of(
            "/version required", "/firstYear type", "/added/0/date format", "/extra unknown-field"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
  }
}
