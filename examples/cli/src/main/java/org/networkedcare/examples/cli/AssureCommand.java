package org.networkedcare.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.networkedcare.governance.assurance.Assessment;
import org.networkedcare.governance.assurance.DecisionEngine;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;

/**
 * {@code networkedcare assure --input N.json --as-of YYYY-MM-DD [--data D.csv] [--output F.json]}:
 * evaluates a governance document at a date, its observations those it holds and those of the
 * measure dataset it names (or {@code --data} names instead). Without {@code --output}, prints the
 * findings in order (each with who acts by when) and the verdicts; with it, writes the JSON result.
 * Bad input: every problem with its path (a dataset's with its line), exit 1.
 */
final class AssureCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "assure",
          "Evaluate a network's governance at a date: findings in order, who acts by when, and the board's verdicts.",
          AssureCommand::new,
          OptionSyntax.value("--input", "G.json", "The governance document (JSON).").required(),
          OptionSyntax.value("--as-of", "YYYY-MM-DD", "The evaluation date (never the clock).")
              .required(),
          OptionSyntax.value(
              "--output",
              "F.json",
              "Write the JSON result here instead of printing the text rendering."),
          OptionSyntax.value(
                  "--reference",
                  "R.json",
                  "A reference data file replacing the default part its id names (repeatable).")
              .repeatable(),
          OptionSyntax.value(
              "--data",
              "D.csv",
              "A measure dataset (CSV or JSON) whose site rows are observations, instead of the one the document names."));

  private final Arguments args;
  private final Path input;
  private final LocalDate asOf;
  private final @Nullable Path output;
  private final List<Path> reference;
  private final @Nullable Path dataFile;

  private AssureCommand(Arguments args) {
    this.args = args;
    this.input = args.path("--input");
    this.asOf = args.date("--as-of");
    this.output = args.optionalPath("--output").orElse(null);
    this.reference = args.paths("--reference");
    this.dataFile = args.optionalPath("--data").orElse(null);
  }

  /** A dataset the document names: a path inside the document's folder, not a link out of it. */
  static Path inside(Path dir, String name) {
    Path resolved = dir.resolve(name).normalize();
    boolean in = !Path.of(name).isAbsolute() && resolved.startsWith(dir.normalize());
    try {
      in &= !Files.exists(resolved) || resolved.toRealPath().startsWith(dir.toRealPath());
    } catch (IOException e) {
      throw new InputException("data: '" + name + "' cannot be read (" + e.getMessage() + ")", e);
    }
    if (!in) {
      throw new InputException(
          "data: '"
              + name
              + "' is outside the governance document's folder; name a path inside it");
    }
    return resolved;
  }

  @Override
  public Integer call() {
    GovernanceReference data = GovernanceReferenceJson.defaults();
    for (Path file : reference) {
      data = GovernanceReferenceJson.withFile(data, Inputs.bytes(file));
    }
    GovernanceDocument parsed = AssuranceJson.parse(Inputs.bytes(input), data);
    Optional<Path> dataset =
        Optional.ofNullable(dataFile)
            .or(() -> parsed.data().map(d -> inside(Inputs.folderOf(input), d)));
    GovernanceDocument document = parsed;
    if (dataset.isPresent()) {
      try {
        document =
            document.withData(
                DataCommand.dataset(dataset.get(), document.network(), args.err()), data);
      } catch (DataCommand.DatasetRefused refused) {
        return Main.INPUT_PROBLEM;
      }
    }
    Assessment assessment = DecisionEngine.evaluate(document, data, asOf);
    if (output == null) {
      args.out().print(assessment.render());
    } else {
      String json = AssuranceJson.write(assessment) + System.lineSeparator();
      Outputs.file(output, w -> w.write(json));
      args.out()
          .println(
              "wrote "
                  + output
                  + ": "
                  + assessment.findings().size()
                  + " findings, "
                  + assessment.verdicts().size()
                  + " verdicts");
    }
    return 0;
  }
}
