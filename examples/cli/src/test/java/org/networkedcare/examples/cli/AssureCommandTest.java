package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.json.Json;

/**
 * {@code networkedcare assure} on the worked example of the governance method (section 12), kept in
 * this module's resources as {@code eastern-eye.json}.
 */
class AssureCommandTest {

  static Path easternEye() throws URISyntaxException {
    return Path.of(
        AssureCommandTest.class
            .getResource("/org/networkedcare/examples/eastern-eye.json")
            .toURI());
  }

  /**
   * The spec's table: code, severity, subject ids, actor, level and due date of the nine findings.
   */
  private static final List<String> NINE =
      List.of(
          "red-line-breached critical A2,RHB01,never-events,R1 QAA/director of commissioning 4 2024-09-27",
          "escalation-overdue high A1,RHA01,rtt-18wk,T1 RCE/chief executive 3 2024-10-04",
          "risk-review-overdue medium RISK-1 RCE/director of operations - 2024-08-31",
          "incident-action-overdue medium RHA01,INC-1 RCE/clinical governance lead - 2024-09-01",
          "dispute-stage-overdue medium A1,D1 - - 2024-09-10",
          "equipment-calibration-overdue medium RHA01,OCT-1 RCE/equipment maintenance and calibration - 2024-09-10",
          "kpi-baseline-missing medium A2,RHB01,rtt-18wk - - -",
          "risk-above-appetite medium RISK-1 - - -",
          "agreement-review-overdue low A2 - - 2024-09-01");

  private static String line(JsonNode f) {
    List<String> ids = new ArrayList<>();
    f.get("subject").forEach(v -> ids.add(v.asText()));
    String actor =
        f.has("actor")
            ? f.get("actor").get("organisation").asText()
                + "/"
                + f.get("actor").get("role").asText()
            : "-";
    return f.get("code").asText()
        + " "
        + f.get("severity").asText()
        + " "
        + String.join(",", ids)
        + " "
        + actor
        + " "
        + (f.has("escalationLevel") ? f.get("escalationLevel").asText() : "-")
        + " "
        + (f.has("dueDate") ? f.get("dueDate").asText() : "-");
  }

  @Test
  void theJsonResultHasTheNineFindingsInOrderAndTheSevenVerdicts(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("result.json");
    Run run =
        Run.of(
            "assure",
            "--input",
            easternEye().toString(),
            "--as-of",
            "2024-09-20",
            "--output",
            out.toString());
    assertEquals(0, run.code(), run.err());
    JsonNode result = Json.parse(Files.readAllBytes(out));
    List<String> findings = new ArrayList<>();
    result.get("findings").forEach(f -> findings.add(line(f)));
    assertEquals(NINE, findings);
    List<String> verdicts = new ArrayList<>();
    result
        .get("verdicts")
        .forEach(v -> verdicts.add(v.get("question").asText() + "=" + v.get("verdict").asText()));
    assertEquals(
        List.of(
            "quality=not-assured",
            "experience=assured",
            "governance=not-assured",
            "standardisation=partially-assured",
            "range=assured",
            "strategy=no-evidence",
            "resilience=no-evidence"),
        verdicts);
    assertEquals("eastern-eye", result.get("network").asText());
  }

  @Test
  void withoutOutputItPrintsTheFindingsInOrderWithWhoActsByWhenAndTheVerdicts() throws Exception {
    Run run = Run.of("assure", "--input", easternEye().toString(), "--as-of", "2024-09-20");
    assertEquals(0, run.code(), run.err());
    String text = run.out();
    int previous = -1;
    for (String code :
        List.of(
            " red-line-breached ",
            " escalation-overdue ",
            " risk-review-overdue ",
            " incident-action-overdue ",
            " dispute-stage-overdue ",
            " equipment-calibration-overdue ",
            " kpi-baseline-missing ",
            " risk-above-appetite ",
            " agreement-review-overdue ")) {
      int at = text.indexOf(code);
      assertTrue(at > previous, code + " out of order in\n" + text);
      previous = at;
    }
    assertTrue(text.contains("director of commissioning at QAA (level 4), by 2024-09-27"), text);
    assertTrue(text.contains("chief executive at RCE (level 3), by 2024-10-04"), text);
    assertTrue(text.contains("standardisation  partially-assured"), text);
  }

  @Test
  void badInputPrintsEveryProblemWithItsPathAndExitsOne(@TempDir Path dir)
      throws IOException, URISyntaxException {
    ObjectNode tree = (ObjectNode) Json.parse(Files.readAllBytes(easternEye()));
    ((ObjectNode) tree.get("agreements").get(0).get("kpis").get(0)).put("tolerance", -1);
    ((ObjectNode) tree.get("risks").get(0).get("current")).put("consequence", 7);
    ((ObjectNode) tree.get("routes").get(0).get("levels").get(3).get("holder"))
        .put("party", "provider");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Json.write(tree));
    Run run = Run.of("assure", "--input", bad.toString(), "--as-of", "2024-09-20");
    assertEquals(1, run.code());
    assertEquals("", run.out());
    assertTrue(
        run.err()
            .contains(
                "/agreements/0/kpis/0/tolerance: a tolerance is not negative [agreement.kpi.tolerance]"),
        run.err());
    assertTrue(
        run.err()
            .contains("/risks/0/current/consequence: a consequence is 1 to 5, not 7 [risk.score]"),
        run.err());
    assertTrue(run.err().contains("/routes/0/levels/3/holder/party:"), run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
  }

  @Test
  void aBadDateIsAUsageError() throws Exception {
    Run run = Run.of("assure", "--input", easternEye().toString(), "--as-of", "20-09-2024");
    assertEquals(2, run.code());
    Run missing = Run.of("assure", "--input", "no-such-file.json", "--as-of", "2024-09-20");
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
  }

  @Test
  void aYearBeforeTheCalendarIsReportedNotThrown() throws Exception {
    Run run =
        Run.of(
            "assure",
            "--input",
            easternEye().toString(),
            "--as-of",
            "2024-09-20",
            "--reference",
            writeCalendar().toString());
    assertEquals(1, run.code(), run.out());
    assertTrue(run.err().contains("calendar.range"), run.err());
  }

  private static Path writeCalendar() throws IOException {
    Path file = Files.createTempFile("calendar", ".json");
    Files.writeString(file, "{\"id\": \"calendar\", \"version\": \"test\", \"firstYear\": 2030}");
    file.toFile().deleteOnExit();
    return file;
  }
}
