package org.networkedcare.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * What a command line may say to one command: its name, what it does, its options, and either the
 * command it runs or its own subcommands. Immutable; thread-safe.
 *
 * <p>Every command also takes {@code -h}/{@code --help} and {@code -V}/{@code --version}, and the
 * options of the commands above it (the top level's {@code --problems}, {@code --progress} and
 * {@code --quiet}), anywhere after its name.
 *
 * <p>The syntax is declared in code, not read from annotations by reflection: that reading, with
 * the parser library that did it, was most of the command line's start-up (README, "The command
 * line, end to end").
 */
public final class CommandSyntax {

  private final String name;
  private final String description;
  private final List<OptionSyntax> options;
  private final Map<String, CommandSyntax> subcommands;
  private final Optional<Function<Arguments, ? extends Callable<Integer>>> command;

  private CommandSyntax(
      String name,
      String description,
      List<OptionSyntax> options,
      Map<String, CommandSyntax> subcommands,
      Optional<Function<Arguments, ? extends Callable<Integer>>> command) {
    if (name.isEmpty() || name.startsWith("-") || name.contains(" ")) {
      throw new IllegalArgumentException("a command's name is one word, not '" + name + "'");
    }
    List<String> names = new ArrayList<>();
    for (OptionSyntax o : options) {
      if (names.contains(o.name()) || o.name().equals("--help") || o.name().equals("--version")) {
        throw new IllegalArgumentException(name + ": option " + o.name() + " twice");
      }
      names.add(o.name());
    }
    this.name = name;
    this.description = description;
    this.options = List.copyOf(options);
    this.subcommands = Collections.unmodifiableMap(new LinkedHashMap<>(subcommands));
    this.command = command;
  }

  /**
   * {@return a command that runs}
   *
   * @param name its name, one word
   * @param description what it does; the help shows its first sentence in the list of commands
   * @param command makes the command to run from its parsed arguments; it may throw {@link
   *     UsageException} (a value that is not of its form)
   * @param options its options, in the order the help lists them
   */
  public static CommandSyntax command(
      String name,
      String description,
      Function<Arguments, ? extends Callable<Integer>> command,
      OptionSyntax... options) {
    return new CommandSyntax(name, description, List.of(options), Map.of(), Optional.of(command));
  }

  /**
   * {@return a command that only groups subcommands; naming it without one is a usage error}
   *
   * @param name its name, one word
   * @param description what it does
   * @param options its options, which its subcommands inherit
   * @param subcommands its subcommands, in the order the help lists them
   */
  public static CommandSyntax group(
      String name,
      String description,
      List<OptionSyntax> options,
      List<CommandSyntax> subcommands) {
    Map<String, CommandSyntax> byName = new LinkedHashMap<>();
    for (CommandSyntax sub : subcommands) {
      if (byName.put(sub.name, sub) != null) {
        throw new IllegalArgumentException(name + ": subcommand " + sub.name + " twice");
      }
    }
    return new CommandSyntax(name, description, options, byName, Optional.empty());
  }

  /** {@return the command's name} */
  public String name() {
    return name;
  }

  /** {@return what the command does} */
  public String description() {
    return description;
  }

  /** {@return its options (not those it inherits), in the order the help lists them} */
  public List<OptionSyntax> options() {
    return options;
  }

  /** {@return its subcommands by name, in the order the help lists them; empty for a command} */
  public Map<String, CommandSyntax> subcommands() {
    return subcommands;
  }

  /**
   * {@return one of its options}
   *
   * @param option the option's name ({@code --input})
   */
  public Optional<OptionSyntax> option(String option) {
    for (OptionSyntax o : options) {
      if (o.name().equals(option)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs this command as a program's top level: reads the arguments, prints the help or the version
   * when asked, and otherwise runs the command they name. Flushes both writers.
   *
   * @param args the arguments, as typed after the program's name
   * @param out standard output
   * @param err standard error
   * @return the command's exit code; 0 after the help or the version; 2 after a usage error,
   *     printed to {@code err} with the help to try
   * @throws Exception what the command threw, other than a {@link UsageException}
   */
  public int execute(String[] args, PrintWriter out, PrintWriter err) throws Exception {
    try {
      return Main.run(this, args, out, err, System.nanoTime(), parsed -> {});
    } catch (UsageException e) {
      return Main.usage(e, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** {@return what makes the command to run, or empty for a group} */
  Optional<Function<Arguments, ? extends Callable<Integer>>> command() {
    return command;
  }

  /** {@return the first sentence of the description} */
  String summary() {
    String text = description.strip();
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  @Override
  public String toString() {
    return "command " + name;
  }
}
