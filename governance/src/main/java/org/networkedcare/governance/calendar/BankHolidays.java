package org.networkedcare.governance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.networkedcare.core.validation.ValidationException;

/**
 * The bank holidays of England and Wales, and working days counted over them.
 *
 * <p>Each year's holidays come from the rules: 1 January; Good Friday and Easter Monday (Easter by
 * the Gregorian computus); the first and last Mondays of May; the last Monday of August; 25 and 26
 * December; a holiday that falls on a Saturday or Sunday moves to the next weekday that is not
 * already a holiday (taken in date order). One-off changes (a holiday moved, a holiday added) are
 * data: the default calendar ({@link
 * org.networkedcare.governance.json.CalendarJson#englandAndWales()}) reads them from the versioned
 * reference file {@code calendar.json}, and covers the years from 2011; asking about an earlier
 * year is an error, since the one-off changes before then are not recorded.
 *
 * <p>A working day is Monday to Friday and not a bank holiday. Instances are immutable and
 * thread-safe.
 */
public final class BankHolidays {

  /**
   * The longest limit in working days a document may set (about ten years), so that counting one
   * out stays a few thousand steps.
   */
  public static final int MAX_WORKING_DAYS = 2_500;

  private final String version;
  private final int firstYear;
  private final List<Move> moved;
  private final List<LocalDate> added;
  private final Map<Integer, NavigableSet<LocalDate>> years = new ConcurrentHashMap<>();

  /**
   * A one-off move of a rule's holiday.
   *
   * @param from the date the rule gives
   * @param to the date the holiday was moved to
   */
  public record Move(LocalDate from, LocalDate to) {
    /**
     * Checks the parts.
     *
     * @param from the date the rule gives
     * @param to the date the holiday was moved to
     */
    public Move {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * Creates a calendar from the rules and a set of one-off changes.
   *
   * @param version the version of the data, recorded in findings
   * @param firstYear the first year the one-off changes are complete for
   * @param moved holidays moved from the date the rules give
   * @param added holidays added for one year
   */
  public BankHolidays(String version, int firstYear, List<Move> moved, List<LocalDate> added) {
    this.version = Objects.requireNonNull(version, "version");
    this.firstYear = firstYear;
    this.moved = List.copyOf(moved);
    this.added = List.copyOf(added);
  }

  /** {@return the version of the one-off changes in force} */
  public String version() {
    return version;
  }

  /** {@return the first year this calendar answers for} */
  public int firstYear() {
    return firstYear;
  }

  /**
   * {@return the bank holidays of a year, in date order}
   *
   * @param year the calendar year
   * @throws ValidationException ({@code calendar.range}) for a year before {@link #firstYear()}
   */
  public NavigableSet<LocalDate> holidays(int year) {
    if (year < firstYear) {
      throw new ValidationException(
          "",
          "calendar.range",
          "the bank-holiday calendar "
              + version
              + " starts in "
              + firstYear
              + "; "
              + year
              + " is not covered");
    }
    return years.computeIfAbsent(year, this::compute);
  }

  /**
   * {@return whether a date is a bank holiday}
   *
   * @param date the date
   */
  public boolean isHoliday(LocalDate date) {
    return holidays(date.getYear()).contains(date);
  }

  /**
   * {@return whether a date is a working day: Monday to Friday and not a bank holiday}
   *
   * @param date the date
   */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /**
   * {@return the {@code n}-th working day after a date, not counting the date itself}
   *
   * @param date the date counted from
   * @param n how many working days, 1 to {@value #MAX_WORKING_DAYS}
   */
  public LocalDate workingDaysAfter(LocalDate date, int n) {
    if (n < 1 || n > MAX_WORKING_DAYS) {
      throw new IllegalArgumentException(
          "count 1 to " + MAX_WORKING_DAYS + " working days, not " + n);
    }
    LocalDate day = date;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  private NavigableSet<LocalDate> compute(int year) {
    List<LocalDate> fixed = new ArrayList<>();
    LocalDate easter = easterSunday(year);
    List<LocalDate> ruled =
        List.of(
            LocalDate.of(year, Month.JANUARY, 1),
            easter.minusDays(2),
            easter.plusDays(1),
            LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
            LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            LocalDate.of(year, Month.AUGUST, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            LocalDate.of(year, Month.DECEMBER, 25),
            LocalDate.of(year, Month.DECEMBER, 26));
    for (LocalDate date : ruled) {
      fixed.add(
          moved.stream().filter(m -> m.from().equals(date)).map(Move::to).findFirst().orElse(date));
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    // Weekday holidays first, so a substitute never lands on one; then weekend ones in date order.
    for (LocalDate date : fixed) {
      if (!isWeekend(date)) {
        days.add(date);
      }
    }
    for (LocalDate date : fixed.stream().sorted().toList()) {
      if (isWeekend(date)) {
        LocalDate substitute = date;
        while (isWeekend(substitute) || days.contains(substitute)) {
          substitute = substitute.plusDays(1);
        }
        days.add(substitute);
      }
    }
    for (LocalDate date : added) {
      if (date.getYear() == year) {
        days.add(date);
      }
    }
    return java.util.Collections.unmodifiableNavigableSet(days);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * {@return Easter Sunday of a year in the Gregorian calendar} (the anonymous Gregorian algorithm:
   * Meeus, <i>Astronomical Algorithms</i>, chapter 8)
   *
   * @param year the year, 1583 or later
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** {@return a short description: region and version} */
  @Override
  public String toString() {
    return "BankHolidays[England and Wales, version " + version + ", from " + firstYear + "]";
  }
}
