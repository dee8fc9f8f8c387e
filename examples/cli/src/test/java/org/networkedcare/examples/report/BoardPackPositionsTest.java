package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.json.Json;
import org.networkedcare.examples.Examples;

/**
 * The board pack shows each organisation's position with and without the payments between parties.
 * The BBMK appraisal gains a buddying fee of GBP 40,000 a year (years 1-4) from RWG to the
 * supporting trust RC9 and a GBP 15,000 reward from RC1 to RC9 for each year RC1's share over four
 * hours is at or below 6.5% (the option's target is 6%, reached in year 1, so years 1-4). Annuity
 * factor years 1-4 at 3.5% = 3.6730792; fee PV 146,923.17, reward PV 55,096.19.
 */
class BoardPackPositionsTest {

  @TempDir Path dir;

  @Test
  void eachOrganisationsPositionWithAndWithoutPaymentsBetweenParties() throws IOException {
    ObjectNode appraisal =
        (ObjectNode) Json.parse(resource(Examples.FOLDER + "bbmk-appraisal.json"));
    ArrayNode transfers = appraisal.putArray("transfers");
    transfers
        .addObject()
        .put("id", "buddying-fee")
        .put("option", "buddying")
        .put("payer", "RWG")
        .put("receiver", "RC9")
        .put("amount", 40000);
    ArrayNode rewards = appraisal.putArray("rewards");
    rewards
        .addObject()
        .put("id", "reward-RC1")
        .put("option", "buddying")
        .put("payer", "RC1")
        .put("receiver", "RC9")
        .put("line", "capacity-RC1")
        .put("target", 0.065)
        .put("amount", 15000);
    EvaluationDocument doc =
        Documents.edited(
            Examples.BBMK,
            tree -> {},
            Map.of("bbmk-appraisal.json", Json.write(appraisal).getBytes(StandardCharsets.UTF_8)));
    BoardPack pack = BoardPack.evaluate(doc, doc.asOf());
    BoardPackPage.write(pack, dir);
    String html = Files.readString(dir.resolve("index.html"));
    JsonNode json = new ObjectMapper().readTree(dir.resolve("board-pack.json").toFile());
    JsonNode option = json.at("/appraisal/options/0");
    JsonNode rc9 = option.at("/positions/RC9");
    assertEquals(146_923.17, rc9.path("transfers").asDouble(), 0.005);
    assertEquals(55_096.19, rc9.path("rewards").asDouble(), 0.005);
    assertEquals(-146_923.17, option.at("/positions/RWG/transfers").asDouble(), 0.005);
    assertEquals(-55_096.19, option.at("/positions/RC1/rewards").asDouble(), 0.005);
    assertEquals(
        rc9.path("npsvBefore").asDouble() + 146_923.17 + 55_096.19,
        rc9.path("npsvAfter").asDouble(),
        0.005);
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
    // the network totals are those of the pack without the payments
    BoardPack plain = BoardPack.evaluate(Examples.bbmk(), doc.asOf());
    assertEquals(plain.option().totals(), pack.option().totals());
    assertTrue(plain.option().positions().isEmpty());
    assertTrue(html.contains("id=\"positions-buddying\""));
    assertTrue(html.contains("Net benefit with"));
    BoardPackTest.everyNumberIsItsJsonValue(html, json, doc, 100);
    assertFalse(Files.readString(dir.resolve("board-pack.json")).contains("NaN"));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(BoardPackPositionsTest.class.getResourceAsStream(name), name)) {
      return in.readAllBytes();
    }
  }
}
