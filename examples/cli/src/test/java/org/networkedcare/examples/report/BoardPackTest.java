package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.measure.MeasureFormat;
import org.networkedcare.examples.Examples;
import org.networkedcare.examples.data.AeAttendances;
import org.networkedcare.examples.data.AeMonth;

/**
 * The numbers the BBMK board pack shows: they are the JSON's, and the headline ones are checked by
 * hand.
 */
class BoardPackTest {

  private static final Pattern NUMBER =
      Pattern.compile("<span data-ptr=\"([^\"]+)\">([^<]*)</span>");

  @TempDir static Path dir;
  private static BoardPack pack;
  private static String html;
  private static JsonNode json;

  @BeforeAll
  static void write() throws IOException {
    EvaluationDocument doc = Examples.bbmk();
    pack = BoardPack.evaluate(doc, doc.asOf());
    BoardPackPage.write(pack, dir);
    html = Files.readString(dir.resolve("index.html"));
    json = new ObjectMapper().readTree(dir.resolve("board-pack.json").toFile());
  }

  /** Whether a number on the page is the value written in one of the page's formats. */
  static boolean shownAs(String shown, double v, EvaluationDocument doc) {
    if (shown.equals(Format.money(v))
        || shown.equals(Format.percent(v))
        || shown.equals(Format.ratio(v))
        || shown.equals(Format.count(v))
        || shown.equals(String.valueOf((long) v))
        || shown.equals(String.format(java.util.Locale.ROOT, "%.1f", v))
        || shown.equals(Format.pValue(v))) {
      return true;
    }
    return doc.network().measures().stream()
        .anyMatch(m -> MeasureFormat.of(m).format(v).equals(shown));
  }

  static void everyNumberIsItsJsonValue(
      String html, JsonNode json, EvaluationDocument doc, int atLeast) {
    Matcher m = NUMBER.matcher(html);
    int n = 0;
    while (m.find()) {
      JsonNode value = json.at(m.group(1));
      assertFalse(value.isMissingNode() || value.isNull(), m.group(1));
      String shown = m.group(2).replace("&lt;", "<").replace("&amp;", "&");
      assertTrue(
          shownAs(shown, value.asDouble(), doc),
          m.group(1) + " shows " + shown + " but the JSON holds " + value);
      n++;
    }
    assertTrue(n >= atLeast, "numbers found: " + n);
  }

  @Test
  void everyNumberOnThePageIsTheJsonValueAtItsPointer() {
    everyNumberIsItsJsonValue(html, json, pack.document(), 100);
    for (String must :
        new String[] {
          "/appraisal/options/0/npsv",
          "/appraisal/options/0/bcr",
          "/appraisal/options/0/paybackYear",
          "/appraisal/options/0/probabilityNpsvPositive",
          "/appraisal/options/0/psa/meanNpsv",
          "/appraisal/options/0/organisations/RC9/npsv",
          "/spc/0/latest",
          "/spc/14/upperLimit",
          "/funnels/0/units/0/value",
          "/appraisal/options/0/budgetImpact/0/netCash"
        }) {
      assertTrue(html.contains("data-ptr=\"" + must + "\""), must);
    }
  }

  @Test
  void theJsonHoldsTheAppraisalResultItself() {
    JsonNode full = json.at("/appraisal/result/options/0/totals");
    assertEquals(
        full.path("npsv").decimalValue().doubleValue(),
        json.at("/appraisal/options/0/npsv").asDouble(),
        0.005);
    assertEquals(
        full.path("bcr").asDouble(), json.at("/appraisal/options/0/bcr").asDouble(), 1e-12);
    assertEquals(
        pack.psa().npsvSummary(0).probabilityPositive(),
        json.at("/appraisal/options/0/probabilityNpsvPositive").asDouble());
  }

  @Test
  void headlineFiguresByHand() {
    // Costs (real 2017/18, standard 3.5% discounting, data-quality grade 2 adds 5%):
    //   set-up 60,000 in year 0 x 1.05 = 63,000;
    //   buddy team 450,000 and four hosts 4 x 80,000 = 320,000 a year in years 1-4, x 1.05 =
    // 808,500 a year;
    //   annuity factor 1/1.035 + ... + 1/1.035^4 = 3.673079; 808,500 x 3.673079 = 2,969,684.6;
    //   PV costs = 63,000 + 2,969,684.6 = 3,032,684.6.
    assertEquals(3_032_684.6, json.at("/appraisal/options/0/pvCosts").asDouble(), 1.0);
    // Long waits avoided a year (baseline share - target share) x attendances:
    //   RC1 (0.0718 - 0.06) x 74,110 = 874.5; RD8 (0.1417 - 0.12) x 88,626 = 1,923.2;
    //   RWG (0.2751 - 0.24) x 93,184 = 3,270.8; RWH (0.2153 - 0.18) x 105,583 = 3,727.1; total
    // 9,795.6.
    //   Capacity at GBP 100 each, less 10% for grade 2 = 881,604 a year; x 3.673079 = 3,238,200.
    assertEquals(
        3_238_200,
        json.at("/appraisal/result/options/0/byValueType/fiscal/pvBenefits").asDouble(),
        50);
    // RWH alone: 3,727.1 x 100 x 0.9 x 3.673079 = 1,232,087 of benefit; cost 80,000 x 1.05 x
    // 3.673079 = 308,539.
    assertEquals(
        1_232_087, json.at("/appraisal/options/0/organisations/RWH/pvBenefits").asDouble(), 5);
    assertEquals(308_539, json.at("/appraisal/options/0/organisations/RWH/pvCosts").asDouble(), 1);
    assertEquals(1, json.at("/appraisal/options/0/paybackYear").asInt());
    assertTrue(
        json.at("/appraisal/options/0/npsv").asDouble() > 2_900_000
            && json.at("/appraisal/options/0/bcr").asDouble() > 1.9);
    // Budget impact of RC9 in 2018/19 (year 1): it pays the buddy team, 450,000 x 1.05 = 472,500,
    // and is paid between the parties (BoardPackPositionsTest): RWG's buddying fee 40,000, RWH's
    // gain-share (335,437.19 - 100,000) / 2 = 117,718.60 and RC1's reward 15,000: -472,500 +
    // 172,718.60 = -299,781.40.
    JsonNode rc9 = null;
    for (JsonNode b : json.at("/appraisal/options/0/budgetImpact")) {
      if (b.path("organisation").asText().equals("RC9")
          && b.path("financialYear").asText().equals("2018/19")) {
        rc9 = b;
      }
    }
    assertEquals(-299_781.40, rc9.path("netCash").asDouble(), 0.005);
  }

  @Test
  void theMatrixReadsTheLatestMonthBeforeTheDate() {
    // RC1, March 2018, from the A&E file itself: 4-hour performance is 1 - breaches / attendances.
    JsonNode rc1 = json.at("/spc/1");
    assertEquals("ae-4h-RC1", rc1.path("id").asText());
    assertEquals("2018-03", rc1.path("latestPeriod").asText());
    AeMonth march =
        AeAttendances.shipped().stream()
            .filter(r -> r.orgCode().equals("RC1") && r.month().toString().equals("2018-03"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        1 - (double) march.breaches() / march.attendances(), rc1.path("latest").asDouble(), 1e-12);
    assertEquals(15, json.path("spc").size());
    assertEquals(
        List.of("charted"),
        json.path("spc").findValuesAsText("state").stream().distinct().toList());
  }

  @Test
  void theSameDocumentGivesTheSameBytes(@TempDir Path again) throws IOException {
    BoardPackPage.write(BoardPack.evaluate(Examples.bbmk(), LocalDate.of(2018, 4, 20)), again);
    for (String f :
        new String[] {
          "index.html",
          "board-pack.json",
          "matrix.csv",
          "spc.csv",
          "organisations.csv",
          "budget.csv",
          "psa.csv"
        }) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
    }
  }

  @Test
  void thePageIsSelfContained() {
    assertFalse(html.replace("http://www.w3.org/2000/svg", "").contains("http://"));
    assertFalse(html.contains("https://"));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<link"));
    assertEquals(
        15 + 1 + 1 + 1 + 1,
        count(html, "<svg xmlns"),
        "15 SPC charts, a funnel, a tornado, a histogram and a CEAC");
    assertTrue(html.contains("@media print"));
    assertTrue(
        new String(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
            .startsWith("<!DOCTYPE html>"));
  }

  @Test
  void thePageSaysWhatTheDocumentsSayAndNothingAboutOneNetwork() {
    // The note is the evaluation document's; the page has no sentence of its own about A&E.
    assertTrue(
        html.contains(
            "<p class=\"notes\" id=\"notes\">The trusts and their A&amp;E activity are real"),
        html.substring(0, 3000));
    assertFalse(html.contains("ILLUSTRATIVE on real activity"));
    assertFalse(html.contains("Attendances and admissions are watched measures"));
    // names and codes from the network document
    assertTrue(html.contains("Bedford Hospital NHS Trust (RC1)"));
    assertTrue(
        html.contains(
            "Watched measures, with no direction of improvement: type 1 A&amp;E attendances; emergency admissions via type 1 A&amp;E."));
  }

  @Test
  void aRebaseBreaksTheChartsAndTheirLimits() {
    EvaluationDocument rebased =
        Documents.edited(
            Examples.BBMK,
            tree -> {
              ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("spc"))
                  .putArray("rebase")
                  .add("2017-10");
              ((com.fasterxml.jackson.databind.node.ObjectNode) tree.path("psa")).put("draws", 50);
            });
    BoardPack p = BoardPack.evaluate(rebased, rebased.asOf());
    var last =
        p.charts().get(1).facet().orElseThrow().point(p.charts().get(1).periods().size() - 1);
    assertEquals(1, last.segment());
    String page = BoardPackPage.render(p);
    assertEquals(15, count(page, "class=\"rebase\""));
    assertEquals(15, count(page, "class=\"baseline-end\""));
  }

  @Test
  void toStringReadsWell() {
    assertTrue(
        pack.toString().startsWith("Board pack as of 2018-04-20: 15 SPC charts, "),
        pack.toString());
    assertTrue(
        pack.toString().contains("buddying against unsupported NPSV £2,923,90"), pack.toString());
    assertTrue(
        pack.charts().get(1).toString().startsWith("ae-4h RC1 2018-03: 83.6% (mean 92.4%)"),
        pack.charts().get(1).toString());
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }
}
