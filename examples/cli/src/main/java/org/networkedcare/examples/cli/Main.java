package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code networkedcare} command line.
 *
 * <p>Exit codes: 0 success; 1 the input has problems (each printed on its own line to standard
 * error, with its path, and no stack trace); 2 a usage error.
 */
@Command(
    name = "networkedcare",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Governance of networked NHS care, and whether a network is worth it.",
    subcommands = {
      ExampleCommand.class,
      ValidateCommand.class,
      SpcCommand.class,
      AppraiseCommand.class,
      DiscountFactorsCommand.class,
      CeaCommand.class,
      PsaCommand.class,
      FunnelCommand.class,
      AssureCommand.class,
      CohortCommand.class,
      ReportCommand.class,
      DataCommand.class
    })
public final class Main implements Runnable {

  /** Exit code when the input has problems. */
  static final int INPUT_PROBLEM = 1;

  /** Exit code for a usage error. */
  static final int USAGE = 2;

  @Spec private CommandSpec spec;

  /** Creates the top-level command; picocli calls this. */
  public Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(out);
    line.setErr(err);
    line.registerConverter(LocalDate.class, Main::date);
    for (CommandLine sub : line.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new Version());
    }
    line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INPUT_PROBLEM);
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          report(e, cmd.getErr());
          return INPUT_PROBLEM;
        });
    line.setParameterExceptionHandler(
        (e, args2) -> {
          e.getCommandLine().getErr().println("networkedcare: " + e.getMessage());
          e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Prints why a command failed: every problem of invalid input, or one line otherwise. */
  private static void report(Exception e, PrintWriter err) {
    if (e instanceof ValidationException invalid) {
      for (Problem problem : invalid.problems()) {
        err.println(problem);
      }
    } else if (e instanceof InputException || e instanceof UncheckedIOException) {
      err.println("networkedcare: " + e.getMessage());
    } else if (e instanceof NoSuchFileException missing) {
      err.println("networkedcare: " + missing.getFile() + ": no such file or directory");
    } else if (e instanceof IOException io) {
      err.println("networkedcare: " + io.getMessage());
    } else {
      err.println("networkedcare: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Without a subcommand: the usage, as a usage error (exit code 2). */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** Reads an option's ISO date, refusing anything else with a message a person can act on. */
  private static LocalDate date(String text) {
    try {
      if (text.length() != 10) {
        throw new DateTimeParseException("length", text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not an ISO date (YYYY-MM-DD)");
    }
  }

  /** Reads the version from the properties Maven writes at build time. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("/org/networkedcare/examples/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"networkedcare " + properties.getProperty("version", "unknown")};
    }
  }
}
