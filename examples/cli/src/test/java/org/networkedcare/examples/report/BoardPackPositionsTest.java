package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.examples.Examples;

/**
 * The board pack shows each organisation's position with and without the payments between parties,
 * for both shipped examples. Discount factors at 3.5%: DF1 = 0.9661835749, DF2 = 0.9335107004, DF3
 * = 0.9019427057, DF4 = 0.8714422277.
 *
 * <p>BBMK (year 0 2017/18): RWG pays RC9 a buddying fee of 40,000, 40,000 and 183/365 x 40,000 =
 * 20,054.79 in years 1-3 (the agreement's GBP 10,000 a quarter to 30 September 2020): PV =
 * 38,647.34 + 37,340.43 + 18,088.27 = 94,076.04. RWH's capacity released is (0.2153 - 0.18) x
 * 105,583 x GBP 100 x 0.9 (grade 2) = 335,437.19 a year in years 1-4; it shares half above GBP
 * 100,000 (at most 250,000 shared) in years 1-2, 117,718.60 a year, then 30%, 100,631.16 a year: PV
 * = 117,718.5955 x 1.8996942753 + 100,631.1573 x 1.7733849334 = 402,087.12. RC1 pays RC9 GBP 15,000
 * in each of years 1-4 (its over-4-hours share, 6% from year 1, is at or below 6.5%): PV 15,000 x
 * 3.6730792087 = 55,096.19.
 *
 * <p>The hub (year 0 2022/23): the rent ZVA pays ZVB comes from the host agreement's money flow,
 * GBP 3,000 a quarter in years 0-4: PV = 12,000 x 4.6730792087 = 56,076.95.
 */
class BoardPackPositionsTest {

  @TempDir Path dir;

  @Test
  void bbmkShowsEachOrganisationsPositionWithAndWithoutPaymentsBetweenParties() throws IOException {
    JsonNode option = pack(Examples.bbmk(), "bbmk");
    JsonNode rc9 = option.at("/positions/RC9");
    assertEquals(94_076.04, rc9.path("transfers").asDouble(), 0.005);
    assertEquals(402_087.12, rc9.path("gainShares").asDouble(), 0.005);
    assertEquals(55_096.19, rc9.path("rewards").asDouble(), 0.005);
    assertEquals(-94_076.04, option.at("/positions/RWG/transfers").asDouble(), 0.005);
    assertEquals(-402_087.12, option.at("/positions/RWH/gainShares").asDouble(), 0.005);
    assertEquals(-55_096.19, option.at("/positions/RC1/rewards").asDouble(), 0.005);
    assertEquals(
        rc9.path("npsvBefore").asDouble() + 94_076.04 + 402_087.12 + 55_096.19,
        rc9.path("npsvAfter").asDouble(),
        0.005);
    // the network totals are those of the pack without the payments, which has no positions
    EvaluationDocument without = withoutPayments(Examples.BBMK, "bbmk-appraisal.json");
    BoardPack plain = BoardPack.evaluate(without, without.asOf());
    BoardPack pack = BoardPack.evaluate(Examples.bbmk(), without.asOf());
    assertEquals(plain.option().totals(), pack.option().totals());
    assertTrue(plain.option().positions().isEmpty());
  }

  @Test
  void theHubsRentComesFromItsHostAgreement() throws IOException {
    EvaluationDocument doc = Examples.hub();
    assertTrue(doc.appraisal().transfers().get(0).profile().size() == 5);
    JsonNode option = pack(doc, "hub");
    assertEquals(-56_076.95, option.at("/positions/ZVA/transfers").asDouble(), 0.005);
    assertEquals(56_076.95, option.at("/positions/ZVB/transfers").asDouble(), 0.005);
    // the reward as appraised and as realised, from the quarters the dataset has observed
    String html = Files.readString(dir.resolve("hub/index.html"));
    JsonNode json = new ObjectMapper().readTree(dir.resolve("hub/board-pack.json").toFile());
    JsonNode reward = json.at("/appraisal/result/rewardsRealised/0");
    assertEquals("dna-reward", reward.path("reward").asText());
    // April-June 2023: ZVB's observed did-not-attend rate 9.38% is at or below 9.5%, so the quarter
    // earns 10,000 x 91 / 365 = 2,493.15; the trajectory assumed 10.615% in year 1, so nothing
    JsonNode first = reward.at("/observations/0");
    assertEquals("2023-04-01", first.path("from").asText());
    assertEquals(2_493.15, first.path("realisedReward").asDouble(), 0.005);
    assertEquals(0, first.path("assumedReward").asDouble(), 0.005);
    assertTrue(html.contains("id=\"rewards-hub-clinics\""), html);
    assertTrue(
        html.contains("data-ptr=\"/appraisal/result/rewardsRealised/0/realisedReward\""), html);
  }

  /**
   * A transfer that disagrees with its agreement's money flow is a problem of the appraisal part.
   */
  @Test
  void aTransferThatDisagreesWithItsAgreementIsAProblemAtItsPointer() {
    ObjectNode a =
        (ObjectNode) Json.parse(Documents.resource(Examples.FOLDER + "bbmk-appraisal.json"));
    ((ObjectNode) a.path("transfers").get(0)).putArray("profile").add(40000).add(40000).add(40000);
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Documents.edited(
                    Examples.BBMK,
                    tree -> {},
                    Map.of("bbmk-appraisal.json", Json.write(a).getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        List.of(
            "transfer.flow-mismatch bbmk-appraisal.json:/transfers/0/profile: the agreement's flow"
                + " 'agreement:BUDDY-RWG/buddying-fee' pays GBP 20054.79 in year 3 (2020/21), the"
                + " transfer GBP 40000.00; leave the amount out to take the agreement's"),
        e.problems().stream().map(p -> p.code() + " " + p.message()).toList());
  }

  /** Writes the pack; checks the sums, the draws and the page; returns its option's JSON. */
  private JsonNode pack(EvaluationDocument doc, String name) throws IOException {
    Path out = dir.resolve(name);
    BoardPack pack = BoardPack.evaluate(doc, doc.asOf());
    BoardPackPage.write(pack, out);
    String html = Files.readString(out.resolve("index.html"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("board-pack.json").toFile());
    JsonNode option = json.at("/appraisal/options/0");
    double before = 0;
    double after = 0;
    for (Iterator<JsonNode> it = option.path("positions").elements(); it.hasNext(); ) {
      JsonNode p = it.next();
      before += p.path("npsvBefore").asDouble();
      after += p.path("npsvAfter").asDouble();
      double gains = p.path("probabilityGains").asDouble(-1);
      assertTrue(gains >= 0 && gains <= 1, p.toString());
    }
    assertEquals(option.path("npsv").asDouble(), before, 0.005);
    assertEquals(option.path("npsv").asDouble(), after, 0.005);
    assertTrue(html.contains("id=\"positions-" + option.path("option").asText() + "\""), name);
    assertTrue(html.contains("Net benefit with"));
    BoardPackTest.everyNumberIsItsJsonValue(html, json, doc, 100);
    assertFalse(Files.readString(out.resolve("board-pack.json")).contains("NaN"));
    return option;
  }

  private static EvaluationDocument withoutPayments(String evaluation, String appraisal) {
    ObjectNode a = (ObjectNode) Json.parse(Documents.resource(Examples.FOLDER + appraisal));
    a.remove("transfers");
    a.remove("gainShares");
    a.remove("rewards");
    return Documents.edited(
        evaluation, tree -> {}, Map.of(appraisal, Json.write(a).getBytes(StandardCharsets.UTF_8)));
  }
}
