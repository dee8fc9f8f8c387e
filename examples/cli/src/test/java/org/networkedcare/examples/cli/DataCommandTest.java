package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data check}, {@code assure --data} and {@code report --data}, exactly as issue 14 words
 * them.
 */
class DataCommandTest {

  private static final Path EXAMPLES = Path.of("src/main/resources/org/networkedcare/examples");
  private static final Path HUB = EXAMPLES.resolve("hub");

  @TempDir Path dir;

  @Test
  void aGoodDatasetGivesItsSummaryAndItsGaps() {
    Run run =
        Run.of(
            "data",
            "check",
            "--network",
            EXAMPLES.resolve("bbmk-network.json").toString(),
            "--data",
            EXAMPLES.resolve("bbmk-data.csv").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                EXAMPLES.resolve("bbmk-data.csv")
                    + ": 716 rows: 4 measures x 5 organisations x 4 sites x 36 periods"),
        run.out());
    assertTrue(run.out().contains("ae-4h at RWH/RWH01: 1 period missing: 2017-09"), run.out());
    // a governance document serves as the network document too
    Run hub =
        Run.of(
            "data",
            "check",
            "--network",
            HUB.resolve("hub-governance.json").toString(),
            "--data",
            HUB.resolve("hub-data.csv").toString());
    assertEquals(0, hub.code(), hub.err());
    assertTrue(
        hub.out().contains("5 measures x 4 organisations x 5 sites x 22 periods"), hub.out());
    assertTrue(
        hub.out().contains("rtt-18wk at ZVC/ZVC01: 1 period missing: 2023/24-Q3"), hub.out());
  }

  @Test
  void everyProblemIsPrintedOnItsOwnLineWithItsLineAndColumn() throws IOException {
    Path csv = dir.resolve("D.csv");
    Files.writeString(
        csv,
        String.join(
                "\n",
                "period,organisation,site,service,measure,numerator,denominator,value",
                "2024/25-Q1,ZVB,ZVB01,,rtt-18wk,30,40,", // 2: fine
                "2024/25-Q1,ZVB,ZVB01,,waits,30,40,", // 3: unknown measure
                "2024/25-Q1,ZZZ,,,rtt-18wk,30,40,", // 4: unknown organisation
                "2024/25-Q1,ZVB,ZVB09,,rtt-18wk,30,40,", // 5: unknown site
                "2024/25-Q1,ZVB,ZVC01,,rtt-18wk,30,40,", // 6: a site not of its organisation
                "2024/25-Q1,ZVB,ZVB01,,rtt-18wk,31,40,", // 7: duplicate of line 2
                "2024/25-Q2,ZVB,ZVB01,,rtt-18wk,41,40,", // 8: numerator > denominator
                "2024/25-Q2,ZVB,ZVB01,,fu-overdue,,,-3", // 9: a negative count
                "2024/25-Q7,ZVB,ZVB01,,rtt-18wk,30,40,", // 10: a bad period
                "2024-07,ZVB,ZVB01,,rtt-18wk,30,40,", // 11: a month of a quarterly measure
                "2024/25-Q3,ZVB,ZVB01,,rtt-18wk,thirty,40,", // 12: not a number
                "2024/25-Q3,ZVB,ZVB02,,rtt-18wk,NaN,40,", // 13: NaN
                "2024/25-Q3,ZVC,ZVC01,,fu-overdue,,,-Infinity") // 14: an infinity
            + "\n");
    Run run =
        Run.of(
            "data",
            "check",
            "--network",
            HUB.resolve("hub-network.json").toString(),
            "--data",
            csv.toString());
    assertEquals(1, run.code());
    assertEquals("", run.out());
    String d = csv.toString();
    assertEquals(
        List.of(
            d + ":3: measure: 'waits' is not a measure of the network document [reference.unknown]",
            d
                + ":4: organisation: 'ZZZ' is not an organisation of the network document [reference.unknown]",
            d + ":5: site: 'ZVB09' is not a site of the network document [reference.unknown]",
            d + ":6: site: ZVC01 is a site of ZVC, not of ZVB [dataset.site-organisation]",
            d
                + ":7: period: rtt-18wk at ZVB/ZVB01 in 2024/25-Q1 is already given on line 2 [dataset.duplicate]",
            d
                + ":8: numerator: the numerator 41 is more than the denominator 40: a proportion is at most 1 [dataset.proportion]",
            d + ":9: value: a count is not negative, not -3 [dataset.negative]",
            d
                + ":10: period: quarter Q7 does not exist; quarters are Q1 (April to June) to Q4 (January to March) [reporting-period.quarter-number]",
            d
                + ":11: period: rtt-18wk is reported by quarter (its periodicity in the network document), so '2024-07', a month, does not fit;"
                + " one measure has one periodicity [dataset.periodicity]",
            d
                + ":12: numerator: 'thirty' is not a number (digits, an optional sign, point and exponent) [dataset.number]",
            d + ":13: numerator: 'NaN' is not a finite number [dataset.not-finite]",
            d + ":14: value: '-Infinity' is not a finite number [dataset.not-finite]"),
        run.err().lines().toList());
  }

  @Test
  void aMissingFileOrNoSubcommand() {
    Run missing =
        Run.of(
            "data",
            "check",
            "--network",
            HUB.resolve("hub-network.json").toString(),
            "--data",
            dir.resolve("none.csv").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("none.csv: no such file"), missing.err());
    assertEquals(2, Run.of("data").code());
    assertEquals(2, Run.of("data", "check", "--data", "x.csv").code());
  }

  @Test
  void assureReadsTheDatasetItsDocumentNamesOrTheOneGiven() throws IOException {
    Run named =
        Run.of(
            "assure",
            "--input",
            HUB.resolve("hub-governance.json").toString(),
            "--as-of",
            "2024-11-15");
    assertEquals(0, named.code(), named.err());
    assertTrue(named.out().contains("data-gap"), named.out());
    assertTrue(named.out().contains("2023/24-Q3"), named.out());
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "period,organisation,site,service,measure,numerator,denominator,value\n2024/25-Q1,ZVB,ZVB01,,rtt-18wk,50,40,\n");
    Run refused =
        Run.of(
            "assure",
            "--input",
            HUB.resolve("hub-governance.json").toString(),
            "--as-of",
            "2024-11-15",
            "--data",
            bad.toString());
    assertEquals(1, refused.code());
    assertEquals(
        bad
            + ":2: numerator: the numerator 50 is more than the denominator 40: a proportion is at most 1 [dataset.proportion]",
        refused.err().strip());
  }

  @Test
  void reportReadsTheDatasetGivenInsteadOfTheDocuments() throws IOException {
    // Without RC1's rows its charts have no data; the others are as before.
    Path csv = dir.resolve("without-rc1.csv");
    Files.writeString(
        csv,
        Files.readAllLines(EXAMPLES.resolve("bbmk-data.csv")).stream()
            .filter(l -> !l.contains(",RC1,"))
            .reduce("", (a, b) -> a + b + "\n"));
    Run run =
        Run.of(
            "report",
            "--input",
            EXAMPLES.resolve("bbmk-evaluation.json").toString(),
            "--data",
            csv.toString(),
            "--output",
            dir.resolve("pack").toString());
    assertEquals(0, run.code(), run.err());
    String matrix = Files.readString(dir.resolve("pack").resolve("matrix.csv"));
    assertTrue(matrix.contains("ae-4h,organisation,RC1,,,,,,,0.95,no-data,no-data"), matrix);
    assertTrue(matrix.contains("ae-4h,organisation,RC9,,2018-03,"), matrix);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "period,organisation,measure,value\n2018-01,RC9,ae-attendances,lots\n");
    Run refused =
        Run.of(
            "report",
            "--input",
            EXAMPLES.resolve("bbmk-evaluation.json").toString(),
            "--data",
            bad.toString(),
            "--output",
            dir.resolve("pack2").toString());
    assertEquals(1, refused.code());
    assertEquals(
        bad
            + ":2: value: 'lots' is not a number (digits, an optional sign, point and exponent) [dataset.number]",
        refused.err().strip());
  }
}
