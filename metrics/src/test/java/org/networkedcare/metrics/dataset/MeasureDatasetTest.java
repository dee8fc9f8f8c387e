package org.networkedcare.metrics.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/** The measure dataset: reading, every problem with its place, aggregation by hand, the summary. */
class MeasureDatasetTest {

  static final NetworkDocument NETWORK = network();
  private static final String HEADER =
      "period,organisation,site,service,measure,numerator,denominator,value\n";

  static NetworkDocument network() {
    try (InputStream in = MeasureDatasetTest.class.getResourceAsStream("hub-network.json")) {
      return NetworkJson.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static MeasureDataset csv(String text) {
    return MeasureDatasets.read(text.getBytes(StandardCharsets.UTF_8), "d.csv", NETWORK);
  }

  private static List<String> problems(String text, String name) {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> MeasureDatasets.read(text.getBytes(StandardCharsets.UTF_8), name, NETWORK));
    return e.problems().stream().map(p -> MeasureDatasets.describe(p, name)).toList();
  }

  private static ReportingPeriod p(String text) {
    return ReportingPeriod.parse(text);
  }

  private static final OdsCode R2A = OdsCode.of("R2A");
  private static final OdsCode R3B = OdsCode.of("R3B");

  @Test
  void aggregationSumsNumeratorsAndDenominatorsNeverAveragingRatios() {
    MeasureDataset data =
        csv(
            HEADER
                + "2024/25-Q1,R2A,R2A01,,rtt,30,40,\n" // 0.75
                + "2024/25-Q1,R2A,R2A02,,rtt,10,60,\n" // 0.1667
                + "2024/25-Q1,R3B,R3B01,,rtt,45,50,\n" // 0.9
                + "2024/25-Q1,R2A,R2A01,,backlog,,,5\n"
                + "2024/25-Q1,R2A,R2A02,,backlog,,,7\n"
                + "2024/25-Q1,R3B,R3B01,,backlog,,,3\n"
                + "2024/25-Q1,R2A,R2A01,,wait-weeks,,,10\n"
                + "2024/25-Q1,R2A,R2A02,,wait-weeks,,,20\n"
                + "2024/25-Q1,R3B,R3B01,,wait-weeks,,,30\n"
                + "2024/25-Q1,R2A,R2A01,,score,,,70\n"
                + "2024/25-Q1,R2A,R2A02,,score,,,90\n");
    ReportingPeriod q1 = p("2024/25-Q1");
    // By hand: R2A = (30 + 10) / (40 + 60) = 40/100 = 0.4, not the mean of 0.75 and 0.1667
    // (0.4583).
    Figure r2a = data.series("rtt", ReportingUnit.organisation(R2A), Optional.empty()).get(q1);
    assertEquals(Figure.ratio(new BigDecimal("40"), new BigDecimal("100")), r2a);
    assertEquals(0, new BigDecimal("0.4").compareTo(r2a.value()));
    // Network = (40 + 45) / (100 + 50) = 85/150 = 0.5666...
    Figure network = data.series("rtt", ReportingUnit.network(), Optional.empty()).get(q1);
    assertEquals(new BigDecimal("85"), network.numerator().orElseThrow());
    assertEquals(new BigDecimal("150"), network.denominator().orElseThrow());
    assertEquals(0.5666666666666667, network.value().doubleValue(), 1e-15);
    // Counts add up: 5 + 7 = 12 at R2A, 12 + 3 = 15 in the network.
    assertEquals(
        0,
        new BigDecimal(12)
            .compareTo(
                data.series("backlog", ReportingUnit.organisation(R2A), Optional.empty())
                    .get(q1)
                    .value()));
    assertEquals(
        0,
        new BigDecimal(15)
            .compareTo(
                data.series("backlog", ReportingUnit.network(), Optional.empty()).get(q1).value()));
    // A continuous measure whose definition names the mean: R2A (10 + 20) / 2 = 15; the network the
    // mean of the organisations' figures, (15 + 30) / 2 = 22.5.
    assertEquals(
        0,
        new BigDecimal("15")
            .compareTo(
                data.series("wait-weeks", ReportingUnit.organisation(R2A), Optional.empty())
                    .get(q1)
                    .value()));
    assertEquals(
        0,
        new BigDecimal("22.5")
            .compareTo(
                data.series("wait-weeks", ReportingUnit.network(), Optional.empty())
                    .get(q1)
                    .value()));
    // A continuous measure that names no aggregation is not aggregated: its sites only.
    assertTrue(data.series("score", ReportingUnit.organisation(R2A), Optional.empty()).isEmpty());
    assertTrue(data.series("score", ReportingUnit.network(), Optional.empty()).isEmpty());
    assertEquals(2, data.units("score", Optional.empty()).size());
    assertEquals(
        3 + 2 + 1,
        data.units("rtt", Optional.empty()).size(),
        "three sites, two organisations and the network");
  }

  @Test
  void aSiteWithoutARowLeavesItsOrganisationWithoutAFigureForThatPeriod() {
    MeasureDataset data =
        csv(
            HEADER
                + "2024/25-Q1,R2A,R2A01,,rtt,30,40,\n"
                + "2024/25-Q1,R2A,R2A02,,rtt,10,60,\n"
                + "2024/25-Q2,R2A,R2A01,,rtt,31,40,\n");
    SortedMap<ReportingPeriod, Figure> r2a =
        data.series("rtt", ReportingUnit.organisation(R2A), Optional.empty());
    assertEquals(
        List.of(p("2024/25-Q1")),
        List.copyOf(r2a.keySet()),
        "Q2 would be R2A01 alone, read as a fall");
    assertEquals(
        List.of(p("2024/25-Q1")),
        List.copyOf(data.series("rtt", ReportingUnit.network(), Optional.empty()).keySet()));
  }

  @Test
  void anOrganisationsOwnRowIsItsFigureAndNoSiteIsAddedToIt() {
    MeasureDataset data =
        csv(
            HEADER
                + "2024/25-Q1,R2A,,,rtt,50,100,\n"
                + "2024/25-Q1,R2A,R2A01,,rtt,30,40,\n"
                + "2024/25-Q1,R3B,,,rtt,10,20,\n");
    Figure r2a =
        data.series("rtt", ReportingUnit.organisation(R2A), Optional.empty()).get(p("2024/25-Q1"));
    assertEquals(new BigDecimal("50"), r2a.numerator().orElseThrow());
    assertEquals(
        new BigDecimal("60"),
        data.series("rtt", ReportingUnit.network(), Optional.empty())
            .get(p("2024/25-Q1"))
            .numerator()
            .orElseThrow());
  }

  @Test
  void servicesAreSeparateSeriesAndNeverAddedTogether() {
    MeasureDataset data =
        csv(
            HEADER
                + "2024/25-Q1,R3B,R3B01,rheumatology,rtt,9,10,\n"
                + "2024/25-Q1,R3B,R3B01,,rtt,45,50,\n");
    assertEquals(
        new BigDecimal("45"),
        data.series("rtt", ReportingUnit.organisation(R3B), Optional.empty())
            .get(p("2024/25-Q1"))
            .numerator()
            .orElseThrow());
    assertEquals(
        new BigDecimal("9"),
        data.series("rtt", ReportingUnit.organisation(R3B), Optional.of("rheumatology"))
            .get(p("2024/25-Q1"))
            .numerator()
            .orElseThrow());
    assertEquals(2, data.services("rtt").size());
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsLineAndColumn() {
    String csv =
        HEADER
            + "2024/25-Q1,R2A,R2A01,,rtt,30,40,\n" // 2: fine
            + "2024/25-Q1,R2A,R2A01,,nope,1,2,\n" // 3: unknown measure
            + "2024/25-Q1,RZZ,,,rtt,1,2,\n" // 4: unknown organisation
            + "2024/25-Q1,R2A,R2A09,,rtt,1,2,\n" // 5: unknown site
            + "2024/25-Q1,R2A,R3B01,,rtt,1,2,\n" // 6: a site of another organisation
            + "2024/25-Q1,R2A,R2A01,,rtt,3,4,\n" // 7: duplicate of line 2
            + "2024/25-Q2,R2A,R2A01,,rtt,41,40,\n" // 8: numerator > denominator
            + "2024/25-Q2,R2A,R2A01,,backlog,,,-1\n" // 9: negative count
            + "2024/25-Q5,R2A,R2A01,,rtt,1,2,\n" // 10: bad period
            + "2024-06,R2A,R2A01,,rtt,1,2,\n" // 11: a month for a quarterly measure
            + "2024/25-Q3,R2A,R2A01,,rtt,abc,2,\n" // 12: not a number
            + "2024/25-Q3,R2A,R2A02,,rtt,NaN,2,\n" // 13: NaN
            + "2024/25-Q3,R3B,R3B01,,backlog,,,Infinity\n" // 14: infinity
            + "2024/25-Q4,R2A,R2A01,,rtt,,,0.5\n" // 15: a proportion with a value only
            + "2024/25-Q4,R2A,R2A01,,backlog,3,4,\n" // 16: a count with a numerator and denominator
            + "2024/25-Q4,R3B,R3B01,cardiology,rtt,1,2,\n" // 17: unknown service
            + "2024/25-Q4,R3B,R3B01,,rtt,1,0,\n" // 18: zero denominator
            + "2025/26-Q1,R3B,R3B01,,rtt,1,2,0.7\n" // 19: a value that is not the ratio
            + "2025/26-Q1,R3B,R3B01,,backlog,,,2.5\n" // 20: a count that is not whole
            + "2025/26-Q1,R3B\n" // 21: too few fields
            + "2025-05,R3B,R3B01,,dna,1,2,0.5\n" // 22: fine, a value that is the ratio
            + "2025/26-Q2,r3b,R3B01,,rtt,1,2,\n"; // 23: not an ODS code
    assertEquals(
        List.of(
            "d.csv:3: measure: 'nope' is not a measure of the network document [reference.unknown]",
            "d.csv:4: organisation: 'RZZ' is not an organisation of the network document [reference.unknown]",
            "d.csv:5: site: 'R2A09' is not a site of the network document [reference.unknown]",
            "d.csv:6: site: R3B01 is a site of R3B, not of R2A [dataset.site-organisation]",
            "d.csv:7: period: rtt at R2A/R2A01 in 2024/25-Q1 is already given on line 2 [dataset.duplicate]",
            "d.csv:8: numerator: the numerator 41 is more than the denominator 40: a proportion is at most 1 [dataset.proportion]",
            "d.csv:9: value: a count is not negative, not -1 [dataset.negative]",
            "d.csv:10: period: quarter Q5 does not exist; quarters are Q1 (April to June) to Q4 (January to March) [reporting-period.quarter-number]",
            "d.csv:11: period: rtt is reported by quarter (its periodicity in the network document), so '2024-06', a month, does not fit;"
                + " one measure has one periodicity [dataset.periodicity]",
            "d.csv:12: numerator: 'abc' is not a number (digits, an optional sign, point and exponent) [dataset.number]",
            "d.csv:13: numerator: 'NaN' is not a finite number [dataset.not-finite]",
            "d.csv:14: value: 'Infinity' is not a finite number [dataset.not-finite]",
            "d.csv:15: numerator: a proportion row gives a numerator and a denominator (rtt is a proportion) [dataset.columns]",
            "d.csv:15: denominator: a proportion row gives a numerator and a denominator (rtt is a proportion) [dataset.columns]",
            "d.csv:16: numerator: a count row gives a value only (backlog is a count); leave the numerator empty [dataset.columns]",
            "d.csv:16: denominator: a count row gives a value only (backlog is a count); leave the denominator empty [dataset.columns]",
            "d.csv:16: value: a count row gives a value (backlog is a count) [dataset.columns]",
            "d.csv:17: service: 'cardiology' is not a service of the network document [reference.unknown]",
            "d.csv:18: denominator: a denominator is positive, not 0 [dataset.denominator]",
            "d.csv:19: value: the value 0.7 is not the numerator over the denominator (0.5) to the digits given; leave it empty or give the ratio [dataset.value]",
            "d.csv:20: value: a count is a whole number, not 2.5 [dataset.count]",
            "d.csv:21: the row has 2 fields; the header has 8 [dataset.fields]",
            "d.csv:23: organisation: 'r3b' is not an ODS code: 3 to 10 upper-case letters or digits [ods.format]"),
        problems(csv, "d.csv"));
  }

  @Test
  void mixedPeriodicitiesOfOneMeasureAreEachRefused() {
    assertEquals(
        List.of(
            "d.csv:3: period: dna is reported by month (its periodicity in the network document), so '2024/25-Q1', a quarter, does not fit;"
                + " one measure has one periodicity [dataset.periodicity]",
            "d.csv:4: period: dna is reported by month (its periodicity in the network document), so '2024/25', a financial-year, does not fit;"
                + " one measure has one periodicity [dataset.periodicity]"),
        problems(
            HEADER
                + "2024-04,R3B,R3B01,,dna,1,10,\n2024/25-Q1,R3B,R3B01,,dna,3,30,\n2024/25,R3B,R3B01,,dna,12,120,\n",
            "d.csv"));
  }

  @Test
  void theHeaderIsCheckedFirst() {
    assertEquals(
        List.of(
            "d.csv:1: numerater: 'numerater' is not a column of the measure dataset: period, organisation, site, service, measure, numerator,"
                + " denominator, value [dataset.column-unknown]",
            "d.csv:1: period: the column 'period' is given twice [dataset.column-duplicate]",
            "d.csv:1: organisation: the header has no 'organisation' column [dataset.column-missing]",
            "d.csv:1: value: the header has neither a 'value' column nor 'numerator' and 'denominator' columns [dataset.column-missing]"),
        problems("period,measure,numerater,period\n2024-04,dna,1,2024-04\n", "d.csv"));
    assertEquals(
        List.of("d.csv: the file is empty: no header row [dataset.empty]"), problems("", "d.csv"));
    assertEquals(
        List.of("d.csv: the file is not valid UTF-8 [dataset.encoding]"),
        assertThrows(
                ValidationException.class,
                () -> MeasureDatasets.read(new byte[] {'a', (byte) 0xC3, '\n'}, "d.csv", NETWORK))
            .problems()
            .stream()
            .map(p -> MeasureDatasets.describe(p, "d.csv"))
            .toList());
  }

  @Test
  void columnsComeInAnyOrderQuotedAsRfc4180WithAByteOrderMarkAndCrLf() {
    MeasureDataset data =
        csv(
            "\uFEFFmeasure,value,period,organisation,site\r\n\"backlog\",\"5\",2024/25-Q1,R2A,R2A01\r\n"
                + "backlog,7,2024/25-Q1,\"R2A\",R2A02\r\n");
    assertEquals(2, data.rows().size());
    assertEquals("d.csv:3", data.place(data.rows().get(1)));
    assertEquals(
        0,
        new BigDecimal(12)
            .compareTo(
                data.series("backlog", ReportingUnit.organisation(R2A), Optional.empty())
                    .get(p("2024/25-Q1"))
                    .value()));
  }

  @Test
  void theJsonFormHasTheSameRowsAndNamesProblemsByPointer() {
    String json =
        "{\"schemaVersion\": 1, \"rows\": ["
            + "{\"period\": \"2024/25-Q1\", \"organisation\": \"R2A\", \"site\": \"R2A01\", \"measure\": \"rtt\", \"numerator\": 30, \"denominator\": 40},"
            + "{\"period\": \"2024/25-Q1\", \"organisation\": \"R2A\", \"site\": \"R2A02\", \"service\": \"\", \"measure\": \"rtt\", \"numerator\": 10,"
            + " \"denominator\": 60, \"value\": null}]}";
    MeasureDataset fromJson =
        MeasureDatasets.read(json.getBytes(StandardCharsets.UTF_8), "d.json", NETWORK);
    MeasureDataset fromCsv =
        csv(HEADER + "2024/25-Q1,R2A,R2A01,,rtt,30,40,\n2024/25-Q1,R2A,R2A02,,rtt,10,60,\n");
    assertEquals(fromCsv.rows(), fromJson.rows());
    assertEquals("d.json:/rows/1", fromJson.place(fromJson.rows().get(1)));
    String bad =
        "{\"schemaVersion\": 1, \"rows\": ["
            + "{\"period\": \"2024/25-Q1\", \"organisation\": \"R2A\", \"site\": \"R2A01\", \"measure\": \"rtt\", \"numerator\": \"30\", \"denominator\": 40},"
            + "{\"period\": \"2024/25-Q1\", \"organisation\": \"R2A\", \"site\": \"R2A01\", \"measure\": \"rtt\", \"numerator\": 50, \"denominator\": 40, \"colour\": 1},"
            + "{\"period\": \"2024/25-Q1\", \"organisation\": \"R2A\", \"site\": \"R2A01\", \"measure\": \"rtt\", \"numerator\": 5, \"denominator\": 40}]}";
    assertEquals(
        List.of(
            "d.json:/rows/0/numerator: a number is required, found a string [type]",
            "d.json:/rows/1/colour: unknown field 'colour'; the fields are: period, organisation, site, service, measure, numerator, denominator,"
                + " value [unknown-field]",
            "d.json:/rows/1/numerator: the numerator 50 is more than the denominator 40: a proportion is at most 1 [dataset.proportion]"),
        problems(bad, "d.json"));
    assertEquals(
        List.of(
            "d.json:/schemaVersion: schema version 2 is not supported; this reader reads version 1 [schema-version]"),
        problems("{\"schemaVersion\": 2, \"rows\": []}", "d.json"));
    assertEquals(
        "json.duplicate-key",
        assertThrows(
                ValidationException.class,
                () ->
                    MeasureDatasets.read(
                        "{\"schemaVersion\": 1, \"rows\": [], \"rows\": []}"
                            .getBytes(StandardCharsets.UTF_8),
                        "d.json",
                        NETWORK))
            .problems()
            .get(0)
            .code());
  }

  @Test
  void writtenCsvReadsBackToTheSameRows() {
    MeasureDataset data =
        csv(
            HEADER
                + "2024/25-Q1,R2A,R2A01,,rtt,30,40,\n2024/25-Q1,R2A,R2A01,rheumatology,backlog,,,5\n2024/25,R3B,R3B01,,flares,12,1200,\n");
    String written = MeasureDatasets.csv(data.rows());
    assertTrue(written.startsWith(HEADER), written);
    assertEquals(data.rows(), csv(written).rows());
    assertEquals(data.rows(), MeasureDataset.of(data.rows(), NETWORK).rows());
  }

  @Test
  void theSummaryCountsTheTableAndListsItsGaps() {
    MeasureDataset data =
        csv(
            HEADER
                + "2024/25-Q1,R2A,R2A01,,rtt,30,40,\n2024/25-Q2,R2A,R2A01,,rtt,30,40,\n2024/25-Q3,R2A,R2A01,,rtt,30,40,\n"
                + "2024/25-Q1,R3B,R3B01,,rtt,30,40,\n2024/25-Q3,R3B,R3B01,,rtt,30,40,\n"
                + "2024-04,R3B,R3B01,,dna,1,10,\n2024-05,R3B,R3B01,,dna,1,10,\n");
    DatasetSummary s = data.summary();
    assertEquals(7, s.rows());
    assertEquals(2, s.organisations());
    assertEquals(2, s.sites());
    assertEquals(5, s.periods());
    assertEquals(1, s.gaps().size());
    assertEquals(List.of(p("2024/25-Q2")), s.gaps().get(0).listed());
    String nl = System.lineSeparator();
    assertEquals(
        "d.csv: 7 rows: 2 measures x 2 organisations x 2 sites x 5 periods"
            + nl
            + "  rtt: by quarter, 2024/25-Q1 to 2024/25-Q3, 2 units, 5 rows"
            + nl
            + "  dna: by month, 2024-04 to 2024-05, 1 unit, 2 rows"
            + nl
            + "1 gap (periods inside a measure's span with no row)"
            + nl
            + "  rtt at R3B/R3B01: 1 period missing: 2024/25-Q2"
            + nl,
        s.render());
  }

  @Test
  void aLongGapListsTwelvePeriodsAndCountsTheRest() {
    MeasureDataset data =
        csv(
            HEADER
                + "2000-04,R3B,R3B01,,dna,1,10,\n2024-04,R3B,R3B01,,dna,1,10,\n2024-04,R2A,R2A01,,dna,1,10,\n");
    // 2000-04 to 2024-04 is 24 x 12 + 1 = 289 months: R3B01 has 2 of them, R2A01 1.
    DatasetSummary.Gap gap =
        data.summary().gaps().stream()
            .filter(g -> g.unit().toString().equals("R3B/R3B01"))
            .findFirst()
            .orElseThrow();
    assertEquals(287, gap.missing());
    assertEquals(12, gap.listed().size());
    assertEquals(p("2000-05"), gap.listed().get(0));
    assertTrue(data.summary().render().contains("2001-04 and 275 more"), data.summary().render());
  }

  @Test
  void limitsAreCheckedBeforeTheWorkGrows() {
    byte[] big = new byte[MeasureDatasets.MAX_BYTES + 1];
    assertEquals(
        "dataset.too-large",
        assertThrows(ValidationException.class, () -> MeasureDatasets.read(big, "d.csv", NETWORK))
            .problems()
            .get(0)
            .code());
    StringBuilder many = new StringBuilder(HEADER);
    for (int i = 0; i < 1_500; i++) {
      many.append("2024/25-Q1,R2A,R2A01,,nope,1,2,\n");
    }
    List<Problem> problems =
        assertThrows(ValidationException.class, () -> csv(many.toString())).problems();
    assertEquals(DatasetAssembly.MAX_PROBLEMS + 1, problems.size());
    assertEquals(
        "and 500 more problems; 1000 are listed", problems.get(problems.size() - 1).message());
  }

  @Test
  void aNetworksAggregateDoesNotDependOnTheOrderOfRows() {
    // Seeded loop (no jqwik, README): random figures at the three sites, shuffled; the network's
    // figure is the summed numerators over the summed denominators, whatever the order.
    Random random = new Random(20240401);
    String[][] sites = {{"R2A", "R2A01"}, {"R2A", "R2A02"}, {"R3B", "R3B01"}};
    for (int trial = 0; trial < 200; trial++) {
      List<String> lines = new ArrayList<>();
      long n = 0;
      long d = 0;
      for (String[] s : sites) {
        long den = 1 + random.nextInt(5000);
        long num = random.nextInt((int) den + 1);
        n += num;
        d += den;
        lines.add("2024/25-Q1," + s[0] + "," + s[1] + ",,rtt," + num + "," + den + ",");
      }
      Collections.shuffle(lines, random);
      Figure f =
          csv(HEADER + String.join("\n", lines) + "\n")
              .series("rtt", ReportingUnit.network(), Optional.empty())
              .get(p("2024/25-Q1"));
      assertEquals(BigDecimal.valueOf(n), f.numerator().orElseThrow());
      assertEquals(BigDecimal.valueOf(d), f.denominator().orElseThrow());
      assertEquals((double) n / d, f.value().doubleValue(), 1e-15);
      assertFalse(f.value().doubleValue() > 1);
    }
  }
}
