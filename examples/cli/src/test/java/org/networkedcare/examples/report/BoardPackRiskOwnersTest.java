package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.json.Json;
import org.networkedcare.examples.Examples;

/**
 * A risk shared across the system has one score and several owners: the board pack's risk table
 * names every owner with its share, so each owner's board sees its share.
 */
class BoardPackRiskOwnersTest {

  @TempDir Path dir;

  @Test
  void theRiskTableNamesEveryOwnerWithItsShare() throws IOException {
    ObjectNode g =
        (ObjectNode) Json.parse(Documents.resource(Examples.FOLDER + "hub/hub-governance.json"));
    ObjectNode risk = (ObjectNode) g.path("risks").get(0);
    risk.remove("owner");
    risk.putArray("owners")
        .add(
            Json.parse(
                "{\"organisation\": \"ZVA\", \"role\": \"clinical director\", \"share\": 0.6}"))
        .add(
            Json.parse(
                "{\"organisation\": \"ZVB\", \"role\": \"medical director\", \"share\": 0.4}"));
    EvaluationDocument doc =
        Documents.edited(
            Examples.HUB,
            tree -> {},
            Map.of("hub-governance.json", Json.write(g).getBytes(StandardCharsets.UTF_8)));
    BoardPackPage.write(BoardPack.evaluate(doc, doc.asOf()), dir);
    String html = Files.readString(dir.resolve("index.html"));
    assertTrue(
        html.contains(
            "<td>clinical director at ZVA (60%); medical director at ZVB (40%)</td></tr>"),
        html.substring(html.indexOf("id=\"risks\"")));
    // a risk with one owner shows it with the whole risk
    BoardPackPage.write(BoardPack.evaluate(Examples.hub(), doc.asOf()), dir.resolve("plain"));
    assertTrue(
        Files.readString(dir.resolve("plain/index.html"))
            .contains("<td>clinical director at ZVA (100%)</td></tr>"));
  }
}
