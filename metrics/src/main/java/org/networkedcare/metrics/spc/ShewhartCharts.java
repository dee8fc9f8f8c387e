package org.networkedcare.metrics.spc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.measure.ImprovementDirection;

/**
 * The g, t, p, p', u and u' charts, with the limits of the R package qicharts2 0.8.1 and the Making
 * Data Count rules and icons of the XmR chart (docs/spc.md, "Other charts"). Scratch space is
 * reused from facet to facet; one instance per analysis, not thread-safe.
 */
final class ShewhartCharts {

  /** Shewhart's three sigma. */
  static final double SIGMA3 = 3;

  /** The near-limit lines are at two sigma. */
  static final double SIGMA2 = 2;

  /** d2 for subgroups of two: sigma is the average moving range over 1.128. */
  static final double D2 = 1.128;

  /** The t chart's transformation: y to the power 1/3.6 (Nelson 1994), back with ^3.6. */
  static final double T_POWER = 3.6;

  private final SpcOptions options;
  private final ChartType chart;
  private final ImprovementDirection improvement;
  private final boolean anyTarget;
  private final int fixAfter;
  private final double[] scratch;
  private final double[] ranges;
  private final Rules rules;

  ShewhartCharts(int longest, SpcOptions options) {
    this.options = options;
    this.chart = options.chart();
    this.improvement = options.improvement();
    this.anyTarget = options.target().isPresent() || !options.facetTargets().isEmpty();
    this.fixAfter = options.fixAfter().orElse(Integer.MAX_VALUE);
    this.scratch = new double[longest];
    this.ranges = new double[longest];
    this.rules = new Rules(longest, improvement);
  }

  FacetResult chart(SpcSeries series, List<String> warnings) {
    String facet = series.facet();
    double[] y = series.rawValues();
    int n = y.length;
    Segments segments = Segments.of(series, options.rebaseFor(facet), warnings);
    int[] starts = segments.starts();
    int[] numbers = segments.numbers();
    int segmentCount = numbers.length;
    double[] centre = new double[segmentCount];
    // g and t lines are one per segment; p and u lines one per point (they vary with n).
    boolean perPoint = chart.needsDenominators();
    int lines = perPoint ? n : segmentCount;
    double[] lower = new double[lines];
    double[] upper = new double[lines];
    double[] nearLower = new double[lines];
    double[] nearUpper = new double[lines];
    byte[] cause = new byte[n];
    byte[] type = new byte[n];
    List<SegmentSummary> summaries = new ArrayList<>(segmentCount);
    OptionalDouble target = options.targetFor(facet);

    for (int g = 0; g < segmentCount; g++) {
      int s = starts[g];
      int e = starts[g + 1];
      int b = e - s > fixAfter ? s + fixAfter : e;
      double sigmaZ = Double.NaN;
      switch (chart) {
        case G -> centre[g] = gChart(y, s, b, g, lower, upper, nearLower, nearUpper);
        case T -> centre[g] = tChart(y, s, e, b, g, lower, upper, nearLower, nearUpper);
        default -> {
          double[] ratio = ratioChart(series, s, e, b, lower, upper, nearLower, nearUpper);
          centre[g] = ratio[0];
          sigmaZ = ratio[1];
        }
      }
      double cl = centre[g];
      for (int i = s; i < e; i++) {
        double v = y[i];
        int at = perPoint ? i : g;
        boolean out = v > upper[at] || v < lower[at];
        rules.outside[i] = out;
        rules.close[i] = !out && (v < nearLower[at] || v > nearUpper[at]);
        rules.side[i] = (byte) (v > cl ? 1 : v < cl ? -1 : 0);
      }
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
      PointType lastType = Spc.TYPES[type[e - 1]];
      Optional<VariationIcon> icon =
          last ? Optional.of(VariationIcon.of(lastType, improvement)) : Optional.empty();
      Optional<Assurance> assurance =
          last
              ? (perPoint
                  ? assurance(target, lower, upper, s, e)
                  : assurance(target, lower, upper, g, g + 1))
              : Optional.empty();
      boolean trial = Segments.warnIfTrial(facet, numbers[g], e - s, warnings);
      summaries.add(
          new SegmentSummary(
              numbers[g],
              e - s,
              FacetResult.optional(cl),
              perPoint ? common(lower, s, e) : FacetResult.optional(lower[g]),
              perPoint ? common(upper, s, e) : FacetResult.optional(upper[g]),
              common,
              improvementCount,
              concernCount,
              lastType,
              icon,
              assurance,
              trial,
              rules.runs(s, e),
              chart == ChartType.P_PRIME || chart == ChartType.U_PRIME
                  ? FacetResult.optional(sigmaZ)
                  : OptionalDouble.empty()));
    }
    SegmentSummary lastSegment = summaries.get(segmentCount - 1);
    return new FacetResult(
        chart,
        series,
        segments.segmentOf(),
        numbers,
        centre,
        new FacetResult.Lines(lower, upper, nearLower, nearUpper, perPoint),
        cause,
        type,
        summaries,
        lastSegment.variationIcon().orElseThrow(),
        lastSegment.assurance(),
        target);
  }

  /**
   * The g chart (qicharts2 {@code qic.g}; Montgomery p. 319; Provost and Murray 2011): mean m of
   * the baseline, sigma sqrt(m (m + 1)), limits m ± 3 sigma and near lines m ± 2 sigma with the
   * lower ones kept at least 0; the centre line is the median of the baseline, so that runs about
   * it are as likely above as below for a skewed geometric count. {@return the centre line}
   */
  private double gChart(
      double[] y,
      int s,
      int b,
      int g,
      double[] lower,
      double[] upper,
      double[] nearLower,
      double[] nearUpper) {
    double m = Spc.Xmr.meanSkippingNaN(y, s, b);
    double sd = Math.sqrt(m * (m + 1));
    upper[g] = m + SIGMA3 * sd;
    lower[g] = atLeastZero(m - SIGMA3 * sd);
    nearUpper[g] = m + SIGMA2 * sd;
    nearLower[g] = atLeastZero(m - SIGMA2 * sd);
    return median(y, s, b);
  }

  /**
   * The t chart (qicharts2 {@code qic.t}): an XmR chart of x = y^(1/3.6) with qicharts2's I-chart
   * constants (sigma = average moving range / 1.128, limits mean ± 3 sigma, moving ranges screened
   * as {@link SpcOptions#screening()} says), every line transformed back with ^3.6; a lower limit
   * below 0 on the transformed scale is 0, a lower near line there does not exist. {@return the
   * centre line}
   */
  private double tChart(
      double[] y,
      int s,
      int e,
      int b,
      int g,
      double[] lower,
      double[] upper,
      double[] nearLower,
      double[] nearUpper) {
    double[] x = scratch;
    for (int i = s; i < e; i++) {
      x[i] = Math.pow(y[i], 1 / T_POWER);
    }
    double m = Spc.Xmr.meanSkippingNaN(x, s, b);
    double sd = Spc.Xmr.averageMovingRange(x, s, b, options.screening(), ranges) / D2;
    double ucl = Math.pow(m + SIGMA3 * sd, T_POWER);
    double low = m - SIGMA3 * sd;
    double lcl = Double.isNaN(ucl) ? Double.NaN : low < 0 ? 0 : Math.pow(low, T_POWER);
    lower[g] = lcl;
    upper[g] = ucl;
    nearLower[g] = Math.pow(m - SIGMA2 * sd, T_POWER);
    nearUpper[g] = Math.pow(m + SIGMA2 * sd, T_POWER);
    return Math.pow(m, T_POWER);
  }

  /**
   * The p, p', u and u' charts (qicharts2 {@code qic.p}, {@code qic.pp}, {@code qic.u}, {@code
   * qic.up}; Montgomery 7.1-7.19; Laney 2002): centre line c = sum of numerators / sum of
   * denominators over the baseline; sigma_i = sqrt(c (1 - c) / n_i) for proportions, sqrt(c / n_i)
   * for rates; for the prime charts sigma_i times sigma-z, the average moving range of the
   * baseline's z-scores (y_i - c) / sigma_i over 1.128, the ranges screened as the options say.
   * Limits c ± 3 sigma_i, near lines c ± 2 sigma_i; kept within [0, 1] for proportions and at least
   * 0 for rates. {@return the centre line and sigma-z (NaN for p and u)}
   */
  private double[] ratioChart(
      SpcSeries series,
      int s,
      int e,
      int b,
      double[] lower,
      double[] upper,
      double[] nearLower,
      double[] nearUpper) {
    double @Nullable [] num = series.rawNumerators();
    double @Nullable [] den = series.rawDenominators();
    double[] y = series.rawValues();
    boolean proportion = chart == ChartType.P || chart == ChartType.P_PRIME;
    boolean prime = chart == ChartType.P_PRIME || chart == ChartType.U_PRIME;
    double sumNum = 0;
    double sumDen = 0;
    if (num != null && den != null) {
      for (int i = s; i < b; i++) {
        if (!Double.isNaN(num[i])) {
          sumNum += num[i];
          sumDen += den[i];
        }
      }
    }
    double c = sumNum / sumDen;
    double sigmaZ = 1;
    if (prime) {
      double[] z = scratch;
      for (int i = s; i < b; i++) {
        z[i] = (y[i] - c) / sigma(c, den, i, proportion);
      }
      sigmaZ = Spc.Xmr.averageMovingRange(z, s, b, options.screening(), ranges) / D2;
    }
    for (int i = s; i < e; i++) {
      double sd = sigma(c, den, i, proportion) * sigmaZ;
      double ucl = c + SIGMA3 * sd;
      double ucl2 = c + SIGMA2 * sd;
      upper[i] = proportion ? atMostOne(ucl) : ucl;
      nearUpper[i] = proportion ? atMostOne(ucl2) : ucl2;
      lower[i] = atLeastZero(c - SIGMA3 * sd);
      nearLower[i] = atLeastZero(c - SIGMA2 * sd);
    }
    return new double[] {c, prime ? sigmaZ : Double.NaN};
  }

  /** sqrt(c (1 - c) / n_i) or sqrt(c / n_i); NaN without a denominator. */
  private static double sigma(double c, double @Nullable [] den, int i, boolean proportion) {
    double n = den == null ? Double.NaN : den[i];
    return proportion ? Math.sqrt(c * (1 - c) / n) : Math.sqrt(c / n);
  }

  private static double atLeastZero(double v) {
    return v < 0 ? 0 : v;
  }

  private static double atMostOne(double v) {
    return v > 1 ? 1 : v;
  }

  /** R's median(y[s, b), na.rm = TRUE): the middle value, or the mean of the two; NaN if none. */
  private double median(double[] y, int s, int b) {
    int k = 0;
    for (int i = s; i < b; i++) {
      if (!Double.isNaN(y[i])) {
        ranges[k++] = y[i];
      }
    }
    if (k == 0) {
      return Double.NaN;
    }
    Arrays.sort(ranges, 0, k);
    return k % 2 == 1 ? ranges[k / 2] : (ranges[k / 2 - 1] + ranges[k / 2]) / 2;
  }

  /** {@return the value shared by every point of [s, e) that has one, or empty when they differ} */
  private static OptionalDouble common(double[] line, int s, int e) {
    double shared = Double.NaN;
    for (int i = s; i < e; i++) {
      double v = line[i];
      if (Double.isNaN(v)) {
        continue;
      }
      if (Double.isNaN(shared)) {
        shared = v;
      } else if (v != shared) {
        return OptionalDouble.empty();
      }
    }
    return FacetResult.optional(shared);
  }

  /**
   * The assurance against the target from the limits of every point of the last segment (all the
   * same for g and t charts; varying with the denominator for p and u charts): pass or fail only
   * when the target is beyond the limits of every point that has them, on the same side.
   */
  private Optional<Assurance> assurance(
      OptionalDouble target, double[] lower, double[] upper, int s, int e) {
    if (!anyTarget || improvement == ImprovementDirection.NEUTRAL || target.isEmpty()) {
      return Optional.empty();
    }
    double t = target.getAsDouble();
    boolean any = false;
    boolean aboveAll = true;
    boolean belowAll = true;
    for (int i = s; i < e; i++) {
      if (Double.isNaN(lower[i]) || Double.isNaN(upper[i])) {
        continue;
      }
      any = true;
      aboveAll &= t > upper[i];
      belowAll &= t < lower[i];
    }
    boolean increase = improvement == ImprovementDirection.INCREASE;
    if (any && aboveAll) {
      return Optional.of(increase ? Assurance.FAIL : Assurance.PASS);
    }
    if (any && belowAll) {
      return Optional.of(increase ? Assurance.PASS : Assurance.FAIL);
    }
    return Optional.of(Assurance.INCONSISTENT);
  }
}
