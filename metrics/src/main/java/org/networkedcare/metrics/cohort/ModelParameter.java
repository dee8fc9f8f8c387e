package org.networkedcare.metrics.cohort;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.networkedcare.metrics.uncertainty.Distribution;

/**
 * A named parameter of a cohort model: a number or an expression of other parameters, with an
 * optional range for the one-way sensitivity analysis and an optional distribution for the
 * probabilistic one.
 *
 * <p>JSON: {@code {"value": 0.1, "low": 0.05, "high": 0.2, "distribution": {...}, "source": "..."}}
 * or {@code {"value": "p_fail * rr_network"}}. The distribution is kept as written, for the
 * uncertainty module to read; this package does not interpret it.
 *
 * @param value the base value: a number written as text, or an expression of other parameters
 * @param low the low value of the range, if any (the first value of the range as written)
 * @param high the high value of the range, if any
 * @param distribution the distribution for probabilistic analysis, if any
 * @param source where the figure comes from, or {@code illustrative}; empty when not given
 */
public record ModelParameter(
    String value,
    OptionalDouble low,
    OptionalDouble high,
    Optional<Distribution> distribution,
    String source) {

  /**
   * Checks the parts are present; the model checks the rest, with paths.
   *
   * @param value the base value
   * @param low the low value, if any
   * @param high the high value, if any
   * @param distribution the distribution, if any
   * @param source the source
   */
  public ModelParameter {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(source, "source");
  }

  /**
   * {@return a parameter with a base value and no range}
   *
   * @param value a number or an expression
   */
  public static ModelParameter of(String value) {
    return new ModelParameter(
        value, OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), "");
  }

  /**
   * {@return a parameter with a base value and a range}
   *
   * @param value the base value
   * @param low the low value
   * @param high the high value
   */
  public static ModelParameter of(double value, double low, double high) {
    return new ModelParameter(
        Double.toString(value),
        OptionalDouble.of(low),
        OptionalDouble.of(high),
        Optional.empty(),
        "");
  }

  /** {@return whether the parameter has a range for the one-way sensitivity analysis} */
  public boolean hasRange() {
    return low.isPresent() && high.isPresent();
  }
}
