package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.json.Json;
import org.networkedcare.examples.Examples;

/**
 * The board pack's purpose section and a local variation in the guidance grid, on the hub example
 * with a purpose and a grid waiver added (the shipped hub has neither): version HUB-2024 from
 * 2024-04-01, to be reviewed by 2024-10-31, so lapsed at the hub's date 2024-11-15; objective O2
 * has no measure; waiver HUB-W-9 makes NG100 1.5.1 at ZVC01 a local variation from 2024-10-01.
 */
class PurposeOnThePageTest {

  @TempDir static Path dir;
  private static String html;

  private static byte[] resource(String name) {
    try (InputStream in = Examples.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void write() throws IOException {
    String folder = Examples.HUB.substring(0, Examples.HUB.lastIndexOf('/') + 1);
    ObjectNode governance = (ObjectNode) Json.parse(resource(folder + "hub-governance.json"));
    ObjectNode w = ((ArrayNode) governance.get("waivers")).addObject();
    w.put("id", "HUB-W-9").put("rule", "local-variation").put("agreement", "HUB-ZVC");
    w.put("site", "ZVC01").put("guidance", "NG100").put("recommendation", "1.5.1");
    w.putObject("approvedBy").put("organisation", "QZV").put("role", "director of planned care");
    w.put("reason", "invented: ZVC01 follows the regional treat-to-target protocol for a year");
    w.put("from", "2024-10-01").put("until", "2025-12-31");
    ObjectNode v = ((ObjectNode) governance.get("structure")).putArray("purpose").addObject();
    v.put("id", "HUB-2024").put("from", "2024-04-01").put("reviewBy", "2024-10-31");
    v.put("owner", "hub-medical-director").put("approvedBy", "hub-board");
    v.put("narrative", "Rheumatology close to home for every patient of the vale (invented).");
    ArrayNode objectives = v.putArray("objectives");
    ObjectNode o1 = objectives.addObject().put("id", "O1").put("text", "waits within 18 weeks");
    o1.putArray("measures").add("rtt-18wk");
    o1.put("owner", "hub-manager");
    ObjectNode o2 = objectives.addObject().put("id", "O2").put("text", "patients shape the hub");
    o2.putArray("measures");
    o2.put("owner", "patient-voice");
    byte[] changed = Json.write(governance).getBytes(StandardCharsets.UTF_8);
    EvaluationDocument doc =
        EvaluationDocuments.parse(
            resource(Examples.HUB),
            (name, limit) ->
                name.equals("hub-governance.json") ? changed : resource(folder + name));
    BoardPack pack = BoardPack.evaluate(doc, doc.asOf());
    BoardPackPage.write(pack, dir.resolve("hub"));
    html = Files.readString(dir.resolve("hub").resolve("index.html"));
  }

  @Test
  void thePurposeInForceIsOnThePage() {
    int at = html.indexOf("<section id=\"purpose\">");
    assertTrue(at > 0, "the purpose section");
    String section = html.substring(at, html.indexOf("</section>", at));
    assertTrue(section.contains("Version HUB-2024"), section);
    assertTrue(section.contains("2024-10-31</span> (lapsed)"), section);
    assertTrue(section.contains("Rheumatology close to home"), section);
    assertTrue(section.contains("<th scope=\"row\">O1 waits within 18 weeks</th><td>rtt-18wk"));
    assertTrue(section.contains("no measure"), section);
    assertTrue(html.contains("strategy-review-lapsed"), "the finding is listed");
  }

  @Test
  void aLocalVariationShowsInTheGrid() {
    int at = html.indexOf("<section id=\"guidance-grid\">");
    String cells = html.substring(at, html.indexOf("</section>", at));
    assertTrue(
        cells.contains("local variation (HUB-W-9, until <span class=\"date\">2025-12-31</span>)"),
        cells);
  }
}
