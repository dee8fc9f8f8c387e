package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress lines of funnel, cea and report (and spc, psa): with the quiet first seconds cut to
 * nothing, {@code --progress} prints them on standard error and never on standard output; without
 * it (standard error is not a terminal in a test) and with {@code --quiet} there are none. Inputs
 * are small networks of our own (5,000 sites, 5,000 draws), not the examples.
 */
class ProgressTest {

  @TempDir Path dir;

  @BeforeEach
  void showProgressAtOnce() {
    System.setProperty("networkedcare.progress.after.ms", "0");
  }

  @AfterEach
  void restore() {
    System.clearProperty("networkedcare.progress.after.ms");
  }

  private Path sites() throws IOException {
    SplittableRandom r = new SplittableRandom(11);
    StringBuilder s = new StringBuilder("site,numerator,denominator\n");
    for (int i = 0; i < 5000; i++) {
      int n = 50 + r.nextInt(5000);
      s.append("unit").append(i).append(',').append(n * 8 / 10 + r.nextInt(n / 10)).append(',');
      s.append(n).append('\n');
    }
    Path p = dir.resolve("sites.csv");
    Files.writeString(p, s);
    return p;
  }

  private Path draws(String name, double base) throws IOException {
    SplittableRandom r = new SplittableRandom(name.hashCode());
    StringBuilder s = new StringBuilder("x,y\n");
    for (int i = 0; i < 5000; i++) {
      s.append(base * (1 + r.nextDouble())).append(',').append(base * (1.1 + r.nextDouble()));
      s.append('\n');
    }
    Path p = dir.resolve(name);
    Files.writeString(p, s);
    return p;
  }

  private List<String> funnel(String out) throws IOException {
    return List.of(
        "funnel",
        "--input",
        sites().toString(),
        "--site-column",
        "site",
        "--numerator-column",
        "numerator",
        "--denominator-column",
        "denominator",
        "--output",
        dir.resolve(out).toString());
  }

  private List<String> cea(String out) throws IOException {
    return List.of(
        "cea",
        "--costs",
        draws("c.csv", 1000).toString(),
        "--effects",
        draws("e.csv", 1).toString(),
        "--wtp",
        "0:5000:100",
        "--output",
        dir.resolve(out).toString());
  }

  private static List<String> report(Path out) {
    return List.of(
        "report",
        "--input",
        "src/main/resources/org/networkedcare/examples/bbmk-evaluation.json",
        "--as-of",
        "2019-04-20",
        "--output",
        out.toString());
  }

  private static Run run(List<String> top, List<String> command) {
    List<String> args = new ArrayList<>(top);
    args.addAll(command);
    return Run.of(args.toArray(String[]::new));
  }

  private static void assertProgressOnStandardErrorOnly(Run r, String line) {
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains(line), r.err());
    assertFalse(r.out().contains(line), r.out());
    assertFalse(PROGRESS.matcher(r.out()).find(), r.out());
  }

  /** A progress line's count, such as {@code 1024 of 5000 sites (20%)}. */
  private static final java.util.regex.Pattern PROGRESS =
      java.util.regex.Pattern.compile("\\d+ of \\d+ [a-z]+ \\(\\d+%\\)");

  @Test
  void funnelCeaAndReportShowProgressOnStandardErrorOnly() throws IOException {
    assertProgressOnStandardErrorOnly(
        run(List.of("--progress"), funnel("f")),
        "networkedcare funnel: writing sites.csv: 1024 of 5000 sites (20%)");
    assertProgressOnStandardErrorOnly(
        run(List.of("--progress"), cea("c")), "networkedcare cea: reading c.csv: ");
    Run report = run(List.of("--progress"), report(dir.resolve("r")));
    assertProgressOnStandardErrorOnly(
        report, "networkedcare report: reading, evaluating, writing: 1 of 3 steps (33%)");
    assertTrue(report.out().startsWith("Board pack written to "), report.out());
  }

  @Test
  void noProgressWithoutTheFlagOffATerminalNorWithQuiet() throws IOException {
    for (List<String> top : List.of(List.<String>of(), List.of("--quiet"))) {
      for (List<String> command :
          List.of(funnel("f" + top.size()), cea("c" + top.size()), report(dir.resolve("r")))) {
        Run r = run(top, command);
        assertEquals(0, r.code(), r.err());
        assertFalse(PROGRESS.matcher(r.err()).find(), r.err());
        assertFalse(PROGRESS.matcher(r.out()).find(), r.out());
        if (!top.isEmpty()) {
          assertEquals("", r.err());
        }
      }
    }
  }
}
