package org.networkedcare.metrics.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problems;

/** {@link Sums#of(List)} gives the sites, order and bits of {@link Funnel#aggregate}'s map. */
class SumsTest {

  private static void same(List<SiteCount> rows) {
    Sums fast = Sums.of(rows);
    Sums map = Sums.of(Funnel.aggregate(rows, Problems.collector()));
    assertArrayEquals(map.names(), fast.names());
    for (int i = 0; i < map.names().length; i++) {
      assertArrayEquals(
          new long[] {
            Double.doubleToRawLongBits(map.num()[i]), Double.doubleToRawLongBits(map.den()[i])
          },
          new long[] {
            Double.doubleToRawLongBits(fast.num()[i]), Double.doubleToRawLongBits(fast.den()[i])
          },
          map.names()[i]);
    }
  }

  @Test
  void repeatedSitesAndCollidingNamesSumInRowOrder() {
    SplittableRandom r = new SplittableRandom(80);
    // "Aa" and "BB" have the same hash code, and so has every string of them of a given length
    String[] colliding = {"AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB"};
    for (int example = 0; example < 500; example++) {
      int n = 1 + r.nextInt(example % 10 == 0 ? 5000 : 50);
      int names = 1 + r.nextInt(n);
      List<SiteCount> rows = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = r.nextInt(names);
        String name = k < colliding.length && r.nextBoolean() ? colliding[k] : "S" + k;
        double num = r.nextInt(3) == 0 ? r.nextDouble() * 100 : r.nextInt(1000);
        double den = num + (r.nextBoolean() ? r.nextInt(1000) : r.nextDouble() * 1e6);
        rows.add(new SiteCount(name, r.nextInt(20) == 0 ? -0.0 : num, den));
      }
      same(rows);
    }
  }

  @Test
  void aRowWithAProblemOrNoRowLeavesTheWorkToTheMap() {
    assertNull(Sums.of(List.of()));
    assertNull(Sums.of(List.of(new SiteCount("A", 1, 2), new SiteCount("B", -1, 2))));
    assertNull(Sums.of(List.of(new SiteCount("A", 1, Double.NaN))));
    assertNull(Sums.of(List.of(new SiteCount("A", Double.POSITIVE_INFINITY, 2))));
  }
}
