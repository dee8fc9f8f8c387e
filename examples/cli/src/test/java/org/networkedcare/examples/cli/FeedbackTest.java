package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress and summary lines: on standard error only, silenced by --quiet; the pre-flight checks.
 */
class FeedbackTest {

  @TempDir Path dir;

  private static final long LONG_AGO = 10_000_000_000L; // 10 s: past the quiet first two seconds

  @Test
  void progressLinesWhenAskedForAfterTheQuietStartAndNoneAtTheEnd() {
    StringWriter err = new StringWriter();
    Feedback f =
        new Feedback(
            new PrintWriter(err, true),
            "networkedcare psa",
            false,
            true,
            false,
            System.nanoTime() - LONG_AGO);
    Feedback.Progress p = f.progress("simulating", "draws", 1000);
    p.accept(250);
    p.accept(250); // within a second of the last line: not printed
    p.accept(500); // done: no line for the end
    p.end();
    String[] lines = err.toString().split("\n");
    assertEquals(1, lines.length, err.toString());
    assertTrue(
        lines[0].matches(
            "networkedcare psa: simulating: 250 of 1000 draws \\(25%\\), \\d+ draws/s, about \\d+ s left"),
        lines[0]);
  }

  @Test
  void noProgressWhenNotATerminalWithoutTheFlagNorInTheFirstTwoSeconds() {
    StringWriter err = new StringWriter();
    new Feedback(new PrintWriter(err, true), "c", false, false, false, System.nanoTime() - LONG_AGO)
        .progress("p", "u", 10)
        .accept(1);
    new Feedback(new PrintWriter(err, true), "c", false, true, false, System.nanoTime())
        .progress("p", "u", 10)
        .accept(1);
    assertEquals("", err.toString());
  }

  @Test
  void aTerminalLineIsRewrittenAndClearedAtTheEnd() {
    StringWriter err = new StringWriter();
    Feedback.Progress p =
        new Feedback(
                new PrintWriter(err, true), "c", false, false, true, System.nanoTime() - LONG_AGO)
            .progress("p", "u", 10);
    p.accept(1);
    p.end();
    assertTrue(err.toString().startsWith("\rc: p: 1 of 10 u (10%)"), err.toString());
    assertTrue(
        err.toString().endsWith("\r\u001b[K") && !err.toString().contains("\n"), err.toString());
  }

  @Test
  void summaryLineAndQuiet() {
    StringWriter err = new StringWriter();
    new Feedback(new PrintWriter(err, true), "c", false, false, false, System.nanoTime())
        .wrote("10 facets, 600 points", List.of(Path.of("P.csv"), Path.of("S.csv")));
    assertTrue(
        err.toString().matches("wrote 10 facets, 600 points to P.csv and S.csv in \\d+\\.\\d s\n"),
        err.toString());
    StringWriter quiet = new StringWriter();
    Feedback q =
        new Feedback(
            new PrintWriter(quiet, true), "c", true, false, false, System.nanoTime() - LONG_AGO);
    q.wrote("x", List.of(Path.of("a")));
    q.progress("p", "u", 10).accept(1);
    assertEquals("", quiet.toString());
  }

  @Test
  void preflightNamesTheFigures() {
    InputException disk =
        assertThrows(
            InputException.class, () -> Feedback.checkDisk(Long.MAX_VALUE / 2, dir.resolve("a/b")));
    assertTrue(
        disk.getMessage()
            .matches(
                ".*a/b: the outputs would take about \\d+\\.\\d GB, but only .* is free there"),
        disk.getMessage());
    Feedback.checkDisk(1, dir.resolve("a/b"));
    InputException heap =
        assertThrows(
            InputException.class, () -> Feedback.checkHeap(Long.MAX_VALUE / 2, "10000000 draws"));
    assertTrue(
        heap.getMessage()
            .matches(
                "10000000 draws need about \\d+\\.\\d GB of memory, more than the .* Java heap \\(java -Xmx sets it\\)"),
        heap.getMessage());
    assertEquals("1 KB", Feedback.size(1));
    assertEquals("1.5 MB", Feedback.size(3L << 19));
    assertEquals("7.6 GB", Feedback.size((long) (7.6 * (1L << 30))));
  }

  @Test
  void psaWritesProgressAndItsSummaryToStandardErrorNeverToStandardOutput() throws IOException {
    Path input = dir.resolve("hub-and-host.json");
    try (InputStream in =
        FeedbackTest.class.getResourceAsStream(
            "/org/networkedcare/examples/appraisal/hub-and-host.json")) {
      Files.write(input, in.readAllBytes());
    }
    Run r =
        Run.of(
            "psa",
            "--input",
            input.toString(),
            "--draws",
            "200",
            "--seed",
            "1",
            "--output",
            dir.resolve("o").toString(),
            "--progress");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .matches(
                "wrote 200 draws of \\d+ options, 101 willingness-to-pay values to .*o in \\d+\\.\\d s\n"),
        r.err());
    Run quiet =
        Run.of(
            "--quiet",
            "psa",
            "--input",
            input.toString(),
            "--draws",
            "200",
            "--seed",
            "1",
            "--output",
            dir.resolve("q").toString());
    assertEquals(0, quiet.code(), quiet.err());
    assertEquals("", quiet.out() + quiet.err());
  }

  /**
   * cea holds the acceptability outputs (about 40 bytes for each willingness-to-pay value and
   * option), never the draws: a million values of a thousand options (some 37 GB) is refused before
   * any draw is read, with the figures, and nothing is written.
   */
  @Test
  void ceaRefusesAGridThatWouldNotFitInTheHeapBeforeReadingTheDraws() throws IOException {
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int j = 0; j < 1000; j++) {
      header.append(j == 0 ? "" : ",").append("o").append(j);
      row.append(j == 0 ? "" : ",").append(j);
    }
    Path c = dir.resolve("c.csv");
    Files.writeString(c, header + "\n" + row + "\n");
    Run r =
        Run.of(
            "cea",
            "--costs",
            c.toString(),
            "--effects",
            c.toString(),
            "--wtp",
            "0:999999:1",
            "--output",
            dir.resolve("big").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err()
            .matches(
                "networkedcare: the acceptability outputs of 1000000 willingness-to-pay values and 1000 options need about 37\\.3 GB of memory, more than the .* Java heap \\(java -Xmx sets it\\)\n"),
        r.err());
    assertTrue(!Files.exists(dir.resolve("big")));
  }
}
