package org.networkedcare.metrics.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Each site compared with the network standard by an exact test, for networks with too few sites
 * for an over-dispersion estimate ({@link #MIN_SITES_FOR_OVERDISPERSION}): a funnel's automatic
 * adjustment estimated from three sites lets one divergent site widen its own limits until it is no
 * longer an outlier, while an exact test compares its own count with what the standard expects of
 * it and needs no estimate of the spread between sites.
 *
 * <p>Per indicator type: proportions by the binomial, ratios (observed over expected) and rates
 * (events over exposure) by the Poisson, count ratios by the binomial conditional on the sum of the
 * two counts. The standard is the funnel's target: the one given, or pooled (1 for ratios).
 *
 * <pre>{@code
 * if (ExactComparison.needed(sites)) {
 *   ExactComparison c = ExactComparison.compare(rows, IndicatorType.PROPORTION, OptionalDouble.empty(), direction);
 *   c.sites().forEach(s -> System.out.println(s.site() + " " + s.pValue() + " " + s.judgement() + " " + s.test()));
 * }
 * }</pre>
 *
 * @param type the indicator type
 * @param standard the standard every site is compared with, on the value scale
 * @param test the exact test used for every site
 * @param sites one comparison per site, in the order of each site's first row
 */
public record ExactComparison(
    IndicatorType type, double standard, ExactTest test, List<SiteComparison> sites) {

  /**
   * The fewest sites an over-dispersion estimate is used with: 10, the number at which the default
   * 10% trim at each end first sets a whole site aside at both ends (docs/funnel.md, "Small
   * networks").
   */
  public static final int MIN_SITES_FOR_OVERDISPERSION = 10;

  /** One-sided tail probabilities of the funnel's 95% and 99.8% limits. */
  private static final double TAIL_95 = ExactLimits.P95;

  private static final double TAIL_998 = ExactLimits.P998;

  /**
   * Checks the parts and copies the list.
   *
   * @param type the indicator type
   * @param standard the standard
   * @param test the exact test
   * @param sites the comparisons
   */
  public ExactComparison {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(test, "test");
    sites = List.copyOf(sites);
  }

  /**
   * {@return whether a network of this many sites is compared exactly rather than with an
   * over-dispersion estimate} True below {@link #MIN_SITES_FOR_OVERDISPERSION}.
   *
   * @param sites the number of distinct sites
   */
  public static boolean needed(int sites) {
    return sites < MIN_SITES_FOR_OVERDISPERSION;
  }

  /**
   * {@return every site compared with the standard by the exact test of its indicator type} Rows of
   * the same site are summed first, as {@link Funnel#analyse} does. Thread-safe (no state).
   *
   * @param rows one or more rows per site
   * @param type the indicator type, which chooses the test
   * @param standard the standard on the value scale; empty for the funnel's default (pooled, or 1
   *     for ratios)
   * @param direction which way the measure improves, for the judgement
   * @throws ValidationException naming the site of every non-finite or negative number, zero
   *     denominator, proportion above 1 or count that is not a whole number (the exact tests count
   *     events), or naming the standard when it is out of range (a proportion outside [0, 1], a
   *     negative rate, a count ratio that is not positive)
   */
  public static ExactComparison compare(
      List<SiteCount> rows,
      IndicatorType type,
      OptionalDouble standard,
      ImprovementDirection direction) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(direction, "direction");
    Problems problems = Problems.collector();
    Map<String, double[]> sums = Funnel.aggregate(rows, problems);
    double sumNum = 0;
    double sumDen = 0;
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      check(
          e.getKey(), e.getValue()[0], e.getValue()[1], type, problems.at("sites").at(e.getKey()));
      sumNum += e.getValue()[0];
      sumDen += e.getValue()[1];
    }
    problems.throwIfAny();
    double s =
        standard.isPresent()
            ? standard.getAsDouble()
            : type == IndicatorType.RATIO ? 1 : sumNum / sumDen;
    checkStandard(s, type, standard.isPresent(), problems);
    problems.throwIfAny();
    ExactTest test =
        switch (type) {
          case PROPORTION -> ExactTest.BINOMIAL;
          case RATIO, RATE -> ExactTest.POISSON;
          case COUNT_RATIO -> ExactTest.CONDITIONAL_BINOMIAL;
        };
    List<SiteComparison> out = new ArrayList<>(sums.size());
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      out.add(site(e.getKey(), e.getValue()[0], e.getValue()[1], s, test, direction));
    }
    return new ExactComparison(type, s, test, out);
  }

  private static void check(String name, double num, double den, IndicatorType type, Problems at) {
    String site = Funnel.site(name);
    if (!(den > 0)) {
      at.at("denominator")
          .add("funnel.denominator", site + "denominator " + Funnel.text(den) + " is not positive");
      return;
    }
    if (type == IndicatorType.PROPORTION && num > den) {
      at.at("numerator")
          .add(
              "funnel.proportion",
              site
                  + "numerator "
                  + Funnel.text(num)
                  + " is above its denominator "
                  + Funnel.text(den)
                  + ", which a proportion cannot be");
    }
    boolean wholeDenominator =
        type == IndicatorType.PROPORTION || type == IndicatorType.COUNT_RATIO;
    if (!whole(num)) {
      at.at("numerator")
          .add(
              "funnel.exact",
              site
                  + "numerator "
                  + Funnel.text(num)
                  + " is not a whole number, which an exact test counts");
    }
    if (wholeDenominator && !whole(den)) {
      at.at("denominator")
          .add(
              "funnel.exact",
              site
                  + "denominator "
                  + Funnel.text(den)
                  + " is not a whole number, which an exact test counts");
    }
    if (wholeDenominator && num + den > Integer.MAX_VALUE) {
      at.at("denominator")
          .add(
              "funnel.exact",
              site + "counts above " + Integer.MAX_VALUE + " are beyond the exact test");
    }
  }

  private static boolean whole(double v) {
    return v == Math.rint(v) && v <= Integer.MAX_VALUE;
  }

  private static void checkStandard(
      double s, IndicatorType type, boolean given, Problems problems) {
    String what = given ? "the standard " : "the pooled standard ";
    if (!Double.isFinite(s) || s < 0) {
      problems
          .at("standard")
          .add("funnel.standard", what + Funnel.text(s) + " is not a number at least 0");
    } else if (type == IndicatorType.PROPORTION && s > 1) {
      problems
          .at("standard")
          .add(
              "funnel.standard",
              what + Funnel.text(s) + " is above 1, which a proportion cannot be");
    } else if (type == IndicatorType.COUNT_RATIO && s == 0) {
      problems
          .at("standard")
          .add(
              "funnel.standard",
              what + "0 leaves a count ratio nothing to compare; give a standard");
    }
  }

  private static SiteComparison site(
      String name,
      double num,
      double den,
      double s,
      ExactTest test,
      ImprovementDirection direction) {
    int x = (int) num;
    double below;
    double above;
    double expected;
    switch (test) {
      case BINOMIAL -> {
        expected = den * s;
        double[] tails = binomial(x, (int) den, s);
        below = tails[0];
        above = tails[1];
      }
      case POISSON -> {
        expected = den * s;
        if (expected == 0) {
          below = 1;
          above = x == 0 ? 1 : 0;
        } else {
          PoissonDistribution p = PoissonDistribution.of(expected);
          below = p.cumulativeProbability(x);
          above = x == 0 ? 1 : p.survivalProbability(x - 1);
        }
      }
      case CONDITIONAL_BINOMIAL -> {
        int total = (int) (num + den);
        double share = s / (1 + s);
        expected = total * share;
        double[] tails = binomial(x, total, share);
        below = tails[0];
        above = tails[1];
      }
      default -> throw new AssertionError(test);
    }
    double pValue = Math.min(1, 2 * Math.min(below, above));
    Outlier outlier =
        above < TAIL_998
            ? Outlier.HIGH_998
            : above < TAIL_95
                ? Outlier.HIGH_95
                : below < TAIL_998
                    ? Outlier.LOW_998
                    : below < TAIL_95 ? Outlier.LOW_95 : Outlier.NONE;
    return new SiteComparison(
        name,
        num,
        den,
        num / den,
        expected,
        below,
        above,
        pValue,
        outlier,
        outlier.judge(direction),
        test);
  }

  /** {P(X &lt;= x), P(X &gt;= x)} for X ~ Binomial(n, p), including p = 0 and p = 1. */
  private static double[] binomial(int x, int n, double p) {
    if (p == 0) {
      return new double[] {1, x == 0 ? 1 : 0};
    }
    if (p == 1) {
      return new double[] {x == n ? 1 : 0, 1};
    }
    BinomialDistribution b = BinomialDistribution.of(n, p);
    return new double[] {b.cumulativeProbability(x), x == 0 ? 1 : b.survivalProbability(x - 1)};
  }
}
