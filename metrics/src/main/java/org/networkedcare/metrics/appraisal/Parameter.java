package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.uncertainty.Distribution;

/**
 * A named input that may be uncertain: its central value and, for one-way sensitivity and the
 * pessimistic and optimistic scenarios, a low and a high value. Lines refer to it by name (see
 * {@link Quantity}). A distribution, if given, is what Monte Carlo (probabilistic sensitivity
 * analysis, {@code docs/psa.md}) draws the parameter from; without one the parameter keeps its
 * central value in every draw.
 *
 * <p>JSON: {@code {"value": 0.08, "low": 0.06, "high": 0.10, "unit": "proportion", "description":
 * "...", "source": "...", "distribution": {"type": "beta", "mean": 0.08, "sd": 0.01}}}; only {@code
 * value} is required (see {@link Distribution} for the distributions' JSON).
 *
 * @param value the central value
 * @param low the low value, if the parameter is to be varied
 * @param high the high value, if the parameter is to be varied
 * @param unit the unit the values are in, such as {@code GBP per appointment}
 * @param description what the parameter is
 * @param source where the values come from, or {@code illustrative}
 * @param distribution what Monte Carlo draws the parameter from, if it varies there
 */
public record Parameter(
    BigDecimal value,
    Optional<BigDecimal> low,
    Optional<BigDecimal> high,
    String unit,
    String description,
    String source,
    Optional<Distribution> distribution) {

  /**
   * Checks the parameter: a value, and low not above the value, high not below it.
   *
   * @param value the central value
   * @param low the low value, if any
   * @param high the high value, if any
   * @param unit the unit
   * @param description what it is
   * @param source where it comes from
   * @param distribution the distribution, if any
   * @throws ValidationException with {@code parameter.range} at {@code /low} or {@code /high}
   */
  public Parameter {
    Problems problems = Problems.collector();
    problems.at("value").required(value);
    problems.at("low").required(low);
    problems.at("high").required(high);
    problems.at("unit").required(unit);
    problems.at("description").required(description);
    problems.at("source").required(source);
    problems.at("distribution").required(distribution);
    problems.throwIfAny();
    low.ifPresent(
        l ->
            problems
                .at("low")
                .check(
                    l.compareTo(value) <= 0,
                    "parameter.range",
                    "the low value "
                        + l.toPlainString()
                        + " is above the central value "
                        + value.toPlainString()));
    high.ifPresent(
        h ->
            problems
                .at("high")
                .check(
                    h.compareTo(value) >= 0,
                    "parameter.range",
                    "the high value "
                        + h.toPlainString()
                        + " is below the central value "
                        + value.toPlainString()));
    problems.throwIfAny();
  }

  /**
   * Creates a parameter without a distribution.
   *
   * @param value the central value
   * @param low the low value, if any
   * @param high the high value, if any
   * @param unit the unit
   * @param description what it is
   * @param source where it comes from
   * @throws ValidationException as the canonical constructor
   */
  public Parameter(
      BigDecimal value,
      Optional<BigDecimal> low,
      Optional<BigDecimal> high,
      String unit,
      String description,
      String source) {
    this(value, low, high, unit, description, source, Optional.empty());
  }

  /**
   * {@return this parameter with a distribution for Monte Carlo}
   *
   * @param d the distribution
   */
  public Parameter withDistribution(Distribution d) {
    return new Parameter(value, low, high, unit, description, source, Optional.of(d));
  }

  /**
   * {@return a fixed-range parameter with no description}
   *
   * @param value the central value
   * @param low the low value
   * @param high the high value
   */
  public static Parameter of(BigDecimal value, BigDecimal low, BigDecimal high) {
    return new Parameter(value, Optional.of(low), Optional.of(high), "", "", "");
  }

  /**
   * {@return a parameter with a central value only}
   *
   * @param value the central value
   */
  public static Parameter of(BigDecimal value) {
    return new Parameter(value, Optional.empty(), Optional.empty(), "", "", "");
  }
}
