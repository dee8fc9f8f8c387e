package org.networkedcare.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare assure --input N.json --as-of YYYY-MM-DD [--data D.csv] [--output F.json]}:
 * evaluates a governance document at a date, its observations those it holds and those of the
 * measure dataset it names (or {@code --data} names instead). Without {@code --output}, prints the
 * findings in order (each with who acts by when) and the verdicts; with it, writes the JSON result.
 * Bad input: every problem with its path (a dataset's with its line), exit 1.
 */
@Command(
    name = "assure",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate a network's governance at a date: findings in order, who acts by when, and the board's verdicts.")
final class AssureCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "G.json",
      description = "The governance document (JSON).")
  private Path input;

  @Option(
      names = "--as-of",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The evaluation date (never the clock).")
  private LocalDate asOf;

  @Option(
      names = "--output",
      paramLabel = "F.json",
      description = "Write the JSON result here instead of printing the text rendering.")
  private @Nullable Path output;

  @Option(
      names = "--reference",
      paramLabel = "R.json",
      description = "A reference data file replacing the default part its id names (repeatable).")
  private List<Path> reference = new ArrayList<>();

  @Option(
      names = "--data",
      paramLabel = "D.csv",
      description =
          "A measure dataset (CSV or JSON) whose site rows are observations, instead of the one the document names.")
  private @Nullable Path dataFile;

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
            document.withData(DataCommand.dataset(dataset.get(), document.network(), spec), data);
      } catch (DataCommand.DatasetRefused refused) {
        return Main.INPUT_PROBLEM;
      }
    }
    Assessment assessment = DecisionEngine.evaluate(document, data, asOf);
    if (output == null) {
      spec.commandLine().getOut().print(assessment.render());
    } else {
      String json = AssuranceJson.write(assessment) + System.lineSeparator();
      Outputs.file(output, w -> w.write(json));
      spec.commandLine()
          .getOut()
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
