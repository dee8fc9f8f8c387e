package org.networkedcare.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.measure.Measure;
import org.networkedcare.core.measure.MeasureKind;
import org.networkedcare.metrics.appraisal.Additionality;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.appraisal.Category;
import org.networkedcare.metrics.appraisal.Derivation;
import org.networkedcare.metrics.appraisal.Line;
import org.networkedcare.metrics.appraisal.LineType;
import org.networkedcare.metrics.appraisal.OptimismBias;
import org.networkedcare.metrics.appraisal.Option;
import org.networkedcare.metrics.appraisal.Parameter;
import org.networkedcare.metrics.appraisal.Party;
import org.networkedcare.metrics.appraisal.PreparedAppraisal;
import org.networkedcare.metrics.appraisal.Quantity;
import org.networkedcare.metrics.appraisal.Trajectory;
import org.networkedcare.metrics.appraisal.ValueType;
import org.networkedcare.metrics.baseline.Baseline;
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
 * The benefit calculator on one 60-year appraisal with 100 lines (costs, capital with optimism
 * bias, stated benefits with additionality and drop-off, benefits derived from baselines, health
 * lines) and 40 named parameters: a full evaluation (every result, switching value, tornado bar and
 * scenario), and 10,000 NPSV evaluations with varied parameters through the prepared path that
 * Monte Carlo will use.
 *
 * <p>{@code java -cp examples/bench/target/networkedcare-bench.jar org.openjdk.jmh.Main
 * AppraisalBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AppraisalBenchmark {

  /** How many evaluations the varied-inputs benchmark makes per operation. */
  static final int DRAWS = 10_000;

  private Appraisal appraisal;
  private PreparedAppraisal prepared;
  private double[][] draws;
  private final BenefitCalculator calculator = new BenefitCalculator();

  /** Creates the benchmark state; JMH calls this. */
  public AppraisalBenchmark() {}

  /**
   * Builds the appraisal and 10,000 parameter vectors (each parameter uniform on its low-high
   * range).
   */
  @Setup
  public void setUp() {
    appraisal = appraisal();
    prepared = calculator.prepare(appraisal);
    SplittableRandom random = new SplittableRandom(20261127L);
    List<String> names = prepared.parameterNames();
    draws = new double[DRAWS][names.size()];
    for (int d = 0; d < DRAWS; d++) {
      for (int i = 0; i < names.size(); i++) {
        Parameter p = Objects.requireNonNull(appraisal.parameters().get(names.get(i)));
        double low = p.low().orElseThrow().doubleValue();
        double high = p.high().orElseThrow().doubleValue();
        draws[d][i] = low + (high - low) * random.nextDouble();
      }
    }
  }

  /** {@return the full result of the 60-year, 100-line appraisal} */
  @Benchmark
  public AppraisalResult evaluateFull() {
    return calculator.evaluate(appraisal);
  }

  /** {@return the sum of 10,000 NPSVs with varied parameters, through the prepared path} */
  @Benchmark
  public double tenThousandEvaluations() {
    double sum = 0;
    for (double[] draw : draws) {
      sum += prepared.npsv(0, draw);
    }
    return sum;
  }

  /** {@return the appraisal compiled for repeated evaluation} */
  @Benchmark
  public PreparedAppraisal prepare() {
    return calculator.prepare(appraisal);
  }

  /** {@return a 60-year appraisal with 100 lines and 40 parameters} */
  public static Appraisal appraisal() {
    SplittableRandom r = new SplittableRandom(6L);
    List<String> parties = List.of("centre", "host-a", "host-b", "commissioner", "patients");
    var builder =
        Appraisal.builder()
            .title("benchmark: 60 years, 100 lines")
            .yearZero(FinancialYear.of(2025))
            .horizonYears(60)
            .qalyValue(Quantity.of(70000))
            .optimismBias(OptimismBias.of("standard-buildings", Quantity.of("0.4")));
    parties.forEach(p -> builder.addParties(Party.of(p, p)));
    Measure measure =
        new Measure(
            "dna-rate",
            "Did-not-attend rate",
            "proportion",
            MeasureKind.PROPORTION,
            ImprovementDirection.DECREASE);
    builder.addMeasures(measure);
    builder.addBaselines(
        Baseline.builder()
            .id("dna")
            .measure(measure)
            .scope(new Baseline.Scope("host-a", Optional.empty(), Optional.empty()))
            .period(DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1)))
            .value(new BigDecimal("0.12"))
            .count(20000)
            .source("benchmark")
            .capturedOn(LocalDate.of(2025, 5, 1))
            .dataQuality(2)
            .build());
    for (int i = 0; i < 40; i++) {
      double central = 1000 + r.nextInt(100_000);
      builder.putParameters(
          "p" + i,
          Parameter.of(
              BigDecimal.valueOf(central),
              BigDecimal.valueOf(central * 0.8),
              BigDecimal.valueOf(central * 1.25)));
    }
    builder.putParameters(
        "share", Parameter.of(new BigDecimal("0.2"), new BigDecimal("0.1"), new BigDecimal("0.3")));
    builder.putParameters(
        "dna-target",
        Parameter.of(new BigDecimal("0.08"), new BigDecimal("0.06"), new BigDecimal("0.11")));
    List<Line> counterfactual = new ArrayList<>();
    List<Line> option = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String party = parties.get(i % parties.size());
      Quantity amount =
          i % 3 == 0 ? Quantity.parameter("p" + (i % 40)) : Quantity.of(1000 + r.nextInt(200_000));
      var line =
          Line.builder()
              .id("line-" + i)
              .organisation(party)
              .dataQuality(1 + i % 5)
              .category(Category.values()[i % Category.values().length]);
      int kind = i % 10;
      if (kind < 2) {
        line.type(LineType.COST)
            .valueType(ValueType.FISCAL)
            .cashReleasing(true)
            .capital(true)
            .addProfile(amount, Quantity.of(50_000))
            .firstYear(i % 3);
      } else if (kind < 6) {
        line.type(LineType.COST).valueType(ValueType.FISCAL).cashReleasing(true).amount(amount);
      } else if (kind < 8) {
        line.type(LineType.BENEFIT)
            .valueType(ValueType.SOCIAL)
            .amount(amount)
            .additionality(
                new Additionality(
                    Optional.of(Quantity.parameter("share")),
                    Optional.of(Quantity.of("0.1")),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(Quantity.of("0.8")),
                    Optional.of(Quantity.of("0.02"))));
      } else if (kind < 9) {
        line.type(LineType.BENEFIT)
            .valueType(ValueType.FISCAL)
            .derivation(
                new Derivation(
                    "dna",
                    new Trajectory.Ramp(Quantity.parameter("dna-target"), 3),
                    new Trajectory.Unchanged(),
                    Optional.empty(),
                    Quantity.of(120)));
      } else {
        line.type(LineType.BENEFIT)
            .valueType(ValueType.HEALTH)
            .amount(Quantity.of(BigDecimal.valueOf(1 + r.nextInt(5))));
      }
      (i % 10 == 3 || i % 10 == 5 || i % 10 == 6 ? counterfactual : option).add(line.build());
    }
    builder.addOptions(
        Option.builder()
            .id("bau")
            .name("Business as usual")
            .counterfactual(true)
            .addAllLines(counterfactual)
            .build());
    builder.addOptions(Option.builder().id("network").name("Network").addAllLines(option).build());
    return builder.build();
  }
}
