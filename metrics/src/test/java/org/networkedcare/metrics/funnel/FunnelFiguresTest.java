package org.networkedcare.metrics.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.measure.ImprovementDirection;

/**
 * Numbers computed independently of this code. Sources: "spec" = the worked figures of
 * specs/funnel.md section 6 (7 digits); "hand" = a hand calculation of the spec's formulas, its
 * arithmetic checked in Python 3 with math and scipy.stats 1.17 (norm.ppf, gamma.ppf/isf,
 * binom.cdf), not with this code.
 */
class FunnelFiguresTest {

  private static void close(double expected, double actual, double rel) {
    assertEquals(expected, actual, rel * Math.abs(expected) + 1e-15);
  }

  private static FunnelResult run(List<SiteCount> rows, FunnelOptions.Builder b) {
    return Funnel.analyse(rows, b.build());
  }

  private static FunnelSite site(FunnelResult r, String name) {
    return r.sites().stream().filter(s -> s.site().equals(name)).findFirst().orElseThrow();
  }

  /** Three sites, so that the proportion analysis may run; the target is given. */
  private static List<SiteCount> withSite(SiteCount s) {
    return List.of(s, new SiteCount("other1", 90, 100), new SiteCount("other2", 180, 200));
  }

  @Test
  void normalQuantiles() {
    // hand: scipy norm.ppf(0.975), norm.ppf(0.999)
    close(1.959963984540054, Funnel.Z95, 1e-15);
    close(3.090232306167813, Funnel.Z998, 1e-15);
  }

  @Test
  void specProportionTarget09At400() {
    // spec section 6: target 0.9, n = 400, 95% limits 0.8687284 and 0.9274332.
    FunnelResult r =
        run(
            withSite(new SiteCount("A", 360, 400)),
            FunnelOptions.builder().target(0.9).overdispersion(Overdispersion.NONE));
    Limits l = site(r, "A").limits();
    assertEquals(0.8687284, l.lower95(), 5e-8);
    assertEquals(0.9274332, l.upper95(), 5e-8);
    assertEquals(0, site(r, "A").z(), 1e-12); // value = target
  }

  @Test
  void specShmiRatioE25NormalLimits() {
    // spec section 6: E = 25, target 1, shmi, normal, unadjusted: 99.8% limits 0.5389964,
    // 1.8553001.
    FunnelResult r =
        run(
            withSite(new SiteCount("A", 25, 25)),
            FunnelOptions.builder()
                .type(IndicatorType.RATIO)
                .limits(LimitMethod.NORMAL)
                .overdispersion(Overdispersion.NONE));
    Limits l = site(r, "A").limits();
    assertEquals(0.5389964, l.lower998(), 5e-8);
    assertEquals(1.8553001, l.upper998(), 5e-8);
    assertEquals(1, r.target());
    assertEquals(LimitMethod.NORMAL, r.limitMethod());
  }

  @Test
  void specSmallZNeverAdjustedUnderAuto() {
    // spec section 6: z all within +/- 1 gives phi < 1 and no adjustment under auto.
    List<SiteCount> rows =
        List.of(
            new SiteCount("A", 50, 100),
            new SiteCount("B", 102, 200),
            new SiteCount("C", 148, 300),
            new SiteCount("D", 201, 400));
    FunnelResult r = run(rows, FunnelOptions.builder());
    for (FunnelSite s : r.sites()) {
      assertTrue(Math.abs(s.z()) < 1, s.site());
      assertEquals(s.z(), s.zAdjusted());
    }
    assertTrue(r.phi().getAsDouble() < 1);
    assertEquals(Adjustment.NONE, r.adjustment());
  }

  /**
   * hand: five proportions, pooled target 1385/1570, winsorised at the type-7 10% and 90%
   * quantiles.
   */
  private static final List<SiteCount> FIVE =
      List.of(
          new SiteCount("A", 45, 50),
          new SiteCount("B", 170, 200),
          new SiteCount("C", 380, 400),
          new SiteCount("D", 700, 800),
          new SiteCount("E", 90, 120));

  @Test
  void handProportionPhiTau2AndAdditiveLimits() {
    FunnelResult r = run(FIVE, FunnelOptions.builder());
    close(0.8821656050955414, r.target(), 1e-15);
    close(0.4051134445521048, site(r, "A").z(), 1e-12);
    close(4.995319795110964, site(r, "C").z(), 1e-12);
    close(-3.794673908147589, site(r, "E").z(), 1e-12);
    // quantiles -2.81197685998496 and 3.1592372548874206 clamp C and E
    close(4.045462515734679, r.phi().getAsDouble(), 1e-12);
    close(0.003960957827816733, r.tau2().getAsDouble(), 1e-12);
    assertEquals(Adjustment.ADDITIVE, r.adjustment());
    Limits l = site(r, "C").limits(); // n = 400
    close(0.784194785221713, l.lower95(), 1e-12);
    close(0.9533641029344784, l.upper95(), 1e-12);
    close(0.7181418019036215, l.lower998(), 1e-12);
    close(0.9802151031171122, l.upper998(), 1e-12);
    close(0.3026108126665297, site(r, "A").zAdjusted(), 1e-12);
  }

  @Test
  void handProportionMultiplicative() {
    FunnelResult r =
        run(FIVE, FunnelOptions.builder().overdispersion(Overdispersion.MULTIPLICATIVE));
    assertEquals(Adjustment.MULTIPLICATIVE, r.adjustment());
    Limits l = site(r, "C").limits();
    close(0.8116268445441011, l.lower95(), 1e-12);
    close(0.9379047838617847, l.upper95(), 1e-12);
    close(0.7652664602730004, l.lower998(), 1e-12);
    close(0.9624510300353735, l.upper998(), 1e-12);
    close(0.20141535015041043, site(r, "A").zAdjusted(), 1e-12);
    // C (0.95) lies between the upper 95% (0.9379) and 99.8% (0.9625) limits: z / sqrt(phi) = 2.48.
    assertEquals(Outlier.HIGH_95, site(r, "C").outlier());
  }

  @Test
  void handShmiTruncationOfTwentySites() {
    // hand: E = 20, 27, ..., 153; O = round(E (0.7 + 0.03 i)); ranks into 10 groups by
    // floor(rank 10 / 21): ranks 1, 2 (group 0) and 19, 20 (group 9) are left out: 16 kept.
    List<SiteCount> rows = new ArrayList<>();
    int[] o = {
      14, 20, 26, 32, 39, 47, 55, 63, 71, 81, 90, 100, 110, 121, 132, 144, 156, 168, 181, 194
    };
    for (int i = 0; i < 20; i++) {
      rows.add(new SiteCount("S" + i, o[i], 20 + 7 * i));
    }
    FunnelResult r = run(rows, FunnelOptions.builder().type(IndicatorType.RATIO));
    close(1.5045653786677677, r.phi().getAsDouble(), 1e-12);
    close(0.0071376654633181665, r.tau2().getAsDouble(), 1e-12);
    assertEquals(Adjustment.ADDITIVE, r.adjustment());
    Limits l = site(r, "S19").limits(); // E = 153
    close(0.7951799233688358, l.lower95(), 1e-12);
    close(1.2575770220196576, l.upper95(), 1e-12);
    close(0.6967323656156847, l.lower998(), 1e-12);
    close(1.4352713457143984, l.upper998(), 1e-12);
  }

  @Test
  void handExactPoissonLimits() {
    // hand: scipy gamma.ppf(p, target E) / E and gamma.isf(p, target E + 1) / E.
    FunnelResult r =
        run(
            withSite(new SiteCount("A", 25, 25)),
            FunnelOptions.builder().type(IndicatorType.RATIO).overdispersion(Overdispersion.NONE));
    assertEquals(LimitMethod.EXACT, r.limitMethod());
    Limits l = site(r, "A").limits();
    close(0.6471472739131731, l.lower95(), 1e-12);
    close(1.4761972679012159, l.upper95(), 1e-12);
    close(0.4934781054375452, l.lower998(), 1e-12);
    close(1.7854430166860897, l.upper998(), 1e-12);
    // A target other than 1 enters the gamma shape (the spec; FunnelPlotR only scales by it).
    Limits t = ExactLimits.poisson(1.2, 25);
    close(0.8096349608568366, t.lower95(), 1e-12);
    close(1.7130746157923065, t.upper95(), 1e-12);
    close(0.6347668318856141, t.lower998(), 1e-12);
    close(2.043324966636976, t.upper998(), 1e-12);
    Limits small = ExactLimits.poisson(1, 3.5);
    close(0.24140988295390783, small.lower95(), 1e-12);
    close(3.982452124465225, small.upper998(), 1e-12);
  }

  @Test
  void handExactBinomialLimits() {
    // hand, n = 10, target 0.5: P(R <= 1) = 11/1024, P(R <= 2) = 56/1024, so r = 2 and
    // alpha = (56/1024 - 0.025) / (45/1024) = 0.675556; limit (2 - alpha) / 10 = 0.1324444.
    Limits l = ExactLimits.binomial(0.5, 10);
    close(0.13244444444444445, l.lower95(), 1e-12);
    close(0.7675555555555555, l.upper95(), 1e-12);
    close(0.00024000000000000686, l.lower998(), 1e-9);
    close(0.89976, l.upper998(), 1e-12);
    Limits m = ExactLimits.binomial(0.9, 200); // hand, scipy binom.cdf
    close(0.8540282856301136, m.lower95(), 1e-12);
    close(0.9373092779762682, m.upper95(), 1e-12);
    close(0.826432736147305, m.lower998(), 1e-12);
    close(0.9571484925979244, m.upper998(), 1e-12);
  }

  @Test
  void handCqcLimitsAreSquaredBack() {
    // hand: (1 +/- z sqrt(1/(4 E) + tau2))^2 at E = 100, here with tau2 = 0 and phi from the data.
    FunnelResult r =
        run(
            withSite(new SiteCount("A", 100, 100)),
            FunnelOptions.builder()
                .type(IndicatorType.RATIO)
                .ratioMethod(RatioMethod.CQC)
                .limits(LimitMethod.NORMAL)
                .overdispersion(Overdispersion.NONE));
    Limits l = site(r, "A").limits();
    double sd = 1 / (2 * Math.sqrt(100));
    close(Math.pow(1 - 1.959963984540054 * sd, 2), l.lower95(), 1e-12);
    close(Math.pow(1 + 3.090232306167813 * sd, 2), l.upper998(), 1e-12);
    // adjusted: (1 +/- z sqrt(1/(4 E) + tau2))^2 with the estimated tau2 (spec section 4; the
    // hand figure for tau2 = 0.002 at E = 100 is 0.7543298025201491).
    double tau2 = 0.002;
    close(0.7543298025201491, Scale.SQRT.back(1 - Funnel.Z95 * Math.sqrt(1 / 400.0 + tau2)), 1e-12);
    FunnelResult adj =
        run(
            FIVE_RATIOS,
            FunnelOptions.builder()
                .type(IndicatorType.RATIO)
                .ratioMethod(RatioMethod.CQC)
                .overdispersion(Overdispersion.ADDITIVE));
    double t2 = adj.tau2().getAsDouble();
    assertTrue(t2 > 0);
    FunnelSite big = site(adj, "R3");
    double sdA = Math.sqrt(1 / (4 * big.denominator()) + t2);
    close(Math.pow(1 - Funnel.Z95 * sdA, 2), big.limits().lower95(), 1e-12);
    close(Math.pow(1 + Funnel.Z998 * sdA, 2), big.limits().upper998(), 1e-12);
  }

  private static final List<SiteCount> FIVE_RATIOS =
      List.of(
          new SiteCount("R1", 40, 50),
          new SiteCount("R2", 130, 100),
          new SiteCount("R3", 380, 400),
          new SiteCount("R4", 90, 60),
          new SiteCount("R5", 200, 260));

  @Test
  void handCountRatio() {
    // hand: O = 110, D = 100 with target 1.05: z on ln((O+.5)/(D+.5)) with s = sqrt(O/(O+.5)^2 +
    // D/(D+.5)^2); limits 1.05 exp(+/- z / (2 sqrt(D))) (FunnelPlotR's limit s).
    FunnelResult r =
        run(
            withSite(new SiteCount("A", 110, 100)),
            FunnelOptions.builder()
                .type(IndicatorType.COUNT_RATIO)
                .target(1.05)
                .overdispersion(Overdispersion.NONE));
    FunnelSite a = site(r, "A");
    close(0.3350078946495932, a.z(), 1e-12);
    close(0.9519830632454677, a.limits().lower95(), 1e-12);
    close(1.1581088388709304, a.limits().upper95(), 1e-12);
    close(0.8996752166834181, a.limits().lower998(), 1e-12);
    close(1.2254422257670712, a.limits().upper998(), 1e-12);
  }

  @Test
  void handRate() {
    // hand: 30 events in 1000 person-years, target 0.02: z = (sqrt(0.03) - sqrt(0.02)) 2
    // sqrt(1000);
    // limits (sqrt(0.02) +/- z / (2 sqrt(1000)))^2.
    FunnelResult r =
        run(
            withSite(new SiteCount("A", 30, 1000)),
            FunnelOptions.builder()
                .type(IndicatorType.RATE)
                .target(0.02)
                .overdispersion(Overdispersion.NONE));
    FunnelSite a = site(r, "A");
    close(2.0101792401041636, a.z(), 1e-12);
    close(0.012195139299407716, a.limits().lower95(), 1e-12);
    close(0.029725590110939344, a.limits().upper95(), 1e-12);
    close(0.008567444920806463, a.limits().lower998(), 1e-12);
    close(0.03620732293223515, a.limits().upper998(), 1e-12);
    assertEquals(Outlier.HIGH_95, a.outlier());
    assertEquals(OutlierJudgement.UNJUDGED, a.judgement());
  }

  @Test
  void outlierDirectionFromImprovement() {
    FunnelResult up = run(FIVE, FunnelOptions.builder().direction(ImprovementDirection.INCREASE));
    FunnelResult down = run(FIVE, FunnelOptions.builder().direction(ImprovementDirection.DECREASE));
    for (int i = 0; i < FIVE.size(); i++) {
      FunnelSite u = up.sites().get(i);
      FunnelSite d = down.sites().get(i);
      assertEquals(u.outlier(), d.outlier());
      if (u.outlier().high()) {
        assertEquals(OutlierJudgement.FAVOURABLE, u.judgement());
        assertEquals(OutlierJudgement.UNFAVOURABLE, d.judgement());
      } else if (u.outlier().low()) {
        assertEquals(OutlierJudgement.UNFAVOURABLE, u.judgement());
        assertEquals(OutlierJudgement.FAVOURABLE, d.judgement());
      } else {
        assertEquals(OutlierJudgement.WITHIN, u.judgement());
      }
    }
  }

  @Test
  void aValueOnALimitIsWithin() {
    Limits l = new Limits(0.8, 0.9, 0.7, 0.95);
    assertEquals(Outlier.NONE, l.classify(0.9));
    assertEquals(Outlier.NONE, l.classify(0.8));
    assertEquals(Outlier.HIGH_95, l.classify(Math.nextUp(0.9)));
    assertEquals(Outlier.HIGH_95, l.classify(0.95));
    assertEquals(Outlier.HIGH_998, l.classify(Math.nextUp(0.95)));
    assertEquals(Outlier.LOW_95, l.classify(0.7));
    assertEquals(Outlier.LOW_998, l.classify(Math.nextDown(0.7)));
  }

  @Test
  void rowsOfOneSiteAreSummedInFirstAppearanceOrder() {
    List<SiteCount> rows =
        List.of(
            new SiteCount("Z", 10, 20),
            new SiteCount("A", 5, 10),
            new SiteCount("Z", 30, 80),
            new SiteCount("M", 1, 4));
    FunnelResult r = run(rows, FunnelOptions.builder().overdispersion(Overdispersion.NONE));
    assertEquals(List.of("Z", "A", "M"), r.sites().stream().map(FunnelSite::site).toList());
    assertEquals(40, r.sites().get(0).numerator());
    assertEquals(100, r.sites().get(0).denominator());
    assertEquals(46.0 / 114, r.target());
  }

  @Test
  void typeSevenQuantileAndAverageRanks() {
    // hand: R quantile(c(1,2,3,4,10), 0.1) = 1.4, 0.9 -> 7.6; rank(c(3,1,3,2)) = 3.5 1 3.5 2.
    double[] sorted = {1, 2, 3, 4, 10};
    close(1.4, Trimming.quantile7(sorted, 0.1), 1e-15);
    close(7.6, Trimming.quantile7(sorted, 0.9), 1e-15);
    double[] ranks = Trimming.averageRanks(new double[] {3, 1, 3, 2});
    assertEquals(List.of(3.5, 1.0, 3.5, 2.0), List.of(ranks[0], ranks[1], ranks[2], ranks[3]));
  }

  @Test
  void additiveWithPhiBelowOneAddsZero() {
    // the manifest's rule: additive always adds tau2, which is 0 when N phi < N - 1.
    List<SiteCount> rows =
        List.of(
            new SiteCount("A", 50, 100),
            new SiteCount("B", 102, 200),
            new SiteCount("C", 148, 300),
            new SiteCount("D", 201, 400));
    FunnelResult r = run(rows, FunnelOptions.builder().overdispersion(Overdispersion.ADDITIVE));
    assertEquals(0, r.tau2().getAsDouble());
    assertEquals(Adjustment.ADDITIVE, r.adjustment());
    FunnelResult none = run(rows, FunnelOptions.builder().overdispersion(Overdispersion.NONE));
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(none.sites().get(i).limits(), r.sites().get(i).limits());
    }
  }

  /**
   * Winsorisation finds its two quantiles by selection; they must be the bits of the quantiles of
   * the sorted data (seeded loop: duplicates, signed zeros, runs of equal values, sorted and
   * reversed input, sizes 1 to 3,000).
   */
  @Test
  void quantilesBySelectionAreThoseOfTheSortedData() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(77);
    for (int example = 0; example < 2000; example++) {
      AwkwardSample sample = AwkwardSample.next(r, example);
      double[] z = sample.values;
      double[] sorted = z.clone();
      java.util.Arrays.sort(sorted);
      for (double p : new double[] {0, 0.05, 0.1, 0.25, 0.5, 0.9, 0.95, 1, r.nextDouble()}) {
        assertEquals(
            Double.doubleToRawLongBits(Trimming.quantile7(sorted, p)),
            Double.doubleToRawLongBits(Trimming.quantile7(z, p, z.clone())),
            sample + ", p " + p);
      }
    }
  }

  /** Ranks without boxing are those of the boxed sort (ties, signed zeros, infinities, NaN). */
  @Test
  void averageRanksWithoutBoxingAreTheDefinitions() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(78);
    double[] specials = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1, -1};
    for (int example = 0; example < 2000; example++) {
      int n = r.nextInt(60);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] =
            r.nextInt(4) == 0
                ? specials[r.nextInt(specials.length)]
                : r.nextBoolean() ? r.nextInt(6) : r.nextGaussian();
      }
      if (example % 100 == 0 && n > 0) {
        x[r.nextInt(n)] = Double.NaN;
      }
      assertArrayEquals(
          Trimming.averageRanksBoxed(x), Trimming.averageRanks(x), "example " + example);
    }
  }
}
