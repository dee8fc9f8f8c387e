package org.networkedcare.metrics.spc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.measure.ImprovementDirection;
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
 * outside the limits; a trend of seven points each strictly higher (or lower) than the last; two of
 * three consecutive points on one side beyond two thirds of the way to a limit; a run of seven
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
 * <p>The same rules, icons and assurance apply to the other charts of {@link ChartType} (g and t
 * for rare events, p, p', u and u' for proportions and rates with varying denominators), whose
 * limits are those of the R package qicharts2 0.8.1; each segment also gets qicharts2's Anhøj runs
 * analysis ({@link RunsAnalysis}). See docs/spc.md, "Other charts".
 *
 * <p>Thread-safe: the class has no state.
 */
public final class Spc {

  /**
   * The process-limit factor, 3/d2 with d2 = 1.128, rounded to two decimals as the package does.
   */
  public static final double LIMIT = 2.66;

  /** The screening bound factor for moving ranges: D4 for subgroups of two. */
  public static final double SCREEN = 3.267;

  /** The near-limit factor: two thirds of {@link #LIMIT}, computed as the package does. */
  static final double CLOSE = 2 * (LIMIT / 3);

  static final PointType[] TYPES = PointType.values();

  private Spc() {}

  /**
   * {@return the chart of one series}
   *
   * @param series the series
   * @param options the options
   * @throws ValidationException when a target or rebase option names a facet other than the series'
   */
  public static SpcResult analyse(SpcSeries series, SpcOptions options) {
    return analyse(List.of(series), options);
  }

  /**
   * {@return one chart per series, in the order given}
   *
   * @param series at least one series, each of a different facet
   * @param options the options
   * @throws ValidationException when there is no series, two share a facet name, a target or rebase
   *     option names a facet that has no series, or a series is not the data its chart reads
   *     (values for xmr, g and t; numerators and denominators for p, pp, u and up; counts at least
   *     0 for g, times above 0 for t, numerators from 0 to the denominator for p); every problem
   *     names the facet, date or option (at most 20 problems with single points)
   * @throws CancellationException if the calling thread is interrupted (looked at before each
   *     series); its interrupt stays set
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
    ChartType chart = options.chart();
    if (chart != ChartType.XMR) {
      for (SpcSeries s : series) {
        checkFor(chart, s, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    List<FacetResult> results = new ArrayList<>(series.size());
    List<String> warnings = new ArrayList<>();
    if (chart == ChartType.XMR) {
      Xmr xmr = new Xmr(longest, options);
      for (SpcSeries s : series) {
        cancelIfInterrupted(results.size());
        results.add(xmr.chart(s, warnings));
      }
    } else {
      ShewhartCharts charts = new ShewhartCharts(longest, options);
      for (SpcSeries s : series) {
        cancelIfInterrupted(results.size());
        results.add(charts.chart(s, warnings));
      }
    }
    return new SpcResult(results, warnings);
  }

  /** Stops an analysis whose thread is interrupted, before its next series. */
  private static void cancelIfInterrupted(int done) {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("interrupted after " + done + " series");
    }
  }

  /** At most this many problems with single points are reported per analysis. */
  private static final int MAX_POINT_PROBLEMS = 20;

  /** Whether a series is the kind of data the chart reads, and every point a possible one. */
  private static void checkFor(ChartType chart, SpcSeries s, List<Problem> problems) {
    String facet = s.facet();
    String where = SpcSeries.where(facet);
    double[] y = s.rawValues();
    boolean anyValue = false;
    for (double v : y) {
      anyValue |= !Double.isNaN(v);
    }
    if (chart.needsDenominators() && !s.hasDenominators() && anyValue) {
      problems.add(
          new Problem(
              "/series" + Problem.token(facet),
              "spc.chart",
              where
                  + "chart "
                  + chart
                  + " needs numerators and denominators, and the series has values"));
      return;
    }
    if (!chart.needsDenominators() && s.hasDenominators()) {
      problems.add(
          new Problem(
              "/series" + Problem.token(facet),
              "spc.chart",
              where
                  + "chart "
                  + chart
                  + " takes values ("
                  + (chart == ChartType.G ? "opportunities" : "times")
                  + " between events), not numerators and denominators"));
      return;
    }
    double @Nullable [] num = s.rawNumerators();
    double @Nullable [] den = s.rawDenominators();
    for (int i = 0; i < y.length && problems.size() < MAX_POINT_PROBLEMS; i++) {
      if (Double.isNaN(y[i])) {
        continue;
      }
      String problem =
          switch (chart) {
            case G ->
                y[i] < 0
                    ? "the value " + text(y[i]) + " is negative, and a g chart counts opportunities"
                    : null;
            case T ->
                y[i] <= 0
                    ? "the value "
                        + text(y[i])
                        + " is not positive, and a t chart needs times above 0"
                    : null;
            case P, P_PRIME ->
                num == null || den == null
                    ? null
                    : num[i] < 0
                        ? "the numerator " + text(num[i]) + " is negative"
                        : num[i] > den[i]
                            ? "the numerator "
                                + text(num[i])
                                + " is above the denominator "
                                + text(den[i])
                                + ", which a proportion cannot be"
                            : null;
            case U, U_PRIME ->
                num == null
                    ? null
                    : num[i] < 0 ? "the numerator " + text(num[i]) + " is negative" : null;
            case XMR -> null;
          };
      if (problem != null) {
        problems.add(
            new Problem(
                "/series" + Problem.token(facet) + Problem.token(s.date(i).toString()),
                "spc.chart-value",
                where + "date " + s.date(i) + ": " + problem));
      }
    }
  }

  private static String text(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The computation, on primitive arrays, with scratch space reused from facet to facet. */
  static final class Xmr {
    private final SpcOptions options;
    private final ImprovementDirection improvement;
    private final boolean anyTarget;
    private final int fixAfter;
    private final double[] ranges;
    private final Rules rules;

    Xmr(int longest, SpcOptions options) {
      this.options = options;
      this.improvement = options.improvement();
      this.anyTarget = options.target().isPresent() || !options.facetTargets().isEmpty();
      this.fixAfter = options.fixAfter().orElse(Integer.MAX_VALUE);
      this.ranges = new double[longest];
      this.rules = new Rules(longest, improvement);
    }

    FacetResult chart(SpcSeries series, List<String> warnings) {
      String facet = series.facet();
      double[] y = series.rawValues();
      int n = y.length;

      Segments segments = Segments.of(series, options.rebaseFor(facet), warnings);
      int[] segmentOf = segments.segmentOf();
      int[] starts = segments.starts();
      int[] numbers = segments.numbers();
      int segmentCount = numbers.length;
      double[] mean = new double[segmentCount];
      double[] lower = new double[segmentCount];
      double[] upper = new double[segmentCount];
      double[] nearLower = new double[segmentCount];
      double[] nearUpper = new double[segmentCount];
      byte[] cause = new byte[n];
      byte[] type = new byte[n];
      List<SegmentSummary> summaries = new ArrayList<>(segmentCount);
      OptionalDouble target = options.targetFor(facet);

      for (int g = 0; g < segmentCount; g++) {
        int s = starts[g];
        int e = starts[g + 1];
        double amr = limits(y, s, e, g, mean, lower, upper);
        nearLower[g] = mean[g] - CLOSE * amr;
        nearUpper[g] = mean[g] + CLOSE * amr;
        flags(y, s, e, mean[g], amr);
        rules.label(y, s, e, cause, type);
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
        boolean trial = Segments.warnIfTrial(facet, numbers[g], e - s, warnings);
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
                trial,
                rules.runs(s, e),
                OptionalDouble.empty()));
      }
      SegmentSummary lastSegment = summaries.get(segmentCount - 1);
      return new FacetResult(
          ChartType.XMR,
          series,
          segmentOf,
          numbers,
          mean,
          new FacetResult.Lines(lower, upper, nearLower, nearUpper, false),
          cause,
          type,
          summaries,
          lastSegment.variationIcon().orElseThrow(),
          lastSegment.assurance(),
          target);
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
    private double limits(
        double[] y, int s, int e, int g, double[] mean, double[] lower, double[] upper) {
      int b = e - s > fixAfter ? s + fixAfter : e;
      double m = meanSkippingNaN(y, s, b);
      double amr = averageMovingRange(y, s, b, options.screening(), ranges);
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
        rules.outside[i] = out;
        rules.close[i] = !out && (v < nlpl || v > nupl);
        rules.side[i] = (byte) (v > m ? 1 : v < m ? -1 : 0);
      }
    }

    /**
     * The average moving range of y[s, b): the mean of |y[i] - y[i - 1]| over consecutive rows with
     * both values, then, when screening, the mean of those strictly below 3.267 times it (once);
     * NaN when there is none. {@code ranges} is scratch space of at least b - s entries.
     */
    static double averageMovingRange(double[] y, int s, int b, boolean screening, double[] ranges) {
      int k = 0;
      for (int i = s + 1; i < b; i++) {
        double r = Math.abs(y[i] - y[i - 1]);
        if (!Double.isNaN(r)) {
          ranges[k++] = r;
        }
      }
      double amr = mean(ranges, k);
      if (screening) {
        double bound = SCREEN * amr;
        int kept = 0;
        for (int i = 0; i < k; i++) {
          if (ranges[i] < bound) {
            ranges[kept++] = ranges[i];
          }
        }
        amr = mean(ranges, kept);
      }
      return amr;
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
