package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunnelCommandTest {

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    Path p = dir.resolve("in.csv");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Run funnel(String csv, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "funnel",
                "--input",
                write(csv).toString(),
                "--site-column",
                "site",
                "--numerator-column",
                "e",
                "--denominator-column",
                "n",
                "--output",
                dir.resolve("out/nested").toString()));
    args.addAll(List.of(more));
    return Run.of(args.toArray(String[]::new));
  }

  private List<String> lines(String name) throws IOException {
    return Files.readAllLines(dir.resolve("out/nested").resolve(name), StandardCharsets.UTF_8);
  }

  private static final String FIVE =
      "site,e,n\nA,45,50\nB,170,200\nC,380,400\nD,700,800\nE,90,120\n";

  @Test
  void proportionDefaultsWriteTheContractFiles() throws IOException {
    Run r = funnel(FIVE);
    assertEquals(0, r.code(), r.err());
    List<String> sites = lines("sites.csv");
    assertEquals(
        "site,numerator,denominator,value,z,z_adjusted,lower_95,upper_95,lower_998,upper_998,outlier",
        sites.get(0));
    assertEquals(6, sites.size());
    assertTrue(
        sites.get(1).startsWith("A,45,50,0.9,0.4051134445521048,0.30261081266652"), sites.get(1));
    assertTrue(sites.get(3).startsWith("C,380,400,0.95,4.99531979511096"), sites.get(3));
    // hand figures of FunnelFiguresTest: target 1385/1570, phi, tau2, additive
    List<String> params = lines("parameters.csv");
    assertEquals("target,phi,tau2,adjustment", params.get(0));
    String[] p = params.get(1).split(",");
    assertEquals(1385.0 / 1570, Double.parseDouble(p[0]));
    assertEquals(4.045462515734679, Double.parseDouble(p[1]), 1e-12);
    assertEquals(0.003960957827816733, Double.parseDouble(p[2]), 1e-14);
    assertEquals("additive", p[3]);
    assertTrue(Files.readString(dir.resolve("out/nested/funnel.svg")).startsWith("<?xml"));
  }

  @Test
  void noneKeepsTheEstimatesAndLabelsOutliers() throws IOException {
    Run r = funnel(FIVE, "--overdispersion", "none");
    assertEquals(0, r.code(), r.err());
    assertTrue(lines("parameters.csv").get(1).endsWith(",none"));
    assertTrue(lines("parameters.csv").get(1).contains("4.04546251573467"));
    assertTrue(lines("sites.csv").get(3).endsWith(",high_998"), lines("sites.csv").get(3)); // z 5.0
    assertTrue(lines("sites.csv").get(5).endsWith(",low_998"), lines("sites.csv").get(5)); // z -3.8
    assertTrue(lines("sites.csv").get(1).endsWith(","), "A within the limits: empty outlier");
  }

  @Test
  void ratioDefaultsToTargetOneAndExactLimits() throws IOException {
    Run r =
        funnel(
            "site,e,n\nA,25,25\nB,30,25\nC,20,25\n", "--type", "ratio", "--overdispersion", "none");
    assertEquals(0, r.code(), r.err());
    // hand (scipy gamma.ppf(0.025, 25) / 25 ...): 0.6471472739131731, 1.4761972679012159
    String[] a = lines("sites.csv").get(1).split(",");
    assertEquals(0.6471472739131731, Double.parseDouble(a[6]), 1e-12);
    assertEquals(1.4761972679012159, Double.parseDouble(a[7]), 1e-12);
    assertTrue(lines("parameters.csv").get(1).startsWith("1,"));
  }

  @Test
  void oneSiteWithoutAdjustmentHasNoTau2() throws IOException {
    Run r = funnel("site,e,n\nA,5,10\n", "--overdispersion", "none");
    assertEquals(0, r.code(), r.err());
    assertEquals("0.5,0,,none", lines("parameters.csv").get(1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "site,e,n\\nA,5,10\\nB,-1,10\\nC,3,10\\n|site 'B': numerator -1 is negative",
        "site,e,n\\nA,5,10\\nB,1,0\\nC,3,10\\n|site 'B': denominator 0 is not positive",
        "site,e,n\\nA,5,10\\nB,1,-4\\nC,3,10\\n|site 'B'",
        "site,e,n\\nA,5,10\\nB,11,10\\nC,3,10\\n|site 'B': numerator 11 is above its denominator 10",
        "site,e,n\\nA,5,10\\nB,1,10\\n|needs at least 3 sites",
        "site,e,n\\nA,5,10\\nB,x,10\\nC,3,10\\n|column 'e', site 'B': 'x' is not a number",
        "site,e,m\\nA,5,10\\n|column 'n' is not in the CSV header",
      })
  void badInputIsOneLineNamingTheSiteOrColumn(String csv, String expected) throws IOException {
    Run r = funnel(csv.replace("\\n", "\n"));
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void badOptions() throws IOException {
    assertEquals(2, funnel(FIVE, "--type", "odds").code());
    assertEquals(2, funnel(FIVE, "--target", "abc").code());
    Run trim = funnel(FIVE, "--trim", "0.6");
    assertEquals(1, trim.code());
    assertTrue(trim.err().contains("trim 0.6"), trim.err());
    Run target = funnel(FIVE, "--target", "1.5");
    assertEquals(1, target.code());
    assertTrue(target.err().contains("target 1.5"), target.err());
    Run exact = funnel(FIVE, "--type", "count-ratio", "--limits", "exact");
    assertEquals(1, exact.code());
    assertTrue(exact.err().contains("count-ratio"), exact.err());
  }

  @Test
  void filtersKeepOnlyTheMatchingRowsOfALongTable() throws IOException {
    // FIVE's sites in March, with another month and another kind of site around them: filtered,
    // the output is byte for byte FIVE's, as if the rows had been picked out with grep first
    String wide =
        "period,kind,site,e,n\n"
            + "2019-02,1,A,1,50\n"
            + "2019-03,1,A,45,50\n"
            + "2019-03,2,A,9,9\n"
            + "2019-03,1,B,170,200\n"
            + "2019-02,1,B,oops,200\n"
            + "2019-03,1,C,380,400\n"
            + "2019-03,1,D,700,800\n"
            + "2019-03,1,E,90,120\n";
    assertEquals(0, funnel(FIVE).code());
    String sites = Files.readString(dir.resolve("out/nested/sites.csv"));
    String params = Files.readString(dir.resolve("out/nested/parameters.csv"));
    Run r = funnel(wide, "--filter", "period=2019-03", "--filter", "kind=1");
    assertEquals(0, r.code(), r.err());
    assertEquals(sites, Files.readString(dir.resolve("out/nested/sites.csv")));
    assertEquals(params, Files.readString(dir.resolve("out/nested/parameters.csv")));

    Run none = funnel(wide, "--filter", "period=2020-01");
    assertEquals(1, none.code(), none.err());
    assertTrue(
        none.err().contains("none of the 8 data rows matches the filters period=2020-01"),
        none.err());
    Run absent = funnel(wide, "--filter", "month=2019-03");
    assertEquals(1, absent.code(), absent.err());
    assertTrue(absent.err().contains("column 'month' is not in the CSV header"), absent.err());
    Run malformed = funnel(wide, "--filter", "period");
    assertEquals(2, malformed.code(), malformed.err());
    assertTrue(malformed.err().contains("'period' is not COLUMN=VALUE"), malformed.err());
  }

  @Test
  void outputThatIsAFileIsOneLine() throws IOException {
    Path input = write(FIVE);
    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    Run r =
        Run.of(
            "funnel",
            "--input",
            input.toString(),
            "--site-column",
            "site",
            "--numerator-column",
            "e",
            "--denominator-column",
            "n",
            "--output",
            file.toString());
    assertEquals(1, r.code(), r.err());
    Run missing =
        Run.of(
            "funnel",
            "--input",
            dir.resolve("none.csv").toString(),
            "--site-column",
            "site",
            "--numerator-column",
            "e",
            "--denominator-column",
            "n",
            "--output",
            dir.resolve("o").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
  }
}
