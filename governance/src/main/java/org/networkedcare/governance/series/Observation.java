package org.networkedcare.governance.series;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A value of a measure at a site (and optionally a service) for one reporting period (a month, an
 * NHS financial quarter or a financial year: the measure's periodicity), with the numerator and
 * denominator where the measure is a proportion or rate.
 *
 * <p>JSON: {@code {"measure": "rtt-18wk", "site": "RHA01", "period": "2024-04", "value": 0.93,
 * "numerator": 930, "denominator": 1000}}; {@code period} may also be a quarter {@code 2024/25-Q1}
 * or a financial year {@code 2024/25}; {@code service}, {@code numerator} and {@code denominator}
 * are optional.
 *
 * @param measure the measure's identifier
 * @param site the site's code
 * @param service the service, if the value is for one service
 * @param period the reporting period
 * @param value the value, exact
 * @param numerator the numerator, if any
 * @param denominator the denominator, if any
 */
public record Observation(
    String measure,
    OdsCode site,
    Optional<String> service,
    ReportingPeriod period,
    BigDecimal value,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator) {

  /**
   * Checks the parts: all present; numerator and denominator given together, the denominator
   * positive ({@code observation.fraction}).
   *
   * @param measure the measure
   * @param site the site
   * @param service the service, if any
   * @param period the reporting period
   * @param value the value
   * @param numerator the numerator, if any
   * @param denominator the denominator, if any
   */
  public Observation {
    Problems problems = Problems.collector();
    problems.at("measure").required(measure);
    problems.at("site").required(site);
    problems.at("service").required(service);
    problems.at("period").required(period);
    problems.at("value").required(value);
    boolean n = problems.at("numerator").required(numerator);
    boolean d = problems.at("denominator").required(denominator);
    if (n && d) {
      problems
          .at("denominator")
          .check(
              numerator.isPresent() == denominator.isPresent(),
              "observation.fraction",
              "a numerator and a denominator are given together");
      denominator.ifPresent(
          x ->
              problems
                  .at("denominator")
                  .check(x.signum() > 0, "observation.fraction", "a denominator is positive"));
    }
    problems.throwIfAny();
  }

  /**
   * {@return an observation of a value alone}
   *
   * @param measure the measure
   * @param site the site
   * @param period the month
   * @param value the value
   */
  public static Observation of(String measure, OdsCode site, YearMonth period, BigDecimal value) {
    return new Observation(
        measure,
        site,
        Optional.empty(),
        ReportingPeriod.month(period),
        value,
        Optional.empty(),
        Optional.empty());
  }

  /** {@return the first day after the period} */
  public java.time.LocalDate periodEnd() {
    return period.endExclusive();
  }
}
