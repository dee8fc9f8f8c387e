package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The appraise and discount-factors commands, run as the command line runs them. */
class AppraisalCommandsTest {

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Path example(Path dir) throws IOException {
    Path file = dir.resolve("hub-and-host.json");
    try (var in =
        AppraisalCommandsTest.class.getResourceAsStream(
            "/org/networkedcare/examples/appraisal/hub-and-host.json")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void appraiseTheWorkedExampleToStandardOutput(@TempDir Path dir) throws IOException {
    Run run = run("appraise", "--input", example(dir).toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("{"));
    assertTrue(run.out().contains("\"schemaVersion\" : 1"));
    assertTrue(run.out().contains("\"npsv\""));
    assertTrue(run.out().contains("baseline.after-change"));
  }

  @Test
  void appraiseToAnOutputFile(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("r.json");
    Run run = run("appraise", "--input", example(dir).toString(), "--output", output.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(Files.readString(output, StandardCharsets.UTF_8).contains("\"byOrganisation\""));
  }

  @Test
  void badInputPrintsEveryProblemWithItsPathAndExits1(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        """
        {"schemaVersion": 1, "title": "bad", "yearZero": "2025/26", "horizonYears": -1,
         "parties": [{"id": "host", "name": "Host"}],
         "options": [{"id": "bau", "name": "BAU", "counterfactual": true},
                     {"id": "n", "name": "N", "lines": [
                       {"id": "x", "type": "cost", "organisation": "ghost", "category": "other", "valueType": "fiscal",
                        "dataQuality": 1, "amount": 1, "probability": 2}]}]}""");
    Run run = run("appraise", "--input", bad.toString());
    assertEquals(1, run.code());
    List<String> lines = run.err().lines().toList();
    assertTrue(
        lines.contains("/horizonYears: the horizon is 1 to 1000 years, not -1 [range]"), run.err());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("/options/1/lines/0/probability:")), run.err());
    assertTrue(lines.stream().noneMatch(l -> l.contains("Exception")), run.err());
  }

  @Test
  void aMissingFileIsOneLineAndExits1(@TempDir Path dir) {
    Run run = run("appraise", "--input", dir.resolve("none.json").toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("no such file"));
  }

  /**
   * The standard schedule chained: DF_30 = 1.035^-30 = 0.3562784106; DF_31 = DF_30 / 1.03 =
   * 0.3459013695; DF_75 = DF_30 / 1.03^45 = 0.0942137726; DF_76 = DF_75 / 1.025 = 0.0919158757.
   */
  @Test
  void discountFactorsAsCsv() {
    Run run = run("discount-factors", "--schedule", "standard", "--years", "76");
    assertEquals(0, run.code(), run.err());
    List<String> rows = run.out().lines().toList();
    assertEquals(78, rows.size());
    assertEquals("year,rate,factor", rows.get(0));
    assertEquals("0,0.035,1.0000000000", rows.get(1));
    assertEquals("30,0.035,0.3562784106", rows.get(31));
    assertEquals("31,0.03,0.3459013695", rows.get(32));
    assertEquals("75,0.03,0.0942137726", rows.get(76));
    assertEquals("76,0.025,0.0919158757", rows.get(77));
  }

  @Test
  void discountFactorsOfAnUnknownScheduleExit1() {
    Run run = run("discount-factors", "--schedule", "weekly", "--years", "3");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("nice-health"), run.err());
    assertEquals(2, run("discount-factors", "--years", "3").code());
  }
}
