package org.networkedcare.examples.cli;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * Writing numbers in files, never rounded: the shortest decimal that reads back as the same double.
 * The digits come from Jackson's {@link NumberOutput}, which gives JDK 19's {@code Double.toString}
 * (the shortest round-trip digits) on every JDK; JDK 17's own {@code Double.toString} sometimes
 * prints extra digits.
 */
final class Numbers {

  private Numbers() {}

  /** {@return the plain shortest form of a value, or "" when it does not exist} */
  static String format(OptionalDouble value) {
    return value.isPresent() ? format(value.getAsDouble()) : "";
  }

  /**
   * {@return the shortest decimal that parses back to {@code d}, '.' as the point} Whole numbers
   * below 10^15 without a fraction ({@code 12}), plain notation for magnitudes from 1e-7 to 1e21,
   * scientific ({@code 1.5E+22}) beyond; "" for NaN (a value that does not exist). Used by {@code
   * spc}.
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
    BigDecimal shortest = new BigDecimal(NumberOutput.toString(d, true)).stripTrailingZeros();
    int magnitude = shortest.precision() - shortest.scale() - 1;
    return magnitude >= -7 && magnitude < 21 ? shortest.toPlainString() : shortest.toString();
  }

  /**
   * {@return a number as JDK 19+ {@code Double.toString} writes it ({@code 12.0}, {@code 1.0E-5}),
   * the same on every JDK; -0.0 is written 0.0} Used by {@code cea}, whose contract names that form.
   */
  static String javaForm(double d) {
    return NumberOutput.toString(d + 0.0, true);
  }

  /** {@return {@link #javaForm(double)} of a value, or "" when it does not exist} */
  static String javaForm(OptionalDouble value) {
    return value.isPresent() ? javaForm(value.getAsDouble()) : "";
  }
}
