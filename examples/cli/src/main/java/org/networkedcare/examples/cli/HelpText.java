package org.networkedcare.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The help of a command, 80 columns wide: the usage line, what it does, its options (its own in the
 * order declared, then the inherited ones, then help and version), and its subcommands with the
 * first sentence of each.
 */
final class HelpText {

  static final int WIDTH = 80;

  /** Descriptions start at most this far in; a longer option name puts its description below. */
  private static final int MAX_OPTION_COLUMN = 30;

  private HelpText() {}

  /** {@return the help of the command named last in the path (the top level first)} */
  static String of(List<CommandSyntax> path) {
    CommandSyntax command = path.get(path.size() - 1);
    List<OptionSyntax> inherited = new ArrayList<>();
    for (CommandSyntax level : path.subList(0, path.size() - 1)) {
      inherited.addAll(level.options());
    }
    StringBuilder help = new StringBuilder();
    String usage = "Usage: " + Arguments.typed(path) + " ";
    List<String> words = new ArrayList<>(List.of("[-hV]"));
    for (OptionSyntax o : concat(inherited, command.options())) {
      if (!o.takesValue()) {
        words.add("[" + o.name() + "]");
      }
    }
    for (OptionSyntax o : concat(inherited, command.options())) {
      if (o.takesValue()) {
        String word = o.isRequired() ? o.shown() : "[" + o.shown() + "]";
        words.add(
            o.isRepeatable()
                ? (o.isRequired() ? word + " [" + o.shown() + "]..." : word + "...")
                : word);
      }
    }
    if (!command.subcommands().isEmpty()) {
      words.add("COMMAND");
    }
    wrap(help, String.join(" ", words), usage, " ".repeat(usage.length()));
    wrap(help, command.description(), "", "");
    List<String[]> rows = new ArrayList<>();
    for (OptionSyntax o : concat(command.options(), inherited)) {
      rows.add(new String[] {"      " + o.shown(), o.help()});
    }
    rows.add(new String[] {"  -h, --help", "Show this help message and exit."});
    rows.add(new String[] {"  -V, --version", "Print version information and exit."});
    table(help, rows);
    if (!command.subcommands().isEmpty()) {
      help.append("Commands:\n");
      List<String[]> commands = new ArrayList<>();
      for (CommandSyntax sub : command.subcommands().values()) {
        commands.add(new String[] {"  " + sub.name(), sub.summary()});
      }
      table(help, commands);
    }
    return help.toString();
  }

  private static List<OptionSyntax> concat(List<OptionSyntax> a, List<OptionSyntax> b) {
    List<OptionSyntax> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Two columns: each left cell, then its text wrapped beside it (below it when too long). */
  private static void table(StringBuilder help, List<String[]> rows) {
    int column = 0;
    for (String[] row : rows) {
      column = Math.max(column, Math.min(row[0].length() + 2, MAX_OPTION_COLUMN));
    }
    String indent = " ".repeat(column);
    for (String[] row : rows) {
      if (row[0].length() + 2 > column) {
        help.append(row[0]).append('\n');
        wrap(help, row[1], indent, indent + "  ");
      } else {
        wrap(help, row[1], row[0] + " ".repeat(column - row[0].length()), indent + "  ");
      }
    }
  }

  /** {@return the words of a text: what stands between spaces} */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        if (i > from) {
          words.add(text.substring(from, i));
        }
        from = i + 1;
      }
    }
    return words;
  }

  /** Appends the text as words wrapped at {@link #WIDTH}, the first line after {@code first}. */
  static void wrap(StringBuilder out, String text, String first, String rest) {
    String prefix = first;
    StringBuilder line = new StringBuilder(prefix);
    boolean empty = true;
    for (String word : words(text)) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        prefix = rest;
        line = new StringBuilder(prefix);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }
}
