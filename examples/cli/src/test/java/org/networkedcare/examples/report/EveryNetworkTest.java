package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.examples.Examples;
import org.networkedcare.governance.assurance.Finding;
import org.networkedcare.governance.assurance.Verdict;

/**
 * A board pack for a network that is not the A&amp;E example: the invented rheumatology hub (host
 * sites, quarterly data, per-site measures, two options, purchasing), and a network whose measures
 * have no data at all.
 */
class EveryNetworkTest {

  @TempDir static Path dir;
  private static BoardPack hub;
  private static String html;
  private static JsonNode json;

  @BeforeAll
  static void write() throws IOException {
    EvaluationDocument doc = Examples.hub();
    hub = BoardPack.evaluate(doc, doc.asOf());
    BoardPackPage.write(hub, dir.resolve("hub"));
    html = Files.readString(dir.resolve("hub").resolve("index.html"));
    json = new ObjectMapper().readTree(dir.resolve("hub").resolve("board-pack.json").toFile());
  }

  private static BoardPack.Chart chart(String id) {
    return hub.charts().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no chart " + id));
  }

  @Test
  void everyNumberOnTheHubsPageIsItsJsonValue() {
    BoardPackTest.everyNumberIsItsJsonValue(html, json, hub.document(), 300);
  }

  @Test
  void quartersRunThroughTheChartsFromTheBaselineToTheLastQuarterEndedByTheDate() {
    BoardPack.Chart zvb01 = chart("rtt-18wk-ZVB-ZVB01");
    assertEquals(ReportingPeriod.parse("2019/20-Q1"), zvb01.periods().get(0));
    assertEquals(
        ReportingPeriod.parse("2024/25-Q2"),
        zvb01.periods().get(zvb01.periods().size() - 1),
        "July to September 2024 ended by 2024-11-15");
    assertEquals(22, zvb01.periods().size());
    assertEquals(12, zvb01.baselinePeriods());
    assertEquals(BoardPack.State.CHARTED, zvb01.state());
    assertTrue(html.contains("id=\"spc-rtt-18wk-ZVB-ZVB01\""));
    assertTrue(html.contains("NHS financial quarter"));
  }

  @Test
  void sitesOrganisationsAndTheNetworkAreChartedAndAddUpByHand() throws IOException {
    // ZVB's two sites, the network's five: summed numerators over summed denominators, from the CSV
    // itself.
    List<String> lines =
        Files.readAllLines(
            Path.of("src/main/resources/org/networkedcare/examples/hub/hub-data.csv"),
            StandardCharsets.UTF_8);
    long zvbN = 0;
    long zvbD = 0;
    long allN = 0;
    long allD = 0;
    for (String line : lines) {
      String[] f = line.split(",", -1);
      if (f[0].equals("2024/25-Q2") && f[4].equals("rtt-18wk")) {
        allN += Long.parseLong(f[5]);
        allD += Long.parseLong(f[6]);
        if (f[1].equals("ZVB")) {
          zvbN += Long.parseLong(f[5]);
          zvbD += Long.parseLong(f[6]);
        }
      }
    }
    assertEquals((double) zvbN / zvbD, last(chart("rtt-18wk-ZVB")), 1e-12);
    assertEquals((double) allN / allD, last(chart("rtt-18wk-network")), 1e-12);
    // 5 sites, 4 organisations and the network for each of rtt-18wk, fu-overdue and dna
    assertEquals(
        10, hub.charts().stream().filter(c -> c.charted().measure().id().equals("dna")).count());
  }

  private static double last(BoardPack.Chart c) {
    return c.values().get(c.values().size() - 1).getAsDouble();
  }

  @Test
  void aMeasureWithoutDataOrWithTooFewPointsHasNoIconAndNoVerdict() throws IOException {
    // experience has no rows: no data everywhere; pifu began in 2021/22: 4 baseline values, too few
    // for limits.
    for (BoardPack.Chart c : hub.charts()) {
      switch (c.charted().measure().id()) {
        case "experience" -> assertEquals(BoardPack.State.NO_DATA, c.state(), c.id());
        case "pifu" -> assertEquals(BoardPack.State.TOO_FEW_POINTS, c.state(), c.id());
        default -> {}
      }
      if (c.state() != BoardPack.State.CHARTED) {
        assertTrue(c.facet().isEmpty());
        assertEquals(c.state().id(), c.variation());
        assertEquals(Optional.of(c.state().id()), c.assurance());
      }
    }
    String matrix = Files.readString(dir.resolve("hub").resolve("matrix.csv"));
    assertTrue(matrix.contains("experience,network,,,,,,,,,no-data,no-data"), matrix);
    assertTrue(
        matrix
            .lines()
            .filter(l -> l.startsWith("pifu,"))
            .allMatch(l -> l.endsWith(",too-few-points,too-few-points")),
        matrix);
    // the experience question is evidenced by the measure without data: no evidence, never assured
    Verdict experience =
        hub.assessment().verdicts().stream()
            .filter(v -> v.question().equals("experience"))
            .findFirst()
            .orElseThrow();
    assertEquals("no-evidence", experience.verdict());
    assertTrue(
        html.contains(
            "<p class=\"absent no-data\">No data: North Vale Specialist Hospitals NHS Foundation Trust (invented) (ZVA);"),
        html);
  }

  @Test
  void aContinuousMeasureNamingNoAggregationIsChartedAtItsSitesOnly() {
    assertEquals(BoardPack.State.CHARTED, chart("first-wait-ZVB-ZVB01").state());
    assertEquals(BoardPack.State.NO_DATA, chart("first-wait-ZVB").state());
    assertEquals(BoardPack.State.NO_DATA, chart("first-wait-network").state());
    int at =
        html.indexOf(
            "<p class=\"absent not-aggregated\">Not aggregated (a continuous measure whose definition names no aggregation): ");
    assertTrue(at > 0);
    assertTrue(
        html.substring(at, html.indexOf("</p>", at))
            .contains("Marsh Valley Hospitals NHS Trust (invented) (ZVB); "));
  }

  @Test
  void governanceWatchesTheQuartersOfTheDataset() {
    List<Finding> f = hub.assessment().findings();
    Finding gap =
        f.stream()
            .filter(
                x ->
                    x.code().equals("data-gap")
                        && x.subject().site().equals(Optional.of("ZVC01"))
                        && x.subject().measure().equals(Optional.of("rtt-18wk")))
            .findFirst()
            .orElseThrow();
    assertEquals("2023/24-Q3", gap.evidence().get("periods"));
    Finding zvd =
        f.stream()
            .filter(
                x ->
                    x.subject().trigger().equals(Optional.of("RTT-85"))
                        && x.subject().site().equals(Optional.of("ZVD01")))
            .findFirst()
            .orElseThrow();
    // ZVD01 stays near 70%: below 85% in the first two quarters from the start, fired when
    // 2022/23-Q2 became available
    assertEquals("2022-10-01", zvd.evidence().get("firedOn"));
    assertTrue(
        zvd.evidence().get("points").startsWith("2022/23-Q1: 0."), zvd.evidence().get("points"));
  }

  @Test
  void thePeopleBodiesAndGuidanceGridAreOnThePage() {
    // hub-governance.json's structure at 2024-11-15 (docs/governance.md, "The network as an
    // organisation")
    int people = html.indexOf("<section id=\"people\">");
    assertTrue(people > 0, "the people and bodies section");
    String section = html.substring(people, html.indexOf("</section>", people));
    assertTrue(section.contains("Hub network manager"), section);
    assertTrue(
        section.contains("Marsh Arthritis Voice"),
        "a partner without an ODS code is named as employer");
    assertTrue(section.contains("<h3>Hub board</h3>"), section);
    assertTrue(
        section.contains("<th scope=\"row\">primary-care</th><td>Primary care member</td>"),
        section);
    assertTrue(
        section.contains("<td class=\"date\">2023-10-20</td>") == false,
        "only the year's meetings are listed");
    assertTrue(
        section.contains("<td class=\"date\">2024-10-16</td><td>5 of 5</td><td>yes</td>"), section);
    int grid = html.indexOf("<section id=\"guidance-grid\">");
    assertTrue(grid > people, "the guidance grid follows");
    String cells = html.substring(grid, html.indexOf("</section>", grid));
    assertTrue(cells.contains("NG100: Rheumatoid arthritis"), cells);
    assertTrue(cells.contains("<th scope=\"col\" class=\"code\">ZVD01</th>"), cells);
    assertTrue(cells.contains("adopted <span class=\"date\">2023-03-01</span>"), cells);
    assertTrue(cells.contains("in-progress, due <span class=\"date\">2025-03-31</span>"), cells);
    assertTrue(cells.contains("not applicable"), cells);
    assertFalse(cells.contains("overdue"), "nothing in the hub's grid is overdue at its date");
  }

  @Test
  void theDecisionLogOpenItemsAndWaiversAreOnThePage() {
    // the hub's decision log (hub-governance.json): HUB-DEC-2 decided the red line FU-500 at ZVD01
    // without closing it
    int items = html.indexOf("<table id=\"items\">");
    assertTrue(items > 0, "the items table");
    String table = html.substring(items, html.indexOf("</table>", items));
    assertTrue(
        table.indexOf("red-line [HUB-ZVD, ZVD01, fu-overdue, FU-500]")
            < table.indexOf("closed 2023-10-15"),
        "open items first");
    assertTrue(table.contains("decision HUB-DEC-2 by hub board at ZVA: act"), table);
    assertTrue(table.contains("closed 2024-07-10"), "closed items stay visible");
    int log = html.indexOf("<table id=\"decisions\">");
    String decisions = html.substring(log, html.indexOf("</table>", log));
    assertTrue(decisions.contains("due 2024-01-31, done 2024-02-14 (late)"), decisions);
    assertTrue(decisions.contains("due 2024-12-31, open"), decisions);
    assertTrue(
        html.contains("<table id=\"waivers\">")
            && html.contains("local-variation for HUB-ZVD, rtt-18wk at ZVD01"));
    // the second commissioner holds level 4 of HUB-ZVD's escalations with the first: one action
    // each
    assertEquals(
        List.of("QZV", "QZW"),
        hub.assessment().findings().stream()
            .filter(x -> x.code().equals("red-line-breached"))
            .map(x -> x.actor().orElseThrow().organisation().value())
            .toList());
  }

  @Test
  void everyOptionRealisedBenefitsBudgetsAndPurchasingAreOnThePage() {
    assertEquals(2, json.at("/appraisal/options").size());
    assertTrue(
        html.contains("id=\"option-hub-clinics\"") && html.contains("id=\"option-hub-virtual\""));
    assertTrue(html.contains("id=\"budget-hub-virtual\""));
    assertTrue(
        html.contains("<table id=\"realised\">"), "benefits realised from the quarterly DNA rows");
    assertTrue(json.at("/appraisal/realisedByOrganisation/ZVB/realisedBenefit").asDouble() > 0);
    assertTrue(html.contains("Consortium <strong>biosimilar-consortium</strong>"));
    // By hand: 21,300 pens reach the GBP 128 tier; ZVD's 2,900 alone are at GBP 150. Together
    // 371,200,
    // alone 435,000, saving 63,800; opting out 435,000 x 1.04 = 452,400 costs it 81,200; without it
    // the
    // other 18,400 fall to GBP 135, 7 more a pen: 128,800 more for the others.
    String zvd = "/appraisal/purchasing/governance/0/members/3";
    assertEquals("ZVD", json.at(zvd + "/member").asText());
    assertEquals(63800.0, json.at(zvd + "/saving").asDouble());
    assertEquals(81200.0, json.at(zvd + "/optOutCost").asDouble());
    assertEquals(128800.0, json.at(zvd + "/othersPayMore").asDouble());
    assertTrue(html.contains("data-ptr=\"" + zvd + "/optOutCost\">£81,200</span>"));
    assertTrue(html.contains("data-ptr=\"" + zvd + "/othersPayMore\">£128,800</span>"));
    // no health effects in the hub's appraisal: no acceptability curve, and the page draws none
    assertTrue(hub.acceptability().isEmpty());
    assertFalse(html.contains("id=\"ceac\""));
  }

  @Test
  void fiveSitesAreAlsoComparedExactlyWithTheNetwork() {
    // five units, fewer than the ten an over-dispersion estimate needs: the exact binomial test of
    // each
    BoardPack.Comparison rtt =
        hub.funnels().stream()
            .filter(f -> f.charted().measure().id().equals("rtt-18wk"))
            .findFirst()
            .orElseThrow();
    var exact = rtt.exact().orElseThrow();
    assertEquals(5, exact.sites().size());
    var zvd =
        exact.sites().stream().filter(s -> s.site().endsWith("ZVD01")).findFirst().orElseThrow();
    assertEquals(
        org.networkedcare.metrics.funnel.OutlierJudgement.UNFAVOURABLE,
        zvd.judgement(),
        zvd.toString());
    assertTrue(html.contains("Exact test: p-value"));
  }

  @Test
  void nothingOnThePageIsAboutTheAeExample() {
    for (String word :
        List.of("A&amp;E", "4-hour", "attendances", "ILLUSTRATIVE", "buddying", "type 1")) {
      assertFalse(html.contains(word), word);
    }
    assertTrue(
        html.contains(
            "An invented network: every organisation, site, ODS code and figure here is made up"));
  }

  @Test
  void aNetworkWhoseMeasuresHaveNoDataGetsNoDataEverywhereAndNoVerdictFromThem(@TempDir Path out)
      throws IOException {
    byte[] empty =
        "period,organisation,site,service,measure,numerator,denominator,value\n"
            .getBytes(StandardCharsets.UTF_8);
    EvaluationDocument doc =
        Documents.edited(
            Examples.BBMK, tree -> tree.remove("organisations"), Map.of("bbmk-data.csv", empty));
    BoardPack pack = BoardPack.evaluate(doc, doc.asOf());
    assertTrue(
        pack.charts().stream().allMatch(c -> c.state() == BoardPack.State.NO_DATA),
        pack.charts().toString());
    assertEquals(
        15, pack.charts().size(), "every member that is not a commissioner, for each measure");
    assertTrue(pack.funnels().isEmpty());
    BoardPackPage.write(pack, out);
    List<String> matrix = Files.readAllLines(out.resolve("matrix.csv"));
    assertTrue(
        matrix.stream().skip(1).allMatch(l -> l.endsWith(",no-data,no-data")), matrix.toString());
    String page = Files.readString(out.resolve("index.html"));
    assertFalse(page.contains("class=\"variation "), "no variation icon");
    assertFalse(page.contains("class=\"assurance "), "no assurance icon");
    // no observation: the measure-led questions have no evidence, and nothing is assured on the
    // data
    for (Verdict v : pack.assessment().verdicts()) {
      if (v.question().equals("quality") || v.question().equals("resilience")) {
        assertEquals("no-evidence", v.verdict(), v.toString());
      }
    }
  }
}
