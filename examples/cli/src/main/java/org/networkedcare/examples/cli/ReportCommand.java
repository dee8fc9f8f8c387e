package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.examples.report.BoardPack;
import org.networkedcare.examples.report.BoardPackPage;
import org.networkedcare.examples.report.EvaluationDocument;
import org.networkedcare.examples.report.EvaluationDocuments;

/**
 * {@code networkedcare report --input E.json [--as-of YYYY-MM-DD] [--data D.csv] --output DIR}: the
 * board pack (docs/board-pack.md).
 */
final class ReportCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "report",
          "Evaluate a network (governance, SPC, appraisal, probabilistic "
              + "analysis) and write the board pack: DIR/index.html (self-contained, "
              + "prints to A4) with board-pack.json and CSV files beside it.",
          ReportCommand::new,
          OptionSyntax.value(
                  "--input",
                  "E.json",
                  "The evaluation document (parts by paths relative to it, inside its folder).")
              .required(),
          OptionSyntax.value(
              "--as-of", "YYYY-MM-DD", "The evaluation date (default: the document's asOf)."),
          OptionSyntax.value(
              "--data",
              "D.csv",
              "A measure dataset (CSV or JSON) to read instead of the one the documents name."),
          OptionSyntax.value("--output", "DIR", "Output directory, created if need be.")
              .required());

  private final Arguments args;
  private final Path input;
  private final Optional<LocalDate> asOf;
  private final Optional<Path> data;
  private final Path output;

  private ReportCommand(Arguments args) {
    this.args = args;
    this.input = args.path("--input");
    this.asOf = args.optionalDate("--as-of");
    this.data = args.optionalPath("--data");
    this.output = args.path("--output");
  }

  @Override
  public Integer call() {
    EvaluationDocument doc;
    BoardPack pack;
    Feedback.Progress steps =
        Feedback.of(args).progress("reading, evaluating, writing", "steps", 3);
    try {
      doc = EvaluationDocuments.read(input, data);
      steps.accept(1);
      pack = BoardPack.evaluate(doc, asOf.orElse(doc.asOf()));
      steps.accept(1);
    } catch (ValidationException e) {
      throw InputException.placed(problemLines(e, input), e);
    } catch (NoSuchFileException e) {
      throw new InputException(e.getFile() + ": no such file", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(input + ": " + e.getMessage(), e);
    }
    write(pack, output);
    steps.accept(1);
    steps.end();
    args.out().println("Board pack written to " + output.resolve("index.html"));
    return 0;
  }

  /**
   * Every problem on its own line: a part's (governance, appraisal, dataset) as its own file names
   * it, such as {@code D.csv:12: numerator: ... [code]}; the evaluation document's with its file
   * and pointer.
   */
  static List<String> problemLines(ValidationException e, Path document) {
    return e.problems().stream()
        .map(p -> p.path().isEmpty() ? p.message() + " [" + p.code() + "]" : document + ":" + p)
        .toList();
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
