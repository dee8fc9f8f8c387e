package org.networkedcare.examples.cli;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.util.OptionalDouble;

/**
 * Writing numbers in files, never rounded: the shortest decimal that reads back as the same double.
 * The digits come from Jackson's {@link NumberOutput} (Schubfach), which gives JDK 19's {@code
 * Double.toString} (the shortest round-trip digits) on every JDK; JDK 17's own {@code
 * Double.toString} sometimes prints extra digits. {@link #format(double)} then moves the point by
 * hand (no {@code BigDecimal}): the same text a {@code BigDecimal} of those digits would give, at a
 * fraction of the cost, which the property test {@code NumbersTest} checks on a million doubles.
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
   * scientific ({@code 1.5E+22}, {@code 1E-8}: the form of {@code BigDecimal.toString}) beyond; ""
   * for NaN (a value that does not exist). Used by {@code spc}, {@code funnel} and {@code psa}.
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
    double magnitude = Math.abs(d);
    if (magnitude >= 1e-3 && magnitude < 1e9) {
      for (int k = 1; k < POWERS.length; k++) {
        double m = Math.rint(d * POWERS[k]);
        if (m / POWERS[k] == d && Math.abs(m) < 1e15) {
          return decimal((long) m, k);
        }
      }
    }
    return plain(NumberOutput.toString(d, true));
  }

  /** Powers of ten exact as doubles, for the short-decimal path. */
  private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};

  /**
   * {@return m x 10^-k in plain notation} The short-decimal path: when {@code m / 10^k}, correctly
   * rounded, is the double, with {@code |m| < 10^15} and k the least such, then {@code m x 10^-k}
   * is its shortest decimal (no other decimal of 15 digits or fewer rounds to the same double, and
   * a shorter k would have been found first, so m has no trailing zero): the digits Schubfach would
   * give, without running it.
   */
  private static String decimal(long m, int k) {
    // one String made: the digits are placed in a small array from the right
    char[] out = new char[24];
    int at = out.length;
    long v = Math.abs(m);
    int written = 0;
    while (v != 0 || written <= k) {
      if (written == k && k > 0) {
        out[--at] = '.';
      }
      out[--at] = (char) ('0' + (int) (v % 10));
      v /= 10;
      written++;
    }
    if (m < 0) {
      out[--at] = '-';
    }
    return new String(out, at, out.length - at);
  }

  /**
   * Rewrites the {@code Double.toString} form of a non-zero finite double ({@code [-]I.F[E[-]X]})
   * with its trailing zeros dropped: plain when the leading digit's power of ten is from -7 to 20,
   * otherwise {@code D[.DDD]E+X} or {@code D[.DDD]E-X}.
   */
  static String plain(String java) {
    int n = java.length();
    boolean negative = java.charAt(0) == '-';
    char[] digits = new char[n];
    int count = 0;
    int point = -1;
    int exponent = 0;
    for (int i = negative ? 1 : 0; i < n; i++) {
      char c = java.charAt(i);
      if (c == '.') {
        point = count;
      } else if (c == 'E') {
        exponent = Integer.parseInt(java, i + 1, n, 10);
        break;
      } else {
        digits[count++] = c;
      }
    }
    if (point < 0) {
      point = count;
    }
    int first = 0;
    while (first < count - 1 && digits[first] == '0') {
      first++;
    }
    while (count > first + 1 && digits[count - 1] == '0') {
      count--;
    }
    int length = count - first;
    // the value is 0.D x 10^at, D = digits[first, count)
    int at = point - first + exponent;
    int magnitude = at - 1;
    StringBuilder out = new StringBuilder(length + 12);
    if (negative) {
      out.append('-');
    }
    if (magnitude >= -7 && magnitude < 21) {
      if (at <= 0) {
        out.append("0.");
        for (int i = at; i < 0; i++) {
          out.append('0');
        }
        out.append(digits, first, length);
      } else if (at >= length) {
        out.append(digits, first, length);
        for (int i = length; i < at; i++) {
          out.append('0');
        }
      } else {
        out.append(digits, first, at).append('.').append(digits, first + at, length - at);
      }
    } else {
      out.append(digits[first]);
      if (length > 1) {
        out.append('.').append(digits, first + 1, length - 1);
      }
      out.append('E').append(magnitude >= 0 ? '+' : '-').append(Math.abs(magnitude));
    }
    return out.toString();
  }

  /**
   * {@return a number as JDK 19+ {@code Double.toString} writes it ({@code 12.0}, {@code 1.0E-5}),
   * the same on every JDK; -0.0 is written 0.0} Used by {@code cea}, whose contract names that
   * form.
   */
  static String javaForm(double d) {
    return NumberOutput.toString(d + 0.0, true);
  }

  /** {@return {@link #javaForm(double)} of a value, or "" when it does not exist} */
  static String javaForm(OptionalDouble value) {
    return value.isPresent() ? javaForm(value.getAsDouble()) : "";
  }
}
