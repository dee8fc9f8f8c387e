package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the subcommand a command line names is built; everything else still sees them all. */
class SubcommandsTest {

  @Test
  void theNamedSubcommandAfterTopLevelOptions() {
    assertEquals(List.of("spc"), names(new String[] {"spc", "--input", "x"}));
    assertEquals(
        List.of("psa"),
        names(
            new String[] {"--problems", "p.txt", "--quiet", "--progress", "psa", "--draws", "1"}));
    assertEquals(List.of("funnel"), names(new String[] {"--problems=p.txt", "funnel"}));
    assertEquals(List.of(), Main.subcommands(new String[] {"--version"}));
    assertEquals(12, Main.subcommands(new String[] {}).size());
    assertEquals(12, Main.subcommands(new String[] {"--help"}).size());
    assertEquals(12, Main.subcommands(new String[] {"spcc"}).size());
  }

  private static List<String> names(String[] args) {
    return Main.subcommands(args).stream().map(CommandSyntax::name).toList();
  }

  @Test
  void onlyALoneVersionFlagSkipsTheAddedCommands() {
    assertTrue(Main.versionOnly(new String[] {"--version"}));
    assertTrue(Main.versionOnly(new String[] {"-V"}));
    assertEquals(false, Main.versionOnly(new String[] {}));
    assertEquals(false, Main.versionOnly(new String[] {"--version", "--help"}));
    assertEquals(false, Main.versionOnly(new String[] {"spc", "--version"}));
    assertEquals(false, Main.versionOnly(new String[] {"serve"}));
    assertEquals(false, Main.versionOnly(new String[] {"--versions"}));
  }

  @Test
  void usageAndUnknownNamesStillListEverySubcommand() {
    Run help = Run.of("--help");
    assertEquals(0, help.code());
    for (String name :
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
            "data")) {
      assertTrue(
          help.out().contains("  " + name + " ") || help.out().contains("  " + name + "\n"),
          name + ": " + help.out());
    }
    Run unknown = Run.of("spcc");
    assertEquals(2, unknown.code());
    Run version = Run.of("--version");
    assertTrue(version.out().startsWith("networkedcare "), version.out());
    Run inherited = Run.of("--quiet", "discount-factors", "--schedule", "standard", "--years", "2");
    assertEquals(0, inherited.code(), inherited.err());
  }

  /**
   * Every subcommand's help starts with its usage line, lists each of its options and the inherited
   * ones, and fits 80 columns (a word longer than a line excepted).
   */
  @Test
  void everySubcommandsHelpListsItsOptionsWithin80Columns() {
    for (CommandSyntax command : Main.subcommands(new String[] {})) {
      String name = command.name();
      Run help = Run.of(name, "--help");
      assertEquals(0, help.code(), name + ": " + help.err());
      assertTrue(help.out().startsWith("Usage: networkedcare " + name), name + ": " + help.out());
      List<OptionSyntax> options = new java.util.ArrayList<>(command.options());
      options.addAll(Main.OPTIONS);
      for (OptionSyntax option : options) {
        String row = "      " + option.shown();
        assertTrue(
            help.out().contains(row + " ") || help.out().contains(row + "\n"), name + " " + option);
      }
      for (String line : help.out().lines().toList()) {
        assertTrue(line.length() <= 80 || !line.strip().contains(" "), name + ": " + line);
      }
      assertTrue(!help.out().contains("${"), name + ": " + help.out());
      assertTrue(!help.out().contains("%%"), name + ": " + help.out()); // plain text, no format
    }
  }
}
