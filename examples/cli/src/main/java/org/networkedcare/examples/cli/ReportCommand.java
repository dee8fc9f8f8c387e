package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.networkedcare.examples.report.BoardPack;
import org.networkedcare.examples.report.BoardPackPage;
import org.networkedcare.examples.report.EvaluationDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code networkedcare report --input N.json [--as-of YYYY-MM-DD] --output DIR}: the board pack
 * (docs/board-pack.md).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a network (governance, SPC, appraisal, probabilistic analysis) and write the board pack:",
      "DIR/index.html (self-contained, prints to A4) with board-pack.json and CSV files beside it."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "N.json",
      description = "the evaluation document (parts by paths relative to it)")
  private Path input;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "the evaluation date (default: the document's asOf)")
  private Optional<LocalDate> asOf = Optional.empty();

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "output directory, created if need be")
  private Path output;

  @Override
  public Integer call() {
    EvaluationDocument doc;
    BoardPack pack;
    try {
      doc = EvaluationDocument.read(input);
      pack = BoardPack.evaluate(doc, asOf.orElse(doc.asOf()));
    } catch (IllegalArgumentException e) {
      throw new InputException(input + ": " + e.getMessage(), e);
    }
    write(pack, output);
    spec.commandLine().getOut().println("Board pack written to " + output.resolve("index.html"));
    return 0;
  }

  static void write(BoardPack pack, Path output) {
    try {
      BoardPackPage.write(pack, output);
    } catch (NotDirectoryException e) {
      throw new InputException(output + ": exists and is not a directory", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(output + ": cannot be written (" + e.getMessage() + ")", e);
    }
  }
}
