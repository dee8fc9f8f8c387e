package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The README's five-line JShell session runs after examples/jshell/startup.jsh and reads well. */
class JShellSessionTest {

  /** The session in docs/board-pack.md, line by line. */
  static final List<String> SESSION =
      List.of(
          "var pack = BoardPack.evaluate(example, example.asOf())",
          "pack.charts().get(1)",
          "pack.option().totals()",
          "pack.psa().npsvSummary(0)",
          "pack");

  @Test
  void theSessionRuns() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JShell shell =
        JShell.builder()
            .executionEngine("local")
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      String startup = Files.readString(Path.of("../jshell/startup.jsh"));
      for (String snippet : split(shell, startup)) {
        run(shell, snippet);
      }
      List<String> values = new ArrayList<>();
      for (String line : SESSION) {
        values.add(run(shell, split(shell, line).get(0)));
      }
      values.forEach(System.out::println);
      assertEquals("2018-04-20", run(shell, split(shell, "example.asOf()").get(0)));
      assertTrue(
          values.get(1).startsWith("ae-4h RC1 2018-03: 83.6% (mean 92.4%), concern_low"),
          values.get(1));
      assertTrue(values.get(2).contains("3032684.53"), values.get(2));
      assertTrue(values.get(3).startsWith("DrawSummary[mean="), values.get(3));
      assertTrue(
          values.get(4).startsWith("Board pack as of 2018-04-20: 15 SPC charts"), values.get(4));
    }
  }

  private static List<String> split(JShell shell, String source) {
    List<String> out = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      out.add(info.source());
      rest = info.remaining();
    }
    return out;
  }

  private static String run(JShell shell, String snippet) {
    String value = null;
    for (SnippetEvent e : shell.eval(snippet)) {
      assertEquals(null, e.exception(), snippet);
      assertTrue(
          e.status() == Snippet.Status.VALID,
          snippet
              + ": "
              + e.status()
              + " "
              + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
      value = e.value();
    }
    return value;
  }
}
