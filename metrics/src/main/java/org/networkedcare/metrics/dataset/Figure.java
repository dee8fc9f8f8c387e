package org.networkedcare.metrics.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * The figure of a measure for one unit and one period: a value alone (a count or a continuous
 * value), or a numerator and a denominator whose ratio is the value (a proportion or a rate). Exact
 * decimals; the ratio is computed to 16 significant digits ({@link MathContext#DECIMAL64}).
 * Immutable and thread-safe.
 *
 * @param numerator the numerator, for a proportion or a rate
 * @param denominator the denominator, for a proportion or a rate; positive
 * @param value the value: the numerator over the denominator when they are given
 */
public record Figure(
    Optional<BigDecimal> numerator, Optional<BigDecimal> denominator, BigDecimal value) {

  /**
   * Checks the parts: a numerator and a denominator together, the denominator positive, and the
   * value their ratio.
   *
   * @param numerator the numerator, if any
   * @param denominator the denominator, if any
   * @param value the value
   * @throws IllegalArgumentException when the parts do not fit together
   */
  public Figure {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(value, "value");
    if (numerator.isPresent() != denominator.isPresent()) {
      throw new IllegalArgumentException("a numerator and a denominator are given together");
    }
    if (denominator.isPresent()) {
      if (denominator.get().signum() <= 0) {
        throw new IllegalArgumentException(
            "a denominator is positive, not " + denominator.get().toPlainString());
      }
      if (value.compareTo(quotient(numerator.get(), denominator.get())) != 0) {
        throw new IllegalArgumentException(
            "the value of a ratio is its numerator over its denominator");
      }
    }
  }

  /**
   * {@return a value alone}
   *
   * @param value the value
   */
  public static Figure of(BigDecimal value) {
    return new Figure(Optional.empty(), Optional.empty(), value);
  }

  /**
   * {@return a numerator over a denominator}
   *
   * @param numerator the numerator
   * @param denominator the denominator, positive
   */
  public static Figure ratio(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException(
          "a denominator is positive, not " + denominator.toPlainString());
    }
    return new Figure(
        Optional.of(numerator), Optional.of(denominator), quotient(numerator, denominator));
  }

  static BigDecimal quotient(BigDecimal numerator, BigDecimal denominator) {
    BigDecimal r = numerator.divide(denominator, MathContext.DECIMAL64);
    return r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros();
  }

  /** {@return whether it is a numerator over a denominator} */
  public boolean isRatio() {
    return numerator.isPresent();
  }

  /** {@return {@code 5766/6246 = 0.9231508165225744} for a ratio, the value alone otherwise} */
  @Override
  public String toString() {
    return numerator
            .map(n -> n.toPlainString() + "/" + denominator.orElseThrow().toPlainString() + " = ")
            .orElse("")
        + value.toPlainString();
  }
}
