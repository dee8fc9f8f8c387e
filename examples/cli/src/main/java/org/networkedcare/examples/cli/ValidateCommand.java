package org.networkedcare.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.examples.report.EvaluationDocument;
import org.networkedcare.examples.report.EvaluationDocuments;
import org.networkedcare.governance.assurance.GovernanceDocument;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.Transfer;
import org.networkedcare.metrics.cohort.CohortModel;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.MeasureDatasets;
import org.networkedcare.metrics.json.AppraisalJson;
import org.networkedcare.metrics.json.CohortJson;

/**
 * {@code networkedcare validate --input F [--type T] [--network N.json]}: checks any document the
 * library reads (its type detected from its fields, or given) and prints every problem of every
 * check that can run, each with its place (exit 1), or one line describing it and any warnings
 * (exit 0).
 */
final class ValidateCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "validate",
          "Check a document and print every problem with its place (JSON pointer "
              + "or CSV line); exit 1 when there are problems. It reads network, "
              + "governance, appraisal, cohort and evaluation documents (JSON) and "
              + "measure datasets (CSV, or JSON with \"rows\"). Every check that can "
              + "run does, in one go: a governance document's measure dataset and an "
              + "evaluation document's parts are checked too.",
          ValidateCommand::new,
          OptionSyntax.value("--input", "FILE", "The document or dataset to check.").required(),
          OptionSyntax.value(
              "--type",
              "TYPE",
              "The kind of document: network, governance, appraisal, cohort, evaluation or dataset. "
                  + "By default it is detected: a file ending in .csv is a dataset; otherwise the JSON's top-level fields decide."),
          OptionSyntax.value(
              "--network",
              "N.json",
              "The network document (or governance document) a measure dataset is checked against; required for a dataset."));

  /** The kinds of document, as {@code --type} names them. */
  enum Type {
    NETWORK("network document"),
    GOVERNANCE("governance document"),
    APPRAISAL("appraisal document"),
    COHORT("cohort model"),
    EVALUATION("evaluation document"),
    DATASET("measure dataset");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Top-level fields only a governance document has (beside the network document's). */
  private static final Set<String> GOVERNANCE_FIELDS =
      Set.of(
          "evidence",
          "routes",
          "agreements",
          "baselines",
          "observations",
          "escalationRecords",
          "risks",
          "incidents",
          "disputes",
          "consortia",
          "equipment",
          "context",
          "decisions",
          "waivers");

  private final Arguments args;
  private final Path input;
  private final @Nullable String type;
  private final @Nullable Path network;

  private ValidateCommand(Arguments args) {
    this.args = args;
    this.input = args.path("--input");
    this.type = args.optionalString("--type").orElse(null);
    this.network = args.optionalPath("--network").orElse(null);
  }

  @Override
  public Integer call() {
    Type kind = type == null ? detect() : parseType(type);
    List<String> warnings = new ArrayList<>();
    String description =
        switch (kind) {
          case NETWORK -> {
            NetworkDocument document = NetworkJson.parse(Inputs.bytes(input));
            document.warnings().forEach(w -> warnings.add(w.toString()));
            yield firstLine(document.toString());
          }
          case GOVERNANCE -> governance(warnings);
          case APPRAISAL -> {
            Appraisal appraisal = AppraisalJson.parse(Inputs.bytes(input));
            for (int i = 0; i < appraisal.transfers().size(); i++) {
              Transfer transfer = appraisal.transfers().get(i);
              if (transfer.awaitsFlow()) {
                warnings.add(
                    "/transfers/"
                        + i
                        + "/flow: the amounts come from the host agreement's money flow '"
                        + transfer.flow().orElse("")
                        + "'; appraise, psa and report need the governance document that holds"
                        + " the agreement (--governance)");
              }
            }
            yield "'"
                + appraisal.title()
                + "', "
                + appraisal.options().size()
                + " options over "
                + appraisal.horizonYears()
                + " years";
          }
          case COHORT -> {
            CohortModel model = CohortJson.parse(Inputs.bytes(input));
            model.prepare();
            yield "'" + model.title() + "'";
          }
          case EVALUATION -> {
            try {
              EvaluationDocument document = EvaluationDocuments.read(input);
              yield "'" + document.title() + "' as of " + document.asOf();
            } catch (IOException e) {
              throw new InputException(input + ": cannot be read (" + e.getMessage() + ")", e);
            }
          }
          case DATASET -> {
            if (network == null) {
              throw args.usage(
                  "a measure dataset is checked against a network: add --network N.json");
            }
            MeasureDataset dataset = dataset(input, DataCommand.network(network), List.of());
            yield firstLine(dataset.summary().render());
          }
        };
    for (String warning : warnings) {
      args.err().println("warning: " + warning);
    }
    args.out().println("valid " + kind.description + ": " + description);
    return 0;
  }

  /**
   * A governance document and the measure dataset it names: when the document's network can be
   * read, the dataset is checked against it even if other parts of the document have problems.
   */
  private String governance(List<String> warnings) {
    byte[] bytes = Inputs.bytes(input);
    GovernanceReference reference = GovernanceReferenceJson.defaults();
    JsonNode tree = Json.parse(bytes);
    // The network part on its own: the problems of the rest are the governance reader's to report.
    Optional<NetworkDocument> net =
        JsonValue.root(tree, Problems.collector())
            .object(o -> NetworkJson.documentFields(o, reference.core()));
    JsonNode data = tree.path("data");
    Optional<String> named = data.isTextual() ? Optional.of(data.textValue()) : Optional.empty();
    Path folder = Inputs.folderOf(input);
    GovernanceDocument document;
    try {
      document = AssuranceJson.parse(bytes, reference);
    } catch (ValidationException e) {
      List<String> lines = new ArrayList<>(e.problems().stream().map(Problem::toString).toList());
      if (net.isPresent() && named.isPresent()) {
        dataset(AssureCommand.inside(folder, named.get()), net.get(), lines);
      }
      throw InputException.placed(lines, e);
    }
    document.network().warnings().forEach(w -> warnings.add(w.toString()));
    named.ifPresent(
        name -> dataset(AssureCommand.inside(folder, name), document.network(), List.of()));
    return firstLine(document.toString());
  }

  /**
   * Reads a dataset; its problems, with those already found, are thrown as one {@link
   * InputException} with each problem's line or pointer.
   */
  private static MeasureDataset dataset(Path file, NetworkDocument net, List<String> earlier) {
    try {
      MeasureDataset dataset = MeasureDatasets.read(file, net);
      if (!earlier.isEmpty()) {
        throw InputException.placed(earlier, null);
      }
      return dataset;
    } catch (java.nio.file.NoSuchFileException e) {
      throw placedWith(earlier, file + ": no such file", e);
    } catch (IOException e) {
      throw placedWith(earlier, file + ": cannot be read (" + e.getMessage() + ")", e);
    } catch (ValidationException e) {
      List<String> lines = new ArrayList<>(earlier);
      e.problems().forEach(p -> lines.add(MeasureDatasets.describe(p, file.toString())));
      throw InputException.placed(lines, e);
    }
  }

  private static InputException placedWith(List<String> earlier, String line, Exception cause) {
    if (earlier.isEmpty()) {
      return new InputException(line, cause);
    }
    List<String> lines = new ArrayList<>(earlier);
    lines.add("networkedcare: " + line);
    return InputException.placed(lines, cause);
  }

  private Type parseType(String name) {
    for (Type t : Type.values()) {
      if (t.toString().equals(name)) {
        return t;
      }
    }
    throw args.usage(
        "--type '"
            + name
            + "' is not a document type; the types are: network, governance, appraisal, cohort, evaluation, dataset");
  }

  /**
   * The type from the file: {@code .csv} is a dataset; JSON by its top-level fields. A file that is
   * not JSON is left to the network reader, which reports why.
   */
  private Type detect() {
    if (input.getFileName() != null
        && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return Type.DATASET;
    }
    JsonNode root = Json.parse(Inputs.bytes(input));
    if (root.has("governance") || root.has("asOf")) {
      return Type.EVALUATION;
    }
    if (root.has("rows")) {
      return Type.DATASET;
    }
    if (root.has("states") || root.has("strategies")) {
      return Type.COHORT;
    }
    if (root.has("options") || root.has("horizonYears")) {
      return Type.APPRAISAL;
    }
    for (String field : GOVERNANCE_FIELDS) {
      if (root.has(field)) {
        return Type.GOVERNANCE;
      }
    }
    return root.has("data") && root.has("network") ? Type.GOVERNANCE : Type.NETWORK;
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }
}
