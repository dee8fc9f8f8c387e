package org.networkedcare.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * The {@code networkedcare} command line.
 *
 * <p>Exit codes: 0 success; 1 the input has problems (each printed on its own line to standard
 * error, with its path, and no stack trace; at most 50, and all of them in the file {@code
 * --problems} names) or an output, standard output included, cannot be written; 2 a usage error.
 */
public final class Main {

  /** Exit code when the input has problems. */
  static final int INPUT_PROBLEM = 1;

  /** Exit code for a usage error. */
  static final int USAGE = 2;

  /** At most this many problems are printed; {@code --problems FILE} writes them all. */
  static final int MAX_PRINTED = 50;

  /** The built-in subcommands, in the order the help lists them. */
  static final List<String> SUBCOMMANDS =
      List.of(
          "example",
          "validate",
          "spc",
          "appraise",
          "discount-factors",
          "cea",
          "psa",
          "funnel",
          "assure",
          "cohort",
          "report",
          "data");

  /** The top-level options, which every subcommand inherits. */
  static final List<OptionSyntax> OPTIONS =
      List.of(
          OptionSyntax.value(
              "--problems",
              "FILE",
              "Write every problem of the input to FILE, one per line (standard error shows the first "
                  + MAX_PRINTED
                  + ")."),
          OptionSyntax.flag(
              "--progress",
              "Print progress lines of long work to standard error even when it is not a terminal."),
          OptionSyntax.flag(
              "--quiet",
              "Print no progress and no summary line (warnings and errors are still printed)."));

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    CheckedStream stdout = new CheckedStream(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = execute(args, out, err);
    if (out.checkError()) {
      err.println(
          "networkedcare: standard output cannot be written"
              + (stdout.failure == null ? "" : " (" + stdout.failure.getMessage() + ")")
              + "; the output is incomplete");
      err.flush();
      code = code == 0 ? INPUT_PROBLEM : code;
    }
    System.exit(code);
  }

  /** Standard output that keeps the first write error, which a {@link PrintWriter} only flags. */
  private static final class CheckedStream extends FilterOutputStream {
    private @Nullable IOException failure;

    CheckedStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
        throw e;
      }
    }
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
    return execute(args, out, err, e -> {});
  }

  /**
   * Runs the command line without exiting, handing the exception that failed a command (if one did)
   * to {@code failure} before it is reported.
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Consumer<Exception> failure) {
    long started = System.nanoTime();
    List<Path> problems = new ArrayList<>(1);
    int code;
    try {
      code =
          run(
              syntax(args),
              args,
              out,
              err,
              started,
              arguments -> arguments.optionalPath("--problems").ifPresent(problems::add));
    } catch (UsageException e) {
      failure.accept(e);
      code = usage(e, err);
    } catch (Exception e) {
      failure.accept(e);
      report(e, err, problems.isEmpty() ? null : problems.get(0));
      code = INPUT_PROBLEM;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Prints a usage error, and its help to try; {@return its exit code, {@value #USAGE}} */
  static int usage(UsageException e, PrintWriter err) {
    err.println("networkedcare: " + e.getMessage());
    err.println("Try '" + e.command() + " --help'.");
    return USAGE;
  }

  /**
   * Reads the arguments against the top-level command and runs what they name: its help, the
   * version, or the command, whose arguments {@code parsed} sees before it runs.
   *
   * @return the exit code
   * @throws UsageException if the arguments are not what the command takes
   * @throws Exception what the command threw
   */
  static int run(
      CommandSyntax root,
      String[] args,
      PrintWriter out,
      PrintWriter err,
      long started,
      Consumer<Arguments> parsed)
      throws Exception {
    Arguments.Reading reading = Arguments.read(root, args);
    if (reading.help()) {
      out.print(HelpText.of(reading.path()));
      return 0;
    }
    if (reading.version()) {
      out.println(version());
      return 0;
    }
    Arguments arguments = reading.arguments(out, err, started);
    parsed.accept(arguments);
    Callable<Integer> command = reading.command().command().orElseThrow().apply(arguments);
    return command.call();
  }

  /**
   * {@return the top-level command with the subcommands these arguments need} The one named where a
   * subcommand stands (after the top-level {@code --problems FILE}, {@code --progress}, {@code
   * --quiet}); none for a lone {@code --version}; or all of them otherwise, those other modules add
   * included (the help lists them, and an unknown name is matched against them). Only the named one
   * is built: each subcommand's syntax loads its class.
   */
  static CommandSyntax syntax(String[] args) {
    return root(subcommands(args));
  }

  /** {@return the top-level command with these subcommands} */
  static CommandSyntax root(List<CommandSyntax> subcommands) {
    return CommandSyntax.group(
        "networkedcare",
        "Governance of networked NHS care, and whether a network is worth it.",
        OPTIONS,
        subcommands);
  }

  /** {@return whether the arguments are a lone {@code --version} or {@code -V}} */
  static boolean versionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** {@return the subcommands to build for these arguments (see {@link #syntax})} */
  static List<CommandSyntax> subcommands(String[] args) {
    if (versionOnly(args)) {
      return List.of(); // the version is the same for every subcommand
    }
    int i = 0;
    while (i < args.length
        && (args[i].equals("--problems")
            || args[i].startsWith("--problems=")
            || args[i].equals("--progress")
            || args[i].equals("--quiet"))) {
      i += args[i].equals("--problems") ? 2 : 1;
    }
    if (i < args.length) {
      Optional<CommandSyntax> named = builtIn(args[i]);
      if (named.isPresent()) {
        return List.of(named.get());
      }
    }
    List<CommandSyntax> all = new ArrayList<>();
    for (String name : SUBCOMMANDS) {
      all.add(builtIn(name).orElseThrow());
    }
    for (AddedCommand added : ServiceLoader.load(AddedCommand.class, Main.class.getClassLoader())) {
      all.add(added.syntax());
    }
    return all;
  }

  /**
   * {@return the syntax of a built-in subcommand} A switch, so that naming one loads its class
   * alone.
   */
  static Optional<CommandSyntax> builtIn(String name) {
    return Optional.ofNullable(
        switch (name) {
          case "example" -> ExampleCommand.SYNTAX;
          case "validate" -> ValidateCommand.SYNTAX;
          case "spc" -> SpcCommand.SYNTAX;
          case "appraise" -> AppraiseCommand.SYNTAX;
          case "discount-factors" -> DiscountFactorsCommand.SYNTAX;
          case "cea" -> CeaCommand.SYNTAX;
          case "psa" -> PsaCommand.SYNTAX;
          case "funnel" -> FunnelCommand.SYNTAX;
          case "assure" -> AssureCommand.SYNTAX;
          case "cohort" -> CohortCommand.SYNTAX;
          case "report" -> ReportCommand.SYNTAX;
          case "data" -> DataCommand.SYNTAX;
          default -> null;
        });
  }

  /**
   * Prints why a command failed: the problems of invalid input one per line (at most {@link
   * #MAX_PRINTED}, then how many more; all of them in the problems file when one is named), or one
   * line otherwise.
   */
  private static void report(Exception e, PrintWriter err, @Nullable Path problemsFile) {
    List<String> lines = null;
    if (e instanceof ValidationException invalid) {
      lines = invalid.problems().stream().map(Problem::toString).toList();
    } else if (e instanceof InputException input) {
      lines =
          input.placed()
              ? input.lines()
              : input.lines().stream().map(l -> "networkedcare: " + l).toList();
    }
    if (lines != null) {
      for (int i = 0; i < lines.size() && i < MAX_PRINTED; i++) {
        err.println(lines.get(i));
      }
      if (problemsFile != null) {
        List<String> all = lines;
        try {
          Outputs.file(
              problemsFile,
              w -> {
                for (String l : all) {
                  w.write(l);
                  w.write('\n');
                }
              });
          if (lines.size() > MAX_PRINTED) {
            err.println(
                "... and "
                    + (lines.size() - MAX_PRINTED)
                    + " more: all "
                    + lines.size()
                    + " are in "
                    + problemsFile);
          }
        } catch (InputException failed) {
          err.println("networkedcare: --problems " + failed.getMessage());
        }
      } else if (lines.size() > MAX_PRINTED) {
        err.println(
            "... and "
                + (lines.size() - MAX_PRINTED)
                + " more ("
                + lines.size()
                + " problems; --problems FILE writes them all)");
      }
    } else if (e instanceof UncheckedIOException) {
      err.println("networkedcare: " + e.getMessage());
    } else if (e instanceof NoSuchFileException missing) {
      err.println("networkedcare: " + missing.getFile() + ": no such file or directory");
    } else if (e instanceof IOException io) {
      err.println("networkedcare: " + io.getMessage());
    } else {
      err.println(
          "networkedcare: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * {@return whether this process's standard error is a terminal} Read from {@code /proc/self/fd/2}
   * (Linux); elsewhere false, so that progress then needs {@code --progress}.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** {@return the version line, from the properties Maven writes at build time} */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        Main.class.getResourceAsStream("/org/networkedcare/examples/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "networkedcare " + properties.getProperty("version", "unknown");
  }
}
