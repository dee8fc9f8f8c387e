package org.networkedcare.metrics.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that hold for any valid sites (QuickTheories; replay a failure with -DQT_SEED=n). */
class FunnelPropertiesTest {

  private static final List<FunnelOptions> OPTIONS = new ArrayList<>();

  static {
    for (IndicatorType type : IndicatorType.values()) {
      for (Overdispersion o : Overdispersion.values()) {
        for (LimitMethod l : LimitMethod.values()) {
          if (type == IndicatorType.COUNT_RATIO && l == LimitMethod.EXACT) {
            continue;
          }
          OPTIONS.add(FunnelOptions.builder().type(type).overdispersion(o).limits(l).build());
          if (type == IndicatorType.RATIO) {
            OPTIONS.add(
                FunnelOptions.builder()
                    .type(type)
                    .ratioMethod(RatioMethod.CQC)
                    .overdispersion(o)
                    .limits(l)
                    .build());
          }
        }
      }
    }
  }

  /** 3 to 40 sites with whole-number counts valid for every type (events 1..cases). */
  private static List<SiteCount> sites(long seed) {
    Random random = new Random(seed);
    int n = 3 + random.nextInt(38);
    List<SiteCount> rows = new ArrayList<>();
    double shift = random.nextDouble();
    for (int i = 0; i < n; i++) {
      int cases = 1 + random.nextInt(random.nextBoolean() ? 50 : 5000);
      double p = Math.min(1, Math.max(0, 0.3 + shift * 0.5 + random.nextGaussian() * 0.1));
      int events = Math.max(1, Math.min(cases, (int) Math.round(cases * p)));
      rows.add(new SiteCount("S" + i, events, cases));
    }
    return rows;
  }

  @Test
  void limitsNestAndLabelsFollowTheLimits() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, OPTIONS.size() - 1))
        .checkAssert(
            (seed, k) -> {
              FunnelOptions options = OPTIONS.get(k);
              FunnelResult r = Funnel.analyse(sites(seed), options);
              assertTrue(r.phi().getAsDouble() >= 0);
              assertTrue(r.tau2().getAsDouble() >= 0);
              for (FunnelSite s : r.sites()) {
                Limits l = s.limits();
                String where = options + " " + s;
                assertTrue(
                    l.lower998() <= l.lower95()
                        && l.lower95() <= l.upper95()
                        && l.upper95() <= l.upper998(),
                    where);
                assertTrue(l.lower998() >= 0, where);
                if (options.type() == IndicatorType.PROPORTION) {
                  assertTrue(l.upper998() <= 1, where);
                }
                assertEquals(l.classify(s.value()), s.outlier(), where);
                assertTrue(Double.isFinite(s.z()) && Double.isFinite(s.zAdjusted()), where);
                if (options.type() != IndicatorType.COUNT_RATIO) {
                  assertEquals(
                      Math.signum(s.value() - r.target()), Math.signum(s.z()), 1e-9 + 0.0, where);
                }
                if (r.adjustment() == Adjustment.NONE) {
                  assertEquals(s.z(), s.zAdjusted(), where);
                }
              }
            });
  }

  @Test
  void normalLimitsNarrowAsTheDenominatorGrows() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, OPTIONS.size() - 1))
        .checkAssert(
            (seed, k) -> {
              FunnelOptions options = OPTIONS.get(k);
              FunnelResult r = Funnel.analyse(sites(seed), options);
              if (r.limitMethod() != LimitMethod.NORMAL) {
                return;
              }
              List<CurvePoint> c = r.curve();
              for (int i = 1; i < c.size(); i++) {
                Limits a = c.get(i - 1).limits();
                Limits b = c.get(i).limits();
                assertTrue(c.get(i).denominator() > c.get(i - 1).denominator());
                assertTrue(
                    b.upper95() <= a.upper95() + 1e-12 && b.lower95() >= a.lower95() - 1e-12,
                    options.toString());
                assertTrue(
                    b.upper998() <= a.upper998() + 1e-12 && b.lower998() >= a.lower998() - 1e-12,
                    options.toString());
              }
            });
  }

  @Test
  void siteOrderAndSplitRowsDoNotChangeASiteResult() {
    qt().withExamples(200)
        .forAll(longs().all(), integers().between(0, OPTIONS.size() - 1))
        .checkAssert(
            (seed, k) -> {
              FunnelOptions options = OPTIONS.get(k);
              List<SiteCount> rows = sites(seed);
              FunnelResult r = Funnel.analyse(rows, options);
              List<SiteCount> shuffled = new ArrayList<>();
              for (SiteCount s : rows) { // split each site into two rows with whole numbers
                double e1 = Math.floor(s.numerator() / 2);
                double c1 = Math.max(e1, Math.floor(s.denominator() / 2));
                shuffled.add(new SiteCount(s.site(), e1, c1));
                shuffled.add(new SiteCount(s.site(), s.numerator() - e1, s.denominator() - c1));
              }
              Collections.shuffle(shuffled, new Random(seed));
              FunnelResult q = Funnel.analyse(shuffled, options);
              for (FunnelSite a : r.sites()) {
                FunnelSite b =
                    q.sites().stream()
                        .filter(s -> s.site().equals(a.site()))
                        .findFirst()
                        .orElseThrow();
                assertEquals(a.numerator(), b.numerator());
                assertEquals(a.denominator(), b.denominator());
                assertEquals(a.z(), b.z(), 1e-9 * Math.max(1, Math.abs(a.z())));
                assertEquals(
                    a.limits().upper95(),
                    b.limits().upper95(),
                    1e-9 * Math.abs(a.limits().upper95()));
              }
              assertEquals(
                  r.phi().getAsDouble(),
                  q.phi().getAsDouble(),
                  1e-9 * Math.max(1, r.phi().getAsDouble()));
              assertEquals(r.adjustment(), q.adjustment());
            });
  }
}
