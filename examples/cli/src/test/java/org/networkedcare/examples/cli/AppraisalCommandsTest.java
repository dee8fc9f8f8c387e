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

  private static Path hub(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (var in =
        AppraisalCommandsTest.class.getResourceAsStream(
            "/org/networkedcare/examples/hub/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  /**
   * The hub's rent names the host agreement's money flow and gives no amount: appraise needs the
   * governance document, and takes GBP 3,000 a quarter, 12,000 a year in years 0-4, from it: PV =
   * 12,000 x 4.6730792087 = 56,076.95. Problems name their file; psa meets the agreement too.
   */
  @Test
  void appraiseResolvesTransfersFromTheGovernanceDocumentsAgreements(@TempDir Path dir)
      throws IOException {
    Path appraisal = hub(dir, "hub-appraisal.json");
    Path governance = hub(dir, "hub-governance.json");
    Run alone = run("appraise", "--input", appraisal.toString());
    assertEquals(1, alone.code());
    assertTrue(
        alone.err().startsWith("/transfers/0/flow: the transfer's amounts come from the host"),
        alone.err());
    assertTrue(alone.err().contains("[transfer.flow-unresolved]"), alone.err());
    // validate accepts the appraisal as a document, and warns that its evaluation needs the flow
    Run checked = run("validate", "--input", appraisal.toString());
    assertEquals(0, checked.code(), checked.err());
    assertEquals(
        List.of(
            "warning: /transfers/0/flow: the amounts come from the host agreement's money flow"
                + " 'agreement:HUB-ZVB/rent'; appraise, psa and report need the governance document"
                + " that holds the agreement (--governance)"),
        checked.err().lines().toList());
    Run both =
        run("appraise", "--input", appraisal.toString(), "--governance", governance.toString());
    assertEquals(0, both.code(), both.err());
    assertTrue(both.out().contains("\"presentValue\" : 56076.95"), both.out());
    // a flow the agreement does not have is a problem of the appraisal, named by its file
    Files.writeString(
        appraisal,
        Files.readString(appraisal).replace("agreement:HUB-ZVB/rent", "agreement:HUB-ZVB/rates"));
    Run unknown =
        run("appraise", "--input", appraisal.toString(), "--governance", governance.toString());
    assertEquals(1, unknown.code());
    assertEquals(
        List.of(
            appraisal
                + ":/transfers/0/flow: the agreement 'HUB-ZVB' has no money flow 'rates'; its flows"
                + " are: [agreement:HUB-ZVB/rent] [unknown-reference]"),
        unknown.err().lines().toList());
    // a governance document with problems is named as such
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": 1}");
    Run bad = run("appraise", "--input", appraisal.toString(), "--governance", broken.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().lines().allMatch(l -> l.startsWith(broken + ":")), bad.err());
    Files.writeString(
        appraisal,
        Files.readString(appraisal).replace("agreement:HUB-ZVB/rates", "agreement:HUB-ZVB/rent"));
    Path psa = dir.resolve("psa");
    Run drawn =
        run(
            "psa",
            "--input",
            appraisal.toString(),
            "--governance",
            governance.toString(),
            "--draws",
            "20",
            "--seed",
            "1",
            "--output",
            psa.toString());
    assertEquals(0, drawn.code(), drawn.err());
    assertTrue(Files.readString(psa.resolve("organisations.csv")).contains("ZVB"));
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
