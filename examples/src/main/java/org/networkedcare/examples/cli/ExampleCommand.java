package org.networkedcare.examples.cli;

import java.util.concurrent.Callable;
import org.networkedcare.examples.ExampleEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code networkedcare example}: runs the example evaluation and prints a readable summary. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = "Run the example evaluation of a network of real A&E providers and print a summary.")
final class ExampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ExampleEvaluation.shipped().render());
    return 0;
  }
}
