package org.networkedcare.examples.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.networkedcare.metrics.spc.ChartType;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcResult;
import org.networkedcare.metrics.spc.SpcSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SPC computation time (series already in memory; CSV parsing and writing excluded), sampled so
 * that JMH reports medians (p0.50). Run from the project root after {@code mvn package}:
 *
 * <pre>
 * java -cp examples/bench/target/networkedcare-bench.jar org.openjdk.jmh.Main SpcBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpcBenchmark {

  /** A copy of the A&amp;E data to read, or empty for the file shipped with the examples. */
  @Param({""})
  public String aePath;

  private List<SpcSeries> one;
  private List<SpcSeries> ae;
  private List<SpcSeries> synthetic;
  private SpcOptions options;

  /** Creates the benchmark state; JMH calls this. */
  public SpcBenchmark() {}

  /** Builds the inputs once. */
  @Setup
  public void setUp() {
    one = SpcInputs.synthetic(1, 60, 1);
    ae =
        aePath.isEmpty()
            ? SpcInputs.aeSeries("attendances")
            : SpcInputs.aeSeries(Path.of(aePath), "attendances");
    synthetic = SpcInputs.synthetic(10_000, 60, 2);
    options = SpcOptions.defaults();
  }

  private static SpcOptions chart(ChartType chart) {
    return SpcOptions.builder().chart(chart).build();
  }

  /**
   * 10,000 synthetic numerator/denominator series of 60 months (built only for the benchmarks using
   * them).
   */
  @State(Scope.Benchmark)
  public static class Ratios {
    List<SpcSeries> series;

    /** Creates the state; JMH calls this. */
    public Ratios() {}

    /** Builds the series once. */
    @Setup
    public void setUp() {
      series = SpcInputs.syntheticRatios(10_000, 60, 3);
    }
  }

  /** 10,000 synthetic series of 60 gaps between rare events. */
  @State(Scope.Benchmark)
  public static class Gaps {
    List<SpcSeries> series;

    /** Creates the state; JMH calls this. */
    public Gaps() {}

    /** Builds the series once. */
    @Setup
    public void setUp() {
      series = SpcInputs.syntheticGaps(10_000, 60, 4);
    }
  }

  /** Type 1 breaches over attendances per trust, from the shipped A&amp;E file. */
  @State(Scope.Benchmark)
  public static class AeBreaches {
    List<SpcSeries> series;

    /** Creates the state; JMH calls this. */
    public AeBreaches() {}

    /** Builds the series once. */
    @Setup
    public void setUp() {
      series = SpcInputs.aeTypeOneBreaches();
    }
  }

  /** {@return the chart of one 60-point series} */
  @Benchmark
  public SpcResult oneSeries60() {
    return Spc.analyse(one, options);
  }

  /** {@return the charts of the 428 A&amp;E attendance series in one call} */
  @Benchmark
  public SpcResult ae428() {
    return Spc.analyse(ae, options);
  }

  /** {@return the charts of 10,000 synthetic series of 60 points in one call} */
  @Benchmark
  public SpcResult synthetic10000x60() {
    return Spc.analyse(synthetic, options);
  }

  /**
   * {@return g charts of 10,000 synthetic series of 60 gaps between events}
   *
   * @param data the series
   */
  @Benchmark
  public SpcResult g10000x60(Gaps data) {
    return Spc.analyse(data.series, chart(ChartType.G));
  }

  /**
   * {@return t charts of the same 10,000 series of gaps}
   *
   * @param data the series
   */
  @Benchmark
  public SpcResult t10000x60(Gaps data) {
    return Spc.analyse(data.series, chart(ChartType.T));
  }

  /**
   * {@return p charts of 10,000 synthetic numerator/denominator series of 60 points}
   *
   * @param data the series
   */
  @Benchmark
  public SpcResult p10000x60(Ratios data) {
    return Spc.analyse(data.series, chart(ChartType.P));
  }

  /**
   * {@return Laney p' charts of the same series}
   *
   * @param data the series
   */
  @Benchmark
  public SpcResult pPrime10000x60(Ratios data) {
    return Spc.analyse(data.series, chart(ChartType.P_PRIME));
  }

  /**
   * {@return u charts of the same series}
   *
   * @param data the series
   */
  @Benchmark
  public SpcResult u10000x60(Ratios data) {
    return Spc.analyse(data.series, chart(ChartType.U));
  }

  /**
   * {@return Laney u' charts of the same series}
   *
   * @param data the series
   */
  @Benchmark
  public SpcResult uPrime10000x60(Ratios data) {
    return Spc.analyse(data.series, chart(ChartType.U_PRIME));
  }

  /**
   * {@return p' charts of type 1 breaches over attendances, one per trust of the A&amp;E file}
   *
   * @param data the series
   */
  @Benchmark
  public SpcResult aeTypeOneBreachesPPrime(AeBreaches data) {
    return Spc.analyse(data.series, chart(ChartType.P_PRIME));
  }
}
