package org.networkedcare.examples.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import org.networkedcare.examples.bench.SpcBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code networkedcare bench}: runs the SPC JMH benchmarks in a forked JVM and prints the median
 * time of each. Equivalent to {@code java -cp networkedcare.jar org.openjdk.jmh.Main SpcBenchmark}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run the SPC benchmarks (JMH, sample mode) and print their medians.")
public final class BenchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--ae",
      paramLabel = "PATH",
      defaultValue = "",
      description = "A copy of ae_attendances.csv (default: the file shipped in the jar).")
  private String aePath;

  @Option(names = "--quick", description = "Shorter warm-up and measurement (less precise).")
  private boolean quick;

  /** Creates the command; picocli calls this. */
  public BenchCommand() {}

  @Override
  public Integer call() {
    if (!aePath.isEmpty() && !java.nio.file.Files.isReadable(java.nio.file.Path.of(aePath))) {
      throw new InputException("option --ae: " + aePath + " cannot be read");
    }
    OptionsBuilder builder = new OptionsBuilder();
    builder.include(SpcBenchmark.class.getName()).param("aePath", aePath);
    if (quick) {
      builder.warmupIterations(1).measurementIterations(2)
          .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
    }
    Options options = builder.build();
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      throw new InputException("the benchmark could not run: " + e.getMessage().strip().replace('\n', ' '), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      out.printf(
          java.util.Locale.ROOT,
          "%s median %.3f %s%n",
          name.substring(name.lastIndexOf('.') + 1),
          result.getPrimaryResult().getStatistics().getPercentile(50),
          result.getPrimaryResult().getScoreUnit());
    }
    return 0;
  }
}
