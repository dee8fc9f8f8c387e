package org.networkedcare.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.networkedcare.core.json.Json;
import org.networkedcare.governance.assurance.Assessment;
import org.networkedcare.governance.assurance.DecisionEngine;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.reference.GovernanceReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare assure --input N.json --as-of YYYY-MM-DD [--output F.json]}: evaluates a
 * governance document at a date. Without {@code --output}, prints the findings in order (each with
 * who acts by when) and the verdicts; with it, writes the JSON result. Bad input: every problem with
 * its path, exit 1.
 */
@Command(
    name = "assure",
    mixinStandardHelpOptions = true,
    description = "Evaluate a network's governance at a date: findings in order, who acts by when, and the board's verdicts.")
final class AssureCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "N.json", description = "The governance document.")
  private Path input;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The evaluation date (never the clock).")
  private LocalDate asOf;

  @Option(names = "--output", paramLabel = "F.json", description = "Write the JSON result here instead of printing the text rendering.")
  private Path output;

  @Option(names = "--reference", paramLabel = "R.json", description = "A reference data file replacing the default part its id names (repeatable).")
  private List<Path> reference = new ArrayList<>();

  @Override
  public Integer call() {
    GovernanceReference data = GovernanceReference.defaults();
    for (Path file : reference) {
      data = data.withFile(Inputs.bytes(file));
    }
    GovernanceDocument document = GovernanceDocument.parse(Inputs.bytes(input), data);
    Assessment assessment = DecisionEngine.evaluate(document, data, asOf);
    if (output == null) {
      spec.commandLine().getOut().print(assessment.render());
    } else {
      String json = Json.write(assessment.toJson()) + System.lineSeparator();
      Outputs.file(output, w -> w.write(json));
      spec.commandLine().getOut().println("wrote " + output + ": " + assessment.findings().size() + " findings, " + assessment.verdicts().size() + " verdicts");
    }
    return 0;
  }
}
