package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The number formatter against the {@code BigDecimal} path it replaced (kept here as the oracle),
 * and {@link Numbers#javaForm} against the JDK's own shortest {@code Double.toString} on JDK 19+.
 */
class NumbersTest {

  /** The formatter before issue 21, verbatim: shortest digits, then {@code BigDecimal}. */
  static String reference(double d) {
    if (Double.isNaN(d)) {
      return "";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    BigDecimal shortest = new BigDecimal(NumberOutput.toString(d, true)).stripTrailingZeros();
    int magnitude = shortest.precision() - shortest.scale() - 1;
    return magnitude >= -7 && magnitude < 21 ? shortest.toPlainString() : shortest.toString();
  }

  /** A mix of every bit pattern, short decimals at every scale, and the boundaries of each form. */
  static double draw(SplittableRandom r) {
    switch (r.nextInt(6)) {
      case 0:
        {
          double d;
          do {
            d = Double.longBitsToDouble(r.nextLong());
          } while (!Double.isFinite(d));
          return d;
        }
      case 1: // a decimal of 1-17 digits at a power of ten from -30 to 30
        return r.nextLong(1, 100_000_000_000_000_000L)
            / Math.pow(10, r.nextInt(-30, 31))
            * (r.nextBoolean() ? 1 : -1);
      case 2: // around the plain/scientific edges 1e-7 and 1e21, and the whole-number edge 1e15
        double[] edges = {1e-7, 1e-8, 1e21, 1e20, 1e15, 1e16, 9.007199254740992E15};
        double e = edges[r.nextInt(edges.length)];
        return r.nextBoolean() ? Math.nextUp(e) * (1 + r.nextInt(-3, 4) * 1e-16) : Math.nextDown(e);
      case 3: // values like CSV inputs and SPC means: a few decimals
        return Math.round(r.nextDouble(-1e6, 1e6) * 1e4) / 1e4;
      case 4: // ratios like funnel proportions and z scores
        return r.nextDouble() / r.nextDouble(1e-3, 1e3);
      default: // whole numbers of every size
        return Math.rint(r.nextDouble() * Math.pow(10, r.nextInt(0, 25)));
    }
  }

  @Test
  void sameTextAsTheBigDecimalPathOnAMillionDoubles() {
    SplittableRandom r = new SplittableRandom(20261202L);
    for (int i = 0; i < 1_000_000; i++) {
      double d = draw(r);
      String expected = reference(d);
      if (!expected.equals(Numbers.format(d))) {
        assertEquals(
            expected,
            Numbers.format(d),
            "for " + d + " (bits " + Long.toHexString(Double.doubleToRawLongBits(d)) + ")");
      }
    }
  }

  @Test
  void knownForms() {
    // by hand: the plain range is 1e-7 <= |d| < 1e21, whole numbers below 1e15 have no point
    assertEquals("12", Numbers.format(12.0));
    assertEquals("0", Numbers.format(-0.0));
    assertEquals("-1.5", Numbers.format(-1.5));
    assertEquals("0.1", Numbers.format(0.1));
    assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
    assertEquals("0.0000001", Numbers.format(1e-7));
    assertEquals("1E-8", Numbers.format(1e-8));
    assertEquals("-1.25E-8", Numbers.format(-1.25e-8));
    assertEquals("1000000000000000", Numbers.format(1e15));
    assertEquals("100000000000000000000", Numbers.format(1e20));
    assertEquals("1E+21", Numbers.format(1e21));
    assertEquals("1.5E+22", Numbers.format(1.5e22));
    assertEquals("1000000000000000.5", Numbers.format(1e15 + 0.5));
    assertEquals("4.9E-324", Numbers.format(Double.MIN_VALUE));
    assertEquals("1.7976931348623157E+308", Numbers.format(Double.MAX_VALUE));
    // JDK 17's Double.toString writes 2e-3 as 0.0020 (JDK-4511638); the shortest is 0.002
    assertEquals("0.002", Numbers.format(2e-3));
    assertEquals("", Numbers.format(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.POSITIVE_INFINITY));
  }

  @Test
  void javaFormIsTheJdkShortestDoubleToStringOnJdk19AndLater() {
    SplittableRandom r = new SplittableRandom(19L);
    boolean shortestJdk = Runtime.version().feature() >= 19; // JDK-4511638, fixed in 19
    for (int i = 0; i < 1_000_000; i++) {
      double d = draw(r);
      String form = Numbers.javaForm(d);
      // on every JDK: reads back as the same double
      if (Double.parseDouble(form) != d + 0.0) {
        assertEquals(d + 0.0, Double.parseDouble(form), form);
      }
      if (shortestJdk && !form.equals(Double.toString(d + 0.0))) {
        assertEquals(Double.toString(d + 0.0), form);
      }
    }
    assertEquals("0.0", Numbers.javaForm(-0.0));
    assertEquals("1.0E-5", Numbers.javaForm(1e-5));
    assertEquals("0.002", Numbers.javaForm(2e-3)); // JDK 17's Double.toString writes 0.0020
  }

  @Test
  void formatReadsBackAsTheSameDouble() {
    SplittableRandom r = new SplittableRandom(7L);
    for (int i = 0; i < 200_000; i++) {
      double d = draw(r);
      if (Double.parseDouble(Numbers.format(d)) != d + 0.0) {
        assertEquals(d + 0.0, Double.parseDouble(Numbers.format(d)), Numbers.format(d));
      }
    }
  }
}
