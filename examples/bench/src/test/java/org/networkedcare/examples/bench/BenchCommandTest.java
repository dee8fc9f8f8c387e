package org.networkedcare.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void benchNeedsTheAeData() throws Exception {
    StringWriter err = new StringWriter();
    int code =
        BenchCommand.SYNTAX.execute(
            new String[] {"--ae", dir.resolve("absent.csv").toString()},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertEquals(1, code);
    assertTrue(err.toString().contains("--ae"), err.toString());
  }

  @Test
  void anUnknownOptionIsAUsageErrorAndHelpListsTheOptions() throws Exception {
    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();
    int code =
        BenchCommand.SYNTAX.execute(
            new String[] {"--fast"}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(2, code);
    assertTrue(err.toString().contains("Unknown option: '--fast'"), err.toString());
    assertTrue(err.toString().contains("Try 'networkedcare-bench --help'."), err.toString());
    code =
        BenchCommand.SYNTAX.execute(
            new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code);
    assertTrue(
        out.toString().startsWith("Usage: networkedcare-bench [-hV] [--quick]"), out.toString());
  }
}
