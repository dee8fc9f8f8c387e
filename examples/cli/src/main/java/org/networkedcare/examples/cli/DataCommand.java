package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.MeasureDatasets;

/**
 * {@code networkedcare data check --network N.json --data D.csv}: checks a measure dataset against
 * a network document.
 */
final class DataCommand {

  static final CommandSyntax SYNTAX =
      CommandSyntax.group(
          "data",
          "Work with a network's measure dataset (docs/dataset.md).",
          List.of(),
          List.of(Check.SYNTAX));

  private DataCommand() {}

  /** Reads a network document, or the network part of a governance document. */
  static NetworkDocument network(Path file) {
    byte[] bytes = Inputs.bytes(file);
    try {
      return NetworkJson.parse(bytes);
    } catch (ValidationException e) {
      boolean onlyOtherFields =
          e.problems().stream()
              .allMatch(p -> p.code().equals("unknown-field") && p.path().lastIndexOf('/') == 0);
      if (!onlyOtherFields) {
        throw e;
      }
      return AssuranceJson.parse(bytes, GovernanceReferenceJson.defaults()).network();
    }
  }

  /** Reads a dataset, printing its problems as {@code D.csv:LINE: column: message [code]}. */
  static MeasureDataset dataset(Path file, NetworkDocument network, PrintWriter err) {
    try {
      return MeasureDatasets.read(file, network);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        err.println(MeasureDatasets.describe(p, file.toString()));
      }
      throw new DatasetRefused();
    }
  }

  /** A dataset with problems, already printed. */
  static final class DatasetRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatasetRefused() {
      super("the dataset has problems", null, false, false);
    }
  }

  /** The check. */
  static final class Check implements Callable<Integer> {

    static final CommandSyntax SYNTAX =
        CommandSyntax.command(
            "check",
            "Check a measure dataset against a network document: a summary "
                + "(measures x organisations x sites x periods, the gaps) on success; "
                + "otherwise every problem, one per line, as D.csv:LINE: column: message "
                + "[code], and exit 1.",
            Check::new,
            OptionSyntax.value(
                    "--network", "N.json", "The network document (or a governance document).")
                .required(),
            OptionSyntax.value("--data", "D.csv", "The measure dataset, CSV or JSON (.json).")
                .required());

    private final Arguments args;
    private final Path network;
    private final Path data;

    private Check(Arguments args) {
      this.args = args;
      this.network = args.path("--network");
      this.data = args.path("--data");
    }

    @Override
    public Integer call() {
      NetworkDocument doc = DataCommand.network(network);
      try {
        MeasureDataset dataset = DataCommand.dataset(data, doc, args.err());
        args.out().print(dataset.summary().render());
        return 0;
      } catch (DatasetRefused refused) {
        return Main.INPUT_PROBLEM;
      }
    }
  }
}
