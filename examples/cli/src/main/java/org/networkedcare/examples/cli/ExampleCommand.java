package org.networkedcare.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.networkedcare.examples.ExampleEvaluation;
import org.networkedcare.examples.report.BoardPack;
import org.networkedcare.examples.report.EvaluationDocument;

/** {@code networkedcare example}: runs the example evaluation and prints a readable summary. */
final class ExampleCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "example",
          "Run the example evaluation of a network of real A&E providers and print a summary.",
          ExampleCommand::new,
          OptionSyntax.value(
              "--output",
              "DIR",
              "The folder to write the board pack to. By default it is board-pack beside the networkedcare jar "
                  + "(examples/target/board-pack in a clone of the project), whatever the current directory; "
                  + "without the jar (classes on a class path), board-pack in the current directory."));

  private final Arguments args;
  private final Optional<Path> output;

  private ExampleCommand(Arguments args) {
    this.args = args;
    this.output = args.optionalPath("--output");
  }

  /**
   * {@return the default folder of the board pack: beside the jar this class was loaded from, or in
   * the current directory}
   */
  static Path defaultOutput() {
    try {
      java.security.CodeSource source = ExampleCommand.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path location = Path.of(source.getLocation().toURI());
        if (java.nio.file.Files.isRegularFile(location) && location.getParent() != null) {
          return location.getParent().resolve("board-pack");
        }
      }
    } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
      // not a file location: the current directory
    }
    return Path.of("board-pack");
  }

  @Override
  public Integer call() {
    Path target = output.orElseGet(ExampleCommand::defaultOutput);
    args.out().print(ExampleEvaluation.shipped().render());
    EvaluationDocument doc = org.networkedcare.examples.Examples.bbmk();
    ReportCommand.write(BoardPack.evaluate(doc, doc.asOf()), target);
    args.out().println();
    args.out()
        .println("Board pack (" + doc.asOf() + ") written to " + target.resolve("index.html"));
    return 0;
  }
}
