package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the subcommand a command line names is built; everything else still sees them all. */
class SubcommandsTest {

  @Test
  void theNamedSubcommandAfterTopLevelOptions() {
    assertEquals(List.of(SpcCommand.class), Main.subcommands(new String[] {"spc", "--input", "x"}));
    assertEquals(
        List.of(PsaCommand.class),
        Main.subcommands(
            new String[] {"--problems", "p.txt", "--quiet", "--progress", "psa", "--draws", "1"}));
    assertEquals(
        List.of(FunnelCommand.class),
        Main.subcommands(new String[] {"--problems=p.txt", "funnel"}));
    assertEquals(List.of(), Main.subcommands(new String[] {"--version"}));
    assertEquals(12, Main.subcommands(new String[] {}).size());
    assertEquals(12, Main.subcommands(new String[] {"--help"}).size());
    assertEquals(12, Main.subcommands(new String[] {"spcc"}).size());
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
   * Picocli formats each description as a format string and, where that fails (a lone {@code %}),
   * prints {@code [picocli WARN]} to the process's standard error and shows the raw text.
   */
  @Test
  void everySubcommandsHelpFormatsCleanly() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      for (Class<?> command : Main.subcommands(new String[] {})) {
        String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
        Run help = Run.of(name, "--help");
        assertEquals(0, help.code(), name + ": " + help.err());
        assertTrue(help.out().startsWith("Usage: networkedcare " + name), name + ": " + help.out());
      }
    } finally {
      System.setErr(stderr);
    }
    String warnings = captured.toString(StandardCharsets.UTF_8);
    assertTrue(!warnings.contains("picocli WARN"), warnings);
  }
}
