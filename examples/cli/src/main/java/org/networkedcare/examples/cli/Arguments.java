package org.networkedcare.examples.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments one command was given, read against its {@link CommandSyntax}, with where it
 * prints. Values are converted when asked for; one that is not of its form is a {@link
 * UsageException} naming the option. Not thread-safe (its writers are not).
 */
public final class Arguments {

  private final List<CommandSyntax> path;
  private final Map<String, List<String>> given;
  private final PrintWriter out;
  private final PrintWriter err;
  private final long started;

  private Arguments(
      List<CommandSyntax> path,
      Map<String, List<String>> given,
      PrintWriter out,
      PrintWriter err,
      long started) {
    this.path = List.copyOf(path);
    this.given = given;
    this.out = out;
    this.err = err;
    this.started = started;
  }

  /**
   * A command line read against a syntax, before it is checked for what is required: the commands
   * it names (the top level first), what each option was given, and whether help or the version was
   * asked for.
   */
  record Reading(
      List<CommandSyntax> path, Map<String, List<String>> given, boolean help, boolean version) {

    /** {@return the command named last} */
    CommandSyntax command() {
      return path.get(path.size() - 1);
    }

    /** {@return the command as typed, {@code networkedcare data check}} */
    String typed() {
      return Arguments.typed(path);
    }

    /**
     * {@return the arguments of the command named last}
     *
     * @throws UsageException if it is a group without its subcommand, or a required option is
     *     missing
     */
    Arguments arguments(PrintWriter out, PrintWriter err, long started) {
      CommandSyntax command = command();
      if (command.command().isEmpty()) {
        throw new UsageException(
            typed(),
            "a subcommand is required: " + String.join(", ", command.subcommands().keySet()));
      }
      List<String> missing = new ArrayList<>();
      for (CommandSyntax level : path) {
        for (OptionSyntax o : level.options()) {
          if (o.isRequired() && !given.containsKey(o.name())) {
            missing.add("'" + o.shown() + "'");
          }
        }
      }
      if (!missing.isEmpty()) {
        throw new UsageException(
            typed(),
            "Missing required option"
                + (missing.size() == 1 ? ": " : "s: ")
                + String.join(", ", missing));
      }
      return new Arguments(path, given, out, err, started);
    }
  }

  /**
   * {@return the command line read against a syntax}
   *
   * @param root the top-level command
   * @param args the arguments, as typed after the program's name
   * @throws UsageException if an option or subcommand is unknown, a value is missing, or a
   *     single-valued option is given twice
   */
  static Reading read(CommandSyntax root, String[] args) {
    List<CommandSyntax> path = new ArrayList<>(List.of(root));
    Map<String, List<String>> given = new LinkedHashMap<>();
    boolean help = false;
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      CommandSyntax current = path.get(path.size() - 1);
      if (arg.equals("-h") || arg.equals("--help")) {
        help = true;
      } else if (arg.equals("-V") || arg.equals("--version")) {
        version = true;
      } else if (arg.startsWith("-") && arg.length() > 1) {
        int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
        String name = eq > 0 ? arg.substring(0, eq) : arg;
        OptionSyntax option =
            find(path, name)
                .orElseThrow(
                    () -> new UsageException(typed(path), "Unknown option: '" + arg + "'"));
        List<String> values = given.computeIfAbsent(name, n -> new ArrayList<>(1));
        if (!option.takesValue()) {
          if (eq > 0) {
            throw new UsageException(typed(path), "option '" + name + "' takes no value");
          }
          values.clear();
          values.add("true");
          continue;
        }
        String label = option.label().orElseThrow();
        String value;
        if (eq > 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
          String named = value.indexOf('=') > 0 ? value.substring(0, value.indexOf('=')) : value;
          if (find(path, named).isPresent() || isBuiltIn(value)) {
            throw new UsageException(
                typed(path),
                "Expected parameter for option '" + name + "' but found '" + value + "'");
          }
        } else {
          throw new UsageException(
              typed(path), "Missing required parameter for option '" + name + "' (" + label + ")");
        }
        if (!values.isEmpty() && !option.isRepeatable()) {
          throw new UsageException(
              typed(path), "option '" + name + "' (" + label + ") should be specified only once");
        }
        values.add(value);
      } else if (!current.subcommands().isEmpty()) {
        CommandSyntax sub = current.subcommands().get(arg);
        if (sub == null) {
          throw new UsageException(
              typed(path),
              "'"
                  + arg
                  + "' is not a subcommand of "
                  + typed(path)
                  + "; the subcommands are: "
                  + String.join(", ", current.subcommands().keySet()));
        }
        for (OptionSyntax o : sub.options()) {
          if (find(path, o.name()).isPresent()) {
            throw new IllegalStateException(sub + " declares " + o.name() + ", which it inherits");
          }
        }
        path.add(sub);
      } else {
        throw new UsageException(
            typed(path), "Unmatched argument at index " + i + ": '" + arg + "'");
      }
    }
    return new Reading(List.copyOf(path), given, help, version);
  }

  private static boolean isBuiltIn(String arg) {
    return arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version");
  }

  private static Optional<OptionSyntax> find(List<CommandSyntax> path, String name) {
    for (int i = path.size() - 1; i >= 0; i--) {
      Optional<OptionSyntax> o = path.get(i).option(name);
      if (o.isPresent()) {
        return o;
      }
    }
    return Optional.empty();
  }

  /** {@return the commands of a path as typed, {@code networkedcare data check}} */
  static String typed(List<CommandSyntax> path) {
    StringBuilder s = new StringBuilder();
    for (CommandSyntax c : path) {
      s.append(s.length() == 0 ? "" : " ").append(c.name());
    }
    return s.toString();
  }

  /** {@return the command as typed, {@code networkedcare spc}} */
  public String command() {
    return typed(path);
  }

  /** {@return standard output} */
  public PrintWriter out() {
    return out;
  }

  /** {@return standard error: problems, warnings, progress and the summary line} */
  public PrintWriter err() {
    return err;
  }

  /** {@return when the command line started, by {@link System#nanoTime()}} */
  public long started() {
    return started;
  }

  /**
   * {@return a usage error of this command, to throw}
   *
   * @param message what is wrong
   */
  public UsageException usage(String message) {
    return new UsageException(command(), message);
  }

  private OptionSyntax declared(String option) {
    return find(path, option)
        .orElseThrow(() -> new IllegalArgumentException(command() + " has no option " + option));
  }

  /**
   * {@return the option's values as given, in order; its default alone when it was not given}
   *
   * @param option the option's name ({@code --filter})
   * @throws IllegalArgumentException if the command has no such option
   */
  public List<String> strings(String option) {
    OptionSyntax o = declared(option);
    List<String> values = given.get(option);
    if (values != null && !values.isEmpty()) {
      return List.copyOf(values);
    }
    return o.defaultValue().map(List::of).orElse(List.of());
  }

  /**
   * {@return the option's value (its last, for a repeatable one), or its default, if any}
   *
   * @param option the option's name
   * @throws IllegalArgumentException if the command has no such option
   */
  public Optional<String> optionalString(String option) {
    List<String> values = strings(option);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  /**
   * {@return the value of a required option, or of one with a default}
   *
   * @param option the option's name
   * @throws IllegalArgumentException if the command has no such option, or it is neither required
   *     nor defaulted and was not given
   */
  public String string(String option) {
    return optionalString(option)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    option + " was not given: ask for it with optionalString"));
  }

  /**
   * {@return whether a flag was given}
   *
   * @param option the flag's name ({@code --quiet})
   */
  public boolean flag(String option) {
    declared(option);
    return given.containsKey(option);
  }

  /**
   * {@return the option's value as a path}
   *
   * @param option the option's name
   */
  public Path path(String option) {
    return toPath(option, string(option));
  }

  /**
   * {@return the option's value as a path, if given}
   *
   * @param option the option's name
   */
  public Optional<Path> optionalPath(String option) {
    return optionalString(option).map(v -> toPath(option, v));
  }

  /**
   * {@return the option's values as paths}
   *
   * @param option the option's name
   */
  public List<Path> paths(String option) {
    List<Path> paths = new ArrayList<>();
    for (String value : strings(option)) {
      paths.add(toPath(option, value));
    }
    return List.copyOf(paths);
  }

  /**
   * {@return the option's value as a whole number}
   *
   * @param option the option's name
   */
  public int integer(String option) {
    return toInt(option, string(option));
  }

  /**
   * {@return the option's value as a whole number, or {@code otherwise} when it was not given}
   *
   * @param option the option's name
   * @param otherwise the value when it was not given
   */
  public int integer(String option, int otherwise) {
    return optionalInteger(option).orElse(otherwise);
  }

  /**
   * {@return the option's value as a whole number, if given}
   *
   * @param option the option's name
   */
  public Optional<Integer> optionalInteger(String option) {
    return optionalString(option).map(v -> toInt(option, v));
  }

  /**
   * {@return the option's value as a long whole number}
   *
   * @param option the option's name
   */
  public long longInteger(String option) {
    return toLong(option, string(option));
  }

  /**
   * {@return the option's value as a long whole number, or {@code otherwise} when it was not given}
   *
   * @param option the option's name
   * @param otherwise the value when it was not given
   */
  public long longInteger(String option, long otherwise) {
    return optionalString(option).map(v -> toLong(option, v)).orElse(otherwise);
  }

  /**
   * {@return the option's value as an ISO date, if given}
   *
   * @param option the option's name
   */
  public Optional<LocalDate> optionalDate(String option) {
    return optionalString(option).map(v -> toDate(option, v));
  }

  /**
   * {@return the option's value as an ISO date}
   *
   * @param option the option's name
   */
  public LocalDate date(String option) {
    return toDate(option, string(option));
  }

  private UsageException invalid(String option, String value, String why) {
    return usage("Invalid value for option '" + option + "': '" + value + "' " + why);
  }

  private Path toPath(String option, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw invalid(option, value, "is not a path (" + e.getReason() + ")");
    }
  }

  private int toInt(String option, String value) {
    return (int) whole(option, value, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
  }

  private long toLong(String option, String value) {
    return whole(option, value, Long.MIN_VALUE, Long.MAX_VALUE, "a long");
  }

  /** Decimal digits with an optional sign, within the type's range. */
  private long whole(String option, String value, long min, long max, String type) {
    try {
      long v = Long.parseLong(value);
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw invalid(option, value, "is not " + type);
  }

  private LocalDate toDate(String option, String value) {
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeParseException e) {
      // said below
    }
    throw invalid(option, value, "is not an ISO date (YYYY-MM-DD)");
  }
}
