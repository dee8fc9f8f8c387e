package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsTheSubcommands() {
    Run run = Run.of("--help");
    assertEquals(0, run.code());
    assertTrue(run.out().contains("example") && run.out().contains("validate"), run.out());
  }

  @Test
  void versionNamesTheProject() {
    Run run = Run.of("--version");
    assertEquals(0, run.code());
    assertTrue(run.out().startsWith("networkedcare "), run.out());
    assertTrue(!run.out().contains("unknown") && !run.out().contains("${"), run.out());
  }

  @Test
  void unknownOptionsAndSubcommandsAreUsageErrors() {
    Run option = Run.of("--frobnicate");
    assertEquals(2, option.code());
    assertTrue(option.err().contains("--frobnicate"), option.err());
    assertEquals(2, Run.of("frobnicate").code());
    Run missing = Run.of("validate");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--input"), missing.err());
  }

  @Test
  void anUnknownSubcommandIsAUsageErrorEvenWithHelp() {
    for (String[] args :
        new String[][] {
          {"nosuch", "--help"},
          {"--help", "nosuch"},
          {"--problems", "p.txt", "nosuch"},
          {"data", "nosuch", "--help"}
        }) {
      Run run = Run.of(args);
      assertEquals(2, run.code(), String.join(" ", args) + ": " + run.out() + run.err());
      assertTrue(run.err().contains("'nosuch' is not a subcommand of"), run.err());
      assertEquals("", run.out());
    }
    assertTrue(Run.of("data", "nosuch").err().contains("Try 'networkedcare data --help'."));
    assertEquals(0, Run.of("data", "check", "--help").code());
  }

  /**
   * The list of subcommands gives each one's first sentence whole, never a line cut at a colon or a
   * comma.
   */
  @Test
  void helpListsEachSubcommandWithAWholeSentence() {
    Run run = Run.of("--help");
    String list = run.out().substring(run.out().indexOf("Commands:"));
    String joined = list.replaceAll("\\s+", " ");
    for (String name : new String[] {"appraise", "cea", "psa", "funnel", "report", "spc"}) {
      int at = joined.indexOf(" " + name + " ");
      String entry = joined.substring(at + name.length() + 2);
      entry = entry.substring(0, entry.indexOf(". ") + 1);
      assertFalse(entry.endsWith(":.") || entry.endsWith(",."), entry);
    }
    assertFalse(run.out().contains("Green Book):\n"), run.out());
  }

  @Test
  void noSubcommandIsAUsageError() {
    Run run = Run.of();
    assertEquals(2, run.code());
    assertTrue(run.err().contains("a subcommand is required"), run.err());
  }

  @Test
  void everySubcommandKnowsTheVersion() {
    Run run = Run.of("spc", "--version");
    assertEquals(0, run.code());
    assertTrue(run.out().startsWith("networkedcare "), run.out());
  }

  @Test
  void aDateOptionThatIsNotAnIsoDateIsAUsageErrorSaidPlainly() {
    Run run = Run.of("assure", "--input", "x.json", "--as-of", "2024-13-40");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("'2024-13-40' is not an ISO date (YYYY-MM-DD)"), run.err());
    assertTrue(!run.err().contains("java.time"), run.err());
  }
}
