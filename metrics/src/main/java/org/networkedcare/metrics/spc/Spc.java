package org.networkedcare.metrics.spc;

import org.networkedcare.core.measure.ImprovementDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * Statistical process control as NHS England's "Making Data Count" does it: XmR charts with the
 * special-cause rules, variation icons and assurance of the R package NHSRplotthedots 0.2.2, whose
 * numbers and verdicts this reproduces (see {@code specs/spc-making-data-count.md}).
 *
 * <p>Per facet and segment (the points between two rebase dates), the centre line is the mean of
 * the baseline values and the process limits are {@code mean ± 2.66 × amr}, where {@code amr} is
 * the mean moving range after dropping ranges at or above {@code 3.267 ×} their mean (once; off
 * with {@link SpcOptions.Builder#screening(boolean)}). The rules, in precedence order: a point
 * outside the limits; a trend of seven points each strictly higher (or lower) than the last; two
 * of three consecutive points on one side beyond two thirds of the way to a limit; a run of seven
 * points on one side of the centre line.
 *
 * <p>Deliberate differences from the package:
 *
 * <ol>
 *   <li>limits the package gives as NaN (a single point, a constant segment) are empty;
 *   <li>a trend window containing a missing value is not a trend (the package fails there);
 *   <li>a facet without a target has no assurance (the package says inconsistent);
 *   <li>a segment is flagged as having trial limits when it has fewer than 12 rows (the package's
 *       code uses 13);
 *   <li>bad input is a {@link ValidationException} naming the facet, date or option.
 * </ol>
 *
 * <p>Thread-safe: the class has no state.
 */
public final class Spc {

  /** The process-limit factor, 3/d2 with d2 = 1.128, rounded to two decimals as the package does. */
  public static final double LIMIT = 2.66;

  /** The screening bound factor for moving ranges: D4 for subgroups of two. */
  public static final double SCREEN = 3.267;

  /** The near-limit factor: two thirds of {@link #LIMIT}, computed as the package does. */
  static final double CLOSE = 2 * (LIMIT / 3);

  private static final PointType[] TYPES = PointType.values();

  private Spc() {}

  /**
   * {@return the chart of one series}
   *
   * @param series the series
   * @param options the options
   * @throws ValidationException when a target or rebase option names a facet other than the
   *     series'
   */
  public static SpcResult analyse(SpcSeries series, SpcOptions options) {
    return analyse(List.of(series), options);
  }

  /**
   * {@return one chart per series, in the order given}
   *
   * @param series at least one series, each of a different facet
   * @param options the options
   * @throws ValidationException when there is no series, two share a facet name, or a target or
   *     rebase option names a facet that has no series; every problem names the facet or option
   */
  public static SpcResult analyse(List<SpcSeries> series, SpcOptions options) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(options, "options");
    List<Problem> problems = new ArrayList<>();
    if (series.isEmpty()) {
      problems.add(new Problem("/series", "spc.empty", "there is no series to analyse"));
    }
    Set<String> facets = new HashSet<>();
    int longest = 0;
    for (SpcSeries s : series) {
      if (!facets.add(s.facet())) {
        problems.add(
            new Problem(
                "/series" + Problem.token(s.facet()),
                "spc.duplicate-facet",
                "facet '" + s.facet() + "' is given more than once"));
      }
      longest = Math.max(longest, s.size());
    }
    for (String facet : options.facetTargets().keySet()) {
      if (!facets.contains(facet)) {
        problems.add(
            new Problem(
                "/target" + Problem.token(facet),
                "spc.unknown-facet",
                "option target names facet '" + facet + "', which has no data"));
      }
    }
    for (String facet : options.facetRebase().keySet()) {
      if (!facets.contains(facet)) {
        problems.add(
            new Problem(
                "/rebase" + Problem.token(facet),
                "spc.unknown-facet",
                "option rebase names facet '" + facet + "', which has no data"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Xmr xmr = new Xmr(longest, options);
    List<FacetResult> results = new ArrayList<>(series.size());
    List<String> warnings = new ArrayList<>();
    for (SpcSeries s : series) {
      results.add(xmr.chart(s, warnings));
    }
    return new SpcResult(results, warnings);
  }

  /** The computation, on primitive arrays, with scratch space reused from facet to facet. */
  static final class Xmr {
    private final SpcOptions options;
    private final ImprovementDirection improvement;
    private final boolean anyTarget;
    private final int fixAfter;
    private final double[] ranges;
    private final boolean[] outside;
    private final boolean[] close;
    private final byte[] side;
    private final boolean[] trend;
    private final boolean[] twoOfThree;
    private final boolean[] run;

    Xmr(int longest, SpcOptions options) {
      this.options = options;
      this.improvement = options.improvement();
      this.anyTarget = options.target().isPresent() || !options.facetTargets().isEmpty();
      this.fixAfter = options.fixAfter().orElse(Integer.MAX_VALUE);
      this.ranges = new double[longest];
      this.outside = new boolean[longest];
      this.close = new boolean[longest];
      this.side = new byte[longest];
      this.trend = new boolean[longest];
      this.twoOfThree = new boolean[longest];
      this.run = new boolean[longest];
    }

    FacetResult chart(SpcSeries series, List<String> warnings) {
      String facet = series.facet();
      double[] y = series.rawValues();
      long[] days = series.rawDays();
      int n = y.length;

      // Segments: a row whose date is a rebase date starts one; the number counts them.
      List<LocalDate> rebase = options.rebaseFor(facet);
      int[] segmentOf = new int[n];
      int[] starts;
      int[] numbers;
      if (rebase.isEmpty()) {
        starts = new int[] {0, n};
        numbers = new int[] {0};
      } else {
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
        }
        for (; r < rebase.size(); r++) {
          warnUnmatched(facet, rebase.get(r), warnings);
        }
        startBuf[segments] = n;
        starts = Arrays.copyOf(startBuf, segments + 1);
        numbers = Arrays.copyOf(numberBuf, segments);
      }
      int segmentCount = numbers.length;
      double[] mean = new double[segmentCount];
      double[] lower = new double[segmentCount];
      double[] upper = new double[segmentCount];
      byte[] cause = new byte[n];
      byte[] type = new byte[n];
      List<SegmentSummary> summaries = new ArrayList<>(segmentCount);
      OptionalDouble target = options.targetFor(facet);

      for (int g = 0; g < segmentCount; g++) {
        int s = starts[g];
        int e = starts[g + 1];
        for (int i = s; i < e; i++) {
          segmentOf[i] = g;
        }
        double amr = limits(y, s, e, g, mean, lower, upper);
        flags(y, s, e, mean[g], amr);
        label(y, s, e, cause, type);
        int improvementCount = 0;
        int concernCount = 0;
        int common = 0;
        for (int i = s; i < e; i++) {
          switch (type[i]) {
            case 0 -> common++;
            case 1 -> improvementCount++;
            case 2 -> concernCount++;
            default -> {}
          }
        }
        boolean last = g == segmentCount - 1;
        PointType lastType = TYPES[type[e - 1]];
        Optional<VariationIcon> icon =
            last ? Optional.of(VariationIcon.of(lastType, improvement)) : Optional.empty();
        Optional<Assurance> assurance =
            last ? assurance(target, lower[g], upper[g]) : Optional.empty();
        boolean trial = e - s < SegmentSummary.TRIAL_BELOW;
        if (trial) {
          warnings.add(
              SpcSeries.where(facet)
                  + "segment "
                  + numbers[g]
                  + ": "
                  + (e - s)
                  + (e - s == 1 ? " point" : " points")
                  + ", fewer than "
                  + SegmentSummary.TRIAL_BELOW
                  + ": the limits are trial limits");
        }
        summaries.add(
            new SegmentSummary(
                numbers[g],
                e - s,
                FacetResult.optional(mean[g]),
                FacetResult.optional(lower[g]),
                FacetResult.optional(upper[g]),
                common,
                improvementCount,
                concernCount,
                lastType,
                icon,
                assurance,
                trial));
      }
      SegmentSummary lastSegment = summaries.get(segmentCount - 1);
      return new FacetResult(
          series,
          segmentOf,
          numbers,
          mean,
          lower,
          upper,
          cause,
          type,
          summaries,
          lastSegment.variationIcon().orElseThrow(),
          lastSegment.assurance(),
          target);
    }

    private static void warnUnmatched(String facet, LocalDate date, List<String> warnings) {
      warnings.add(
          SpcSeries.where(facet) + "rebase date " + date + " is not a date of the series; ignored");
    }

    private Optional<Assurance> assurance(OptionalDouble target, double lpl, double upl) {
      if (!anyTarget || improvement == ImprovementDirection.NEUTRAL || target.isEmpty()) {
        return Optional.empty();
      }
      double t = target.getAsDouble();
      boolean increase = improvement == ImprovementDirection.INCREASE;
      if (t > upl) {
        return Optional.of(increase ? Assurance.FAIL : Assurance.PASS);
      }
      if (t < lpl) {
        return Optional.of(increase ? Assurance.PASS : Assurance.FAIL);
      }
      return Optional.of(Assurance.INCONSISTENT);
    }

    /**
     * Centre line and process limits of the segment [s, e), NaN where they do not exist; returns
     * the average moving range.
     */
    private double limits(double[] y, int s, int e, int g, double[] mean, double[] lower, double[] upper) {
      int b = e - s > fixAfter ? s + fixAfter : e;
      double m = meanSkippingNaN(y, s, b);
      int k = 0;
      for (int i = s + 1; i < b; i++) {
        double r = Math.abs(y[i] - y[i - 1]);
        if (!Double.isNaN(r)) {
          ranges[k++] = r;
        }
      }
      double amr = mean(ranges, k);
      if (options.screening()) {
        double bound = SCREEN * amr;
        int kept = 0;
        for (int i = 0; i < k; i++) {
          if (ranges[i] < bound) {
            ranges[kept++] = ranges[i];
          }
        }
        amr = mean(ranges, kept);
      }
      mean[g] = m;
      lower[g] = m - LIMIT * amr;
      upper[g] = m + LIMIT * amr;
      return amr;
    }

    /** Per-point flags of the segment [s, e); a NaN limit or value makes every comparison false. */
    private void flags(double[] y, int s, int e, double m, double amr) {
      double lpl = m - LIMIT * amr;
      double upl = m + LIMIT * amr;
      double nlpl = m - CLOSE * amr;
      double nupl = m + CLOSE * amr;
      for (int i = s; i < e; i++) {
        double v = y[i];
        boolean out = v > upl || v < lpl;
        outside[i] = out;
        close[i] = !out && (v < nlpl || v > nupl);
        side[i] = (byte) (v > m ? 1 : v < m ? -1 : 0);
      }
    }

    private void label(double[] y, int s, int e, byte[] cause, byte[] type) {
      // R2: trends of seven (six strictly rising or falling steps; NaN breaks them).
      int up = 0;
      int down = 0;
      for (int i = s; i < e; i++) {
        trend[i] = false;
        twoOfThree[i] = false;
        run[i] = false;
        if (i > s) {
          double step = y[i] - y[i - 1];
          up = step > 0 ? up + 1 : 0;
          down = step < 0 ? down + 1 : 0;
        }
        if (up >= 6 || down >= 6) {
          for (int j = i - 6; j <= i; j++) {
            trend[j] = true;
          }
        }
      }
      // R3: a window of three qualifies with two close points, all three on one side.
      for (int w = s; w + 2 < e; w++) {
        int sum = side[w] + side[w + 1] + side[w + 2];
        if (sum == 3 || sum == -3) {
          int closeCount = (close[w] ? 1 : 0) + (close[w + 1] ? 1 : 0) + (close[w + 2] ? 1 : 0);
          if (closeCount >= 2) {
            twoOfThree[w] |= close[w];
            twoOfThree[w + 1] |= close[w + 1];
            twoOfThree[w + 2] |= close[w + 2];
          }
        }
      }
      // R4: runs of seven on one side (a point on the centre line, or missing, breaks them).
      int length = 0;
      for (int i = s; i < e; i++) {
        length = side[i] != 0 && i > s && side[i] == side[i - 1] ? length + 1 : (side[i] != 0 ? 1 : 0);
        if (length >= 7) {
          for (int j = i - 6; j <= i; j++) {
            run[j] = true;
          }
        }
      }
      for (int i = s; i < e; i++) {
        SpecialCause c;
        if (outside[i]) {
          c = side[i] == 1 ? SpecialCause.OUTSIDE_ABOVE : SpecialCause.OUTSIDE_BELOW;
        } else if (trend[i]) {
          double step;
          if (i + 1 < e && trend[i + 1]) {
            step = y[i + 1] - y[i];
          } else {
            step = i > s ? y[i] - y[i - 1] : 0;
          }
          c = step > 0 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING;
        } else if (twoOfThree[i]) {
          c = side[i] > 0 ? SpecialCause.TWO_OF_THREE_ABOVE : SpecialCause.TWO_OF_THREE_BELOW;
        } else if (run[i]) {
          c = side[i] > 0 ? SpecialCause.RUN_ABOVE : SpecialCause.RUN_BELOW;
        } else {
          c = null;
        }
        cause[i] = (byte) (c == null ? 0 : c.ordinal() + 1);
        type[i] = (byte) PointType.of(c == null ? 0 : c.side(), improvement).ordinal();
      }
    }

    /** R's mean(x, na.rm = TRUE) of y[from, to): a sum, then one correction pass; NaN if empty. */
    static double meanSkippingNaN(double[] y, int from, int to) {
      double sum = 0;
      int count = 0;
      for (int i = from; i < to; i++) {
        double v = y[i];
        if (!Double.isNaN(v)) {
          sum += v;
          count++;
        }
      }
      if (count == 0) {
        return Double.NaN;
      }
      double m = sum / count;
      if (Double.isFinite(m)) {
        double t = 0;
        for (int i = from; i < to; i++) {
          double v = y[i];
          if (!Double.isNaN(v)) {
            t += v - m;
          }
        }
        m += t / count;
      }
      return m;
    }

    /** The mean of a[0, k), as {@link #meanSkippingNaN}; NaN if k is 0. */
    static double mean(double[] a, int k) {
      return meanSkippingNaN(a, 0, k);
    }
  }
}
