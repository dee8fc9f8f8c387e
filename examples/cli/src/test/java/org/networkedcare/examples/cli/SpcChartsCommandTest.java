package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spc --chart}, {@code --filter} and {@code --numerator-column}/{@code --denominator-column}
 * (issues 14, 18).
 */
class SpcChartsCommandTest {

  /** The A&amp;E file shipped with the examples (the shared data set, unchanged). */
  private static final Path AE =
      Path.of("src/main/resources/org/networkedcare/examples/data/ae_attendances.csv");

  private static final String SUMMARY_HEADER =
      "facet,segment,n,mean,lower_limit,upper_limit,special_cause_improvement,special_cause_concern,"
          + "last_point_type,variation_icon,assurance";

  @TempDir Path dir;

  private String stderr;

  private int run(Path input, String... extra) {
    List<String> args = new ArrayList<>(List.of("spc", "--input", input.toString()));
    args.addAll(List.of(extra));
    args.addAll(
        List.of(
            "--points",
            dir.resolve("p.csv").toString(),
            "--summary",
            dir.resolve("s.csv").toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
    stderr = err.toString();
    return code;
  }

  private int run(String csv, String... extra) throws IOException {
    Path input = dir.resolve("in.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    return run(input, extra);
  }

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
  }

  /**
   * Type 1 breaches over attendances straight from the long A&amp;E table, on a p' chart per trust.
   * The centre line of RJ1 is checked against a sum made here from the raw file: the sum of its
   * type 1 breaches over the sum of its type 1 attendances.
   */
  @Test
  void theAeFileWithoutPreprocessing() throws IOException {
    assertEquals(
        0,
        run(
            AE,
            "--date-column",
            "period",
            "--facet-column",
            "org_code",
            "--filter",
            "type=1",
            "--numerator-column",
            "breaches",
            "--denominator-column",
            "attendances",
            "--chart",
            "pp",
            "--improvement",
            "decrease"),
        stderr);
    List<String> summary = lines("s.csv");
    assertEquals(
        SUMMARY_HEADER
            + ",sigma_z,useful_points,longest_run,longest_run_max,crossings,crossings_min,runs_signal",
        summary.get(0));
    long sumBreaches = 0;
    long sumAttendances = 0;
    int typeOne = 0;
    for (String line : Files.readAllLines(AE, StandardCharsets.UTF_8).subList(1, 12766)) {
      String[] f = line.replace("\"", "").split(",");
      if (f[2].equals("1")) {
        typeOne++;
        if (f[1].equals("RJ1")) {
          sumAttendances += Long.parseLong(f[3]);
          sumBreaches += Long.parseLong(f[4]);
        }
      }
    }
    assertEquals(typeOne + 1, lines("p.csv").size(), "one point per type 1 row");
    String rj1 = summary.stream().filter(l -> l.startsWith("RJ1,")).findFirst().orElseThrow();
    String[] cells = rj1.split(",");
    assertEquals((double) sumBreaches / sumAttendances, Double.parseDouble(cells[3]), 1e-15);
    assertEquals("", cells[4], "p' limits vary with the attendances: none in the summary");
    assertTrue(
        Double.parseDouble(cells[11]) > 1,
        "4-hour breaches are over-dispersed: sigma-z " + cells[11]);
  }

  @Test
  void xmrOutputKeepsItsColumnsWithARatio() throws IOException {
    String csv = "month,site,num,den\n2020-01-01,A,1,4\n2020-02-01,A,1,2\n2020-03-01,B,3,4\n";
    assertEquals(
        0,
        run(
            csv,
            "--date-column",
            "month",
            "--numerator-column",
            "num",
            "--denominator-column",
            "den",
            "--filter",
            "site=A"));
    // By hand: values 0.25 and 0.5, mean 0.375, one moving range 0.25; limits 0.375 ± 2.66 x 0.25
    // (in doubles -0.29000000000000004 and 1.04).
    assertEquals(
        List.of(
            SUMMARY_HEADER, ",0,2,0.375,-0.29000000000000004,1.04,0,0,common_cause,common_cause,"),
        lines("s.csv"));
    assertEquals(
        ",2020-01-01,0.25,0,0.375,-0.29000000000000004,1.04,,common_cause", lines("p.csv").get(1));
  }

  @Test
  void gChartOfDaysBetweenEvents() throws IOException {
    StringBuilder csv = new StringBuilder("event_date,days\n");
    int[] gaps = {10, 20, 30, 40};
    java.time.LocalDate d = java.time.LocalDate.of(2023, 1, 1);
    for (int g : gaps) {
      d = d.plusDays(g);
      csv.append(d).append(',').append(g).append('\n');
    }
    assertEquals(
        0,
        run(
            csv.toString(),
            "--date-column",
            "event_date",
            "--value-column",
            "days",
            "--chart",
            "g"));
    // By hand (SpcOtherChartsTest.gChartByHand): median 25, UCL 25 + 3 sqrt(25 x 26), LCL 0.
    assertEquals(
        ",0,4,25,0,101.48529270389177,0,0,common_cause,common_cause,,,4,2,5,1,0,false",
        lines("s.csv").get(1));
    assertTrue(stderr.contains("trial limits"), stderr);
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    String csv = "m,v,n,d\n2020-01-01,1,1,2\n";
    assertEquals(2, run(csv, "--date-column", "m", "--value-column", "v", "--chart", "c"));
    assertTrue(stderr.contains("'c' is not xmr, g, t, p, pp, u or up"), stderr);
    assertEquals(2, run(csv, "--date-column", "m", "--value-column", "v", "--chart", "p"));
    assertTrue(
        stderr.contains("chart p needs --numerator-column and --denominator-column"), stderr);
    assertEquals(
        2,
        run(
            csv,
            "--date-column",
            "m",
            "--numerator-column",
            "n",
            "--denominator-column",
            "d",
            "--chart",
            "t"));
    assertEquals(2, run(csv, "--date-column", "m", "--numerator-column", "n"));
    assertEquals(
        2,
        run(
            csv,
            "--date-column",
            "m",
            "--value-column",
            "v",
            "--numerator-column",
            "n",
            "--denominator-column",
            "d"));
    assertEquals(2, run(csv, "--date-column", "m"));
    assertEquals(2, run(csv, "--date-column", "m", "--value-column", "v", "--filter", "novalue"));
    assertEquals(2, run(csv, "--date-column", "m", "--value-column", "v", "--filter", "=1"));
    assertTrue(stderr.contains("--filter"), stderr);
  }

  private void assertInputError(int code, String fragment) {
    assertEquals(1, code, stderr);
    assertEquals(1, stderr.strip().lines().count(), stderr);
    assertTrue(stderr.contains(fragment), stderr);
    assertFalse(stderr.contains("Exception"), stderr);
  }

  @Test
  void badInputExitsOneNamingTheLine() throws IOException {
    String[] ratio = {"--date-column", "m", "--numerator-column", "n", "--denominator-column", "d"};
    assertInputError(
        run("m,n,d\n2020-01-01,1,2\n2020-02-01,1,0\n", ratio),
        "line 3, column 'd': the denominator 0 is not positive");
    assertInputError(
        run("m,n,d\n2020-01-01,x,2\n", ratio), "line 2, column 'n': 'x' is not a number");
    assertInputError(
        run("m,n,d\n2020-01-01,1,2\n", concat(ratio, "--filter", "type=1")),
        "filter column 'type' is not in the CSV header");
    assertInputError(
        run("m,n,d,type\n2020-01-01,1,2,2\n", concat(ratio, "--filter", "type=1")),
        "none of the 1 data rows matches the filters type=1");
    assertInputError(
        run("m,n,d\n2020-01-01,3,2\n", concat(ratio, "--chart", "p")),
        "date 2020-01-01: the numerator 3 is above the denominator 2");
    assertInputError(
        run("m,v\n2020-01-01,0\n", "--date-column", "m", "--value-column", "v", "--chart", "t"),
        "a t chart needs times above 0");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
