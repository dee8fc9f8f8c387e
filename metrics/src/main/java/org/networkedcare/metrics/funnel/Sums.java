package org.networkedcare.metrics.funnel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Each site's numerator and denominator summed over its rows, sites in order of their first row, as
 * parallel arrays. Package-private.
 *
 * @param names the sites' names
 * @param num the numerators
 * @param den the denominators
 */
@SuppressWarnings("ArrayRecordComponent") // internal, never compared or hashed
record Sums(String[] names, double[] num, double[] den) {

  /**
   * {@return the sums of rows that are all finite and not negative, or null if any row is not}
   * (Then {@link Funnel#aggregate} names each problem.) The same sums as {@link Funnel#aggregate},
   * added in the same order from 0, found with an open-addressing table of row indices instead of a
   * map of boxed entries.
   *
   * @param rows the rows
   */
  static @Nullable Sums of(List<SiteCount> rows) {
    int size = rows.size();
    if (size == 0 || size > 1 << 28) { // none (a problem), or too many for the table
      return null;
    }
    int capacity = Integer.highestOneBit(size * 2 - 1) << 1; // at least 2 size, a power of 2
    int shift = 32 - Integer.numberOfTrailingZeros(capacity);
    int mask = capacity - 1;
    int[] slots = new int[capacity]; // site index + 1, 0 for an empty slot
    String[] names = new String[size]; // funnel data have one row a site, as a rule
    double[] num = new double[size];
    double[] den = new double[size];
    int n = 0;
    for (SiteCount row : rows) {
      Objects.requireNonNull(row, "row");
      double a = row.numerator();
      double b = row.denominator();
      if (!(Double.isFinite(a) && a >= 0 && Double.isFinite(b) && b >= 0)) {
        return null;
      }
      String site = row.site();
      // Fibonacci hashing: names such as S1, S2, ... have runs of consecutive hash codes, which
      // would make long clusters in a linear-probing table if taken as they are
      int slot = (site.hashCode() * 0x9E3779B9) >>> shift;
      int k;
      while (true) {
        k = slots[slot] - 1;
        if (k < 0) {
          k = n++;
          slots[slot] = k + 1;
          names[k] = site;
          break;
        }
        if (names[k].equals(site)) {
          break;
        }
        slot = (slot + 1) & mask;
      }
      num[k] += a;
      den[k] += b;
    }
    if (n < size) {
      return new Sums(Arrays.copyOf(names, n), Arrays.copyOf(num, n), Arrays.copyOf(den, n));
    }
    return new Sums(names, num, den);
  }

  /**
   * {@return the sums held in a map of site to {numerator, denominator}, in the map's order}
   *
   * @param sums the map {@link Funnel#aggregate} returns
   */
  static Sums of(Map<String, double[]> sums) {
    int n = sums.size();
    String[] names = new String[n];
    double[] num = new double[n];
    double[] den = new double[n];
    int i = 0;
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      names[i] = e.getKey();
      num[i] = e.getValue()[0];
      den[i] = e.getValue()[1];
      i++;
    }
    return new Sums(names, num, den);
  }
}
