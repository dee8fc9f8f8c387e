package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.uncertainty.Distribution.Beta;
import org.networkedcare.metrics.uncertainty.Distribution.Dirichlet;
import org.networkedcare.metrics.uncertainty.Distribution.Fixed;
import org.networkedcare.metrics.uncertainty.Distribution.Gamma;
import org.networkedcare.metrics.uncertainty.Distribution.LogNormal;
import org.networkedcare.metrics.uncertainty.Distribution.Normal;
import org.networkedcare.metrics.uncertainty.Distribution.Pert;
import org.networkedcare.metrics.uncertainty.Distribution.Triangular;
import org.networkedcare.metrics.uncertainty.Distribution.Uniform;
import org.networkedcare.metrics.uncertainty.Distribution.Univariate;

class DistributionTest {

  private static void moments(Univariate d, double mean, double variance) {
    assertEquals(mean, d.mean(), Math.abs(mean) * 1e-12 + 1e-15, d + " mean");
    assertEquals(variance, d.variance(), Math.abs(variance) * 1e-12 + 1e-15, d + " variance");
  }

  /**
   * Hand-computed moments (formulas from Johnson, Kotz and Balakrishnan; worked by hand in the
   * comments).
   */
  @Test
  void momentsByHand() {
    // Beta(6, 14): mean 6/20 = 0.3; variance 6*14 / (20^2 * 21) = 84/8400 = 0.01.
    moments(new Beta(6, 14), 0.3, 0.01);
    // Gamma shape 2, scale 3: mean 6, variance 2*9 = 18.
    moments(new Gamma(2, 3), 6, 18);
    // Lognormal mu 0, sigma 1: mean e^0.5, variance (e - 1) e.
    moments(new LogNormal(0, 1), Math.exp(0.5), (Math.E - 1) * Math.E);
    // Triangular(0, 1, 4): mean 5/3; variance (0 + 1 + 16 - 0 - 0 - 4)/18 = 13/18.
    moments(new Triangular(0, 1, 4), 5.0 / 3, 13.0 / 18);
    // PERT(90, 120, 160): alpha 1 + 4*30/70 = 19/7, beta 23/7; mean (90 + 480 + 160)/6 = 730/6;
    // variance (mean - min)(max - mean)/7 = (31.67)(38.33)/7 (Vose 2008), which the beta gives
    // exactly.
    Pert pert = new Pert(90, 120, 160);
    assertEquals(19.0 / 7, pert.standard().alpha(), 1e-15);
    assertEquals(23.0 / 7, pert.standard().beta(), 1e-15);
    double m = 730.0 / 6;
    moments(pert, m, (m - 90) * (160 - m) / 7);
    // Uniform(2, 5): mean 3.5, variance 9/12.
    moments(new Uniform(2, 5), 3.5, 0.75);
    moments(Normal.of(5, 2), 5, 4);
    moments(new Fixed(7), 7, 0);
  }

  /** The same moments from Apache Commons Statistics, an independent implementation. */
  @Test
  void momentsAgreeWithCommonsStatistics() {
    List<Map.Entry<Univariate, ContinuousDistribution>> pairs =
        List.of(
            Map.entry(new Beta(2.5, 7), BetaDistribution.of(2.5, 7)),
            Map.entry(new Gamma(3, 1500), GammaDistribution.of(3, 1500)),
            Map.entry(new LogNormal(1.2, 0.4), LogNormalDistribution.of(1.2, 0.4)),
            Map.entry(new Triangular(1, 3, 8), TriangularDistribution.of(1, 3, 8)),
            Map.entry(new Uniform(-1, 4), UniformContinuousDistribution.of(-1, 4)));
    for (Map.Entry<Univariate, ContinuousDistribution> p : pairs) {
      moments(p.getKey(), p.getValue().getMean(), p.getValue().getVariance());
    }
  }

  @Test
  void methodOfMomentsByHand() {
    // Spec formulas: beta mean 0.3 sd 0.1: v = 0.01, m(1-m)/v - 1 = 20, alpha 6, beta 14.
    Beta b = Beta.ofMoments(0.3, 0.1);
    assertEquals(6, b.alpha(), 1e-12);
    assertEquals(14, b.beta(), 1e-12);
    // Gamma mean 180000 sd 20000: shape 180000^2/20000^2 = 81, scale 20000^2/180000 = 2222.2...
    Gamma g = Gamma.ofMoments(180000, 20000);
    assertEquals(81, g.shape(), 1e-12);
    assertEquals(4e8 / 180000, g.scale(), 1e-9);
    assertEquals(0.25, Gamma.ofShapeRate(2, 4).scale());
    // Lognormal mean 6 sd 2: sigma^2 = ln(1 + 4/36) = ln(10/9), mu = ln 6 - sigma^2/2.
    LogNormal l = LogNormal.ofMoments(6, 2);
    assertEquals(Math.log(10.0 / 9), l.sigma() * l.sigma(), 1e-15);
    assertEquals(Math.log(6) - Math.log(10.0 / 9) / 2, l.mu(), 1e-15);
    assertEquals(l, LogNormal.ofMeanVariance(6, 4));
    // dampack::dirichlet_params(c(0.5, 0.15, 0.35), c(0.035, 0.025, 0.034)) documents "true values
    // 100, 30, 70"; by hand: a0 = 0.5*0.5/0.035^2 - 1 = 203.0816..., alpha = a0 * means.
    Dirichlet d =
        Dirichlet.ofMoments(new double[] {0.5, 0.15, 0.35}, new double[] {0.035, 0.025, 0.034});
    double a0 = 0.25 / (0.035 * 0.035) - 1;
    assertEquals(a0 * 0.5, d.alpha().get(0), 1e-9);
    assertEquals(a0 * 0.15, d.alpha().get(1), 1e-9);
    assertEquals(a0 * 0.35, d.alpha().get(2), 1e-9);
    assertEquals(0.15, d.mean(1), 1e-12);
    assertEquals(0.035 * 0.035, d.variance(0), 1e-15);
  }

  @Test
  void methodOfMomentsRoundTrips() {
    qt().forAll(doubles().between(0.01, 0.99), doubles().between(0.01, 0.99))
        .checkAssert(
            (m, f) -> {
              double sd = f * Math.sqrt(m * (1 - m)) * 0.999;
              Beta b = Beta.ofMoments(m, sd);
              assertEquals(m, b.mean(), 1e-9);
              assertEquals(sd, Math.sqrt(b.variance()), sd * 1e-7);
            });
    qt().forAll(doubles().between(0.001, 1e7), doubles().between(0.001, 10))
        .checkAssert(
            (m, cv) -> {
              Gamma g = Gamma.ofMoments(m, m * cv);
              assertEquals(m, g.mean(), m * 1e-12);
              assertEquals(m * cv, Math.sqrt(g.variance()), m * cv * 1e-12);
              LogNormal l = LogNormal.ofMoments(m, m * cv);
              assertEquals(m, l.mean(), m * 1e-9);
              assertEquals(m * cv, Math.sqrt(l.variance()), m * cv * 1e-9);
            });
  }

  /** Sample moments of 200,000 draws within 5 standard errors of the distribution's. */
  @Test
  void samplersDrawTheirDistribution() {
    UniformRandomProvider rng = new XoRoShiRo128PlusPlus(12345L, 67890L);
    int n = 200_000;
    for (Univariate d :
        List.of(
            new Beta(6, 14),
            new Gamma(81, 2222),
            LogNormal.ofMoments(6, 2),
            new Triangular(0, 1, 4),
            new Pert(90, 120, 160),
            new Uniform(2, 5),
            Normal.of(-3, 2))) {
      ContinuousDistribution.Sampler s = d.sampler(rng);
      double sum = 0;
      double sum2 = 0;
      for (int i = 0; i < n; i++) {
        double x = s.sample() - d.mean();
        sum += x;
        sum2 += x * x;
      }
      double se = Math.sqrt(d.variance() / n);
      assertEquals(0, sum / n, 5 * se, d + " mean");
      assertEquals(d.variance(), sum2 / n, 0.05 * d.variance(), d + " variance");
    }
  }

  @Test
  void badParametersNameTheirField() {
    assertEquals("/sd distribution.sd", one(() -> Beta.ofMoments(0.5, 0)));
    assertEquals("/mean distribution.range", one(() -> Beta.ofMoments(1.2, 0.1)));
    assertEquals("/sd distribution.variance", one(() -> Beta.ofMoments(0.5, 0.5)));
    assertEquals("/sd distribution.sd", one(() -> Gamma.ofMoments(10, -1)));
    assertEquals("/mode distribution.range", one(() -> new Triangular(0, 5, 4)));
    assertEquals("/max distribution.range", one(() -> new Uniform(3, 3)));
    assertEquals(
        " distribution.group",
        one(() -> Dirichlet.ofMoments(new double[] {0.5, 0.4}, new double[] {0.1, 0.1})));
  }

  private static String one(org.junit.jupiter.api.function.Executable e) {
    var p = assertThrows(ValidationException.class, e).problems().get(0);
    return p.path() + " " + p.code();
  }
}
