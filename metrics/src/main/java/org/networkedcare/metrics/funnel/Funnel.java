package org.networkedcare.metrics.funnel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Funnel plots (Spiegelhalter 2005): each site's value against the control limits at its
 * denominator, after the over-dispersion of the network is measured and, if asked, allowed for. The
 * method is {@code specs/funnel.md}; the numbers match FunnelPlotR 0.6.0 except where
 * docs/funnel.md says otherwise.
 *
 * <pre>{@code
 * FunnelResult r = Funnel.analyse(rows, FunnelOptions.builder().type(IndicatorType.RATIO).build());
 * r.sites().forEach(s -> System.out.println(s.site() + " " + s.outlier()));
 * }</pre>
 */
public final class Funnel {

  /** The largest numerator or denominator of a site, summed over its rows (1e15). */
  static final double MAX_COUNT = 1e15;

  /** The smallest number of sites an over-dispersion adjustment is estimated from. */
  public static final int MIN_SITES_TO_ADJUST = 3;

  /** Points on each limit curve returned for drawing. */
  static final int CURVE_POINTS = 200;

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  /** The standard normal quantile of 0.975, about 1.959964. */
  static final double Z95 = NORMAL.inverseSurvivalProbability(ExactLimits.P95);

  /** The standard normal quantile of 0.999, about 3.090232. */
  static final double Z998 = NORMAL.inverseSurvivalProbability(ExactLimits.P998);

  private Funnel() {}

  /**
   * {@return the funnel analysis of the sites} Rows with the same site are summed first; sites keep
   * the order of their first row.
   *
   * @param rows one or more rows per site
   * @param options the options
   * @throws ValidationException naming the site (path {@code /sites/NAME/numerator} or {@code
   *     .../denominator}) of every non-finite number, negative numerator, zero or negative
   *     denominator, proportion above 1, zero observed count for an SHMI ratio and (with exact
   *     binomial limits) denominator that is not a whole number; or naming the option when an
   *     adjustment is asked with fewer than three sites, or the pooled target of a count ratio is 0
   * @throws CancellationException if the calling thread is interrupted (looked at every 1024
   *     sites); its interrupt stays set
   */
  public static FunnelResult analyse(List<SiteCount> rows, FunnelOptions options) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(options, "options");
    Problems problems = Problems.collector();
    Sums sums = Sums.of(rows);
    if (sums == null) { // a row has a problem: the map, which names every one of them
      sums = Sums.of(aggregate(rows, problems));
    }
    String[] names = sums.names();
    double[] num = sums.num();
    double[] den = sums.den();
    int n = names.length;
    long sites = problems.isEmpty() ? n : rows.stream().map(SiteCount::site).distinct().count();
    check(names, num, den, options, sites, problems);
    return compute(names, num, den, options);
  }

  /**
   * {@return each site's outlier judgement, in input order} The call a governance verdict needs:
   * per-site numerators and denominators and the measure's improvement direction in, per-site
   * {@link OutlierJudgement} out ({@link OutlierJudgement#UNFAVOURABLE} is a concern).
   *
   * @param rows one or more rows per site
   * @param type the indicator type (other options at their defaults)
   * @param direction which way the measure improves
   * @throws ValidationException as {@link #analyse(List, FunnelOptions)}
   */
  public static Map<String, OutlierJudgement> judge(
      List<SiteCount> rows, IndicatorType type, ImprovementDirection direction) {
    FunnelResult result =
        analyse(rows, FunnelOptions.builder().type(type).direction(direction).build());
    Map<String, OutlierJudgement> out = new LinkedHashMap<>();
    for (FunnelSite s : result.sites()) {
      out.put(s.site(), s.judgement());
    }
    return Collections.unmodifiableMap(out);
  }

  static Map<String, double[]> aggregate(List<SiteCount> rows, Problems problems) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (SiteCount row : rows) {
      Objects.requireNonNull(row, "row");
      if (Double.isFinite(row.numerator())
          && row.numerator() >= 0
          && Double.isFinite(row.denominator())
          && row.denominator() >= 0) { // the common case: no problem, no pointer built
        double[] s = sums.computeIfAbsent(row.site(), k -> new double[2]);
        s[0] += row.numerator();
        s[1] += row.denominator();
        continue;
      }
      Problems at = problems.at("sites").at(row.site());
      boolean ok = true;
      if (!Double.isFinite(row.numerator())) {
        at.at("numerator")
            .add(
                "funnel.number",
                site(row.site()) + "numerator " + row.numerator() + " is not a finite number");
        ok = false;
      } else if (row.numerator() < 0) {
        at.at("numerator")
            .add(
                "funnel.negative",
                site(row.site()) + "numerator " + text(row.numerator()) + " is negative");
        ok = false;
      }
      if (!Double.isFinite(row.denominator())) {
        at.at("denominator")
            .add(
                "funnel.number",
                site(row.site()) + "denominator " + row.denominator() + " is not a finite number");
        ok = false;
      } else if (row.denominator() < 0) {
        at.at("denominator")
            .add(
                "funnel.denominator",
                site(row.site()) + "denominator " + text(row.denominator()) + " is negative");
        ok = false;
      }
      if (ok) {
        double[] s = sums.computeIfAbsent(row.site(), k -> new double[2]);
        s[0] += row.numerator();
        s[1] += row.denominator();
      }
    }
    if (rows.isEmpty()) {
      problems.at("sites").add("funnel.empty", "there are no sites");
    }
    return sums;
  }

  private static void check(
      String[] names,
      double[] num,
      double[] den,
      FunnelOptions options,
      long sites,
      Problems problems) {
    IndicatorType type = options.type();
    boolean binomial = type == IndicatorType.PROPORTION && options.limits() == LimitMethod.EXACT;
    for (int i = 0; i < names.length; i++) {
      if (den[i] > 0
          && den[i] <= MAX_COUNT
          && Math.abs(num[i]) <= MAX_COUNT
          && !(type == IndicatorType.PROPORTION && num[i] > den[i])
          && !(options.truncates() && num[i] == 0)
          && !(binomial && (den[i] != Math.rint(den[i]) || den[i] > Integer.MAX_VALUE))) {
        continue; // the common case: no problem, no pointer built
      }
      Problems at = problems.at("sites").at(names[i]);
      if (!(den[i] > 0)) {
        at.at("denominator")
            .add(
                "funnel.denominator",
                site(names[i]) + "denominator " + text(den[i]) + " is not positive");
        continue;
      }
      if (!(den[i] <= MAX_COUNT && Math.abs(num[i]) <= MAX_COUNT)) {
        at.add(
            "funnel.range",
            site(names[i])
                + "numerator "
                + text(num[i])
                + " and denominator "
                + text(den[i])
                + ": each is at most 1e15, beyond which the limits' arithmetic would overflow");
        continue;
      }
      if (type == IndicatorType.PROPORTION && num[i] > den[i]) {
        at.at("numerator")
            .add(
                "funnel.proportion",
                site(names[i])
                    + "numerator "
                    + text(num[i])
                    + " is above its denominator "
                    + text(den[i])
                    + ", which a proportion cannot be");
      }
      if (options.truncates() && num[i] == 0) {
        at.at("numerator")
            .add(
                "funnel.log",
                site(names[i])
                    + "numerator 0 has no logarithm on the SHMI (log) scale; use the cqc method");
      }
      if (binomial && (den[i] != Math.rint(den[i]) || den[i] > Integer.MAX_VALUE)) {
        at.at("denominator")
            .add(
                "funnel.binomial",
                site(names[i])
                    + "denominator "
                    + text(den[i])
                    + " is not a whole number, which exact binomial limits need; use normal limits");
      }
    }
    if (options.overdispersion() != Overdispersion.NONE
        && sites > 0
        && sites < MIN_SITES_TO_ADJUST) {
      problems
          .at("overdispersion")
          .add(
              "funnel.sites",
              "overdispersion "
                  + options.overdispersion()
                  + " needs at least "
                  + MIN_SITES_TO_ADJUST
                  + " sites, there "
                  + (sites == 1 ? "is 1" : "are " + sites)
                  + "; use none");
    }
    problems.throwIfAny();
  }

  private static FunnelResult compute(
      String[] names, double[] num, double[] den, FunnelOptions options) {
    int n = names.length;
    double target = target(num, den, options);
    Scale scale = Scale.of(options);
    double theta = scale.target(target);
    double[] y = new double[n];
    double[] s = new double[n];
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = scale.y(num[i], den[i]);
      s[i] = scale.s(num[i], den[i]);
      z[i] = (y[i] - theta) / s[i];
    }

    // Over-dispersion: phi from the trimmed z, tau2 by DerSimonian-Laird over the sites kept.
    double[] trimmed = Trimming.trimmed(z, options.trim(), options.truncates());
    int kept = 0;
    double sumZ2 = 0;
    double sumW = 0;
    double sumW2 = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(trimmed[i])) {
        kept++;
        sumZ2 += trimmed[i] * trimmed[i];
        double w = 1 / (s[i] * s[i]);
        sumW += w;
        sumW2 += w * w;
      }
    }
    OptionalDouble phi =
        kept > 0 ? OptionalDouble.of((1.0 / kept) * sumZ2) : OptionalDouble.empty();
    OptionalDouble tau2 = OptionalDouble.empty();
    if (kept >= 2) {
      double p = phi.getAsDouble();
      tau2 =
          OptionalDouble.of(
              kept * p < kept - 1
                  ? 0
                  : Math.max(0, (kept * p - (kept - 1)) / (sumW - sumW2 / sumW)));
    }

    Adjustment adjustment = adjustment(options, phi, tau2);
    double factor = adjustment == Adjustment.MULTIPLICATIVE ? Math.sqrt(phi.getAsDouble()) : 1;
    double between = adjustment == Adjustment.ADDITIVE ? tau2.getAsDouble() : 0;
    LimitMethod method = adjustment == Adjustment.NONE ? options.limits() : LimitMethod.NORMAL;
    LimitRule rule = new LimitRule(options.type(), scale, method, target, theta, factor, between);

    // For normal limits on every scale but LOG_COUNTS, the limits' standard error at a site's
    // denominator is s[i] (Scale.s is Scale.limitS there), and with tau2 > 0 the additive z's
    // divisor sqrt(s^2 + tau2) is the limits' sd: both are taken from here rather than computed
    // again, the same operations on the same bits.
    boolean normal = method == LimitMethod.NORMAL;
    boolean sameS = scale != Scale.LOG_COUNTS;
    Outlier[] outliers = Outlier.values();
    OutlierJudgement[] judgements = new OutlierJudgement[outliers.length];
    for (Outlier o : outliers) {
      judgements[o.ordinal()] = o.judge(options.direction());
    }
    FunnelSite[] sites = new FunnelSite[n];
    for (int i = 0; i < n; i++) {
      if ((i & 1023) == 0 && Thread.currentThread().isInterrupted()) {
        throw new CancellationException("interrupted after " + i + " sites");
      }
      double value = num[i] / den[i];
      Limits limits;
      double zAdjusted;
      if (normal && sameS) {
        double sd = between > 0 ? Math.sqrt(s[i] * s[i] + between) : s[i] * factor;
        limits = rule.normal(sd);
        zAdjusted =
            switch (adjustment) {
              case NONE -> z[i];
              case MULTIPLICATIVE -> z[i] / factor;
              case ADDITIVE ->
                  (y[i] - theta) / (between > 0 ? sd : Math.sqrt(s[i] * s[i] + between));
            };
      } else {
        limits = rule.at(den[i]);
        zAdjusted =
            switch (adjustment) {
              case NONE -> z[i];
              case MULTIPLICATIVE -> z[i] / factor;
              case ADDITIVE -> (y[i] - theta) / Math.sqrt(s[i] * s[i] + between);
            };
      }
      Outlier outlier = limits.classify(value);
      sites[i] =
          new FunnelSite(
              names[i],
              num[i],
              den[i],
              value,
              z[i],
              zAdjusted,
              limits,
              outlier,
              judgements[outlier.ordinal()]);
    }
    return new FunnelResult(
        options, target, phi, tau2, adjustment, method, Arrays.asList(sites), curve(den, rule));
  }

  private static double target(double[] num, double[] den, FunnelOptions options) {
    if (options.target().isPresent()) {
      return options.target().getAsDouble();
    }
    if (options.type() == IndicatorType.RATIO) {
      return 1;
    }
    double sumNum = 0;
    double sumDen = 0;
    for (int i = 0; i < num.length; i++) {
      sumNum += num[i];
      sumDen += den[i];
    }
    double pooled = sumNum / sumDen;
    if (options.type() == IndicatorType.COUNT_RATIO && pooled == 0) {
      throw new ValidationException(
          "/target",
          "funnel.target",
          "the pooled target of a count-ratio is 0 (every numerator is 0) and has no logarithm; give a target");
    }
    return pooled;
  }

  private static Adjustment adjustment(
      FunnelOptions options, OptionalDouble phi, OptionalDouble tau2) {
    Adjustment a =
        switch (options.overdispersion()) {
          case NONE -> Adjustment.NONE;
          case MULTIPLICATIVE -> Adjustment.MULTIPLICATIVE;
          case ADDITIVE -> Adjustment.ADDITIVE;
          case AUTO ->
              phi.isPresent() && phi.getAsDouble() > 1 ? Adjustment.ADDITIVE : Adjustment.NONE;
        };
    if (a == Adjustment.MULTIPLICATIVE && !(phi.isPresent() && phi.getAsDouble() > 0)) {
      throw new ValidationException(
          "/overdispersion",
          "funnel.phi",
          "overdispersion multiplicative needs a positive phi, and phi is "
              + (phi.isPresent()
                  ? text(phi.getAsDouble())
                  : "not estimable (no site left after trimming)"));
    }
    if (a == Adjustment.ADDITIVE && tau2.isEmpty()) {
      throw new ValidationException(
          "/trim",
          "funnel.trim",
          "overdispersion additive needs tau2, and fewer than two sites are left after trimming "
              + options.trim());
    }
    return a;
  }

  private static List<CurvePoint> curve(double[] den, LimitRule rule) {
    double max = 0;
    for (double d : den) {
      max = Math.max(max, d);
    }
    double end = max * 1.05;
    List<CurvePoint> points = new ArrayList<>(CURVE_POINTS);
    double last = Double.NaN;
    for (int k = 1; k <= CURVE_POINTS; k++) {
      double f = (double) k / CURVE_POINTS;
      double x = end * f * f;
      if (rule.needsWholeDenominator()) {
        x = Math.max(1, Math.rint(x));
        if (x == last || x > Integer.MAX_VALUE) {
          continue;
        }
      }
      last = x;
      points.add(new CurvePoint(x, rule.at(x)));
    }
    return points;
  }

  static String site(String name) {
    return "site '" + name + "': ";
  }

  static String text(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The limits in force at any denominator. */
  private record LimitRule(
      IndicatorType type,
      Scale scale,
      LimitMethod method,
      double target,
      double theta,
      double factor,
      double between) {

    boolean needsWholeDenominator() {
      return method == LimitMethod.EXACT && type == IndicatorType.PROPORTION;
    }

    Limits at(double denominator) {
      if (method == LimitMethod.EXACT) {
        return type == IndicatorType.PROPORTION
            ? ExactLimits.binomial(target, (int) denominator)
            : ExactLimits.poisson(target, denominator);
      }
      double s = scale.limitS(denominator);
      return normal(between > 0 ? Math.sqrt(s * s + between) : s * factor);
    }

    /** Normal limits of standard deviation sd on the transformed scale, back on the value scale. */
    Limits normal(double sd) {
      return new Limits(
          scale.back(theta - Z95 * sd),
          scale.back(theta + Z95 * sd),
          scale.back(theta - Z998 * sd),
          scale.back(theta + Z998 * sd));
    }
  }
}
