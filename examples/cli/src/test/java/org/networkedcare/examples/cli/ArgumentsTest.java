package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The command-line reader on a small syntax of its own (not the shipped commands): the forms of
 * options, their defaults and conversions, and every usage error with its message. The messages
 * keep the wording of picocli 4.7, which the command line used before, so that scripts that match
 * them still do.
 */
class ArgumentsTest {

  /** A command that records the arguments it was given. */
  private static final class Recorded implements Callable<Integer> {
    static Arguments last;

    Recorded(Arguments args) {
      last = args;
    }

    @Override
    public Integer call() {
      return 0;
    }
  }

  private static final CommandSyntax LEAF =
      CommandSyntax.command(
          "leaf",
          "A leaf. It takes options.",
          Recorded::new,
          OptionSyntax.value("--input", "F.csv", "input").required(),
          OptionSyntax.value("--count", "N", "count (default ${DEFAULT-VALUE})").byDefault("3"),
          OptionSyntax.value("--tag", "T", "tags").repeatable(),
          OptionSyntax.value("--when", "YYYY-MM-DD", "a date"),
          OptionSyntax.value("--big", "L", "a long"),
          OptionSyntax.flag("--loud", "loud"));

  private static final CommandSyntax ROOT =
      CommandSyntax.group(
          "tool",
          "A tool.",
          List.of(
              OptionSyntax.flag("--quiet", "quiet"), OptionSyntax.value("--log", "FILE", "log")),
          List.of(
              LEAF,
              CommandSyntax.group(
                  "group",
                  "A group.",
                  List.of(),
                  List.of(CommandSyntax.command("inner", "Inner.", Recorded::new)))));

  private static Arguments parse(String... args) {
    return Arguments.read(ROOT, args)
        .arguments(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), 0);
  }

  private static String usage(String... args) {
    UsageException e = assertThrows(UsageException.class, () -> parse(args));
    return e.command() + ": " + e.getMessage();
  }

  @Test
  void valuesInEitherFormDefaultsAndInheritedOptions() {
    Arguments a =
        parse("--quiet", "leaf", "--input", "a.csv", "--tag=x", "--tag", "y", "--log=l.txt");
    assertEquals(Path.of("a.csv"), a.path("--input"));
    assertEquals(3, a.integer("--count")); // the default, converted as a given value would be
    assertEquals(List.of("x", "y"), a.strings("--tag")); // in the order given
    assertTrue(a.flag("--quiet"));
    assertFalse(a.flag("--loud"));
    assertEquals(Optional.of(Path.of("l.txt")), a.optionalPath("--log"));
    assertEquals(Optional.empty(), a.optionalDate("--when"));
    assertEquals(7L, a.longInteger("--big", 7L));
    assertEquals("tool leaf", a.command());
    Arguments b =
        parse(
            "leaf",
            "--when",
            "2024-02-29",
            "--input=--odd",
            "--count",
            "-4",
            "--big",
            "9000000000");
    assertEquals(LocalDate.of(2024, 2, 29), b.date("--when"));
    assertEquals(Path.of("--odd"), b.path("--input")); // after '=', any text is the value
    assertEquals(-4, b.integer("--count"));
    assertEquals(9_000_000_000L, b.longInteger("--big"));
    assertEquals(List.of(), b.strings("--tag"));
  }

  @Test
  void everyUsageErrorSaysWhatIsWrongAndWhoseHelpToTry() {
    assertEquals("tool leaf: Unknown option: '--nosuch'", usage("leaf", "--nosuch", "x"));
    assertEquals("tool: Unknown option: '-x'", usage("-x"));
    assertEquals(
        "tool leaf: Missing required parameter for option '--count' (N)",
        usage("leaf", "--input", "a", "--count"));
    assertEquals(
        "tool leaf: Expected parameter for option '--input' but found '--count'",
        usage("leaf", "--input", "--count", "2"));
    assertEquals(
        "tool leaf: Expected parameter for option '--input' but found '--help'",
        usage("leaf", "--input", "--help"));
    assertEquals(
        "tool leaf: option '--input' (F.csv) should be specified only once",
        usage("leaf", "--input", "a", "--input", "b"));
    assertEquals("tool leaf: option '--loud' takes no value", usage("leaf", "--loud=yes"));
    assertEquals("tool leaf: Missing required option: '--input=F.csv'", usage("leaf"));
    assertEquals(
        "tool leaf: Unmatched argument at index 3: 'extra'",
        usage("leaf", "--input", "a", "extra"));
    assertEquals(
        "tool: 'leef' is not a subcommand of tool; the subcommands are: leaf, group",
        usage("leef"));
    assertEquals("tool: a subcommand is required: leaf, group", usage());
    assertEquals("tool group: a subcommand is required: inner", usage("group"));
    assertEquals(
        "tool group: 'outer' is not a subcommand of tool group; the subcommands are: inner",
        usage("group", "outer", "--help"));
  }

  @Test
  void valuesNotOfTheirFormAreUsageErrorsWhenAskedFor() {
    Arguments a =
        parse(
            "leaf",
            "--input",
            "a\0b",
            "--count",
            "2147483648",
            "--when",
            "2024-13-01",
            "--big",
            "1e3");
    assertEquals(
        "Invalid value for option '--count': '2147483648' is not an int",
        assertThrows(UsageException.class, () -> a.integer("--count")).getMessage());
    assertEquals(
        "Invalid value for option '--when': '2024-13-01' is not an ISO date (YYYY-MM-DD)",
        assertThrows(UsageException.class, () -> a.date("--when")).getMessage());
    assertEquals(
        "Invalid value for option '--big': '1e3' is not a long",
        assertThrows(UsageException.class, () -> a.longInteger("--big")).getMessage());
    assertTrue(
        assertThrows(UsageException.class, () -> a.path("--input"))
            .getMessage()
            .startsWith("Invalid value for option '--input': 'a\0b' is not a path"));
    Arguments b = parse("leaf", "--input", "a", "--when", "2024-1-01");
    assertThrows(UsageException.class, () -> b.date("--when")); // ISO means YYYY-MM-DD exactly
    // a programming error, not the user's: an option the command does not declare
    assertThrows(IllegalArgumentException.class, () -> b.path("--output"));
    assertThrows(IllegalArgumentException.class, () -> b.string("--big")); // not given, no default
  }

  @Test
  void helpAndVersionWinAnywhereButAfterAnUnknownWord() {
    Arguments.Reading help = Arguments.read(ROOT, new String[] {"leaf", "--count", "x", "-h"});
    assertTrue(help.help());
    assertEquals("leaf", help.command().name());
    assertTrue(Arguments.read(ROOT, new String[] {"--version", "leaf"}).version());
    assertThrows(
        UsageException.class, () -> Arguments.read(ROOT, new String[] {"--help", "nosuch"}));
    String text = HelpText.of(help.path());
    assertTrue(
        text.startsWith("Usage: tool leaf [-hV] [--quiet] [--loud] [--log=FILE] --input=F.csv"),
        text);
    assertTrue(text.contains("[--tag=T]..."), text);
    assertTrue(text.contains("count (default 3)"), text);
    assertTrue(text.contains("      --log=FILE"), text);
    String group = HelpText.of(List.of(ROOT));
    assertTrue(group.contains("Commands:\n  leaf   A leaf.\n  group  A group.\n"), group);
  }

  @Test
  void aSyntaxThatCannotBeReadIsRefusedWhenDeclared() {
    assertThrows(IllegalArgumentException.class, () -> OptionSyntax.value("-i", "F", "short"));
    assertThrows(IllegalArgumentException.class, () -> OptionSyntax.value("--Input", "F", "case"));
    assertThrows(
        IllegalArgumentException.class, () -> OptionSyntax.value("--in--put", "F", "hyphens"));
    assertThrows(IllegalArgumentException.class, () -> OptionSyntax.value("--input-", "F", "end"));
    assertThrows(IllegalArgumentException.class, () -> OptionSyntax.flag("--f", "f").required());
    assertThrows(
        IllegalArgumentException.class,
        () -> OptionSyntax.value("--v", "V", "v").required().byDefault("1"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CommandSyntax.command(
                "x",
                "x",
                Recorded::new,
                OptionSyntax.flag("--a", "a"),
                OptionSyntax.flag("--a", "b")));
    assertThrows(
        IllegalArgumentException.class,
        () -> CommandSyntax.command("x", "x", Recorded::new, OptionSyntax.flag("--help", "mine")));
    assertThrows(
        IllegalArgumentException.class,
        () -> CommandSyntax.command("two words", "x", Recorded::new));
    assertThrows(
        IllegalArgumentException.class,
        () -> CommandSyntax.group("g", "g", List.of(), List.of(LEAF, LEAF)));
  }

  /**
   * Property (seeded, 2,000 cases): the options of a valid command line may come in any order, in
   * either form ({@code --x v} or {@code --x=v}), before or after an inherited one, and read the
   * same; only a repeatable option's values keep the order they were given in.
   */
  @Test
  void theOrderAndFormOfOptionsDoNotChangeWhatIsRead() {
    Random random = new Random(20261203);
    for (int run = 0; run < 2000; run++) {
      String input = "f" + random.nextInt(1000) + ".csv";
      int count = random.nextInt(2001) - 1000;
      List<String> tags = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        tags.add("t" + random.nextInt(50));
      }
      boolean loud = random.nextBoolean();
      boolean quiet = random.nextBoolean();
      List<List<String>> words = new ArrayList<>();
      words.add(pair(random, "--input", input));
      words.add(pair(random, "--count", Integer.toString(count)));
      if (loud) {
        words.add(List.of("--loud"));
      }
      if (quiet) {
        words.add(List.of("--quiet"));
      }
      Collections.shuffle(words, random);
      // the tags in order, each placed anywhere
      for (String tag : tags) {
        int at = random.nextInt(words.size() + 1);
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
          if (words.get(i).get(0).startsWith("--tag")) {
            last = i;
          }
        }
        words.add(Math.max(at, last + 1), pair(random, "--tag", tag));
      }
      List<String> args = new ArrayList<>(List.of("leaf"));
      words.forEach(args::addAll);
      Arguments a = parse(args.toArray(String[]::new));
      String seen = String.join(" ", args);
      assertEquals(Path.of(input), a.path("--input"), seen);
      assertEquals(count, a.integer("--count"), seen);
      assertEquals(tags, a.strings("--tag"), seen);
      assertEquals(loud, a.flag("--loud"), seen);
      assertEquals(quiet, a.flag("--quiet"), seen);
    }
  }

  private static List<String> pair(Random random, String option, String value) {
    return random.nextBoolean() ? List.of(option, value) : List.of(option + "=" + value);
  }
}
