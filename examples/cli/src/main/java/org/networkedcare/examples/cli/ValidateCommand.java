package org.networkedcare.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare validate --input N.json}: checks a network document and prints every
 * problem with its path (exit 1), or a one-line description and any warnings (exit 0).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a network document: every problem is printed with its JSON path.")
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "N.json", description = "The network document.")
  private Path input;

  @Override
  public Integer call() {
    NetworkDocument document = NetworkDocument.parse(Inputs.bytes(input));
    for (Problem warning : document.warnings()) {
      spec.commandLine().getErr().println("warning: " + warning);
    }
    spec.commandLine().getOut().println("valid: " + document.toString().lines().findFirst().orElse(""));
    return 0;
  }
}
