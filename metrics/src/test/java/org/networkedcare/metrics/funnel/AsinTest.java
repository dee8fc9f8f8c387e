package org.networkedcare.metrics.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Asin#asin} returns the bits of {@link StrictMath#asin} and {@link Math#asin}. */
class AsinTest {

  private static void same(double x) {
    long expected = Double.doubleToRawLongBits(StrictMath.asin(x));
    assertEquals(expected, Double.doubleToRawLongBits(Asin.asin(x)), () -> "asin(" + x + ")");
    assertEquals(expected, Double.doubleToRawLongBits(Math.asin(x)), () -> "Math.asin(" + x + ")");
  }

  @Test
  void specialValuesAndBranchEdges() {
    double[] xs = {
      0.0,
      -0.0,
      1,
      -1,
      0.5,
      -0.5,
      0.975,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MIN_NORMAL,
      Double.MAX_VALUE,
      Math.nextUp(1.0),
      Math.nextDown(1.0),
      Math.nextDown(0.5),
      Math.nextUp(0.5),
      0x1p-27,
      Math.nextDown(0x1p-27),
      Double.longBitsToDouble(0x3FEF333300000000L),
      Double.longBitsToDouble(0x3FEF332FFFFFFFFFL),
    };
    for (double x : xs) {
      same(x);
      same(-x);
    }
  }

  @Test
  void theArcsineScaleOfProportions() {
    // asin(sqrt(events / cases)) for every proportion of up to 2,000 cases
    for (int cases = 1; cases <= 2_000; cases++) {
      for (int events = 0; events <= cases; events++) {
        same(Math.sqrt((double) events / cases));
      }
    }
  }

  @Test
  void randomDoubles() {
    SplittableRandom random = new SplittableRandom(20261203L);
    for (int i = 0; i < 1_000_000; i++) {
      same(random.nextDouble());
      same(-Math.sqrt(random.nextDouble()));
      same(Double.longBitsToDouble(random.nextLong()));
    }
  }
}
