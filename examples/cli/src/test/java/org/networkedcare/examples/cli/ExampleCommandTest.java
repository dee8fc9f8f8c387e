package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCommandTest {

  @TempDir Path dir;

  @Test
  void printsTheSummaryAndExitsZero() {
    Run run = Run.of("example", "--output", dir.toString());
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    // Figures computed independently from the NHSRdatasets CSV with a short Python script
    // (sum of attendances and breaches per trust and period): RC9 in 2016/17 had 101,049 type 1
    // attendances, 98.3% within 4 hours; RC1's baseline (Oct 2016 - Sep 2017) was 92.8%
    // (1 - 5,349 / 74,038) and its first network year 87.9% (1 - 9,272 / 76,433).
    assertTrue(run.out().contains("RC9    101,049   98.3%"), run.out());
    assertTrue(run.out().contains("RC1  host        92.8%      87.9%  -4.9 pts  12"), run.out());
    assertTrue(
        run.out().contains("RWH  host        78.9%      76.1%  -2.8 pts  11 (short"), run.out());
    // The worked appraisal: its figures are tested in metrics and HubAndHostExampleTest.
    assertTrue(run.out().contains("hub-and-host against bau: NPSV GBP "), run.out());
    // and writes the board pack
    assertTrue(
        run.out().contains("Board pack (2018-04-20) written to " + dir.resolve("index.html")),
        run.out());
    assertTrue(Files.isRegularFile(dir.resolve("index.html")));
    assertTrue(Files.isRegularFile(dir.resolve("board-pack.json")));
  }

  /**
   * Without --output the board pack goes beside the jar the command runs from (examples/target/ in
   * a clone), whatever the current directory; here the classes are a folder, not a jar, so it is
   * board-pack in the current directory, as the help says.
   */
  @Test
  void theDefaultOutputIsBesideTheJarOrInTheCurrentDirectory() {
    assertEquals(Path.of("board-pack"), ExampleCommand.defaultOutput());
    Run help = Run.of("example", "--help");
    assertTrue(
        help.out()
            .replaceAll("\\s+", " ")
            .contains(
                "board-pack beside the networkedcare jar (examples/target/board-pack in a clone of the project), whatever the current directory"),
        help.out());
  }
}
