package org.networkedcare.metrics.funnel;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;

/** Exact unadjusted limits (spec section 4), with Apache Commons Statistics. Package-private. */
final class ExactLimits {

  /** One-sided tail probabilities of the 95% and 99.8% limits. */
  static final double P95 = 0.025;

  static final double P998 = 0.001;

  private ExactLimits() {}

  /**
   * Poisson limits in chi-square form for a ratio or rate: lower G^-1(p; target x) / x, upper
   * G^-1(1 - p; target x + 1) / x, G the unit-scale gamma distribution.
   *
   * @param target the target on the value scale, at least 0
   * @param denominator the expected count or exposure, positive
   */
  static Limits poisson(double target, double denominator) {
    double mu = target * denominator;
    GammaDistribution upper = GammaDistribution.of(mu + 1, 1);
    double lower95 = 0;
    double lower998 = 0;
    if (mu > 0) {
      GammaDistribution lower = GammaDistribution.of(mu, 1);
      lower95 = lower.inverseCumulativeProbability(P95) / denominator;
      lower998 = lower.inverseCumulativeProbability(P998) / denominator;
    }
    return new Limits(
        lower95,
        upper.inverseSurvivalProbability(P95) / denominator,
        lower998,
        upper.inverseSurvivalProbability(P998) / denominator);
  }

  /**
   * Binomial limits for a proportion, with Spiegelhalter's (2005, appendix A.1.1) interpolation
   * between the discrete quantiles: r the smallest count with P(R &lt;= r) &gt;= q, alpha = (P(R
   * &lt;= r) - q) / (P(R &lt;= r) - P(R &lt;= r - 1)), limit (r - alpha) / n, kept in [0, 1].
   *
   * @param target the target proportion
   * @param n the number of cases, a whole number
   */
  static Limits binomial(double target, int n) {
    BinomialDistribution b = BinomialDistribution.of(n, target);
    return new Limits(
        quantile(b, P95, n),
        quantile(b, 1 - P95, n),
        quantile(b, P998, n),
        quantile(b, 1 - P998, n));
  }

  private static double quantile(BinomialDistribution b, double q, int n) {
    int r = b.inverseCumulativeProbability(q);
    double at = b.cumulativeProbability(r);
    double below = r > 0 ? b.cumulativeProbability(r - 1) : 0;
    double alpha = at > below ? (at - q) / (at - below) : 0;
    double limit = (r - alpha) / n;
    return Math.min(Math.max(limit, 0), 1);
  }
}
