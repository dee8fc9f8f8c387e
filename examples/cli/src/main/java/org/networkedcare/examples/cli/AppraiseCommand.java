package org.networkedcare.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * {@code networkedcare appraise --input A.json [--governance G.json] [--output R.json]}: a Green
 * Book appraisal of network options against the counterfactual; with the governance document, the
 * transfers that name a host agreement's money flow are resolved from the agreement. The result
 * JSON goes to standard output, or to the output file. Every problem of the input is printed on its
 * own line with its JSON path (exit 1).
 */
public final class AppraiseCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "appraise",
          "Appraise network options against the counterfactual (HM Treasury Green "
              + "Book): PV of costs and benefits, NPSV, BCR, ROI, payback, budget "
              + "impact per organisation, switching values, tornado and scenarios. "
              + "Input and output: JSON, schemaVersion 1 (docs/appraisal.md, "
              + "appraisal.schema.json).",
          AppraiseCommand::new,
          OptionSyntax.value("--input", "A.json", "The appraisal document.").required(),
          OptionSyntax.value(
              "--output", "R.json", "Where to write the result (default: standard output)."),
          OptionSyntax.value("--governance", "G.json", AppraisalInputs.GOVERNANCE_HELP));

  private final Arguments args;
  private final Path input;
  private final Optional<Path> output;
  private final Optional<Path> governance;

  private AppraiseCommand(Arguments args) {
    this.args = args;
    this.input = args.path("--input");
    this.output = args.optionalPath("--output");
    this.governance = args.optionalPath("--governance");
  }

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
      Feedback.of(args)
          .wrote(
              "the appraisal result (" + Feedback.size(result.length) + ")", List.of(output.get()));
    } else {
      args.out().print(text);
      args.out().flush();
    }
    return 0;
  }
}
