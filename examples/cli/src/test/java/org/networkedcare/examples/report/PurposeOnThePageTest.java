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
 * Learning HUB-L-9 (issued 2024-09-01) is adopted at ZVA01 and not acknowledged at ZVD01 though due
 * 2024-10-01; HUB-L-10 is issued after the date; training HUB-TRN-9 at ZVD01, every 6 months, last
 * done 2024-01-10, was due 2024-07-10.
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
    ObjectNode structure = (ObjectNode) governance.get("structure");
    ObjectNode l9 = ((ArrayNode) structure.get("learning")).addObject();
    l9.put("id", "HUB-L-9").put("title", "invented: a second check of the injection technique");
    l9.put("source", "audit").put("date", "2024-09-01").put("owner", "hub-manager");
    ArrayNode l9sites = l9.putArray("sites");
    l9sites.addObject().put("site", "ZVA01").put("acknowledgeBy", "2024-10-01");
    ((ObjectNode) l9sites.get(0)).put("acknowledged", "2024-09-10").put("adopted", "2024-10-01");
    l9sites.addObject().put("site", "ZVD01").put("acknowledgeBy", "2024-10-01");
    ObjectNode later = ((ArrayNode) structure.get("learning")).addObject();
    later.put("id", "HUB-L-10").put("title", "invented: issued after the evaluation date");
    later.put("source", "incident").put("date", "2024-12-01").put("owner", "hub-manager");
    later.putArray("sites").addObject().put("site", "ZVA01").put("acknowledgeBy", "2025-01-01");
    ObjectNode t9 = ((ArrayNode) structure.get("schedules")).addObject();
    t9.put("id", "HUB-TRN-9").put("kind", "training").put("title", "invented: resuscitation");
    t9.put("site", "ZVD01").put("everyMonths", 6).put("from", "2023-01-01");
    t9.putArray("completions").add("2024-01-10");
    t9.put("owner", "hub-manager");
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

  @Test
  void learningAndSchedulesShowWhatIsLateAtTheDate() {
    int at = html.indexOf("<section id=\"learning\">");
    assertTrue(at > html.indexOf("<section id=\"people\">"), "after people and bodies");
    assertTrue(at < html.indexOf("<section id=\"guidance-grid\">"), "before the grid");
    String section = html.substring(at, html.indexOf("</section>", at));
    assertTrue(
        section.contains(
            "ZVA01: adopted <span class=\"date\">2024-10-01</span><br>ZVD01: <strong"
                + " class=\"sev-medium\">to acknowledge by <span class=\"date\">2024-10-01</span>"
                + " (overdue)</strong>"),
        section);
    assertTrue(
        section.contains("ZVB01: acknowledged <span class=\"date\">2024-02-28</span>"), section);
    assertTrue(!section.contains("HUB-L-10"), "learning issued after the date is not shown");
    assertTrue(
        section.contains(
            "<td>6 months</td><td><span class=\"date\">2024-01-10</span></td><td><strong"
                + " class=\"sev-medium\"><span class=\"date\">2024-07-10</span>"
                + " (overdue)</strong></td>"),
        section);
    assertTrue(
        section.contains(
            "<td>12 months</td><td><span class=\"date\">2024-03-25</span></td><td><span"
                + " class=\"date\">2025-03-25</span></td>"),
        "an audit not yet due: " + section);
  }
}
