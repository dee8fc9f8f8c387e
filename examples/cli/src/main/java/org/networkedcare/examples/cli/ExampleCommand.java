package org.networkedcare.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.networkedcare.examples.ExampleEvaluation;
import org.networkedcare.examples.report.BoardPack;
import org.networkedcare.examples.report.EvaluationDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networkedcare example}: runs the example evaluation and prints a readable summary. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = "Run the example evaluation of a network of real A&E providers and print a summary.")
final class ExampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--output", paramLabel = "DIR",
      description = "where to write the board pack (default examples/target/board-pack)")
  private Path output = Path.of("examples", "target", "board-pack");

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ExampleEvaluation.shipped().render());
    EvaluationDocument doc = org.networkedcare.examples.Examples.bbmk();
    ReportCommand.write(BoardPack.evaluate(doc, doc.asOf()), output);
    spec.commandLine().getOut().println();
    spec.commandLine().getOut().println("Board pack (" + doc.asOf() + ") written to " + output.resolve("index.html"));
    return 0;
  }
}
