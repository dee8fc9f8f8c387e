package org.networkedcare.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.json.AppraisalJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare appraise --input A.json [--governance G.json] [--output R.json]}: a Green
 * Book appraisal of network options against the counterfactual; with the governance document, the
 * transfers that name a host agreement's money flow are resolved from the agreement. The result
 * JSON goes to standard output, or to the output file. Every problem of the input is printed on its
 * own line with its JSON path (exit 1).
 */
@Command(
    name = "appraise",
    mixinStandardHelpOptions = true,
    description = {
      "Appraise network options against the counterfactual (HM Treasury Green Book):",
      "PV of costs and benefits, NPSV, BCR, ROI, payback, budget impact per organisation,",
      "switching values, tornado and scenarios. Input and output: JSON, schemaVersion 1",
      "(docs/appraisal.md, appraisal.schema.json)."
    })
public final class AppraiseCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "A.json",
      description = "The appraisal document.")
  private Path input;

  @Option(
      names = "--output",
      paramLabel = "R.json",
      description = "Where to write the result (default: standard output).")
  private Optional<Path> output = Optional.empty();

  @Option(
      names = "--governance",
      paramLabel = "G.json",
      description = AppraisalInputs.GOVERNANCE_HELP)
  private Optional<Path> governance = Optional.empty();

  /** Creates the command; picocli calls this. */
  public AppraiseCommand() {}

  @Override
  public Integer call() {
    byte[] result =
        governance.isEmpty()
            ? AppraisalJson.evaluate(Inputs.bytes(input))
            : AppraisalJson.write(
                    new BenefitCalculator().evaluate(AppraisalInputs.read(input, governance)))
                .getBytes(StandardCharsets.UTF_8);
    String text = new String(result, StandardCharsets.UTF_8);
    if (output.isPresent()) {
      Outputs.file(output.get(), w -> w.write(text));
      Feedback.of(spec)
          .wrote(
              "the appraisal result (" + Feedback.size(result.length) + ")", List.of(output.get()));
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
