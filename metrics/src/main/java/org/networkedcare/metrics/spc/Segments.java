package org.networkedcare.metrics.spc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The segments of one series: a row whose date is a rebase date starts one, and its number counts
 * the rebase rows up to it (spec section 2).
 *
 * @param segmentOf the segment index (0-based position, not number) of every row
 * @param starts the first row of each segment, then the series length
 * @param numbers the segment number of each segment
 */
record Segments(int[] segmentOf, int[] starts, int[] numbers) {

  /** {@return the segments of a series under its rebase dates; unmatched dates are warned about} */
  static Segments of(SpcSeries series, List<LocalDate> rebase, List<String> warnings) {
    String facet = series.facet();
    long[] days = series.rawDays();
    int n = days.length;
    int[] segmentOf = new int[n];
    if (rebase.isEmpty()) {
      return new Segments(segmentOf, new int[] {0, n}, new int[] {0});
    }
    int[] startBuf = new int[rebase.size() + 2];
    int[] numberBuf = new int[rebase.size() + 1];
    int segments = 0;
    int count = 0;
    int r = 0;
    for (int i = 0; i < n; i++) {
      while (r < rebase.size() && rebase.get(r).toEpochDay() < days[i]) {
        warnUnmatched(facet, rebase.get(r), warnings);
        r++;
      }
      boolean hit = r < rebase.size() && rebase.get(r).toEpochDay() == days[i];
      if (hit) {
        count++;
        r++;
      }
      if (i == 0 || hit) {
        startBuf[segments] = i;
        numberBuf[segments] = count;
        segments++;
      }
      segmentOf[i] = segments - 1;
    }
    for (; r < rebase.size(); r++) {
      warnUnmatched(facet, rebase.get(r), warnings);
    }
    startBuf[segments] = n;
    return new Segments(
        segmentOf, Arrays.copyOf(startBuf, segments + 1), Arrays.copyOf(numberBuf, segments));
  }

  /** Adds the warning for a segment with trial limits, if it has fewer than 12 rows. */
  static boolean warnIfTrial(String facet, int number, int rows, List<String> warnings) {
    boolean trial = rows < SegmentSummary.TRIAL_BELOW;
    if (trial) {
      warnings.add(
          SpcSeries.where(facet)
              + "segment "
              + number
              + ": "
              + rows
              + (rows == 1 ? " point" : " points")
              + ", fewer than "
              + SegmentSummary.TRIAL_BELOW
              + ": the limits are trial limits");
    }
    return trial;
  }

  private static void warnUnmatched(String facet, LocalDate date, List<String> warnings) {
    warnings.add(
        SpcSeries.where(facet) + "rebase date " + date + " is not a date of the series; ignored");
  }
}
