package org.networkedcare.metrics.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The point accessors that make no point (for writers of many points) must say what {@link
 * FacetResult#point(int)} says: seeded series of values and of ratios (limits per point), with
 * missing values, rebases (several segments) and shifts that raise special causes.
 */
class FacetResultAccessorsTest {

  private static double orNaN(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }

  @Test
  void accessorsAreThePointsParts() {
    SplittableRandom r = new SplittableRandom(606);
    LocalDate start = LocalDate.of(2021, 4, 1);
    for (int example = 0; example < 200; example++) {
      boolean ratio = example % 2 == 1;
      SpcSeries.Builder b = SpcSeries.builder("ward " + example);
      int n = 2 + r.nextInt(50);
      for (int i = 0; i < n; i++) {
        LocalDate d = start.plusMonths(i);
        if (r.nextInt(10) == 0) {
          b.addMissing(d);
        } else if (ratio) {
          double den = 50 + r.nextInt(200);
          b.addRatio(
              d, Math.round(den * (0.3 + (i > n / 2 ? 0.2 : 0) + 0.05 * r.nextGaussian())), den);
        } else {
          b.add(d, 100 + (i > n / 2 ? 30 : 0) + 10 * r.nextGaussian());
        }
      }
      SpcOptions.Builder options = SpcOptions.builder().chart(ratio ? ChartType.P : ChartType.XMR);
      if (n > 20 && r.nextBoolean()) {
        options.rebase(start.plusMonths(n / 2));
      }
      FacetResult f = Spc.analyse(b.build(), options.build()).facets().get(0);
      for (int i = 0; i < f.size(); i++) {
        SpcPoint p = f.point(i);
        String at = "example " + example + ", point " + i;
        assertEquals(
            Double.doubleToRawLongBits(orNaN(p.value())),
            Double.doubleToRawLongBits(f.valueOrNaN(i)),
            at);
        assertEquals(p.segment(), f.segment(i), at);
        assertEquals(
            Double.doubleToRawLongBits(orNaN(p.mean())),
            Double.doubleToRawLongBits(f.meanOrNaN(i)),
            at);
        assertEquals(
            Double.doubleToRawLongBits(orNaN(p.lowerLimit())),
            Double.doubleToRawLongBits(f.lowerLimitOrNaN(i)),
            at);
        assertEquals(
            Double.doubleToRawLongBits(orNaN(p.upperLimit())),
            Double.doubleToRawLongBits(f.upperLimitOrNaN(i)),
            at);
        assertEquals(p.specialCause(), f.specialCause(i), at);
        assertEquals(p.pointType(), f.pointType(i), at);
      }
    }
  }
}
