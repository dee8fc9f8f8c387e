package org.networkedcare.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * An exact amount of money in pounds sterling (GBP), in whole pence; it may be negative (a saving,
 * a refund, a net loss).
 *
 * <p>The amount is held as a {@code long} number of pence, never as binary floating point. A {@code
 * long} rather than a {@link BigDecimal} of scale 2 because the scale is fixed (there is no way to
 * build a scale-3 amount by mistake), equality is plain number equality ({@code 1.5} and {@code
 * 1.50} cannot differ), the arithmetic is cheap, and overflow is detected exactly by {@link
 * Math#addExact} and its kin. The range is symmetric, ±{@code 92,233,720,368,547,758.07} pounds
 * ({@code ±Long.MAX_VALUE} pence), so that {@link #negate()} and {@link #abs()} never overflow; far
 * beyond any NHS budget.
 *
 * <p>Arithmetic never rounds silently and throws {@link ArithmeticException} when a result falls
 * outside the range. The one operation that rounds, {@link #times(BigDecimal, RoundingMode)}, takes
 * the rounding mode as an argument. Amounts read from text, decimals or JSON must be a whole number
 * of pence: {@code 12.345} is an error ({@code money.precision}), never rounded; {@code 12.340} is
 * accepted because it is exactly {@code 12.34}.
 *
 * <p>Text form: {@code GBP 12.34}, {@code GBP -0.05} ({@link #toString()}, {@link #parse}). The
 * JSON form, a number in pounds with two decimal places such as {@code 12.34}, is read and written
 * at the edges, by the wire package's {@code ValueJson}.
 */
public final class Money implements Comparable<Money> {

  private static final Money ZERO = new Money(0);

  /** The largest magnitude, in pence. */
  private static final long LIMIT = Long.MAX_VALUE;

  private static final BigDecimal LIMIT_POUNDS = BigDecimal.valueOf(LIMIT, 2);

  /** The longest text {@link #of(String)} reads, in characters. */
  private static final int MAX_TEXT = 64;

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private static final Pattern CANONICAL = Pattern.compile("GBP -?(0|[1-9][0-9]*)\\.[0-9]{2}");

  private final long pence;

  private Money(long pence) {
    this.pence = pence;
  }

  /** {@return no money: {@code GBP 0.00}} */
  public static Money zero() {
    return ZERO;
  }

  /**
   * {@return an amount in pence}
   *
   * @param pence the amount in pence, for example {@code 1234} for {@code GBP 12.34}
   * @throws ValidationException with code {@code money.range} if {@code pence} is {@code
   *     Long.MIN_VALUE}, the one {@code long} outside the symmetric range
   */
  public static Money ofPence(long pence) {
    if (pence == Long.MIN_VALUE) {
      throw new ValidationException("", "money.range", outOfRange(BigDecimal.valueOf(pence, 2)));
    }
    return pence == 0 ? ZERO : new Money(pence);
  }

  /**
   * {@return an amount in whole pounds}
   *
   * @param pounds the amount in pounds, for example {@code 12} for {@code GBP 12.00}
   * @throws ValidationException with code {@code money.range} if the amount is out of range
   */
  public static Money pounds(long pounds) {
    return of(BigDecimal.valueOf(pounds));
  }

  /**
   * {@return an amount in pounds given as an exact decimal}
   *
   * @param pounds the amount in pounds; it must be a whole number of pence ({@code 12.340} is
   *     accepted, {@code 12.345} is not)
   * @throws ValidationException at path {@code ""}: {@code required} if {@code pounds} is null,
   *     {@code money.precision} if it has a non-zero digit beyond the second decimal place, {@code
   *     money.range} if it is out of range (both when both hold)
   */
  public static Money of(BigDecimal pounds) {
    Problems problems = Problems.collector();
    if (!problems.required(pounds)) {
      problems.throwIfAny();
    }
    BigDecimal exact = pounds.signum() == 0 ? BigDecimal.ZERO : pounds.stripTrailingZeros();
    problems.check(
        exact.scale() <= 2,
        "money.precision",
        "the amount " + shorten(pounds) + " has more than two decimal places; it is not rounded");
    problems.check(exact.abs().compareTo(LIMIT_POUNDS) <= 0, "money.range", outOfRange(pounds));
    problems.throwIfAny();
    return ofPence(exact.movePointRight(2).longValueExact());
  }

  /**
   * {@return an amount in pounds given as decimal text} The text is an optional minus sign, digits,
   * and optionally a point and more digits: {@code 12}, {@code 12.3}, {@code 12.34}, {@code -0.05}.
   * No currency sign, thousands separator, exponent or surrounding space.
   *
   * @param pounds the amount in pounds, for example {@code "12.34"}
   * @throws ValidationException at path {@code ""}: {@code required} if null, {@code money.format}
   *     if not of that form, otherwise as {@link #of(BigDecimal)}
   */
  public static Money of(String pounds) {
    if (pounds == null) {
      throw new ValidationException("", "required", "an amount is required");
    }
    if (pounds.length() > MAX_TEXT || !DECIMAL.matcher(pounds).matches()) {
      throw new ValidationException(
          "",
          "money.format",
          "'" + shorten(pounds) + "' is not an amount in pounds such as 12.34 or -0.05");
    }
    return of(new BigDecimal(pounds));
  }

  /**
   * {@return the amount written by {@link #toString()}} Strict: {@code GBP}, one space, an optional
   * minus sign, the pounds without leading zeros, a point and exactly two digits.
   *
   * @param text for example {@code "GBP 12.34"} or {@code "GBP -0.05"}
   * @throws ValidationException at path {@code ""}: {@code required} if null, {@code money.format}
   *     if not of that form, {@code money.range} if out of range
   */
  public static Money parse(String text) {
    if (text == null) {
      throw new ValidationException("", "required", "an amount is required");
    }
    if (text.length() > MAX_TEXT || !CANONICAL.matcher(text).matches()) {
      throw new ValidationException(
          "",
          "money.format",
          "'" + shorten(text) + "' is not an amount of the form GBP 12.34 or GBP -0.05");
    }
    return of(new BigDecimal(text.substring(4)));
  }

  /** {@return the amount in pence} */
  public long pence() {
    return pence;
  }

  /** {@return the amount in pounds, exactly, with scale 2} */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(pence, 2);
  }

  /**
   * {@return the sum of this amount and another}
   *
   * @param other the amount to add
   * @throws ArithmeticException if the sum is out of range
   */
  public Money plus(Money other) {
    Objects.requireNonNull(other, "other");
    return result(Math.addExact(pence, other.pence));
  }

  /**
   * {@return this amount less another}
   *
   * @param other the amount to subtract
   * @throws ArithmeticException if the difference is out of range
   */
  public Money minus(Money other) {
    Objects.requireNonNull(other, "other");
    return result(Math.subtractExact(pence, other.pence));
  }

  /** {@return this amount with the opposite sign; never overflows} */
  public Money negate() {
    return ofPence(-pence);
  }

  /** {@return the magnitude of this amount; never overflows} */
  public Money abs() {
    return pence < 0 ? negate() : this;
  }

  /**
   * {@return this amount multiplied by a whole number, exactly}
   *
   * @param multiplier the multiplier, for example a count of patients
   * @throws ArithmeticException if the product is out of range
   */
  public Money times(long multiplier) {
    return result(Math.multiplyExact(pence, multiplier));
  }

  /**
   * {@return this amount multiplied by a decimal factor, rounded to whole pence by the given mode}
   * This is the one operation that rounds. For example {@code GBP 0.01} times {@code 0.5} is {@code
   * GBP 0.01} with {@link RoundingMode#HALF_UP} and {@code GBP 0.00} with {@link
   * RoundingMode#HALF_EVEN}.
   *
   * @param factor the factor, for example a tariff uplift {@code 1.021} or a share {@code 0.25}
   * @param mode how to round to whole pence
   * @throws ArithmeticException if the product is out of range, or if {@code mode} is {@link
   *     RoundingMode#UNNECESSARY} and the product is not a whole number of pence
   */
  public Money times(BigDecimal factor, RoundingMode mode) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(mode, "mode");
    BigDecimal product = BigDecimal.valueOf(pence).multiply(factor);
    if (product.signum() == 0) {
      return ZERO;
    }
    long magnitude = (long) product.precision() - product.scale();
    if (magnitude > 19) {
      throw new ArithmeticException("the product is out of range: " + this + " times " + factor);
    }
    if (magnitude < -1) {
      // |product| < 0.01: every mode rounds it as it rounds 0.01 of the same sign; substituting
      // avoids dividing by a power of ten as large as the factor's scale.
      product = BigDecimal.valueOf(product.signum(), 2);
    }
    BigDecimal rounded = product.setScale(0, mode);
    if (rounded.abs().compareTo(BigDecimal.valueOf(LIMIT)) > 0) {
      throw new ArithmeticException("the product is out of range: " + this + " times " + factor);
    }
    return ofPence(rounded.longValueExact());
  }

  /**
   * {@return this amount split into equal parts that add up to it exactly} Parts differ by at most
   * one penny; the earlier parts take the extra pennies. For example {@code GBP 0.10} in 3 parts is
   * {@code GBP 0.04, GBP 0.03, GBP 0.03}, and {@code GBP -0.10} is {@code GBP -0.04, GBP -0.03, GBP
   * -0.03}.
   *
   * @param parts how many parts, at least 1
   * @throws IllegalArgumentException if {@code parts} is less than 1
   */
  public List<Money> allocate(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("an amount is split into at least 1 part, not " + parts);
    }
    long[] weights = new long[parts];
    Arrays.fill(weights, 1);
    return allocate(weights);
  }

  /**
   * {@return this amount split in proportion to weights, in parts that add up to it exactly} Each
   * part is the exact proportional share rounded towards zero; the pennies left over go one each to
   * the parts whose shares lost the most in that rounding (the earlier part on a tie). So every
   * part is within one penny of its exact share. For example {@code GBP 1.00} by weights {@code 1,
   * 1, 1} is {@code GBP 0.34, GBP 0.33, GBP 0.33}, and by {@code 1, 2} is {@code GBP 0.33, GBP
   * 0.67}. A part with weight zero gets nothing.
   *
   * @param weights one weight per part, each at least zero, at least one above zero, for example
   *     each member's activity
   * @throws IllegalArgumentException if there are no weights, one is negative, or all are zero
   */
  public List<Money> allocate(long... weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length == 0) {
      throw new IllegalArgumentException("an amount is split into at least 1 part");
    }
    BigInteger total = BigInteger.ZERO;
    for (long weight : weights) {
      if (weight < 0) {
        throw new IllegalArgumentException("a weight is at least zero, not " + weight);
      }
      total = total.add(BigInteger.valueOf(weight));
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("at least one weight is above zero");
    }
    BigInteger whole = BigInteger.valueOf(Math.abs(pence));
    long[] shares = new long[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
      shares[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += shares[i];
    }
    long left = Math.abs(pence) - given; // fewer than weights.length pennies
    List<Integer> order = new ArrayList<>(weights.length);
    for (int i = 0; i < weights.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> remainders[b].compareTo(remainders[a])); // stable: earlier first on a tie
    for (int k = 0; k < (int) left; k++) {
      shares[order.get(k)]++;
    }
    List<Money> parts = new ArrayList<>(weights.length);
    for (long share : shares) {
      parts.add(ofPence(pence < 0 ? -share : share));
    }
    return Collections.unmodifiableList(parts);
  }

  /** {@return whether the amount is below zero} */
  public boolean isNegative() {
    return pence < 0;
  }

  /** {@return whether the amount is above zero} */
  public boolean isPositive() {
    return pence > 0;
  }

  /** {@return whether the amount is zero} */
  public boolean isZero() {
    return pence == 0;
  }

  /** {@return -1, 0 or 1 as the amount is below, at or above zero} */
  public int signum() {
    return Long.signum(pence);
  }

  /**
   * {@return the order of two amounts by value}
   *
   * @param other the other amount
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  /**
   * {@return whether another object is an amount equal to this one}
   *
   * @param other the other object
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Money money && money.pence == pence;
  }

  /** {@return a hash of the amount} */
  @Override
  public int hashCode() {
    return Long.hashCode(pence);
  }

  /**
   * {@return the amount as {@code GBP 12.34} or {@code GBP -12.34}, read back by {@link #parse}}
   */
  @Override
  public String toString() {
    return "GBP " + toBigDecimal().toPlainString();
  }

  private static Money result(long pence) {
    if (pence == Long.MIN_VALUE) {
      throw new ArithmeticException(
          "the result is out of range: " + outOfRange(BigDecimal.valueOf(pence, 2)));
    }
    return ofPence(pence);
  }

  private static String outOfRange(BigDecimal pounds) {
    return "the amount "
        + shorten(pounds)
        + " is beyond the range of +/-"
        + LIMIT_POUNDS.toPlainString()
        + " pounds";
  }

  private static String shorten(BigDecimal pounds) {
    return shorten(pounds.toString());
  }

  private static String shorten(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "...";
  }
}
