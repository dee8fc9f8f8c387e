package org.networkedcare.examples.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Writing numbers in files: the shortest decimal that reads back as the same double. */
final class Numbers {

  private Numbers() {}

  /** {@return the shortest round-trip decimal of a finite number, '.' as the point, or ""} */
  static String format(OptionalDouble value) {
    return value.isPresent() ? format(value.getAsDouble()) : "";
  }

  /**
   * {@return the shortest decimal that parses back to {@code d}} Plain notation for ordinary
   * magnitudes, scientific ({@code 1.5E+22}) otherwise; "" for NaN (a value that does not exist).
   */
  static String format(double d) {
    if (Double.isNaN(d)) {
      return "";
    }
    if (Double.isInfinite(d)) {
      throw new IllegalArgumentException("not finite: " + d);
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    // Double.toString is not always shortest before JDK 19, so search: the nearest p-digit decimal
    // round-trips whenever any p-digit decimal does.
    BigDecimal exact = new BigDecimal(d);
    BigDecimal found = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (Double.parseDouble(candidate.toString()) == d) {
        found = candidate;
        break;
      }
    }
    found = found.stripTrailingZeros();
    int magnitude = found.precision() - found.scale() - 1;
    return magnitude >= -7 && magnitude < 21 ? found.toPlainString() : found.toString();
  }
}
