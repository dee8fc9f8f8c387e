package org.networkedcare.metrics.funnel;

/**
 * The arcsine of fdlibm 5.3 ({@code e_asin.c}), written out in Java, so that it returns the same
 * bits as {@link StrictMath#asin} (which the Java specification defines as fdlibm's result) and
 * therefore as {@link Math#asin}, which HotSpot delegates to {@code StrictMath} on every platform
 * (there is no arcsine intrinsic). On JDK 17 {@code StrictMath.asin} is a native call costing about
 * 250 ns, which made it most of a funnel's time; the same arithmetic in Java is inlined and about
 * ten times cheaper. {@code AsinTest} compares the two bit for bit. Package-private.
 *
 * <p>The method and the constants are fdlibm's: "Copyright (C) 1993 by Sun Microsystems, Inc. All
 * rights reserved. Developed at SunSoft, a Sun Microsystems, Inc. business. Permission to use,
 * copy, modify, and distribute this software is freely granted, provided that this notice is
 * preserved."
 *
 * <p>For |x| &lt; 0.5, asin(x) = x + x R(x^2) with R a rational approximation; for 0.5 &le; |x|
 * &lt; 1, asin(x) = pi/2 - 2 asin(sqrt((1 - |x|)/2)), with the square root split into a high and a
 * low part to keep the last bit, except near 1.
 */
final class Asin {

  private static final double PIO2_HI = Double.longBitsToDouble(0x3FF921FB54442D18L);
  private static final double PIO2_LO = Double.longBitsToDouble(0x3C91A62633145C07L);
  private static final double PIO4_HI = Double.longBitsToDouble(0x3FE921FB54442D18L);
  private static final double PS0 = Double.longBitsToDouble(0x3FC5555555555555L);
  private static final double PS1 = Double.longBitsToDouble(0xBFD4D61203EB6F7DL);
  private static final double PS2 = Double.longBitsToDouble(0x3FC9C1550E884455L);
  private static final double PS3 = Double.longBitsToDouble(0xBFA48228B5688F3BL);
  private static final double PS4 = Double.longBitsToDouble(0x3F49EFE07501B288L);
  private static final double PS5 = Double.longBitsToDouble(0x3F023DE10DFDF709L);
  private static final double QS1 = Double.longBitsToDouble(0xC0033A271C8A2D4BL);
  private static final double QS2 = Double.longBitsToDouble(0x40002AE59C598AC8L);
  private static final double QS3 = Double.longBitsToDouble(0xBFE6066C1B8D0159L);
  private static final double QS4 = Double.longBitsToDouble(0x3FB3B8C5B12E9282L);

  private Asin() {}

  /**
   * {@return the arcsine of x, bit for bit {@link StrictMath#asin}}
   *
   * @param x any double
   */
  @SuppressWarnings("IdentityBinaryExpression") // (x - x) / (x - x): fdlibm's NaN, with its bits
  static double asin(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >>> 32);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) { // |x| >= 1, or NaN
      if (((ix - 0x3ff00000) | (int) bits) == 0) {
        return x * PIO2_HI + x * PIO2_LO; // asin(+-1) = +-pi/2
      }
      return (x - x) / (x - x); // NaN
    }
    if (ix < 0x3fe00000) { // |x| < 0.5
      if (ix < 0x3e400000) { // |x| < 2^-27: asin(x) rounds to x
        return x;
      }
      double t = x * x;
      double p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
      double q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
      double w = p / q;
      return x + x * w;
    }
    // 0.5 <= |x| < 1
    double w = 1.0 - Math.abs(x);
    double t = w * 0.5;
    double p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    double q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    double s = Math.sqrt(t);
    if (ix >= 0x3FEF3333) { // |x| > 0.975
      w = p / q;
      t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
    } else {
      w = Double.longBitsToDouble(Double.doubleToRawLongBits(s) & 0xFFFFFFFF00000000L);
      double c = (t - w * w) / (s + w);
      double r = p / q;
      p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
      q = PIO4_HI - 2.0 * w;
      t = PIO4_HI - (p - q);
    }
    return hx > 0 ? t : -t;
  }
}
