package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private static final Path EXAMPLE =
      Path.of("src/main/resources/org/networkedcare/examples/bbmk-evaluation.json");

  @TempDir Path dir;

  @Test
  void writesThePackAtTheDateGiven() throws IOException {
    Run run =
        Run.of(
            "report",
            "--input",
            EXAMPLE.toString(),
            "--as-of",
            "2019-04-20",
            "--output",
            dir.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Board pack written to "), run.out());
    String html = Files.readString(dir.resolve("index.html"));
    assertTrue(html.contains("Evaluated as of <strong class=\"date\">2019-04-20</strong>"));
    assertTrue(
        Files.readString(dir.resolve("matrix.csv")).contains("ae-4h,organisation,RC1,,2019-03,"));
  }

  @Test
  void aMissingFileIsAnInputProblem() {
    Run run =
        Run.of(
            "report", "--input", dir.resolve("none.json").toString(), "--output", dir.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("no such file"), run.err());
  }

  @Test
  void aBadDocumentIsAnInputProblem() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": 2, \"title\": \"t\"}");
    Run run =
        Run.of("report", "--input", bad.toString(), "--output", dir.resolve("out").toString());
    assertEquals(1, run.code());
    assertTrue(
        run.err().contains(bad + ":/governance: the field 'governance' is required [required]"),
        run.err());
    assertTrue(
        run.err().contains(bad + ":/psa: the field 'psa' is required [required]"), run.err());
    Files.writeString(bad, "not json");
    Run notJson =
        Run.of("report", "--input", bad.toString(), "--output", dir.resolve("out").toString());
    assertEquals(1, notJson.code());
    assertTrue(notJson.err().startsWith(bad + ": "), notJson.err());
    assertTrue(notJson.err().strip().endsWith("[json.syntax]"), notJson.err());
  }

  @Test
  void aDateTooEarlyIsAnInputProblem() {
    Run run =
        Run.of(
            "report",
            "--input",
            EXAMPLE.toString(),
            "--as-of",
            "2017-06-01",
            "--output",
            dir.toString());
    assertEquals(1, run.code());
    assertTrue(
        run.err()
            .contains("--as-of 2017-06-01 leaves no period after the SPC baseline (to 2017-09)"),
        run.err());
  }

  @Test
  void aDateFarAheadIsRefusedAtOnceWithTheFigure() {
    // issue 15: report --as-of 9999-12-31 took 58 s and 5.6 GB; now a bound is checked before any
    // work
    Run far =
        Run.of(
            "report",
            "--input",
            EXAMPLE.toString(),
            "--as-of",
            "9999-12-31",
            "--output",
            dir.toString());
    assertEquals(1, far.code());
    assertTrue(far.err().contains("outside the financial years"), far.err());
    Run bounded =
        Run.of(
            "report",
            "--input",
            EXAMPLE.toString(),
            "--as-of",
            "3018-04-20",
            "--output",
            dir.toString());
    assertEquals(1, bounded.code());
    assertTrue(bounded.err().contains("points; at most 40,000 are charted"), bounded.err());
  }

  @Test
  void aBadDateIsAUsageError() {
    Run run =
        Run.of(
            "report",
            "--input",
            EXAMPLE.toString(),
            "--as-of",
            "2018-13-01",
            "--output",
            dir.toString());
    assertEquals(2, run.code());
    assertEquals(2, Run.of("report", "--input", EXAMPLE.toString()).code());
  }
}
