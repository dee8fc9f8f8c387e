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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code networkedcare} command line.
 *
 * <p>Exit codes: 0 success; 1 the input has problems (each printed on its own line to standard
 * error, with its path, and no stack trace; at most 50, and all of them in the file {@code
 * --problems} names) or an output, standard output included, cannot be written; 2 a usage error.
 */
@Command(
    name = "networkedcare",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Governance of networked NHS care, and whether a network is worth it.")
public final class Main implements Runnable {

  /** Exit code when the input has problems. */
  static final int INPUT_PROBLEM = 1;

  /** Exit code for a usage error. */
  static final int USAGE = 2;

  /** At most this many problems are printed; {@code --problems FILE} writes them all. */
  static final int MAX_PRINTED = 50;

  /**
   * The subcommands, in the order the usage lists them. Only the one a command line names is built
   * (picocli reads every option of a command by reflection, the largest part of start-up).
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
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
          DataCommand.class);

  @Spec private CommandSpec spec;

  @Option(
      names = "--problems",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Write every problem of the input to FILE, one per line (standard error shows the first "
              + MAX_PRINTED
              + ").")
  private @Nullable Path problems;

  @Option(
      names = "--progress",
      scope = ScopeType.INHERIT,
      description =
          "Print progress lines of long work to standard error even when it is not a terminal.")
  private boolean progress;

  @Option(
      names = "--quiet",
      scope = ScopeType.INHERIT,
      description =
          "Print no progress and no summary line (warnings and errors are still printed).")
  private boolean quiet;

  private final long started = System.nanoTime();

  /** Creates the top-level command; picocli calls this. */
  public Main() {}

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
    CommandLine line = new CommandLine(new Main());
    List<Class<?>> subs = subcommands(args);
    for (Class<?> sub : subs) {
      line.addSubcommand(sub);
    }
    if (subs.size() != 1 && !versionOnly(args)) {
      // No built-in subcommand is named: an added one (serve) may be, and the usage lists them all.
      // A lone --version needs none of them: finding and building serve was 10 ms of its 140.
      for (AddedCommand added :
          ServiceLoader.load(AddedCommand.class, Main.class.getClassLoader())) {
        line.addSubcommand(added);
      }
    }
    line.setOut(out);
    line.setErr(err);
    line.registerConverter(LocalDate.class, Main::date);
    for (CommandLine sub : line.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new Version());
    }
    line.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? USAGE : INPUT_PROBLEM);
    Main main = line.getCommand();
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          failure.accept(e);
          report(e, cmd.getErr(), main.problems);
          return INPUT_PROBLEM;
        });
    line.setParameterExceptionHandler(
        (e, args2) -> {
          failure.accept(e);
          e.getCommandLine().getErr().println("networkedcare: " + e.getMessage());
          e.getCommandLine()
              .getErr()
              .println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
    Optional<String> unknown = unknownSubcommand(line, args);
    if (unknown.isPresent()) {
      err.println(unknown.get());
      err.flush();
      return USAGE;
    }
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * {@return why the arguments name no subcommand, when a word where a subcommand belongs is not
   * one: the message and the help to try, two lines} Checked before picocli parses, so that {@code
   * networkedcare nosuch --help} is a usage error rather than the top-level help.
   */
  static Optional<String> unknownSubcommand(CommandLine line, String[] args) {
    CommandLine current = line;
    for (int i = 0; i < args.length && !current.getSubcommands().isEmpty(); i++) {
      String arg = args[i];
      if (arg.equals("--problems")) {
        i++;
      } else if (!arg.startsWith("-")) {
        CommandLine sub = current.getSubcommands().get(arg);
        if (sub == null) {
          String name = current.getCommandSpec().qualifiedName();
          return Optional.of(
              "networkedcare: '"
                  + arg
                  + "' is not a subcommand of "
                  + name
                  + "; the subcommands are: "
                  + String.join(", ", current.getSubcommands().keySet())
                  + System.lineSeparator()
                  + "Try '"
                  + name
                  + " --help'.");
        }
        current = sub;
      }
    }
    return Optional.empty();
  }

  /**
   * The list of subcommands in the help: each with the first sentence of its description, whole,
   * however many lines the description has.
   */
  private static String commandList(CommandLine.Help help) {
    Map<String, CommandLine.Help> subcommands = help.subcommands();
    if (subcommands.isEmpty()) {
      return "";
    }
    int nameWidth = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    int width = help.commandSpec().usageMessage().width();
    CommandLine.Help.TextTable table =
        CommandLine.Help.TextTable.forColumns(
            help.colorScheme(),
            new CommandLine.Help.Column(nameWidth, 2, CommandLine.Help.Column.Overflow.SPAN),
            new CommandLine.Help.Column(
                width - nameWidth, 2, CommandLine.Help.Column.Overflow.WRAP));
    subcommands.forEach((name, sub) -> table.addRowValues(name, summary(sub.commandSpec())));
    return table.toString();
  }

  /** {@return the first sentence of a command's description} */
  static String summary(CommandSpec command) {
    String text = String.join(" ", command.usageMessage().description()).strip();
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** {@return whether the arguments are a lone {@code --version} or {@code -V}} */
  static boolean versionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /**
   * {@return the subcommands to build for these arguments} The one named where a subcommand stands
   * (after the top-level {@code --problems FILE}, {@code --progress}, {@code --quiet}); none for a
   * lone {@code --version}; or all of them otherwise (the usage lists them, and an unknown name is
   * matched against them).
   */
  static List<Class<?>> subcommands(String[] args) {
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
      for (Class<?> sub : SUBCOMMANDS) {
        if (sub.getAnnotation(Command.class).name().equals(args[i])) {
          return List.of(sub);
        }
      }
    }
    return SUBCOMMANDS;
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

  /** {@return whether --progress was given} */
  boolean progress() {
    return progress;
  }

  /** {@return whether --quiet was given} */
  boolean quiet() {
    return quiet;
  }

  /** {@return when the command line started, by {@link System#nanoTime()}} */
  long started() {
    return started;
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
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not an ISO date (YYYY-MM-DD)");
    }
  }

  /** Reads the version from the properties Maven writes at build time. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in =
          Main.class.getResourceAsStream("/org/networkedcare/examples/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"networkedcare " + properties.getProperty("version", "unknown")};
    }
  }
}
