package org.networkedcare.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.networkedcare.metrics.funnel.Funnel;
import org.networkedcare.metrics.funnel.FunnelOptions;
import org.networkedcare.metrics.funnel.FunnelResult;
import org.networkedcare.metrics.funnel.IndicatorType;
import org.networkedcare.metrics.funnel.Overdispersion;
import org.networkedcare.metrics.funnel.SiteCount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Funnel analysis time for 10,000 sites in memory (CSV parsing and writing excluded), sampled so
 * that JMH reports medians (p0.50). Run from the project root after {@code mvn package}:
 *
 * <pre>
 * java -cp examples/bench/target/networkedcare-bench.jar org.openjdk.jmh.Main FunnelBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FunnelBenchmark {

  /** Sites in each analysis. */
  static final int SITES = 10_000;

  private List<SiteCount> proportions;
  private List<SiteCount> ratios;
  private FunnelOptions proportionAuto;
  private FunnelOptions ratioExact;
  private FunnelOptions ratioAuto;

  /** Creates the benchmark state; JMH calls this. */
  public FunnelBenchmark() {}

  /** Builds the inputs once: seeded synthetic sites with over-dispersion (phi well above 1). */
  @Setup
  public void setUp() {
    Random random = new Random(20261127L);
    proportions = new ArrayList<>(SITES);
    ratios = new ArrayList<>(SITES);
    for (int i = 0; i < SITES; i++) {
      int cases = 50 + random.nextInt(20_000);
      double p = Math.min(0.999, Math.max(0.5, 0.88 + random.nextGaussian() * 0.05));
      proportions.add(new SiteCount("S" + i, Math.round(cases * p), cases));
      double expected =
          Math.round(Math.exp(Math.log(20) + random.nextDouble() * Math.log(45)) * 100) / 100.0;
      ratios.add(
          new SiteCount(
              "U" + i,
              Math.max(1, Math.round(expected * Math.exp(random.nextGaussian() * 0.3))),
              expected));
    }
    proportionAuto = FunnelOptions.defaults();
    ratioExact =
        FunnelOptions.builder()
            .type(IndicatorType.RATIO)
            .overdispersion(Overdispersion.NONE)
            .build();
    ratioAuto = FunnelOptions.builder().type(IndicatorType.RATIO).build();
  }

  /** {@return 10,000 proportions, winsorised, additive adjustment (normal limits)} */
  @Benchmark
  public FunnelResult proportionAuto() {
    return Funnel.analyse(proportions, proportionAuto);
  }

  /** {@return 10,000 SHMI ratios, unadjusted exact Poisson limits (four gamma quantiles a site)} */
  @Benchmark
  public FunnelResult ratioExact() {
    return Funnel.analyse(ratios, ratioExact);
  }

  /** {@return 10,000 SHMI ratios, truncated, additive adjustment (normal limits)} */
  @Benchmark
  public FunnelResult ratioShmiAuto() {
    return Funnel.analyse(ratios, ratioAuto);
  }
}
