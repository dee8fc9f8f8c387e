package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A discount schedule: real annual rates by bands of years, with an edition tag, turned into
 * <em>chained</em> discount factors.
 *
 * <p>{@code DF_0 = 1} and {@code DF_t = DF_(t-1) / (1 + r_t)} where {@code r_t} is the rate of the
 * band that contains year {@code t}. So on the Green Book standard schedule {@code DF_31 = DF_30 /
 * 1.03}, not {@code 1.03^-31}: the factors never jump at a band edge. Year 0 is the present and is
 * not discounted.
 *
 * <p>The named schedules ({@code standard}, {@code health}, {@code reduced}, {@code
 * reduced-health}, {@code nice}, {@code nice-health}) are data in {@link AppraisalReference}, not
 * constants; an appraisal may override them or add its own.
 *
 * <p>JSON: {@code {"edition": "green-book-2022", "description": "...", "source": "...",
 * "toConfirm": false, "bands": [{"fromYear": 0, "rate": 0.035}, {"fromYear": 31, "rate": 0.03}]}}.
 * Rates are decimals ({@code 0.035} is 3.5%).
 */
public final class DiscountSchedule {

  /** The largest year a schedule computes a factor for. */
  public static final int MAX_YEAR = 1000;

  /**
   * One band: the rate that applies from a year on, until the next band starts.
   *
   * @param fromYear the first year of the band, 0 for the first band
   * @param rate the real annual rate as a decimal, for example {@code 0.035}
   */
  public record Band(int fromYear, BigDecimal rate) {

    /**
     * Checks the band: a year from 0 and a rate in (-1, 1).
     *
     * @param fromYear the first year of the band
     * @param rate the annual rate as a decimal
     */
    public Band {
      Problems problems = Problems.collector();
      problems
          .at("fromYear")
          .check(
              fromYear >= 0 && fromYear <= MAX_YEAR,
              "range",
              "the year " + fromYear + " is not in 0 to " + MAX_YEAR);
      if (problems.at("rate").required(rate)) {
        problems
            .at("rate")
            .check(
                rate.compareTo(BigDecimal.ONE.negate()) > 0 && rate.compareTo(BigDecimal.ONE) < 0,
                "range",
                "the rate "
                    + rate.toPlainString()
                    + " is not a decimal between -1 and 1 (0.035 is 3.5%)");
      }
      problems.throwIfAny();
    }
  }

  private final String name;
  private final String edition;
  private final String description;
  private final String source;
  private final boolean toConfirm;
  private final List<Band> bands;
  private final double[] factors;

  /**
   * Creates a schedule.
   *
   * @param name the schedule's name, such as {@code standard}
   * @param edition the edition of the guidance its rates come from, such as {@code green-book-2022}
   * @param description what the schedule is for
   * @param source where the rates come from
   * @param toConfirm whether the rates are still to be confirmed against newer guidance
   * @param bands the bands in order of year; the first starts at year 0
   * @throws ValidationException if a part is blank, there are no bands, the first does not start at
   *     year 0, or the bands are not in increasing order of year (path {@code /bands/i})
   */
  public DiscountSchedule(
      String name,
      String edition,
      String description,
      String source,
      boolean toConfirm,
      List<Band> bands) {
    Problems problems = Problems.collector();
    problems.at("name").check(name != null && !name.isBlank(), "required", "a name is required");
    problems
        .at("edition")
        .check(edition != null && !edition.isBlank(), "required", "an edition is required");
    if (problems.at("bands").required(bands)) {
      if (bands.isEmpty()) {
        problems.at("bands").add("required", "a schedule has at least one band");
      } else {
        problems
            .at("bands")
            .at(0)
            .at("fromYear")
            .check(
                bands.get(0).fromYear() == 0,
                "discount.first-band",
                "the first band starts at year 0");
        for (int i = 1; i < bands.size(); i++) {
          problems
              .at("bands")
              .at(i)
              .at("fromYear")
              .check(
                  bands.get(i).fromYear() > bands.get(i - 1).fromYear(),
                  "discount.band-order",
                  "the bands are in increasing order of their first year");
        }
      }
    }
    problems.throwIfAny();
    this.name = name;
    this.edition = edition;
    this.description = description == null ? "" : description;
    this.source = source == null ? "" : source;
    this.toConfirm = toConfirm;
    this.bands = List.copyOf(bands);
    this.factors = chain(this.bands);
  }

  private static double[] chain(List<Band> bands) {
    double[] df = new double[MAX_YEAR + 1];
    df[0] = 1.0;
    int band = 0;
    for (int t = 1; t <= MAX_YEAR; t++) {
      while (band + 1 < bands.size() && bands.get(band + 1).fromYear() <= t) {
        band++;
      }
      df[t] = df[t - 1] / (1.0 + bands.get(band).rate().doubleValue());
    }
    return df;
  }

  /** {@return the schedule's name, such as {@code standard}} */
  public String name() {
    return name;
  }

  /** {@return the edition of the guidance the rates come from} */
  public String edition() {
    return edition;
  }

  /** {@return what the schedule is for} */
  public String description() {
    return description;
  }

  /** {@return where the rates come from} */
  public String source() {
    return source;
  }

  /** {@return whether the rates are still to be confirmed against newer guidance} */
  public boolean toConfirm() {
    return toConfirm;
  }

  /** {@return the bands, in order of year} */
  public List<Band> bands() {
    return bands;
  }

  /**
   * {@return the annual rate that applies in a year, as a decimal}
   *
   * @param year the year, from 0
   */
  public BigDecimal rate(int year) {
    checkYear(year);
    BigDecimal rate = bands.get(0).rate();
    for (Band band : bands) {
      if (band.fromYear() <= year) {
        rate = band.rate();
      }
    }
    return rate;
  }

  /**
   * {@return the chained discount factor of a year, as a double} Year 0 gives exactly 1. The
   * relative error against exact arithmetic is below 1e-13 up to year {@value #MAX_YEAR}.
   *
   * @param year the year, from 0 to {@value #MAX_YEAR}
   */
  public double factor(int year) {
    checkYear(year);
    return factors[year];
  }

  /**
   * {@return the chained discount factors of years 0 to {@code years - 1}, as doubles} The array is
   * a copy the caller may keep.
   *
   * @param years how many years, from 0 to {@value #MAX_YEAR} + 1
   */
  public double[] factors(int years) {
    if (years < 0 || years > MAX_YEAR + 1) {
      throw new IllegalArgumentException("years " + years + " is not in 0 to " + (MAX_YEAR + 1));
    }
    double[] copy = new double[years];
    System.arraycopy(factors, 0, copy, 0, years);
    return copy;
  }

  /**
   * {@return the chained discount factor of a year computed in decimal arithmetic} Each step
   * divides with {@link MathContext#DECIMAL128} (34 significant digits, half-even), so the result
   * is exact to far more places than any report shows. Used where a factor is printed.
   *
   * @param year the year, from 0 to {@value #MAX_YEAR}
   */
  public BigDecimal exactFactor(int year) {
    checkYear(year);
    BigDecimal df = BigDecimal.ONE;
    for (int t = 1; t <= year; t++) {
      df = df.divide(BigDecimal.ONE.add(rate(t)), MathContext.DECIMAL128);
    }
    return df;
  }

  /**
   * {@return the chained discount factors of years 0 to {@code years - 1} in decimal arithmetic}
   * Each step divides with {@link MathContext#DECIMAL128}, as {@link #exactFactor} does.
   *
   * @param years how many years, from 0 to {@value #MAX_YEAR} + 1
   */
  public List<BigDecimal> exactFactors(int years) {
    if (years < 0 || years > MAX_YEAR + 1) {
      throw new IllegalArgumentException("years " + years + " is not in 0 to " + (MAX_YEAR + 1));
    }
    List<BigDecimal> list = new ArrayList<>(years);
    BigDecimal df = BigDecimal.ONE;
    for (int t = 0; t < years; t++) {
      if (t > 0) {
        df = df.divide(BigDecimal.ONE.add(rate(t)), MathContext.DECIMAL128);
      }
      list.add(df);
    }
    return list;
  }

  private static void checkYear(int year) {
    if (year < 0 || year > MAX_YEAR) {
      throw new IllegalArgumentException("year " + year + " is not in 0 to " + MAX_YEAR);
    }
  }

  /** {@return the name, edition and rates} */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Band band : bands) {
      parts.add(
          band.rate().movePointRight(2).stripTrailingZeros().toPlainString()
              + "% from year "
              + band.fromYear());
    }
    return name + " (" + edition + "): " + String.join(", ", parts);
  }
}
