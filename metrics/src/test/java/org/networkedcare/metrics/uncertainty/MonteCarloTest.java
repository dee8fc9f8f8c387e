package org.networkedcare.metrics.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.appraisal.PreparedAppraisal;
import org.networkedcare.metrics.appraisal.PsaResult;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.uncertainty.Distribution.DirichletShare;
import org.networkedcare.metrics.uncertainty.Distribution.Normal;

class MonteCarloTest {

  private static final Appraisal APPRAISAL =
      AppraisalJson.parse(PsaDocs.appraisal(PsaDocs.PARAMETERS));

  /** Every number of a run, as the bits of its doubles. */
  private static long[] bits(PsaResult r) {
    int n = r.parameterNames().size();
    int k = r.options().size();
    int o = r.organisations().size();
    int m = r.allOptions().size();
    long[] out = new long[r.draws() * (n + k + k * o + 2 * m)];
    int i = 0;
    for (int d = 0; d < r.draws(); d++) {
      for (int j = 0; j < n; j++) {
        out[i++] = Double.doubleToRawLongBits(r.parameter(d, j));
      }
      for (int j = 0; j < k; j++) {
        out[i++] = Double.doubleToRawLongBits(r.npsv(d, j));
        for (int g = 0; g < o; g++) {
          out[i++] = Double.doubleToRawLongBits(r.netBenefit(d, j, g));
        }
      }
      for (int j = 0; j < m; j++) {
        out[i++] = Double.doubleToRawLongBits(r.cost(d, j));
        out[i++] = Double.doubleToRawLongBits(r.qalys(d, j));
      }
    }
    return out;
  }

  @Test
  void sameSeedSameBitsOnOneTwoAndEightThreads() {
    qt().withExamples(10)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              long[] one = bits(MonteCarlo.run(APPRAISAL, seed, 257, 1));
              assertArrayEquals(one, bits(MonteCarlo.run(APPRAISAL, seed, 257, 2)));
              assertArrayEquals(one, bits(MonteCarlo.run(APPRAISAL, seed, 257, 8)));
            });
  }

  @Test
  void blocksOfARunHoldTheRunsDrawsToTheBit() {
    PreparedAppraisal prepared = new BenefitCalculator().prepare(APPRAISAL);
    ParameterSampler sampler = APPRAISAL.psaSampler();
    java.util.SplittableRandom r = new java.util.SplittableRandom(20261202L);
    for (int example = 0; example < 8; example++) {
      long seed = r.nextLong();
      int draws = 1 + r.nextInt(300);
      long[] whole = bits(MonteCarlo.run(prepared, sampler, seed, draws, 1));
      long[] joined = new long[whole.length];
      int at = 0;
      for (int first = 0; first < draws; ) {
        int count = Math.min(draws - first, 1 + r.nextInt(90));
        PsaResult block =
            MonteCarlo.run(prepared, sampler, seed, first, count, 1 + r.nextInt(3), done -> {});
        assertEquals(first, block.firstDraw());
        long[] b = bits(block);
        System.arraycopy(b, 0, joined, at, b.length);
        at += b.length;
        first += count;
      }
      assertArrayEquals(whole, joined, "seed " + seed + ", " + draws + " draws");
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> MonteCarlo.run(prepared, sampler, 1, MonteCarlo.MAX_DRAWS - 1, 2, 1, done -> {}));
    assertThrows(
        IllegalArgumentException.class,
        () -> MonteCarlo.run(prepared, sampler, 1, -1, 2, 1, done -> {}));
  }

  /**
   * The drawer reuses one generator and each parameter's sampler across draws; its values must be
   * the bits of {@code draw}, which makes both anew for every draw: every kind of distribution, a
   * correlated pair and a Dirichlet group, draws in and out of order, several seeds.
   */
  @Test
  void theDrawerGivesTheBitsOfANewGeneratorPerDraw() {
    ParameterSampler sampler = APPRAISAL.psaSampler();
    int n = sampler.names().size();
    java.util.SplittableRandom r = new java.util.SplittableRandom(31);
    for (int example = 0; example < 20; example++) {
      long[] seeds = sampler.seeds(r.nextLong());
      ParameterSampler.Drawer drawer = sampler.drawer(seeds);
      for (int k = 0; k < 500; k++) {
        long draw = k % 7 == 0 ? r.nextInt(MonteCarlo.MAX_DRAWS) : k;
        double[] want = new double[n];
        double[] got = new double[n];
        sampler.draw(seeds, draw, want);
        drawer.draw(draw, got);
        for (int i = 0; i < n; i++) {
          assertEquals(
              Double.doubleToRawLongBits(want[i]),
              Double.doubleToRawLongBits(got[i]),
              sampler.names().get(i) + " in draw " + draw);
        }
      }
    }
  }

  @Test
  void differentSeedsDiffer() {
    assertTrue(
        MonteCarlo.run(APPRAISAL, 1, 10, 1).npsv(0, 0)
            != MonteCarlo.run(APPRAISAL, 2, 10, 1).npsv(0, 0));
  }

  @Test
  void addingAParameterLeavesTheOthersDrawsAlone() {
    String more =
        PsaDocs.PARAMETERS.replace(
            "\"plain\": {\"value\": 7}",
            "\"plain\": {\"value\": 7}, \"aaa-new\": {\"value\": 1, \"distribution\": {\"type\": \"gamma\", \"mean\": 1, \"sd\": 0.5}}");
    Appraisal bigger = AppraisalJson.parse(PsaDocs.appraisal(more));
    PsaResult a = MonteCarlo.run(APPRAISAL, 99, 50, 1);
    PsaResult b = MonteCarlo.run(bigger, 99, 50, 1);
    for (String name : a.parameterNames()) {
      int i = a.parameterNames().indexOf(name);
      int j = b.parameterNames().indexOf(name);
      for (int d = 0; d < 50; d++) {
        assertEquals(a.parameter(d, i), b.parameter(d, j), name);
      }
    }
  }

  @Test
  void parametersWithoutADistributionKeepTheirValue() {
    PsaResult r = MonteCarlo.run(APPRAISAL, 5, 20, 1);
    int plain = r.parameterNames().indexOf("plain");
    int fixed = r.parameterNames().indexOf("f");
    for (int d = 0; d < 20; d++) {
      assertEquals(7.0, r.parameter(d, plain));
      assertEquals(2.0, r.parameter(d, fixed));
    }
  }

  @Test
  void dirichletSharesSumToOneAndCorrelatedNormalsCorrelate() {
    PsaResult r = MonteCarlo.run(APPRAISAL, 2026, 20_000, 2);
    List<String> names = r.parameterNames();
    int s1 = names.indexOf("s1");
    int s2 = names.indexOf("s2");
    int s3 = names.indexOf("s3");
    int a = names.indexOf("staff");
    int b = names.indexOf("staff2");
    double sa = 0;
    double sb = 0;
    double saa = 0;
    double sbb = 0;
    double sab = 0;
    double mean1 = 0;
    int n = r.draws();
    for (int d = 0; d < n; d++) {
      assertEquals(1.0, r.parameter(d, s1) + r.parameter(d, s2) + r.parameter(d, s3), 1e-12);
      mean1 += r.parameter(d, s1) / n;
      double x = r.parameter(d, a);
      double y = r.parameter(d, b);
      sa += x;
      sb += y;
      saa += x * x;
      sbb += y * y;
      sab += x * y;
    }
    double cov = sab / n - sa / n * sb / n;
    double rho = cov / Math.sqrt((saa / n - sa * sa / n / n) * (sbb / n - sb * sb / n / n));
    assertEquals(0.6, rho, 0.02);
    assertEquals(0.5, mean1, 0.002);
    assertEquals(100000, sa / n, 300);
  }

  @Test
  void organisationsAddUpToNpsvAndNpsvIsNmbAtTheQalyValueAgainstTheCounterfactual() {
    PsaResult r = MonteCarlo.run(APPRAISAL, 7, 200, 1);
    PreparedAppraisal prepared = new BenefitCalculator().prepare(APPRAISAL);
    assertEquals(List.of("network", "lean"), r.options());
    assertEquals(List.of("bau", "network", "lean"), r.allOptions());
    assertEquals(List.of("centre", "host", "patients"), r.organisations());
    assertTrue(r.hasHealthEffects());
    for (int d = 0; d < r.draws(); d++) {
      double[] p = new double[r.parameterNames().size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = r.parameter(d, i);
      }
      double v = prepared.qalyValue(p);
      for (int k = 0; k < 2; k++) {
        assertEquals(prepared.npsv(k, p), r.npsv(d, k));
        double sum = 0;
        for (int o = 0; o < 3; o++) {
          sum += r.netBenefit(d, k, o);
        }
        assertEquals(r.npsv(d, k), sum, 1e-6);
        double nmb = v * r.qalys(d, k + 1) - r.cost(d, k + 1);
        double nmb0 = v * r.qalys(d, 0) - r.cost(d, 0);
        assertEquals(r.npsv(d, k), nmb - nmb0, 1e-6);
      }
    }
    CostEffectivenessSample sample = r.costEffectiveness().orElseThrow();
    assertEquals(r.draws(), sample.draws());
  }

  @Test
  void summariesUseType7Percentiles() {
    DrawSummary s = DrawSummary.of(new double[] {4, -1, 2, 3, 0});
    assertEquals(1.6, s.mean(), 1e-15);
    assertEquals(2, s.p50());
    assertEquals(-1 + 0.1 * 1, s.p2_5(), 1e-15); // h = 4 * 0.025 = 0.1 between -1 and 0
    assertEquals(3 + 0.9 * 1, s.p97_5(), 1e-15);
    assertEquals(0.6, s.probabilityPositive());
    PsaResult r = MonteCarlo.run(APPRAISAL, 11, 1000, 1);
    DrawSummary npsv = r.npsvSummary(0);
    assertTrue(npsv.p2_5() < npsv.p50() && npsv.p50() < npsv.p97_5());
  }

  @Test
  void blocksHaveStableKeys() {
    ParameterSampler sampler = APPRAISAL.psaSampler();
    assertEquals(
        Set.of(
            "n:staff\u0000staff2",
            "d:mix",
            "p:f",
            "p:locum",
            "p:p",
            "p:qaly",
            "p:qaly2",
            "p:t",
            "p:u"),
        Set.copyOf(sampler.keys()));
  }

  @Test
  void badInputEveryProblemAtOnceWithPathAndCode() {
    String bad =
        """
        {"a": {"value": 1, "distribution": {"type": "normal", "mean": 1, "sd": 0}},
         "b": {"value": 0.5, "distribution": {"type": "beta", "mean": 1.5, "sd": 0.1}},
         "c": {"value": 0.5, "distribution": {"type": "beta", "mean": 0.5, "sd": 0.6}},
         "d": {"value": 1, "distribution": {"type": "weibull", "shape": 1}},
         "e": {"value": 1, "distribution": {"type": "gamma", "mean": 1}},
         "x": {"value": 1, "distribution": {"type": "normal", "mean": 1, "sd": 1, "correlations": {"y": 0.9, "z": 0.9}}},
         "y": {"value": 1, "distribution": {"type": "normal", "mean": 1, "sd": 1, "correlations": {"z": -0.9}}},
         "z": {"value": 1, "distribution": {"type": "normal", "mean": 1, "sd": 1}},
         "w": {"value": 1, "distribution": {"type": "normal", "mean": 1, "sd": 1, "correlations": {"plain": 0.2}}},
         "g1": {"value": 0.5, "distribution": {"type": "dirichlet", "group": "g", "mean": 0.5, "sd": 0.1}},
         "g2": {"value": 0.4, "distribution": {"type": "dirichlet", "group": "g", "mean": 0.4}},
         "locum": {"value": 1}, "staff": {"value": 1}, "p": {"value": 0.5}, "qaly": {"value": 1}, "qaly2": {"value": 1},
         "plain": {"value": 1}}""";
    ValidationException e =
        assertThrows(ValidationException.class, () -> AppraisalJson.parse(PsaDocs.appraisal(bad)));
    Set<String> found =
        e.problems().stream().map(p -> p.path() + " " + p.code()).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "/parameters/a/distribution/sd distribution.sd",
            "/parameters/b/distribution/mean distribution.range",
            "/parameters/c/distribution/sd distribution.variance",
            "/parameters/d/distribution/type unknown-value",
            "/parameters/e/distribution distribution.form",
            "/parameters/x/distribution/correlations distribution.correlation",
            "/parameters/w/distribution/correlations/plain distribution.correlation",
            "/parameters/g1/distribution distribution.group"),
        found,
        e.problems().toString());
  }

  @Test
  void samplerBuiltInJava() {
    Map<String, Distribution> d = new TreeMap<>();
    d.put("a", new Normal(0, 1, Map.of("b", 0.5)));
    d.put("b", new Normal(0, 1, Map.of("a", 0.4)));
    ValidationException e =
        assertThrows(ValidationException.class, () -> ParameterSampler.of(List.of("a", "b"), d));
    assertEquals("/a/distribution/correlations/b", e.problems().get(0).path());
    d.put("b", Normal.of(0, 1));
    d.put(
        "c",
        new DirichletShare(
            "g",
            java.util.OptionalDouble.of(2),
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.empty()));
    d.put(
        "e",
        new DirichletShare(
            "g",
            java.util.OptionalDouble.of(3),
            java.util.OptionalDouble.empty(),
            java.util.OptionalDouble.empty()));
    ParameterSampler s = ParameterSampler.of(List.of("a", "b", "c", "e"), d);
    double[] v = new double[4];
    s.draw(s.seeds(1), 0, v);
    assertEquals(1.0, v[2] + v[3], 1e-12);
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.run(APPRAISAL, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.run(APPRAISAL, 1, 10, 0));
  }
}
