package org.networkedcare.metrics.funnel;

/**
 * The transformed scale of an indicator (spec section 2): Y = g(value), its standard error s, and
 * the way back to the value scale. Package-private.
 */
enum Scale {
  /** Proportions: asin(sqrt(p)), s = 1/(2 sqrt(n)). */
  ARCSINE,
  /** SHMI ratios: ln(O/E), s = 1/sqrt(E). */
  LOG,
  /** CQC ratios and rates: sqrt(value), s = 1/(2 sqrt(denominator)). */
  SQRT,
  /** Ratios of counts: ln((O + 1/2)/(D + 1/2)), s = sqrt(O/(O + 1/2)^2 + D/(D + 1/2)^2). */
  LOG_COUNTS;

  static Scale of(FunnelOptions options) {
    return switch (options.type()) {
      case PROPORTION -> ARCSINE;
      case RATIO -> options.ratioMethod() == RatioMethod.SHMI ? LOG : SQRT;
      case COUNT_RATIO -> LOG_COUNTS;
      case RATE -> SQRT;
    };
  }

  /** g(target): the target on the transformed scale. */
  double target(double target) {
    return switch (this) {
      case ARCSINE -> Asin.asin(Math.sqrt(target));
      case LOG, LOG_COUNTS -> Math.log(target);
      case SQRT -> Math.sqrt(target);
    };
  }

  /** Y for a site. */
  double y(double numerator, double denominator) {
    return switch (this) {
      case ARCSINE -> Asin.asin(Math.sqrt(numerator / denominator));
      case LOG -> Math.log(numerator / denominator);
      case SQRT -> Math.sqrt(numerator / denominator);
      case LOG_COUNTS -> Math.log((numerator + 0.5) / (denominator + 0.5));
    };
  }

  /** The standard error of Y used for the z-score, phi and tau2. */
  double s(double numerator, double denominator) {
    if (this == LOG_COUNTS) {
      double o = numerator + 0.5;
      double d = denominator + 0.5;
      return Math.sqrt(numerator / (o * o) + denominator / (d * d));
    }
    return limitS(denominator);
  }

  /**
   * The standard error used for the limits at a denominator: as {@link #s}, except for ratios of
   * counts, where FunnelPlotR draws with 1/(2 sqrt(D)) (followed on purpose, see docs/funnel.md).
   */
  double limitS(double denominator) {
    return switch (this) {
      case LOG -> 1 / Math.sqrt(denominator);
      case ARCSINE, SQRT, LOG_COUNTS -> 1 / (2 * Math.sqrt(denominator));
    };
  }

  /**
   * g^-1: back to the value scale, clamped so that the value exists (angle in [0, pi/2], root at
   * least 0).
   */
  double back(double x) {
    return switch (this) {
      case ARCSINE -> {
        double a = Math.min(Math.max(x, 0), Math.PI / 2);
        double sin = Math.sin(a);
        yield sin * sin;
      }
      case LOG, LOG_COUNTS -> Math.exp(x);
      case SQRT -> {
        double r = Math.max(x, 0);
        yield r * r;
      }
    };
  }
}
