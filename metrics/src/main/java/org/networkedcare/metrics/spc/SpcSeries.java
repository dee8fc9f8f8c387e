package org.networkedcare.metrics.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * One facet's time series for an SPC chart: dated values, some possibly missing, held in date
 * order.
 *
 * <p>Build one with {@link #builder(String)}. The points may be added in any order; the series
 * sorts them by date (gaps between dates are ignored: points are used as consecutive). A missing
 * value is kept: it takes part in no mean and no moving range and is always common cause. A
 * series is rejected, with every problem named by facet and date, when it is empty, when a date
 * occurs twice, or when a value is not finite.
 */
public final class SpcSeries {

  /** The largest magnitude of a value (1e100), so that sums and moving ranges stay finite. */
  static final double MAX_VALUE = 1e100;


  private final String facet;
  private final LocalDate[] dates;
  private final long[] days;
  private final double[] values;

  private SpcSeries(String facet, LocalDate[] dates, long[] days, double[] values) {
    this.facet = facet;
    this.dates = dates;
    this.days = days;
    this.values = values;
  }

  /**
   * {@return a builder for a series}
   *
   * @param facet the facet's name (a site, an organisation); {@code ""} for a chart without facets
   */
  public static Builder builder(String facet) {
    return new Builder(Objects.requireNonNull(facet, "facet"));
  }

  /** {@return the facet's name; {@code ""} for a chart without facets} */
  public String facet() {
    return facet;
  }

  /** {@return the number of points, including those with a missing value} */
  public int size() {
    return values.length;
  }

  /**
   * {@return the date of a point}
   *
   * @param index 0-based position in date order
   */
  public LocalDate date(int index) {
    return dates[index];
  }

  /**
   * {@return the value of a point, empty when missing}
   *
   * @param index 0-based position in date order
   */
  public OptionalDouble value(int index) {
    double v = values[index];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The values in date order, missing as NaN; not copied, never modified. */
  double[] rawValues() {
    return values;
  }

  /** The dates as epoch days, in order; not copied, never modified. */
  long[] rawDays() {
    return days;
  }

  /** The dates in order; not copied, never modified. */
  LocalDate[] rawDates() {
    return dates;
  }

  static String where(String facet) {
    return facet.isEmpty() ? "" : "facet '" + facet + "', ";
  }

  /** Collects the points of one series; not thread-safe. */
  public static final class Builder {
    private final String facet;
    private final List<LocalDate> dates = new ArrayList<>();
    private double[] values = new double[16];
    private final List<Problem> problems = new ArrayList<>();

    private Builder(String facet) {
      this.facet = facet;
    }

    /**
     * Adds a point with a value.
     *
     * @param date the point's date
     * @param value the value, in the measure's own unit; finite and within +/-1e100
     * @return this builder
     */
    public Builder add(LocalDate date, double value) {
      Objects.requireNonNull(date, "date");
      if (!Double.isFinite(value)) {
        problems.add(
            new Problem(
                path(date),
                "spc.non-finite",
                where(facet) + "date " + date + ": the value " + value + " is not finite"));
      } else if (Math.abs(value) > MAX_VALUE) {
        problems.add(
            new Problem(
                path(date),
                "spc.range",
                where(facet) + "date " + date + ": the value " + value + " is beyond +/-1e100, where the limits would overflow"));
      }
      put(date, value);
      return this;
    }

    /**
     * Adds a point whose value is missing (kept, but used in no mean or moving range).
     *
     * @param date the point's date
     * @return this builder
     */
    public Builder addMissing(LocalDate date) {
      put(Objects.requireNonNull(date, "date"), Double.NaN);
      return this;
    }

    private void put(LocalDate date, double value) {
      int n = dates.size();
      if (n == values.length) {
        values = Arrays.copyOf(values, n * 2);
      }
      values[n] = value;
      dates.add(date);
    }

    private String path(LocalDate date) {
      return "/series" + Problem.token(facet) + Problem.token(date.toString());
    }

    /**
     * {@return the series, sorted by date}
     *
     * @throws ValidationException when the series is empty, a date occurs twice or a value is not
     *     finite, naming the facet and the date
     */
    public SpcSeries build() {
      List<Problem> all = new ArrayList<>(problems);
      int n = dates.size();
      if (n == 0) {
        all.add(
            new Problem(
                "/series" + Problem.token(facet), "spc.empty", where(facet) + "the series has no points"));
        throw new ValidationException(all);
      }
      LocalDate[] d = dates.toArray(new LocalDate[0]);
      double[] v = Arrays.copyOf(values, n);
      long[] days = new long[n];
      boolean sorted = true;
      for (int i = 0; i < n; i++) {
        days[i] = d[i].toEpochDay();
        if (i > 0 && days[i] < days[i - 1]) {
          sorted = false;
        }
      }
      if (!sorted) {
        // Sort (day, original index) pairs packed in one long: days fit in 32 bits (years up to
        // about 5.8 million), indices in 31.
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
          keys[i] = ((days[i] + (1L << 31)) << 31) | i;
        }
        Arrays.sort(keys);
        LocalDate[] d2 = new LocalDate[n];
        double[] v2 = new double[n];
        for (int i = 0; i < n; i++) {
          int from = (int) (keys[i] & ((1L << 31) - 1));
          d2[i] = d[from];
          v2[i] = v[from];
          days[i] = d2[i].toEpochDay();
        }
        d = d2;
        v = v2;
      }
      for (int i = 1; i < n; i++) {
        if (days[i] == days[i - 1] && (i == 1 || days[i - 1] != days[i - 2])) {
          all.add(
              new Problem(
                  path(d[i]),
                  "spc.duplicate-date",
                  where(facet) + "date " + d[i] + ": the date occurs more than once"));
        }
      }
      if (!all.isEmpty()) {
        throw new ValidationException(all);
      }
      return new SpcSeries(facet, d, days, v);
    }
  }
}
