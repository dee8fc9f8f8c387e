package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CeaCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<String> lines(Path out, String name) throws IOException {
    return Files.readAllLines(out.resolve(name), StandardCharsets.UTF_8);
  }

  private Run cea(String costs, String effects, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "cea",
                "--costs",
                write("c.csv", costs).toString(),
                "--effects",
                write("e.csv", effects).toString(),
                "--output",
                dir.resolve("out/nested").toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void deterministicTieAndDominance() throws IOException {
    // enhanced (4700, 8.45), usual (500, 8.2), leaflet (800, 8.2), standard (1700, 8.3).
    // Frontier: usual; standard (1200 / (8.3 - 8.2)); enhanced (3000 / (8.45 - 8.3)); leaflet
    // dominated by usual (same effect, dearer). At 20000: enhanced and standard both 164300 in
    // double, and enhanced, given first, is best and on the frontier.
    Run r =
        cea(
            "enhanced,usual,leaflet,standard\n4700,500,800,1700\n",
            "enhanced,usual,leaflet,standard\n8.45,8.2,8.2,8.3\n",
            "--wtp",
            "15000:20000:5000",
            "--reference",
            "usual");
    assertEquals(0, r.code(), r.err());
    Path out = dir.resolve("out/nested");
    assertEquals(
        List.of(
            "option,cost,effect,incremental_cost,incremental_effect,icer,status",
            "usual,500.0,8.2,,,,non_dominated",
            "standard,1700.0,8.3,"
                + (1700.0 - 500)
                + ","
                + (8.3 - 8.2)
                + ","
                + (1200 / (8.3 - 8.2))
                + ",non_dominated",
            "enhanced,4700.0,8.45,3000.0,"
                + (8.45 - 8.3)
                + ","
                + (3000 / (8.45 - 8.3))
                + ",non_dominated",
            "leaflet,800.0,8.2,,,,dominated"),
        lines(out, "icers.csv"));
    // 15000: enhanced 126750 - 4700 = 122050 (in double 122049.99999999999), usual 123000 - 500,
    // leaflet 123000 - 800, standard 124500 - 1700 = 122800 (in double 122800.00000000001):
    // standard best.
    assertEquals(
        List.of(
            "wtp,option,probability_best,expected_nmb,on_frontier",
            "15000.0,enhanced,0.0," + (15000 * 8.45 - 4700) + ",false",
            "15000.0,usual,0.0," + (15000 * 8.2 - 500) + ",false",
            "15000.0,leaflet,0.0," + (15000 * 8.2 - 800) + ",false",
            "15000.0,standard,1.0," + (15000 * 8.3 - 1700) + ",true",
            "20000.0,enhanced,1.0,164300.0,true",
            "20000.0,usual,0.0,163500.0,false",
            "20000.0,leaflet,0.0,163200.0,false",
            "20000.0,standard,0.0,164300.0,false"),
        lines(out, "acceptability.csv"));
    assertEquals(List.of("wtp,evpi", "15000.0,0.0", "20000.0,0.0"), lines(out, "evpi.csv"));
    // usual minus each: enhanced -4200, 8.2 - 8.45; leaflet -300, 0 (no ICER); standard -1200, 8.2
    // - 8.3.
    assertEquals(
        List.of(
            "option,incremental_cost,incremental_effect,icer",
            "enhanced,-4200.0," + (8.2 - 8.45) + "," + (-4200 / (8.2 - 8.45)),
            "leaflet,-300.0,0.0,",
            "standard,-1200.0," + (8.2 - 8.3) + "," + (-1200 / (8.2 - 8.3))),
        lines(out, "pairwise.csv"));
  }

  @Test
  void psaWithWtpListInGivenOrder() throws IOException {
    // Two draws. a: (0, 0) both. b: effect 1, cost 100 then 300. At 200: b best in draw 1, a in
    // draw 2 (1/2 each); expected NMB a 0, b 0: tie, a on the frontier; EVPI mean(100, 0) - 0 = 50.
    // At 300: b 200 and 0; draw 2 ties and goes to a; expected b 100; EVPI mean(200, 0) - 100 = 0.
    Run r =
        cea(
            "a,b\n0,100\n0,300\n",
            "a,b\n0,1\n0,1\n",
            "--wtp",
            "300",
            "--wtp",
            "200",
            "--wtp",
            "300");
    assertEquals(0, r.code(), r.err());
    Path out = dir.resolve("out/nested");
    assertEquals(
        List.of(
            "wtp,option,probability_best,expected_nmb,on_frontier",
            "300.0,a,0.5,0.0,false",
            "300.0,b,0.5,100.0,true",
            "200.0,a,0.5,0.0,true",
            "200.0,b,0.5,0.0,false"),
        lines(out, "acceptability.csv"));
    assertEquals(List.of("wtp,evpi", "300.0,0.0", "200.0,50.0"), lines(out, "evpi.csv"));
    assertFalse(Files.exists(out.resolve("pairwise.csv")));
    // the one summary line (issue 21): the repeated 300 is dropped from the grid
    assertTrue(
        r.err()
            .matches(
                "wrote 2 draws of 2 options, 2 willingness-to-pay values to .* in \\d+\\.\\d s\n"),
        r.err());
  }

  @Test
  void toleratesBomQuotesSpacesAndTrailingBlankLine() throws IOException {
    Run r = cea("\uFEFF\"a\", b\n 1 ,2\n\n", "a,b\n1e0,+2.5E0\n", "--wtp", "0:2:1");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "option,cost,effect,incremental_cost,incremental_effect,icer,status",
        lines(dir.resolve("out/nested"), "icers.csv").get(0));
    assertEquals(
        List.of("wtp,evpi", "0.0,0.0", "1.0,0.0", "2.0,0.0"),
        lines(dir.resolve("out/nested"), "evpi.csv"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "a,b\\n1,2\\n3\\n | a,b\\n1,2\\n3,4\\n | 0:10:5 | c.csv line 3: 1 cells, but the header names 2 options",
        "a,b\\n1,2\\n3,4,5\\n | a,b\\n1,2\\n3,4\\n | 0:10:5 | c.csv line 3: 3 cells, but the header names 2 options",
        "a,b\\n1,x\\n | a,b\\n1,2\\n | 0:10:5 | c.csv line 2, b: 'x' is not a number",
        "a,b\\n1,NaN\\n | a,b\\n1,2\\n | 0:10:5 | c.csv line 2, b: 'NaN' is not a number",
        "a,b\\n1,\\n | a,b\\n1,2\\n | 0:10:5 | c.csv line 2, b: '' is not a number",
        "a,b\\n1,1e999\\n | a,b\\n1,2\\n | 0:10:5 | c.csv line 2, b: '1e999' is too large",
        "a,b\\n1,2\\n | a,c\\n1,2\\n | 0:10:5 | e.csv: options a,c differ from the costs' a,b (same names in the same order needed)",
        "a,b\\n1,2\\n | b,a\\n1,2\\n | 0:10:5 | e.csv: options b,a differ from the costs' a,b (same names in the same order needed)",
        "a,b\\n1,2\\n | a,b\\n1,2\\n3,4\\n | 0:10:5 | e.csv: 2 draws, but",
        "a,b\\n | a,b\\n | 0:10:5 | c.csv: no rows of costs after the header",
        "\"\" | a,b\\n1,2\\n | 0:10:5 | c.csv: empty; expected a header of option names and one row per draw",
        "a,a\\n1,2\\n | a,a\\n1,2\\n | 0:10:5 | c.csv line 1: option 'a' appears twice in the header",
        "a,,b\\n1,2,3\\n | a,b\\n1,2\\n | 0:10:5 | c.csv line 1: an option name (column 2) is empty",
        "a,b\\n1,2\\n | a,b\\n1,2\\n | 10:0:5 | --wtp 10:0:5: to 0.0 is less than from 10.0: the grid is empty",
        "a,b\\n1,2\\n | a,b\\n1,2\\n | 0:10:0 | --wtp 0:10:0: step 0.0 is not a finite number above 0",
        "a,b\\n1,2\\n | a,b\\n1,2\\n | 0:10 | --wtp 0:10: expected FROM:TO:STEP or one number",
        "a,b\\n1,2\\n | a,b\\n1,2\\n | 0:x:1 | --wtp 0:x:1: TO: 'x' is not a number",
        "a,b\\n1,2\\n | a,b\\n1,2\\n | Infinity | --wtp Infinity: 'Infinity' is not a number",
      })
  void badInputIsOneLineAndExitOne(String costs, String effects, String wtp, String message)
      throws IOException {
    Run r = cea(costs.replace("\\n", "\n"), effects.replace("\\n", "\n"), "--wtp", wtp);
    assertEquals(1, r.code());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("networkedcare: "), err);
    assertTrue(err.contains(message), err + "\n  should contain: " + message);
    assertFalse(err.contains("Exception"), err);
  }

  @Test
  void unknownReferenceIsOneLine() throws IOException {
    Run r = cea("a,b\n1,2\n", "a,b\n1,2\n", "--wtp", "0", "--reference", "z");
    assertEquals(1, r.code());
    assertEquals(
        "networkedcare: /reference: reference 'z' is not an option; the options are a, b [unknown.option]",
        r.err().strip());
  }

  @Test
  void missingFileAndOutputThatIsAFile() throws IOException {
    Run r =
        run(
            "cea",
            "--costs",
            dir.resolve("nope.csv").toString(),
            "--effects",
            "x",
            "--wtp",
            "0",
            "--output",
            dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().strip().endsWith("nope.csv: no such file"), r.err());
    Path file = write("file", "x");
    Run s =
        run(
            "cea",
            "--costs",
            write("c.csv", "a\n1\n").toString(),
            "--effects",
            write("e.csv", "a\n1\n").toString(),
            "--wtp",
            "0",
            "--output",
            file.toString());
    assertEquals(1, s.code());
    assertEquals(1, s.err().strip().lines().count(), s.err());
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    assertEquals(2, run("cea", "--costs", "c.csv").code());
    assertEquals(2, run("cea", "--costs", "c.csv", "--effects", "e.csv", "--output", "o").code());
  }

  @Test
  void numbersAreShortestRoundTripAndNeverNegativeZero() {
    assertEquals("0.1", Numbers.javaForm(0.1));
    assertEquals("42920.00000000001", Numbers.javaForm(5000 * 10.412 - 9140));
    assertEquals("0.0", Numbers.javaForm(-0.0));
    assertEquals("1.0E-5", Numbers.javaForm(1e-5));
    qt().withExamples(20000)
        .forAll(longs().all())
        .checkAssert(
            bits -> {
              double v = Double.longBitsToDouble(bits);
              if (Double.isFinite(v)) {
                String s = Numbers.javaForm(v);
                assertEquals(v + 0.0, Double.parseDouble(s), s);
                if (Runtime.version().feature() >= 19 && v != 0) {
                  assertEquals(Double.toString(v), s);
                }
              }
            });
  }
}
