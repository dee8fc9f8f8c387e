package org.networkedcare.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void benchNeedsTheAeData() {
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(new BenchCommand());
    line.setOut(new PrintWriter(new StringWriter(), true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute("--ae", dir.resolve("absent.csv").toString());
    assertEquals(1, code);
    assertTrue(err.toString().contains("--ae"), err.toString());
  }
}
