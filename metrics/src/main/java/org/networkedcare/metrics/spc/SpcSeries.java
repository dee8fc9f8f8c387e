package org.networkedcare.metrics.spc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * One facet's time series for an SPC chart: dated values, some possibly missing, held in date
 * order.
 *
 * <p>Build one with {@link #builder(String)}. The points may be added in any order; the series
 * sorts them by date (gaps between dates are ignored: points are used as consecutive). A point is
 * either a value ({@link Builder#add}) or a numerator over a denominator ({@link Builder#addRatio},
 * whose value is the ratio and which p and u charts need); one series holds one kind. A missing
 * value is kept: it takes part in no mean and no moving range and is always common cause. A series
 * is rejected, with every problem named by facet and date, when it is empty, when a date occurs
 * twice, when a value, numerator or denominator is not finite, when a denominator is not positive,
 * or when both kinds of point are mixed.
 *
 * <p>For rare events, {@link #daysBetween(String, Collection)} makes the series a t or g chart
 * plots from the dates of the events themselves.
 */
public final class SpcSeries {

  /** The largest magnitude of a value (1e100), so that sums and moving ranges stay finite. */
  static final double MAX_VALUE = 1e100;

  /** The largest numerator or denominator of a ratio point (1e15). */
  static final double MAX_COUNT = 1e15;

  private final String facet;
  private final LocalDate[] dates;
  private final long[] days;
  private final double[] values;
  private final double @Nullable [] numerators;
  private final double @Nullable [] denominators;

  private SpcSeries(
      String facet,
      LocalDate[] dates,
      long[] days,
      double[] values,
      double @Nullable [] numerators,
      double @Nullable [] denominators) {
    this.facet = facet;
    this.dates = dates;
    this.days = days;
    this.values = values;
    this.numerators = numerators;
    this.denominators = denominators;
  }

  /**
   * {@return the series of the times between events: one point per event, dated on the event, whose
   * value is the number of days since the event before it} The first event has no interval before
   * it and is a missing point (kept on the chart, used in no limit), as qicharts2's example does.
   * The time since the latest event is never a point: a period without an event adds nothing. Days
   * between events are the values of a t chart ({@link ChartType#T}: they must be at least 1, so
   * two events on one day are refused) or, counting days as opportunities, of a g chart.
   *
   * @param facet the facet's name; {@code ""} for a chart without facets
   * @param events the dates of the events, in any order, each date once
   * @throws ValidationException when there is no event or a date occurs twice, naming the facet and
   *     date
   */
  public static SpcSeries daysBetween(String facet, Collection<LocalDate> events) {
    Objects.requireNonNull(events, "events");
    List<LocalDate> sorted = new ArrayList<>(events);
    sorted.forEach(d -> Objects.requireNonNull(d, "event date"));
    Collections.sort(sorted);
    Builder builder = builder(facet);
    for (int i = 0; i < sorted.size(); i++) {
      LocalDate date = sorted.get(i);
      if (i == 0) {
        builder.addMissing(date);
      } else {
        builder.add(date, (double) ChronoUnit.DAYS.between(sorted.get(i - 1), date));
      }
    }
    return builder.build();
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

  /** {@return whether the points are numerators over denominators ({@link Builder#addRatio})} */
  public boolean hasDenominators() {
    return denominators != null;
  }

  /**
   * {@return the numerator of a point; empty when missing or when the series holds values}
   *
   * @param index 0-based position in date order
   */
  public OptionalDouble numerator(int index) {
    return numerators == null ? OptionalDouble.empty() : FacetResult.optional(numerators[index]);
  }

  /**
   * {@return the denominator of a point; empty when missing or when the series holds values}
   *
   * @param index 0-based position in date order
   */
  public OptionalDouble denominator(int index) {
    return denominators == null
        ? OptionalDouble.empty()
        : FacetResult.optional(denominators[index]);
  }

  /** The numerators in date order, missing as NaN, or null for a series of values; not copied. */
  double @Nullable [] rawNumerators() {
    return numerators;
  }

  /** The denominators in date order, missing as NaN, or null for a series of values; not copied. */
  double @Nullable [] rawDenominators() {
    return denominators;
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
    private double @Nullable [] numerators;
    private double @Nullable [] denominators;
    private boolean anyValue;
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
                where(facet)
                    + "date "
                    + date
                    + ": the value "
                    + value
                    + " is beyond +/-1e100, where the limits would overflow"));
      }
      anyValue = true;
      put(date, value);
      return this;
    }

    /**
     * Adds a point that is a numerator over a denominator (events over cases, events over
     * exposure); its value is their ratio.
     *
     * @param date the point's date
     * @param numerator the numerator, in its own unit; must be finite
     * @param denominator the denominator; must be finite and positive
     * @return this builder
     */
    public Builder addRatio(LocalDate date, double numerator, double denominator) {
      Objects.requireNonNull(date, "date");
      String at = where(facet) + "date " + date + ": ";
      if (!Double.isFinite(numerator)) {
        problems.add(
            new Problem(
                path(date) + "/numerator",
                "spc.non-finite",
                at + "the numerator " + numerator + " is not finite"));
      }
      if (!Double.isFinite(denominator)) {
        problems.add(
            new Problem(
                path(date) + "/denominator",
                "spc.non-finite",
                at + "the denominator " + denominator + " is not finite"));
      } else if (!(denominator > 0)) {
        problems.add(
            new Problem(
                path(date) + "/denominator",
                "spc.denominator",
                at + "the denominator " + number(denominator) + " is not positive"));
      } else if (Math.abs(numerator) > MAX_COUNT
          || denominator > MAX_COUNT
          || !(Math.abs(numerator / denominator) <= MAX_VALUE)) {
        problems.add(
            new Problem(
                path(date),
                "spc.range",
                at
                    + "the numerator "
                    + numerator
                    + " and denominator "
                    + denominator
                    + " are beyond 1e15 or their ratio beyond 1e100, where the limits would overflow"));
      }
      int n = dates.size();
      put(date, numerator / denominator);
      double[] nums = numerators;
      double[] dens = denominators;
      if (nums == null || dens == null) {
        nums = new double[values.length];
        dens = new double[values.length];
        Arrays.fill(nums, 0, n, Double.NaN);
        Arrays.fill(dens, 0, n, Double.NaN);
        numerators = nums;
        denominators = dens;
      }
      nums[n] = numerator;
      dens[n] = denominator;
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
        if (numerators != null && denominators != null) {
          numerators = Arrays.copyOf(numerators, n * 2);
          denominators = Arrays.copyOf(denominators, n * 2);
        }
      }
      values[n] = value;
      if (numerators != null && denominators != null) {
        numerators[n] = Double.NaN;
        denominators[n] = Double.NaN;
      }
      dates.add(date);
    }

    private static String number(double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
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
                "/series" + Problem.token(facet),
                "spc.empty",
                where(facet) + "the series has no points"));
        throw new ValidationException(all);
      }
      if (anyValue && numerators != null) {
        all.add(
            new Problem(
                "/series" + Problem.token(facet),
                "spc.mixed",
                where(facet)
                    + "the series mixes values with numerator/denominator pairs; give one kind"));
      }
      LocalDate[] d = dates.toArray(new LocalDate[0]);
      double[] v = Arrays.copyOf(values, n);
      double @Nullable [] num = numerators == null ? null : Arrays.copyOf(numerators, n);
      double @Nullable [] den = denominators == null ? null : Arrays.copyOf(denominators, n);
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
        double @Nullable [] num2 = num == null ? null : new double[n];
        double @Nullable [] den2 = den == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
          int from = (int) (keys[i] & ((1L << 31) - 1));
          d2[i] = d[from];
          v2[i] = v[from];
          if (num != null && num2 != null && den != null && den2 != null) {
            num2[i] = num[from];
            den2[i] = den[from];
          }
          days[i] = d2[i].toEpochDay();
        }
        d = d2;
        v = v2;
        num = num2;
        den = den2;
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
      return new SpcSeries(facet, d, days, v, num, den);
    }
  }
}
