package org.networkedcare.metrics.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.networkedcare.core.validation.Problems;

/**
 * The probability distribution of an uncertain parameter, for Monte Carlo (probabilistic
 * sensitivity analysis). Densities, moments and samplers come from Apache Commons Statistics and
 * Commons RNG; nothing here samples by hand except the linear transforms (PERT as a scaled beta,
 * correlated normals as a Cholesky factor times independent normals).
 *
 * <p>JSON (the {@code distribution} of a parameter), each type with its alternative forms:
 *
 * <ul>
 *   <li>{@code {"type": "fixed", "value": v}}
 *   <li>{@code {"type": "normal", "mean": m, "sd": s}}, optionally with {@code "correlations":
 *       {"other-parameter": r}} to other normal parameters
 *   <li>{@code {"type": "lognormal", "mean": m, "sd": s}}, or {@code "mean"} and {@code
 *       "variance"}, or {@code "mu"} and {@code "sigma"} (of the logarithm)
 *   <li>{@code {"type": "gamma", "mean": m, "sd": s}}, or {@code "shape"} and {@code "scale"}, or
 *       {@code "shape"} and {@code "rate"}
 *   <li>{@code {"type": "beta", "mean": m, "sd": s}}, or {@code "alpha"} and {@code "beta"}
 *   <li>{@code {"type": "triangular" | "pert", "min": a, "mode": c, "max": b}}
 *   <li>{@code {"type": "uniform", "min": a, "max": b}}
 *   <li>{@code {"type": "dirichlet", "group": g, "alpha": a}}, or {@code "mean"} (and, on at least
 *       one member, {@code "sd"}): one share of a Dirichlet group, see {@link DirichletShare}
 * </ul>
 *
 * <p>Problems have codes {@code distribution.sd} (a standard deviation or variance not positive),
 * {@code distribution.range} (a parameter outside its domain, such as a beta mean outside (0, 1)),
 * {@code distribution.variance} (a variance too large for the mean, beta or Dirichlet), {@code
 * distribution.form} (fields that match none of the type's forms) and, from the type field, {@code
 * unknown-value}; group problems are described in {@link ParameterSampler}.
 */
public sealed interface Distribution permits Distribution.Univariate, Distribution.DirichletShare {

  /** {@return the type name used in JSON, such as {@code beta}} */
  String type();

  /**
   * {@return whether every value the distribution can draw lies in {@code [low, high]}} For
   * example, a parameter used as a probability needs a distribution that draws within [0, 1] (a
   * beta, a Dirichlet share, or a bounded uniform, triangular or PERT), never a normal.
   *
   * @param low the lowest value allowed
   * @param high the highest value allowed
   */
  default boolean drawsWithin(double low, double high) {
    if (this instanceof Fixed f) {
      return f.value() >= low && f.value() <= high;
    }
    if (this instanceof Beta || this instanceof DirichletShare) {
      return low <= 0 && high >= 1;
    }
    if (this instanceof Uniform u) {
      return u.min() >= low && u.max() <= high;
    }
    if (this instanceof Triangular t) {
      return t.min() >= low && t.max() <= high;
    }
    if (this instanceof Pert t) {
      return t.min() >= low && t.max() <= high;
    }
    if (this instanceof LogNormal || this instanceof Gamma) {
      return low <= 0 && high == Double.POSITIVE_INFINITY;
    }
    return low == Double.NEGATIVE_INFINITY && high == Double.POSITIVE_INFINITY;
  }

  /** A distribution of one value, with known mean and variance. */
  sealed interface Univariate extends Distribution
      permits Fixed, Normal, LogNormal, Gamma, Beta, Triangular, Pert, Uniform {

    /** {@return the mean} */
    double mean();

    /** {@return the variance} */
    double variance();

    /**
     * {@return a sampler of this distribution drawing from a random stream}
     *
     * @param rng the random stream
     */
    ContinuousDistribution.Sampler sampler(UniformRandomProvider rng);

    /**
     * {@return a maker of samplers of this distribution, one per random stream} The same samplers
     * as {@link #sampler(UniformRandomProvider)}, drawing the same numbers from the same stream,
     * but the distribution's own set-up (a log-beta, a checked PERT beta) is done once here rather
     * than for every stream: a Monte Carlo run makes one stream per draw. Thread-safe.
     */
    default Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers() {
      return this::sampler;
    }
  }

  /**
   * A value that does not vary.
   *
   * @param value the value
   */
  record Fixed(double value) implements Univariate {

    /**
     * Checks the value is finite.
     *
     * @param value the value
     */
    public Fixed {
      Problems p = Problems.collector();
      finite(p.at("value"), value);
      p.throwIfAny();
    }

    @Override
    public String type() {
      return "fixed";
    }

    @Override
    public double mean() {
      return value;
    }

    @Override
    public double variance() {
      return 0;
    }

    @Override
    public ContinuousDistribution.Sampler sampler(UniformRandomProvider rng) {
      return () -> value;
    }
  }

  /**
   * A normal distribution, possibly correlated with other normal parameters.
   *
   * @param mean the mean
   * @param sd the standard deviation, positive
   * @param correlations correlation coefficients with other normal parameters, by name, each in
   *     (-1, 1)
   */
  record Normal(double mean, double sd, Map<String, Double> correlations) implements Univariate {

    /**
     * Checks the parameters.
     *
     * @param mean the mean
     * @param sd the standard deviation
     * @param correlations the correlation coefficients by parameter name
     */
    public Normal {
      Problems p = Problems.collector();
      finite(p.at("mean"), mean);
      checkSd(p.at("sd"), sd);
      correlations = Map.copyOf(new TreeMap<>(correlations));
      correlations.forEach(
          (name, r) ->
              p.at("correlations")
                  .at(name)
                  .check(
                      r > -1 && r < 1,
                      "distribution.correlation",
                      "a correlation coefficient is strictly between -1 and 1, not " + r));
      p.throwIfAny();
    }

    /**
     * {@return an uncorrelated normal distribution}
     *
     * @param mean the mean
     * @param sd the standard deviation
     */
    public static Normal of(double mean, double sd) {
      return new Normal(mean, sd, Map.of());
    }

    @Override
    public String type() {
      return "normal";
    }

    @Override
    public double variance() {
      return sd * sd;
    }

    @Override
    public ContinuousDistribution.Sampler sampler(UniformRandomProvider rng) {
      return samplers().apply(rng);
    }

    @Override
    public Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers() {
      return NormalDistribution.of(mean, sd)::createSampler;
    }
  }

  /**
   * A lognormal distribution: {@code ln X} is normal with mean {@code mu} and standard deviation
   * {@code sigma}.
   *
   * @param mu the mean of the logarithm
   * @param sigma the standard deviation of the logarithm, positive
   */
  record LogNormal(double mu, double sigma) implements Univariate {

    /**
     * Checks the parameters.
     *
     * @param mu the mean of the logarithm
     * @param sigma the standard deviation of the logarithm
     */
    public LogNormal {
      Problems p = Problems.collector();
      finite(p.at("mu"), mu);
      checkSd(p.at("sigma"), sigma);
      p.throwIfAny();
    }

    /**
     * {@return the lognormal with a given mean and variance (method of moments)} {@code sigma^2 =
     * ln(1 + v / m^2)}, {@code mu = ln m - sigma^2 / 2}.
     *
     * @param mean the mean, positive
     * @param variance the variance, positive
     */
    public static LogNormal ofMeanVariance(double mean, double variance) {
      Problems p = Problems.collector();
      p.at("mean")
          .check(
              mean > 0 && Double.isFinite(mean),
              "distribution.range",
              "a lognormal mean is positive, not " + mean);
      p.at("variance")
          .check(
              variance > 0 && Double.isFinite(variance),
              "distribution.sd",
              "a variance is positive, not " + variance);
      p.throwIfAny();
      double s2 = Math.log1p(variance / (mean * mean));
      return new LogNormal(Math.log(mean) - s2 / 2, Math.sqrt(s2));
    }

    /**
     * {@return the lognormal with a given mean and standard deviation (method of moments)}
     *
     * @param mean the mean, positive
     * @param sd the standard deviation, positive
     */
    public static LogNormal ofMoments(double mean, double sd) {
      Problems p = Problems.collector();
      p.at("mean")
          .check(
              mean > 0 && Double.isFinite(mean),
              "distribution.range",
              "a lognormal mean is positive, not " + mean);
      checkSd(p.at("sd"), sd);
      p.throwIfAny();
      return ofMeanVariance(mean, sd * sd);
    }

    @Override
    public String type() {
      return "lognormal";
    }

    @Override
    public double mean() {
      return Math.exp(mu + sigma * sigma / 2);
    }

    @Override
    public double variance() {
      return Math.expm1(sigma * sigma) * Math.exp(2 * mu + sigma * sigma);
    }

    @Override
    public ContinuousDistribution.Sampler sampler(UniformRandomProvider rng) {
      return samplers().apply(rng);
    }

    @Override
    public Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers() {
      return LogNormalDistribution.of(mu, sigma)::createSampler;
    }
  }

  /**
   * A gamma distribution, for costs and other positive skewed quantities.
   *
   * @param shape the shape k, positive
   * @param scale the scale theta, positive (the rate is {@code 1 / scale})
   */
  record Gamma(double shape, double scale) implements Univariate {

    /**
     * Checks the parameters.
     *
     * @param shape the shape
     * @param scale the scale
     */
    public Gamma {
      Problems p = Problems.collector();
      positive(p.at("shape"), shape, "a gamma shape");
      positive(p.at("scale"), scale, "a gamma scale");
      p.throwIfAny();
    }

    /**
     * {@return the gamma with a given shape and rate}
     *
     * @param shape the shape, positive
     * @param rate the rate, positive
     */
    public static Gamma ofShapeRate(double shape, double rate) {
      Problems p = Problems.collector();
      positive(p.at("shape"), shape, "a gamma shape");
      positive(p.at("rate"), rate, "a gamma rate");
      p.throwIfAny();
      return new Gamma(shape, 1 / rate);
    }

    /**
     * {@return the gamma with a given mean and standard deviation (method of moments)} Shape {@code
     * m^2 / v}, scale {@code v / m}.
     *
     * @param mean the mean, positive
     * @param sd the standard deviation, positive
     */
    public static Gamma ofMoments(double mean, double sd) {
      Problems p = Problems.collector();
      positive(p.at("mean"), mean, "a gamma mean");
      checkSd(p.at("sd"), sd);
      p.throwIfAny();
      double v = sd * sd;
      return new Gamma(mean * mean / v, v / mean);
    }

    /** {@return the rate, {@code 1 / scale}} */
    public double rate() {
      return 1 / scale;
    }

    @Override
    public String type() {
      return "gamma";
    }

    @Override
    public double mean() {
      return shape * scale;
    }

    @Override
    public double variance() {
      return shape * scale * scale;
    }

    @Override
    public ContinuousDistribution.Sampler sampler(UniformRandomProvider rng) {
      return samplers().apply(rng);
    }

    @Override
    public Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers() {
      return GammaDistribution.of(shape, scale)::createSampler;
    }
  }

  /**
   * A beta distribution on (0, 1), for probabilities and proportions.
   *
   * @param alpha the first shape, positive
   * @param beta the second shape, positive
   */
  record Beta(double alpha, double beta) implements Univariate {

    /**
     * Checks the parameters.
     *
     * @param alpha the first shape
     * @param beta the second shape
     */
    public Beta {
      Problems p = Problems.collector();
      positive(p.at("alpha"), alpha, "a beta alpha");
      positive(p.at("beta"), beta, "a beta beta");
      p.throwIfAny();
    }

    /**
     * {@return the beta with a given mean and standard deviation (method of moments)} With {@code v
     * = sd^2}: {@code alpha = m (m (1 - m) / v - 1)}, {@code beta = (1 - m) (m (1 - m) / v - 1)}.
     *
     * @param mean the mean, in (0, 1)
     * @param sd the standard deviation, positive, with {@code sd^2 < m (1 - m)}
     */
    public static Beta ofMoments(double mean, double sd) {
      Problems p = Problems.collector();
      p.at("mean")
          .check(
              mean > 0 && mean < 1,
              "distribution.range",
              "a beta mean is strictly between 0 and 1, not " + mean);
      checkSd(p.at("sd"), sd);
      p.throwIfAny();
      double v = sd * sd;
      double k = mean * (1 - mean) / v - 1;
      p.at("sd")
          .check(
              k > 0,
              "distribution.variance",
              "the variance "
                  + v
                  + " is too large for a beta with mean "
                  + mean
                  + ": it must be below mean x (1 - mean) = "
                  + mean * (1 - mean));
      p.throwIfAny();
      return new Beta(mean * k, (1 - mean) * k);
    }

    @Override
    public String type() {
      return "beta";
    }

    @Override
    public double mean() {
      return alpha / (alpha + beta);
    }

    @Override
    public double variance() {
      double s = alpha + beta;
      return alpha * beta / (s * s * (s + 1));
    }

    @Override
    public ContinuousDistribution.Sampler sampler(UniformRandomProvider rng) {
      return samplers().apply(rng);
    }

    @Override
    public Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers() {
      return BetaDistribution.of(alpha, beta)::createSampler;
    }
  }

  /**
   * A triangular distribution, for expert ranges.
   *
   * @param min the lower limit
   * @param mode the most likely value, from min to max
   * @param max the upper limit, above min
   */
  record Triangular(double min, double mode, double max) implements Univariate {

    /**
     * Checks the parameters.
     *
     * @param min the lower limit
     * @param mode the mode
     * @param max the upper limit
     */
    public Triangular {
      range(min, mode, max);
    }

    @Override
    public String type() {
      return "triangular";
    }

    @Override
    public double mean() {
      return (min + mode + max) / 3;
    }

    @Override
    public double variance() {
      return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
    }

    @Override
    public ContinuousDistribution.Sampler sampler(UniformRandomProvider rng) {
      return samplers().apply(rng);
    }

    @Override
    public Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers() {
      return TriangularDistribution.of(min, mode, max)::createSampler;
    }
  }

  /**
   * A PERT distribution, for expert ranges: {@code min + (max - min) B} with {@code B} beta with
   * {@code alpha = 1 + 4 (mode - min) / (max - min)} and {@code beta = 1 + 4 (max - mode) / (max -
   * min)} (Vose, Risk Analysis, 3rd ed., 2008, section 9.1.4; mean {@code (min + 4 mode + max) /
   * 6}).
   *
   * @param min the lower limit
   * @param mode the most likely value, from min to max
   * @param max the upper limit, above min
   */
  record Pert(double min, double mode, double max) implements Univariate {

    /**
     * Checks the parameters.
     *
     * @param min the lower limit
     * @param mode the mode
     * @param max the upper limit
     */
    public Pert {
      range(min, mode, max);
    }

    /** {@return the beta distribution of {@code (X - min) / (max - min)}} */
    public Beta standard() {
      double w = max - min;
      return new Beta(1 + 4 * (mode - min) / w, 1 + 4 * (max - mode) / w);
    }

    @Override
    public String type() {
      return "pert";
    }

    @Override
    public double mean() {
      return (min + 4 * mode + max) / 6;
    }

    @Override
    public double variance() {
      double w = max - min;
      return standard().variance() * w * w;
    }

    @Override
    public ContinuousDistribution.Sampler sampler(UniformRandomProvider rng) {
      return samplers().apply(rng);
    }

    @Override
    public Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers() {
      Function<UniformRandomProvider, ContinuousDistribution.Sampler> standard =
          standard().samplers();
      double w = max - min;
      return rng -> {
        ContinuousDistribution.Sampler b = standard.apply(rng);
        return () -> min + w * b.sample();
      };
    }
  }

  /**
   * A continuous uniform distribution.
   *
   * @param min the lower limit
   * @param max the upper limit, above min
   */
  record Uniform(double min, double max) implements Univariate {

    /**
     * Checks the parameters.
     *
     * @param min the lower limit
     * @param max the upper limit
     */
    public Uniform {
      Problems p = Problems.collector();
      finite(p.at("min"), min);
      finite(p.at("max"), max);
      p.throwIfAny();
      p.at("max").check(max > min, "distribution.range", "max " + max + " is not above min " + min);
      p.throwIfAny();
    }

    @Override
    public String type() {
      return "uniform";
    }

    @Override
    public double mean() {
      return (min + max) / 2;
    }

    @Override
    public double variance() {
      return (max - min) * (max - min) / 12;
    }

    @Override
    public ContinuousDistribution.Sampler sampler(UniformRandomProvider rng) {
      return samplers().apply(rng);
    }

    @Override
    public Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers() {
      return UniformContinuousDistribution.of(min, max)::createSampler;
    }
  }

  /**
   * One share of a Dirichlet group: the parameters with the same group name are drawn together, so
   * that they sum to one in every draw. A group is given either by every member's {@code alpha}, or
   * by every member's {@code mean} (summing to one) and a standard deviation on at least one
   * member, turned into alphas by {@link Dirichlet#ofMoments}.
   *
   * @param group the group's name
   * @param alpha this share's concentration parameter, in the alpha form
   * @param mean this share's mean, in the moments form
   * @param sd this share's standard deviation, in the moments form (optional)
   */
  record DirichletShare(String group, OptionalDouble alpha, OptionalDouble mean, OptionalDouble sd)
      implements Distribution {

    /**
     * Checks the share.
     *
     * @param group the group
     * @param alpha the concentration parameter, or empty
     * @param mean the mean, or empty
     * @param sd the standard deviation, or empty
     */
    public DirichletShare {
      Problems p = Problems.collector();
      p.at("group").required(group);
      p.throwIfAny();
      p.at("group").check(!group.isBlank(), "distribution.group", "a Dirichlet group has a name");
      alpha.ifPresent(a -> positive(p.at("alpha"), a, "a Dirichlet alpha"));
      mean.ifPresent(
          m ->
              p.at("mean")
                  .check(
                      m > 0 && m < 1,
                      "distribution.range",
                      "a Dirichlet mean is strictly between 0 and 1, not " + m));
      sd.ifPresent(s -> checkSd(p.at("sd"), s));
      p.check(
          alpha.isPresent() != mean.isPresent() && (alpha.isEmpty() || sd.isEmpty()),
          "distribution.form",
          "a Dirichlet share has either an alpha, or a mean (and optionally sd)");
      p.throwIfAny();
    }

    @Override
    public String type() {
      return "dirichlet";
    }
  }

  /**
   * A Dirichlet distribution: shares that sum to one.
   *
   * @param alpha the concentration parameters, each positive, at least two
   */
  record Dirichlet(List<Double> alpha) {

    /**
     * Checks the parameters.
     *
     * @param alpha the concentration parameters
     */
    public Dirichlet {
      alpha = List.copyOf(alpha);
      Problems p = Problems.collector();
      p.check(
          alpha.size() >= 2,
          "distribution.group",
          "a Dirichlet has at least two shares, not " + alpha.size());
      for (int i = 0; i < alpha.size(); i++) {
        positive(p.at(i), alpha.get(i), "a Dirichlet alpha");
      }
      p.throwIfAny();
    }

    /**
     * {@return the Dirichlet with given means and standard deviations, by the method of moments of
     * {@code dampack::dirichlet_params} (Fielitz and Myers 1975; Narayanan 1992)} With the first
     * share's mean {@code m1} and standard deviation {@code s1}, the total concentration is {@code
     * a0 = m1 (1 - m1) / s1^2 - 1} and {@code alpha_i = a0 m_i}, the last share taking {@code a0 (1
     * - sum of the other means)}. Only the first standard deviation is used (the others follow from
     * it and the means); the means must sum to one within 1e-9.
     *
     * @param means the shares' means, each in (0, 1), summing to one
     * @param sds the standard deviations; the first must be present (positive), the rest may be NaN
     */
    public static Dirichlet ofMoments(double[] means, double[] sds) {
      Problems p = Problems.collector();
      double sum = 0;
      for (int i = 0; i < means.length; i++) {
        p.at(i)
            .at("mean")
            .check(
                means[i] > 0 && means[i] < 1,
                "distribution.range",
                "a Dirichlet mean is strictly between 0 and 1, not " + means[i]);
        sum += means[i];
      }
      p.check(
          means.length >= 2,
          "distribution.group",
          "a Dirichlet has at least two shares, not " + means.length);
      p.check(
          Math.abs(sum - 1) <= 1e-9,
          "distribution.group",
          "the means of a Dirichlet sum to 1, not " + sum);
      p.throwIfAny();
      double m1 = means[0];
      double s1 = sds[0];
      checkSd(p.at(0).at("sd"), s1);
      p.throwIfAny();
      double a0 = m1 * (1 - m1) / (s1 * s1) - 1;
      p.at(0)
          .at("sd")
          .check(
              a0 > 0,
              "distribution.variance",
              "the variance "
                  + s1 * s1
                  + " is too large for a Dirichlet share with mean "
                  + m1
                  + ": it must be below mean x (1 - mean)");
      p.throwIfAny();
      List<Double> alpha = new ArrayList<>();
      double rest = 1;
      for (int i = 0; i < means.length - 1; i++) {
        alpha.add(a0 * means[i]);
        rest -= means[i];
      }
      alpha.add(a0 * rest);
      return new Dirichlet(alpha);
    }

    /** {@return the total concentration, the sum of the alphas} */
    public double concentration() {
      double s = 0;
      for (double a : alpha) {
        s += a;
      }
      return s;
    }

    /**
     * {@return the mean of share i, {@code alpha_i / alpha_0}}
     *
     * @param i the share
     */
    public double mean(int i) {
      return alpha.get(i) / concentration();
    }

    /**
     * {@return the variance of share i, {@code m_i (1 - m_i) / (alpha_0 + 1)}}
     *
     * @param i the share
     */
    public double variance(int i) {
      double m = mean(i);
      return m * (1 - m) / (concentration() + 1);
    }
  }

  private static void finite(Problems p, double v) {
    p.check(Double.isFinite(v), "distribution.range", "a finite number is required, not " + v);
  }

  private static void checkSd(Problems p, double v) {
    p.check(
        v > 0 && Double.isFinite(v),
        "distribution.sd",
        "a standard deviation is positive, not " + v);
  }

  private static void positive(Problems p, double v, String what) {
    p.check(v > 0 && Double.isFinite(v), "distribution.range", what + " is positive, not " + v);
  }

  private static void range(double min, double mode, double max) {
    Problems p = Problems.collector();
    finite(p.at("min"), min);
    finite(p.at("mode"), mode);
    finite(p.at("max"), max);
    p.throwIfAny();
    if (p.at("max")
        .check(max > min, "distribution.range", "max " + max + " is not above min " + min)) {
      p.at("mode")
          .check(
              mode >= min && mode <= max,
              "distribution.range",
              "the mode " + mode + " is not between min " + min + " and max " + max);
    }
    p.throwIfAny();
  }
}
