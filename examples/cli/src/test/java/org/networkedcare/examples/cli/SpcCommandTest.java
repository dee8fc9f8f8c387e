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

/** The {@code spc} command-line contract (issue 5): files, exit codes and one-line errors. */
class SpcCommandTest {

  @TempDir Path dir;

  private String stderr;

  private int run(String csv, String... extra) throws IOException {
    Path input = dir.resolve("in.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
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

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
  }

  private static final String SIMPLE =
      "month,value\n2020-03-01,11\n2020-01-01,10\n2020-02-01,12\n2020-04-01,13\n2020-05-01,12\n";

  @Test
  void unfacetedSeries() throws IOException {
    assertEquals(
        0, run(SIMPLE, "--date-column", "month", "--value-column", "value", "--target", "-5"));
    List<String> points = lines("p.csv");
    assertEquals(
        "facet,date,value,segment,mean,lower_limit,upper_limit,special_cause,point_type",
        points.get(0));
    // Hand calculation (see SpcRulesTest.limitsByHand): mean 11.6, limits 7.61 / 15.59, sorted by
    // date; in doubles 11.6 - 2.66 * 1.5 is 7.609999999999999, written unrounded.
    assertEquals(",2020-01-01,10,0,11.6,7.609999999999999,15.59,,common_cause", points.get(1));
    assertEquals(6, points.size());
    List<String> summary = lines("s.csv");
    assertEquals(
        "facet,segment,n,mean,lower_limit,upper_limit,special_cause_improvement,special_cause_concern,"
            + "last_point_type,variation_icon,assurance",
        summary.get(0));
    assertEquals(
        ",0,5,11.6,7.609999999999999,15.59,0,0,common_cause,common_cause,pass", summary.get(1));
    // The trial-limits warning (5 points) goes to stderr; the exit code is still 0.
    assertTrue(stderr.contains("trial limits"), stderr);
  }

  @Test
  void facetsMissingValuesRebaseAndEmptyCells() throws IOException {
    String csv = "d,site,v\n2020-01-01,b,5\n2020-01-01,a,1\n2020-02-01,a,\n2020-03-01,a,NA\n";
    assertEquals(
        0,
        run(
            csv,
            "--date-column",
            "d",
            "--value-column",
            "v",
            "--facet-column",
            "site",
            "--rebase",
            "a=2020-02-01",
            "--rebase",
            "a=2021-01-01",
            "--improvement",
            "neutral"));
    List<String> points = lines("p.csv");
    assertEquals("a,2020-01-01,1,0,1,,,,common_cause", points.get(1));
    assertEquals("a,2020-02-01,,1,,,,,common_cause", points.get(2));
    assertEquals("b,2020-01-01,5,0,5,,,,common_cause", points.get(4));
    List<String> summary = lines("s.csv");
    assertEquals("a,0,1,1,,,0,0,common_cause,,", summary.get(1));
    assertEquals("a,1,2,,,,0,0,common_cause,common_cause,", summary.get(2));
    assertTrue(stderr.contains("2021-01-01"), stderr);
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    String[] base = {"--date-column", "month", "--value-column", "value"};
    assertEquals(2, run(SIMPLE, concat(base, "--improvement", "up")));
    assertEquals(2, run(SIMPLE, concat(base, "--target", "abc")));
    assertEquals(2, run(SIMPLE, concat(base, "--rebase", "2020/01/01")));
    assertEquals(2, run(SIMPLE, concat(base, "--target", "5", "--target", "x=4")));
    assertTrue(stderr.contains("--target"), stderr);
  }

  @Test
  void badInputExitsOneWithOneLineNamingTheProblem() throws IOException {
    String[] base = {"--date-column", "month", "--value-column", "value"};
    // Below the minimum is a usage error, exit 2, as the README says (issue 15).
    assertEquals(2, run(SIMPLE, concat(base, "--fix-after", "11")), stderr);
    assertTrue(stderr.contains("--fix-after: 11 is below 12"), stderr);
    assertInputError(run("month,value\n2020-01-01,1\n2020-01-01,2\n", base), "2020-01-01");
    assertInputError(run("month,value\n2020-01-01,NaN\n", base), "not finite");
    assertInputError(run("month,value\n", base), "no data rows");
    assertInputError(run(SIMPLE, "--date-column", "when", "--value-column", "value"), "'when'");
    assertInputError(
        run(
            "m,f,value\n2020-01-01,a,1\n",
            "--date-column",
            "m",
            "--value-column",
            "value",
            "--facet-column",
            "f",
            "--target",
            "zz=3"),
        "'zz'");
    assertInputError(
        run(
            "m,f,value\n2020-01-01,a,1\n2020-01-01,a,2\n",
            "--date-column",
            "m",
            "--value-column",
            "value",
            "--facet-column",
            "f"),
        "'a'");
    assertInputError(run(SIMPLE, concat(base, "--target", "x=3")), "--target");
    assertInputError(run(SIMPLE, concat(base, "--target", "NaN")), "--target");
  }

  private void assertInputError(int code, String fragment) {
    assertEquals(1, code, stderr);
    assertEquals(1, stderr.strip().lines().count(), stderr);
    assertTrue(stderr.contains(fragment), stderr);
    assertFalse(stderr.contains("Exception"), stderr);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void shortestRoundTripNumbers() {
    assertEquals("5", Numbers.format(5.0));
    assertEquals("-3", Numbers.format(-3.0));
    assertEquals("0.1", Numbers.format(0.1));
    assertEquals("11.6", Numbers.format(11.6));
    assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
    assertEquals("", Numbers.format(Double.NaN));
    // JDK 17's Double.toString gives 2.82879384806159008E17 here; the shortest is 15 digits.
    assertEquals("282879384806159000", Numbers.format(2.82879384806159E17));
    assertEquals("1E-10", Numbers.format(1e-10));
    for (double d : new double[] {1.0 / 3, 2.0 / 3 * 2.66, 12371.138888888889, 1e300, -7.25e-5}) {
      assertEquals(d, Double.parseDouble(Numbers.format(d)));
    }
  }
}
