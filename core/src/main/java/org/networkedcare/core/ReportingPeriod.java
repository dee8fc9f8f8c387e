package org.networkedcare.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.networkedcare.core.validation.ValidationException;

/**
 * A period that NHS figures are reported for: a calendar month, a quarter of a financial year, or a
 * whole financial year. Quarters follow the financial year: Q1 is April to June, Q2 July to
 * September, Q3 October to December, Q4 January to March of the next calendar year.
 *
 * <p>A period covers the half-open range of dates {@code [start(), endExclusive())}. Every period
 * lies within one supported {@link FinancialYear} ({@code 1000/01} to {@code 9998/99}), so months
 * run from April 1000 to March 9999.
 *
 * <p>Text and JSON form, one per granularity: {@code "2024-04"} (a month), {@code "2024/25-Q1"} (a
 * quarter: the financial year, a hyphen, {@code Q} and 1 to 4, as in the measure dataset) and
 * {@code "2024/25"} (a financial year). {@link #parse} accepts exactly these forms.
 *
 * <p>Periods are ordered by their first day, and periods starting on the same day from the shortest
 * granularity to the longest; so periods of one granularity are in chronological order.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** How long a reporting period is. */
  public enum Granularity {
    /** A calendar month. */
    MONTH(1),
    /** A quarter of a financial year: three months, Q1 starting in April. */
    QUARTER(3),
    /** A financial year: twelve months from April. */
    FINANCIAL_YEAR(12);

    private final int months;

    Granularity(int months) {
      this.months = months;
    }

    /** {@return how many calendar months a period of this granularity covers} */
    public int months() {
      return months;
    }

    /** {@return the stable identifier: {@code month}, {@code quarter} or {@code financial-year}} */
    public String id() {
      return switch (this) {
        case MONTH -> "month";
        case QUARTER -> "quarter";
        case FINANCIAL_YEAR -> "financial-year";
      };
    }

    /** {@return the granularities by identifier, shortest first} */
    public static Map<String, Granularity> byId() {
      Map<String, Granularity> map = new LinkedHashMap<>();
      for (Granularity g : values()) {
        map.put(g.id(), g);
      }
      return map;
    }

    /** {@return the identifier} */
    @Override
    public String toString() {
      return id();
    }
  }

  private static final Pattern MONTH_TEXT = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern QUARTER_TEXT = Pattern.compile("([0-9]{4}/[0-9]{2})-Q([0-9])");
  private static final Pattern YEAR_TEXT = Pattern.compile("[0-9]{4}/[0-9]{2}");

  private final Granularity granularity;

  /** The first month; aligned to the granularity within its financial year. */
  private final YearMonth first;

  private ReportingPeriod(Granularity granularity, YearMonth first) {
    this.granularity = granularity;
    this.first = first;
  }

  /** Makes a period after checking that it is in a supported financial year. */
  private static ReportingPeriod create(Granularity granularity, YearMonth first) {
    FinancialYear.containing(first);
    return new ReportingPeriod(granularity, first);
  }

  /**
   * {@return the period of one calendar month}
   *
   * @param month the month, April 1000 to March 9999
   * @throws ValidationException with code {@code financial-year.range} if out of range
   */
  public static ReportingPeriod month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return create(Granularity.MONTH, month);
  }

  /**
   * {@return quarter Q{@code number} of a financial year}
   *
   * @param year the financial year
   * @param number the quarter, 1 (April to June) to 4 (January to March)
   * @throws ValidationException with code {@code reporting-period.quarter-number} at path {@code
   *     ""} if the number is not 1 to 4
   */
  public static ReportingPeriod quarter(FinancialYear year, int number) {
    Objects.requireNonNull(year, "year");
    if (number < 1 || number > 4) {
      throw new ValidationException(
          "",
          "reporting-period.quarter-number",
          "quarter Q"
              + number
              + " does not exist; quarters are Q1 (April to June) to Q4 (January to March)");
    }
    return new ReportingPeriod(Granularity.QUARTER, year.month(3 * number - 2));
  }

  /**
   * {@return the period of a whole financial year}
   *
   * @param year the financial year
   */
  public static ReportingPeriod of(FinancialYear year) {
    Objects.requireNonNull(year, "year");
    return new ReportingPeriod(Granularity.FINANCIAL_YEAR, year.month(1));
  }

  /**
   * {@return the period of a granularity that contains a date} For example the quarter containing
   * 31 March 2025 is {@code 2024/25-Q4} and the one containing 1 April 2025 is {@code 2025/26-Q1}.
   *
   * @param granularity the granularity
   * @param date the date
   * @throws ValidationException with code {@code financial-year.range} if out of range
   */
  public static ReportingPeriod containing(Granularity granularity, LocalDate date) {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(date, "date");
    FinancialYear year = FinancialYear.containing(date);
    YearMonth month = YearMonth.from(date);
    return switch (granularity) {
      case MONTH -> new ReportingPeriod(Granularity.MONTH, month);
      case QUARTER -> quarter(year, (year.monthNumber(month) - 1) / 3 + 1);
      case FINANCIAL_YEAR -> of(year);
    };
  }

  /**
   * {@return the period written as {@code 2024-04}, {@code 2024/25-Q1} or {@code 2024/25}}
   *
   * @param text the period's text form
   * @throws ValidationException at path {@code ""}: {@code required} if null, {@code
   *     reporting-period.format} if of none of the three forms (or a month number not 01 to 12),
   *     {@code reporting-period.quarter-number} for a quarter not 1 to 4, the codes of {@link
   *     FinancialYear#parse} for a bad financial year, {@code financial-year.range} if out of range
   */
  public static ReportingPeriod parse(String text) {
    if (text == null) {
      throw new ValidationException("", "required", "a reporting period is required");
    }
    if (text.length() <= 10) {
      Matcher month = MONTH_TEXT.matcher(text);
      if (month.matches()) {
        int number = Integer.parseInt(month.group(2));
        if (number >= 1 && number <= 12) {
          return month(YearMonth.of(Integer.parseInt(month.group(1)), number));
        }
      }
      Matcher quarter = QUARTER_TEXT.matcher(text);
      if (quarter.matches()) {
        return quarter(FinancialYear.parse(quarter.group(1)), Integer.parseInt(quarter.group(2)));
      }
      if (YEAR_TEXT.matcher(text).matches()) {
        return of(FinancialYear.parse(text));
      }
    }
    throw new ValidationException(
        "",
        "reporting-period.format",
        "'"
            + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
            + "' is not a reporting period such as 2024-04, 2024/25-Q1 or 2024/25");
  }

  /** {@return the granularity: month, quarter or financial year} */
  public Granularity granularity() {
    return granularity;
  }

  /** {@return the financial year the period lies in} */
  public FinancialYear financialYear() {
    return FinancialYear.containing(first);
  }

  /** {@return the first day of the period} */
  public LocalDate start() {
    return first.atDay(1);
  }

  /** {@return the last day of the period, inclusive} */
  public LocalDate end() {
    return endExclusive().minusDays(1);
  }

  /** {@return the day after the last day of the period} */
  public LocalDate endExclusive() {
    return first.plusMonths(granularity.months()).atDay(1);
  }

  /** {@return the period as the half-open range {@code [start(), endExclusive())}} */
  public DateRange dateRange() {
    return DateRange.of(start(), endExclusive());
  }

  /** {@return the calendar months of the period, in order: 1, 3 or 12 of them} */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(granularity.months());
    for (int m = 0; m < granularity.months(); m++) {
      months.add(first.plusMonths(m));
    }
    return List.copyOf(months);
  }

  /**
   * {@return whether the period contains a date}
   *
   * @param date the date
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && date.isBefore(endExclusive());
  }

  /**
   * {@return the period of the same granularity that follows this one}
   *
   * @throws ValidationException with code {@code financial-year.range} after March 9999
   */
  public ReportingPeriod next() {
    return create(granularity, first.plusMonths(granularity.months()));
  }

  /**
   * {@return the period of the same granularity that precedes this one}
   *
   * @throws ValidationException with code {@code financial-year.range} before April 1000
   */
  public ReportingPeriod previous() {
    return create(granularity, first.minusMonths(granularity.months()));
  }

  /**
   * {@return how many periods of this granularity lead from this period to another: 0 for the same
   * period, negative when the other is earlier}
   *
   * @param other a period of the same granularity
   * @throws IllegalArgumentException when the granularities differ
   */
  public long until(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    if (other.granularity != granularity) {
      throw new IllegalArgumentException(
          other + " is a " + other.granularity.id() + ", not a " + granularity.id());
    }
    return (other.first.getYear() * 12L
            + other.first.getMonthValue()
            - first.getYear() * 12L
            - first.getMonthValue())
        / granularity.months();
  }

  /**
   * {@return the order of two periods: by first day, then shortest granularity first}
   *
   * @param other the other period
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    int byStart = first.compareTo(other.first);
    return byStart != 0 ? byStart : granularity.compareTo(other.granularity);
  }

  /**
   * {@return whether another object is the same period}
   *
   * @param other the other object
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ReportingPeriod period
        && period.granularity == granularity
        && period.first.equals(first);
  }

  /** {@return a hash of the period} */
  @Override
  public int hashCode() {
    return 31 * granularity.ordinal() + first.hashCode();
  }

  /** {@return the period as {@code 2024-04}, {@code 2024/25-Q1} or {@code 2024/25}} */
  @Override
  public String toString() {
    return switch (granularity) {
      case MONTH -> first.toString();
      case QUARTER -> financialYear() + "-Q" + ((financialYear().monthNumber(first) - 1) / 3 + 1);
      case FINANCIAL_YEAR -> financialYear().toString();
    };
  }
}
