package org.networkedcare.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.networkedcare.core.validation.ValidationException;

/**
 * An NHS financial year: twelve months from 1 April to 31 March of the next calendar year, named by
 * both years as {@code 2025/26}. Its months are numbered M1 (April) to M12 (March of the next
 * calendar year), as in NHS monthly returns.
 *
 * <p>Supported years run from {@code 1000/01} to {@code 9998/99}, so that both years have four
 * digits and every date in them is a {@link LocalDate} of years 1000 to 9999.
 *
 * <p>Text and JSON form: the string {@code "2025/26"}: the starting year, a slash and the last two
 * digits of the next year. {@link #parse} accepts only that form; {@code 2025/2026} and {@code
 * 2025-26} are rejected, so that each year has exactly one spelling to store, compare and search.
 *
 * @param startYear the calendar year in which the financial year starts (on 1 April), for example
 *     {@code 2025} for {@code 2025/26}
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  /** The first supported starting year. */
  static final int MIN_START_YEAR = 1000;

  /** The last supported starting year. */
  static final int MAX_START_YEAR = 9998;

  private static final Pattern TEXT = Pattern.compile("([0-9]{4})/([0-9]{2})");

  /**
   * Checks the year is supported.
   *
   * @param startYear the calendar year in which the financial year starts
   * @throws ValidationException with code {@code financial-year.range} at path {@code ""} if the
   *     year is before 1000 or after 9998
   */
  public FinancialYear {
    if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
      throw outOfRange(startYear);
    }
  }

  private static ValidationException outOfRange(long startYear) {
    return new ValidationException(
        "",
        "financial-year.range",
        "a financial year starting in "
            + startYear
            + " is not supported; supported years are "
            + MIN_START_YEAR
            + "/01 to "
            + MAX_START_YEAR
            + "/99");
  }

  /**
   * {@return the financial year starting on 1 April of a calendar year}
   *
   * @param startYear the calendar year, for example {@code 2025} for {@code 2025/26}
   * @throws ValidationException with code {@code financial-year.range} if unsupported
   */
  public static FinancialYear of(int startYear) {
    return new FinancialYear(startYear);
  }

  /**
   * {@return the financial year containing a date} 31 March 2026 is in {@code 2025/26}; 1 April
   * 2026 is in {@code 2026/27}.
   *
   * @param date the date
   * @throws ValidationException with code {@code financial-year.range} if the year is unsupported
   */
  public static FinancialYear containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * {@return the financial year containing a calendar month} March 2026 is in {@code 2025/26}.
   *
   * @param month the month
   * @throws ValidationException with code {@code financial-year.range} if the year is unsupported
   */
  public static FinancialYear containing(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return containing(month.atDay(1));
  }

  /**
   * {@return the financial year written as {@code 2025/26}}
   *
   * @param text four digits, a slash and the next year's last two digits
   * @throws ValidationException at path {@code ""}: {@code required} if null, {@code
   *     financial-year.format} if not of the form {@code 2025/26}, {@code financial-year.next-year}
   *     if the second part is not the year after the first (as in {@code 2025/27}), {@code
   *     financial-year.range} if unsupported
   */
  public static FinancialYear parse(String text) {
    if (text == null) {
      throw new ValidationException("", "required", "a financial year is required");
    }
    Matcher matcher = TEXT.matcher(text);
    if (text.length() > 7 || !matcher.matches()) {
      throw new ValidationException(
          "",
          "financial-year.format",
          "'"
              + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
              + "' is not a financial year of the form 2025/26");
    }
    int start = Integer.parseInt(matcher.group(1));
    int next = Integer.parseInt(matcher.group(2));
    if (next != (start + 1) % 100) {
      throw new ValidationException(
          "",
          "financial-year.next-year",
          "in '"
              + text
              + "' the second part is not the last two digits of the year after "
              + start
              + "; write "
              + start
              + "/"
              + String.format(Locale.ROOT, "%02d", (start + 1) % 100));
    }
    return of(start);
  }

  /** {@return the first day: 1 April of the starting year} */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /** {@return the last day, inclusive: 31 March of the next calendar year} */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /** {@return the day after the last: 1 April of the next calendar year} */
  public LocalDate endExclusive() {
    return LocalDate.of(startYear + 1, Month.APRIL, 1);
  }

  /** {@return the year as the half-open range {@code [1 April, next 1 April)}} */
  public DateRange dateRange() {
    return DateRange.of(start(), endExclusive());
  }

  /**
   * {@return whether the year contains a date}
   *
   * @param date the date
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && date.isBefore(endExclusive());
  }

  /**
   * {@return calendar month M{@code number} of the year} M1 is April of the starting year, M9 is
   * December, M10 is January of the next calendar year and M12 is March of it.
   *
   * @param number the month number, 1 to 12
   * @throws ValidationException with code {@code financial-year.month-number} at path {@code ""} if
   *     the number is not 1 to 12
   */
  public YearMonth month(int number) {
    if (number < 1 || number > 12) {
      throw new ValidationException(
          "",
          "financial-year.month-number",
          "month M"
              + number
              + " does not exist; financial-year months are M1 (April) to M12 (March)");
    }
    return YearMonth.of(startYear, Month.APRIL).plusMonths(number - 1L);
  }

  /**
   * {@return the number, 1 (April) to 12 (March), of a calendar month within this year}
   *
   * @param month a calendar month in this year
   * @throws ValidationException with code {@code financial-year.month-outside} at path {@code ""}
   *     if the month is not in this year
   */
  public int monthNumber(YearMonth month) {
    Objects.requireNonNull(month, "month");
    if (!contains(month.atDay(1))) {
      throw new ValidationException(
          "",
          "financial-year.month-outside",
          "the month " + month + " is not in the financial year " + this);
    }
    return (month.getMonthValue() + 8) % 12 + 1;
  }

  /** {@return the twelve months, M1 (April) to M12 (March), in order} */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(12);
    for (int m = 1; m <= 12; m++) {
      months.add(month(m));
    }
    return List.copyOf(months);
  }

  /**
   * {@return the following financial year}
   *
   * @throws ValidationException with code {@code financial-year.range} after {@code 9998/99}
   */
  public FinancialYear next() {
    return plusYears(1);
  }

  /**
   * {@return the preceding financial year}
   *
   * @throws ValidationException with code {@code financial-year.range} before {@code 1000/01}
   */
  public FinancialYear previous() {
    return plusYears(-1);
  }

  /**
   * {@return the financial year a number of years later (earlier when negative)}
   *
   * @param years how many years to move
   * @throws ValidationException with code {@code financial-year.range} if the result is unsupported
   */
  public FinancialYear plusYears(int years) {
    long target = (long) startYear + years;
    if (target < MIN_START_YEAR || target > MAX_START_YEAR) {
      throw outOfRange(target);
    }
    return of((int) target);
  }

  /**
   * {@return the chronological order of two years}
   *
   * @param other the other year
   */
  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** {@return the year as {@code 2025/26}} */
  @Override
  public String toString() {
    return startYear + "/" + String.format(Locale.ROOT, "%02d", (startYear + 1) % 100);
  }
}
