package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/**
 * The purpose, the structure's verdicts, grid waivers, decisions matched by body id and partner
 * posts' actors, on a network of its own unlike the examples and the diabetes network: a community
 * stroke rehabilitation network (fen-stroke.json) with three partners without ODS codes (a
 * survivors' group, a university, a care-home partnership), followed over 2025/26
 * (docs/governance.md, "Purpose, verdicts and waivers: worked example"). Every expected line was
 * worked by hand from the dates in the resource; the reasoning is in the doc's table.
 */
class FenStrokeTest {

  /** The codes this test follows: the structure's, the purpose's and an expired waiver. */
  private static final Set<String> FOLLOWED =
      Set.of(
          "post-vacancy-overdue",
          "constituency-unrepresented",
          "body-meeting-overdue",
          "body-inquorate",
          "decision-not-empowered",
          "guidance-adoption-overdue",
          "learning-acknowledgement-overdue",
          "training-overdue",
          "audit-overdue",
          "strategy-missing",
          "strategy-review-lapsed",
          "objective-unmeasured",
          "objective-off-track",
          "waiver-expired");

  private static final String DIRECTOR = "Network clinical director at ZFA";
  private static final String COORDINATOR = "Network coordinator at ZFA";
  // The survivor representative is employed by the survivors' group (no ODS code); its line is the
  // coordinator. The care home liaison's line runs through the university's research lead (no ODS
  // code either) to the director.
  private static final String SURVIVOR_LINE =
      "Network coordinator (line of the Stroke survivor representative, employed by Fen Stroke"
          + " Survivors Group) at ZFA";
  private static final String LIAISON_LINE =
      "Network clinical director (line of the Care home liaison, employed by Fen Care Homes"
          + " Partnership) at ZFA";

  static ObjectNode tree() {
    try (InputStream in =
        FenStrokeTest.class.getResourceAsStream(
            "/org/networkedcare/governance/structure/fen-stroke.json")) {
      return (ObjectNode) Json.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GovernanceDocument read(ObjectNode tree) {
    return AssuranceJson.parse(
        Json.write(tree).getBytes(StandardCharsets.UTF_8), GovernanceReferenceJson.defaults());
  }

  static Assessment at(GovernanceDocument d, String date) {
    return DecisionEngine.evaluate(d, GovernanceReferenceJson.defaults(), LocalDate.parse(date));
  }

  static List<String> lines(Assessment a) {
    return StructureRulesTest.lines(a).stream()
        .filter(l -> FOLLOWED.contains(l.substring(0, l.indexOf(' '))))
        .toList();
  }

  static Verdict verdict(Assessment a, String question) {
    return a.verdicts().stream()
        .filter(v -> v.question().equals(question))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theBoardOverTheYear() {
    GovernanceDocument d = read(tree());
    // Before the first narrative (from 2025-06-01): none in force; the director owns it.
    assertEquals(
        List.of("strategy-missing | board | 2025-06-01 | " + DIRECTOR), lines(at(d, "2025-05-15")));
    // 2025 in force; O2 has no measure, due at the board's next meeting (08-19 + 3 months); the
    // 08-19 meeting had 2 of a quorum of 3. R1 at ZFB01 is due on the day itself, not overdue.
    assertEquals(
        List.of(
            "body-inquorate | board | 2025-11-19 | " + DIRECTOR,
            "objective-unmeasured | O2 | 2025-11-19 | " + SURVIVOR_LINE),
        lines(at(d, "2025-09-30")));
    // The coordinator has been vacant since 09-01 (limit 60 days: due 10-31), the director acts;
    // readmissions of 30 in 2025-10 are above the upper limit (12.0 + 2.66 x 2 = 17.32, the
    // moving range of 18 screened out); R1 at ZFB01 is overdue but a local variation until 12-31.
    assertEquals(
        List.of(
            "post-vacancy-overdue | coordinator | 2025-10-31 | " + DIRECTOR,
            "objective-off-track | ZFA01, readmit-30d, O1 | 2026-02-18 | " + COORDINATOR,
            "objective-unmeasured | O2 | 2026-02-18 | " + SURVIVOR_LINE),
        lines(at(d, "2025-11-30")));
    // The waiver ended 12-31: R1 at ZFB01 is overdue again; the narrative's review has lapsed; the
    // coordinator is held again from 01-05.
    assertEquals(
        List.of(
            "guidance-adoption-overdue | ZFB01, NG236 | 2025-09-30 | " + LIAISON_LINE,
            "waiver-expired | FEN-ZFB, ZFB01, NG236 | 2025-12-31 | network clinical director at ZFA",
            "objective-off-track | ZFA01, readmit-30d, O1 | 2026-02-18 | " + COORDINATOR,
            "strategy-review-lapsed | board | 2025-12-31 | " + DIRECTOR,
            "objective-unmeasured | O2 | 2026-02-18 | " + SURVIVOR_LINE),
        lines(at(d, "2026-01-31")));
    // 2026 in force from 03-01 (review 2027-02-28); O2 now measured by home-6wk; R2 at ZFA01 was
    // due 01-31; the board met 02-17, so objective findings are due 05-17.
    assertEquals(
        List.of(
            "guidance-adoption-overdue | ZFB01, NG236 | 2025-09-30 | " + LIAISON_LINE,
            "waiver-expired | FEN-ZFB, ZFB01, NG236 | 2025-12-31 | network clinical director at ZFA",
            "guidance-adoption-overdue | ZFA01, NG236 | 2026-01-31 | " + COORDINATOR,
            "objective-off-track | ZFA01, readmit-30d, O1 | 2026-05-17 | " + COORDINATOR),
        lines(at(d, "2026-03-31")));
  }

  @Test
  void everyStructureAndPurposeFindingHasAnActorAndADate() {
    ObjectNode t = tree();
    // The board no longer decides risks: FEN-DEC-1 is outside its powers from 2025-05-20.
    ((ObjectNode) t.get("structure").get("bodies").get(0)).putArray("decides").add("escalation");
    GovernanceDocument d = read(t);
    for (String date : List.of("2025-05-15", "2025-09-30", "2025-11-30", "2026-01-31")) {
      for (Finding f : at(d, date).findings()) {
        if (FOLLOWED.contains(f.code())) {
          assertTrue(f.actor().isPresent() && f.dueDate().isPresent(), date + ": " + f);
        }
      }
    }
  }

  @Test
  void theStrategyVerdictJudgesThePurpose() {
    GovernanceDocument d = read(tree());
    assertEquals("not-assured", verdict(at(d, "2025-05-15"), "strategy").verdict());
    assertEquals(
        "no strategy narrative in force on 2025-05-15",
        verdict(at(d, "2025-05-15"), "strategy").rule());
    Verdict sept = verdict(at(d, "2025-09-30"), "strategy");
    assertEquals("partially-assured", sept.verdict());
    assertTrue(sept.rule().contains("an objective has no measure"), sept.rule());
    Verdict nov = verdict(at(d, "2025-11-30"), "strategy");
    assertEquals("partially-assured", nov.verdict());
    assertTrue(nov.rule().contains("an objective's measure is in concern"), nov.rule());
    // O1's readmissions at ZFA01 (no agreement there: the whole series) are common cause in
    // September; O3's home-6wk at ZFB01 counts from FEN-ZFB's start (2025-04): 7 of 12 points.
    assertTrue(
        sept.evidence().stream()
            .anyMatch(
                i -> i.state().equals("stable") && i.detail().startsWith("objective O1: latest")),
        sept.evidence().toString());
    assertTrue(
        nov.evidence().stream()
            .anyMatch(
                i ->
                    i.state().equals("unknown")
                        && i.detail().startsWith("objective O3: latest 2025-10")
                        && i.detail().contains("7 of the 12")),
        nov.evidence().toString());
    // Without the 30 of 2025-10 every measure is common cause, the narrative of 2026 is within its
    // review, every objective is measured: assured.
    ObjectNode t = tree();
    ArrayNode obs = (ArrayNode) t.get("observations");
    for (int i = 0; i < obs.size(); i++) {
      if (obs.get(i).get("period").asText().equals("2025-10")
          && obs.get(i).get("measure").asText().equals("readmit-30d")) {
        obs.remove(i);
        break;
      }
    }
    Verdict march = verdict(at(read(t), "2026-03-31"), "strategy");
    assertEquals("assured", march.verdict(), march.rule());
    // A document without a purpose: the measure-led verdict, as before.
    ((ObjectNode) t.get("structure")).remove("purpose");
    assertEquals("no-evidence", verdict(at(read(t), "2026-03-31"), "strategy").verdict());
  }

  @Test
  void standardisationUsesTheGridAndItsVariations() {
    GovernanceDocument d = read(tree());
    Verdict nov = verdict(at(d, "2025-11-30"), "standardisation");
    // R1 adopted at ZFA01; R1 at ZFB01 a local variation; R2 not due until 2026-01-31.
    assertEquals("assured", nov.verdict(), nov.rule());
    assertTrue(
        nov.rule().startsWith("every recommendation due is adopted at its sites"), nov.rule());
    assertTrue(nov.rule().contains("NG236 R1 at ZFB01 until 2025-12-31"), nov.rule());
    assertTrue(
        nov.evidence().stream()
            .anyMatch(i -> i.state().equals("local-variation") && i.site().get().equals("ZFB01")));
    Verdict jan = verdict(at(d, "2026-01-31"), "standardisation");
    assertEquals("partially-assured", jan.verdict(), jan.rule());
    assertTrue(jan.rule().contains("1 recommendation(s) adopted at their sites, 1 not adopted"));
    // Before any cell is due: nothing to judge.
    assertEquals("no-evidence", verdict(at(d, "2025-06-30"), "standardisation").verdict());
  }

  @Test
  void resilienceUsesVacancies() {
    GovernanceDocument d = read(tree());
    assertEquals("no-evidence", verdict(at(d, "2025-09-30"), "resilience").verdict());
    Verdict nov = verdict(at(d, "2025-11-30"), "resilience");
    assertEquals("not-assured", nov.verdict(), "the network coordinator (network manager)");
    ObjectNode t = tree();
    ((ObjectNode) t.get("structure").get("posts").get(1)).put("kind", "manager");
    assertEquals("partially-assured", verdict(at(read(t), "2025-11-30"), "resilience").verdict());
    assertEquals("no-evidence", verdict(at(read(t), "2026-01-31"), "resilience").verdict());
  }

  @Test
  void decisionsAreMatchedToBodiesByTheirId() {
    ObjectNode t = tree();
    ObjectNode board = (ObjectNode) t.get("structure").get("bodies").get(0);
    ArrayNode decides = board.putArray("decides");
    decides.add("escalation");
    ObjectNode maker = (ObjectNode) t.get("decisions").get(0).get("decidedBy");
    // By id, whatever the role's text.
    maker.put("role", "chair of the network's board");
    assertEquals(
        // due at the board's next meeting: 05-20 + 3 months
        List.of("decision-not-empowered | board | 2025-08-20 | " + DIRECTOR),
        lines(at(read(t), "2025-06-30")).stream()
            .filter(l -> l.startsWith("decision-not-empowered"))
            .toList());
    // An old document without the id still matches by a role that is the body's name.
    maker.remove("body");
    assertEquals(
        List.of(),
        lines(at(read(t), "2025-06-30")).stream()
            .filter(l -> l.startsWith("decision-not-empowered"))
            .toList(),
        "that role names no body");
    maker.put("role", "Fen stroke network board");
    assertEquals(
        1,
        lines(at(read(t), "2025-06-30")).stream()
            .filter(l -> l.startsWith("decision-not-empowered"))
            .count());
    // A second body whose name is the first's id makes the role 'board' ambiguous.
    ObjectNode second = ((ArrayNode) t.get("structure").get("bodies")).addObject();
    second.setAll(board.deepCopy());
    second.put("id", "rehab").put("name", "Board");
    maker.put("role", "board");
    List<Problem> problems = assertThrows(ValidationException.class, () -> read(t)).problems();
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.path().equals("/decisions/0/decidedBy/role")
                        && p.code().equals("decision.body-ambiguous")
                        && p.message().contains("board, rehab")),
        problems.toString());
    maker.put("body", "rehab");
    read(t);
    maker.put("body", "nowhere");
    assertTrue(
        assertThrows(ValidationException.class, () -> read(t)).problems().stream()
            .anyMatch(
                p ->
                    p.path().equals("/decisions/0/decidedBy/body")
                        && p.code().equals("reference.unknown")));
  }

  @Test
  void anActionOwnedByAPostNamesThePostsActor() {
    ObjectNode t = tree();
    ObjectNode action = (ObjectNode) t.get("decisions").get(0).get("actions").get(0);
    action.put("status", "open").remove("completed");
    // Due 2025-08-31 and still open on 09-30: the survivor representative's line acts, not the
    // role the owner names.
    assertEquals(
        List.of("action-overdue | FEN-R-1 | 2025-08-31 | " + SURVIVOR_LINE),
        StructureRulesTest.lines(at(read(t), "2025-09-30")).stream()
            .filter(l -> l.startsWith("action-overdue"))
            .toList());
    ((ObjectNode) action.get("owner")).put("post", "nobody");
    assertTrue(
        assertThrows(ValidationException.class, () -> read(t)).problems().stream()
            .anyMatch(
                p ->
                    p.path().equals("/decisions/0/actions/0/owner/post")
                        && p.code().equals("reference.unknown")));
  }

  @Test
  void everyProblemOfTheNewRecordsAtOnce() {
    ObjectNode t = tree();
    ObjectNode s = (ObjectNode) t.get("structure");
    ObjectNode v = (ObjectNode) s.get("purpose").get(0);
    v.put("reviewBy", "2025-05-01");
    v.put("owner", "nobody");
    v.put("approvedBy", "no-body");
    v.put("extra", 1);
    ObjectNode o1 = (ObjectNode) v.get("objectives").get(0);
    ((ArrayNode) o1.get("measures")).add("unknown-measure").add("readmit-30d");
    ((ObjectNode) s.get("purpose").get(1)).put("from", "2025-06-01");
    ObjectNode w = (ObjectNode) t.get("waivers").get(0);
    w.put("measure", "readmit-30d");
    // Adopted at ZFB01 before it was acknowledged there (06-24).
    ((ObjectNode) s.get("learning").get(0).get("sites").get(1)).put("adopted", "2025-06-01");
    List<Problem> problems = assertThrows(ValidationException.class, () -> read(t)).problems();
    String all = problems.toString();
    // The structure did not read: what refers to it is not reported again.
    assertTrue(
        problems.stream().noneMatch(p -> p.path().startsWith("/decisions")), "decisions: " + all);
    for (String[] expected :
        new String[][] {
          {"/structure/purpose/0/reviewBy", "purpose.review"},
          {"/structure/purpose/0/extra", "unknown-field"},
          {"/structure/purpose/0/objectives/0/measures/2", "purpose.measures"},
          {"/waivers/0/measure", "waiver.scope"},
          {"/structure/learning/0/sites/1/adopted", "learning.adopted"},
        }) {
      assertTrue(
          problems.stream()
              .anyMatch(p -> p.path().equals(expected[0]) && p.code().equals(expected[1])),
          expected[0] + " " + expected[1] + " in " + all);
    }
    // References are checked once the records read: fix the records' own problems first.
    ObjectNode u = tree();
    ObjectNode us = (ObjectNode) u.get("structure");
    ObjectNode uv = (ObjectNode) us.get("purpose").get(0);
    uv.put("owner", "nobody");
    uv.put("approvedBy", "no-body");
    ((ArrayNode) uv.get("objectives").get(0).get("measures")).add("unknown-measure");
    ((ObjectNode) us.get("purpose").get(1)).put("from", "2025-06-01");
    // A partner post whose line never reaches an ODS-coded employer.
    ((ObjectNode) us.get("posts").get(4)).remove("reportsTo");
    ObjectNode w2 = ((ArrayNode) u.get("waivers")).addObject();
    w2.setAll(((ObjectNode) u.get("waivers").get(0)).deepCopy());
    w2.put("id", "FEN-W-2").put("recommendation", "R9");
    List<Problem> refs = assertThrows(ValidationException.class, () -> read(u)).problems();
    for (String[] expected :
        new String[][] {
          {"/structure/purpose/0/owner", "reference.unknown"},
          {"/structure/purpose/0/approvedBy", "reference.unknown"},
          {"/structure/purpose/0/objectives/0/measures/1", "reference.unknown"},
          {"/structure/purpose/1/from", "purpose.from"},
          {"/structure/posts/4/reportsTo", "post.line"},
          {"/waivers/1/recommendation", "waiver.cell"},
        }) {
      assertTrue(
          refs.stream().anyMatch(p -> p.path().equals(expected[0]) && p.code().equals(expected[1])),
          expected[0] + " " + expected[1] + " in " + refs);
    }
  }

  @Test
  void twoObjectivesWithOneIdAreRefused() {
    ObjectNode t = tree();
    ((ObjectNode) t.get("structure").get("purpose").get(1).get("objectives").get(1))
        .put("id", "O1");
    List<Problem> problems = assertThrows(ValidationException.class, () -> read(t)).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("/structure/purpose/1/objectives/1/id", problems.get(0).path());
    assertEquals("purpose.objectives", problems.get(0).code());
  }

  @Test
  void tooManyObjectivesAreRefusedBeforeReading() {
    ObjectNode t = tree();
    ArrayNode objectives = (ArrayNode) t.get("structure").get("purpose").get(0).get("objectives");
    for (int i = 0; i < 101; i++) {
      objectives.addObject().put("id", "X" + i);
    }
    List<Problem> problems = assertThrows(ValidationException.class, () -> read(t)).problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("purpose.objectives", problems.get(0).code());
    assertTrue(problems.get(0).message().contains("at most 100"), problems.get(0).message());
  }

  private static com.fasterxml.jackson.databind.JsonNode schema(String name) {
    try (InputStream in =
        FenStrokeTest.class.getResourceAsStream("/org/networkedcare/governance/schema/" + name)) {
      return Json.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> names(com.fasterxml.jackson.databind.JsonNode node) {
    Set<String> out = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSchemasNameEveryFieldOfTheNewRecords() {
    com.fasterxml.jackson.databind.JsonNode written = AssuranceJson.tree(read(tree()));
    com.fasterxml.jackson.databind.JsonNode structure = schema("structure.schema.json");
    com.fasterxml.jackson.databind.JsonNode purpose = structure.get("$defs").get("purpose");
    assertTrue(names(structure.get("properties")).contains("purpose"));
    for (com.fasterxml.jackson.databind.JsonNode v : written.get("structure").get("purpose")) {
      assertTrue(names(purpose.get("properties")).containsAll(names(v)), v.toString());
      for (com.fasterxml.jackson.databind.JsonNode o : v.get("objectives")) {
        assertTrue(
            names(purpose.get("properties").get("objectives").get("items").get("properties"))
                .containsAll(names(o)),
            o.toString());
      }
    }
    com.fasterxml.jackson.databind.JsonNode gov =
        schema("governance-document.schema.json").get("$defs");
    assertTrue(
        names(gov.get("waiver").get("properties"))
            .containsAll(names(written.get("waivers").get(0))));
    Set<String> maker = new java.util.TreeSet<>();
    gov.get("decisionMaker")
        .get("oneOf")
        .forEach(
            x -> {
              com.fasterxml.jackson.databind.JsonNode def = x.has("$ref") ? gov.get("actor") : x;
              maker.addAll(names(def.get("properties")));
            });
    assertTrue(maker.containsAll(names(written.get("decisions").get(0).get("decidedBy"))));
  }

  @Test
  void theDocumentRoundTrips() {
    GovernanceDocument d = read(tree());
    GovernanceDocument again =
        AssuranceJson.parse(
            AssuranceJson.write(d).getBytes(StandardCharsets.UTF_8),
            GovernanceReferenceJson.defaults());
    assertEquals(d, again);
    assertEquals(d.structure().purpose(), again.structure().purpose());
    assertEquals(d.waivers(), again.waivers());
    assertEquals(d.decisions(), again.decisions());
    assertFalse(d.structure().purpose().isEmpty());
    // Learning adopted per site: ZFA01 from 2025-07-14, ZFB01 not recorded.
    var spread = again.structure().learning().get(0).sites();
    assertFalse(spread.get(0).adoptedBy(LocalDate.parse("2025-07-13")));
    assertTrue(spread.get(0).adoptedBy(LocalDate.parse("2025-07-14")));
    assertFalse(spread.get(1).adoptedBy(LocalDate.parse("2026-03-31")));
  }
}
