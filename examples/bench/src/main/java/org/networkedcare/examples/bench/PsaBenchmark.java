package org.networkedcare.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.appraisal.PreparedAppraisal;
import org.networkedcare.metrics.appraisal.PsaResult;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.uncertainty.ParameterSampler;
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
 * A 10,000-draw probabilistic sensitivity analysis of the worked example appraisal (hub and host
 * sites, six parameters with distributions): drawing every parameter from its own stream, NPSV,
 * per-organisation net benefit, and cost and QALYs of both options per draw, on 1 and 2 threads.
 *
 * <p>{@code java -cp examples/bench/target/networkedcare-bench.jar org.openjdk.jmh.Main
 * PsaBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PsaBenchmark {

  /** The number of draws of a run. */
  static final int DRAWS = 10_000;

  /** The number of threads. */
  @Param({"1", "2"})
  public int threads;

  private PreparedAppraisal prepared;
  private ParameterSampler sampler;

  /** Creates the benchmark state; JMH calls this. */
  public PsaBenchmark() {}

  /** Reads and prepares the worked example. */
  @Setup
  public void setUp() {
    Appraisal appraisal;
    try (InputStream in =
        PsaBenchmark.class.getResourceAsStream(
            "/org/networkedcare/examples/appraisal/hub-and-host.json")) {
      appraisal = AppraisalJson.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    prepared = new BenefitCalculator().prepare(appraisal);
    sampler = appraisal.psaSampler();
  }

  /** {@return a 10,000-draw PSA of the worked example} */
  @Benchmark
  public PsaResult tenThousandDraws() {
    return MonteCarlo.run(prepared, sampler, 20261127L, DRAWS, threads);
  }
}
