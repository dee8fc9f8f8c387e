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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.PartnerId;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/**
 * The network as an organisation on a network of its own, unlike the example: a children's diabetes
 * managed clinical network with a charity partner without an ODS code, whose board is followed over
 * the financial year 2024/25 (docs/governance.md, "The network as an organisation: worked
 * example"). Every expected finding was worked by hand from the dates in valley-diabetes.json; the
 * reasoning is in the doc's table.
 */
class StructureRulesTest {

  static byte[] bytes() {
    try (InputStream in =
        StructureRulesTest.class.getResourceAsStream(
            "/org/networkedcare/governance/structure/valley-diabetes.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree() {
    return (ObjectNode) Json.parse(bytes());
  }

  static GovernanceDocument read(ObjectNode tree) {
    return AssuranceJson.parse(
        Json.write(tree).getBytes(StandardCharsets.UTF_8), GovernanceReferenceJson.defaults());
  }

  static GovernanceDocument document() {
    return read(tree());
  }

  static Assessment at(GovernanceDocument d, String date) {
    return DecisionEngine.evaluate(d, GovernanceReferenceJson.defaults(), LocalDate.parse(date));
  }

  /** One line per finding: code, subject, due date, actor. */
  static List<String> lines(Assessment a) {
    return a.findings().stream()
        .map(
            f ->
                f.code()
                    + " | "
                    + f.subject()
                    + " | "
                    + f.dueDate().map(LocalDate::toString).orElse("-")
                    + " | "
                    + f.actor().map(Object::toString).orElse("-"))
        .collect(Collectors.toList());
  }

  static String verdict(Assessment a, String question) {
    return a.verdicts().stream()
        .filter(v -> v.question().equals(question))
        .findFirst()
        .orElseThrow()
        .verdict();
  }

  @Test
  void theBoardOverTheYear() {
    GovernanceDocument d = document();
    assertEquals(
        List.of("constituency-unrepresented | board | 2024-08-15 | Network chair at RQ3"),
        lines(at(d, "2024-06-30")));
    assertEquals(
        List.of(
            "constituency-unrepresented | board | 2024-08-15 | Network chair at RQ3",
            "learning-acknowledgement-overdue | RWX01, L1 | 2024-06-30 | Diabetes specialist nurse at RWX"),
        lines(at(d, "2024-07-10")));
    assertEquals(
        List.of(
            "post-vacancy-overdue | gp-lead | 2024-07-30 | Network chair at RQ3",
            "post-vacancy-overdue | manager | 2024-08-30 | Network chair at RQ3",
            "constituency-unrepresented | board | 2024-11-14 | Network chair at RQ3",
            "body-inquorate | board | 2024-11-14 | Network chair at RQ3"),
        lines(at(d, "2024-09-30")));
    assertEquals(
        List.of(
            "post-vacancy-overdue | gp-lead | 2024-07-30 | Network chair at RQ3",
            "guidance-adoption-overdue | RWX01, NG18 | 2024-09-30 | Diabetes specialist nurse at RWX",
            "body-meeting-overdue | board | 2024-11-14 | Network chair at RQ3",
            "constituency-unrepresented | board | 2024-11-14 | Network chair at RQ3",
            "body-inquorate | board | 2024-11-14 | Network chair at RQ3"),
        lines(at(d, "2024-11-30")));
    assertEquals(
        List.of(
            "post-vacancy-overdue | gp-lead | 2024-07-30 | Network chair at RQ3",
            "guidance-adoption-overdue | RWX01, NG18 | 2024-09-30 | Diabetes specialist nurse at RWX",
            "constituency-unrepresented | board | 2025-03-11 | Network chair at RQ3"),
        lines(at(d, "2024-12-31")));
    assertEquals(
        List.of(
            "guidance-adoption-overdue | RWX01, NG18 | 2024-09-30 | Diabetes specialist nurse at RWX",
            "training-overdue | RWX01, S1 | 2025-01-15 | Diabetes specialist nurse at RWX"),
        lines(at(d, "2025-03-31")));
  }

  @Test
  void theGovernanceVerdictUsesTheFindings() {
    GovernanceDocument d = document();
    Assessment june = at(d, "2024-06-30");
    assertEquals("partially-assured", verdict(june, "governance"));
    assertTrue(
        june.verdicts().stream()
            .filter(v -> v.question().equals("governance"))
            .findFirst()
            .orElseThrow()
            .rule()
            .contains("constituency"));
    assertEquals("partially-assured", verdict(at(d, "2025-03-31"), "governance"));
    // A board with every post held, meeting on time, nothing due: assured.
    ObjectNode t = tree();
    ObjectNode s = (ObjectNode) t.get("structure");
    s.putArray("adoption");
    s.putArray("learning");
    s.putArray("schedules");
    ((ObjectNode) s.get("posts").get(2))
        .putArray("holders")
        .addObject()
        .put("person", "Dr G. Ng")
        .put("from", "2024-04-01");
    assertEquals("assured", verdict(at(read(t), "2024-06-30"), "governance"));
  }

  @Test
  void theResilienceVerdictUsesTheVacanciesAndTraining() {
    // docs/governance.md, "Verdicts from the structure": the gp-lead (a clinical lead) vacant
    // beyond
    // 120 days from 2024-07-30 until held on 2025-02-03; the manager beyond 60 days in September;
    // training S1 overdue from 2025-01-15. No measure is tagged resilience.
    GovernanceDocument d = document();
    assertEquals("no-evidence", verdict(at(d, "2024-06-30"), "resilience"));
    assertEquals("not-assured", verdict(at(d, "2024-09-30"), "resilience"));
    assertEquals("not-assured", verdict(at(d, "2024-11-30"), "resilience"));
    assertEquals("not-assured", verdict(at(d, "2024-12-31"), "resilience"));
    assertEquals("partially-assured", verdict(at(d, "2025-03-31"), "resilience"));
  }

  @Test
  void aDecisionOutsideTheBodysPowersOrAtAnInquorateMeetingIsFound() {
    ObjectNode t = tree();
    ArrayNode decisions = t.putArray("decisions");
    // The board decides service changes and the budget, not a risk; the second decision is about a
    // risk too but is listed at the inquorate meeting of 14 August.
    ((ArrayNode) t.get("risks"))
        .add(
            Json.parse(
                ("{\"id\": \"R-1\", \"title\": \"pump supply\", \"objective\": {\"id\": \"access\", "
                        + "\"kind\": \"operational\"}, \"domain\": \"quality\", \"owner\": {\"organisation\": \"RQ3\", \"role\": \"network chair\"}, "
                        + "\"controls\": [], \"assurances\": [], \"gaps\": [], \"initial\": {\"consequence\": 2, \"likelihood\": 2}, "
                        + "\"current\": {\"consequence\": 2, \"likelihood\": 2}, \"target\": {\"consequence\": 2, \"likelihood\": 1}, "
                        + "\"lastReviewed\": \"2024-09-01\"}")
                    .getBytes(StandardCharsets.UTF_8)));
    for (String[] d : new String[][] {{"DEC-1", "2024-05-15"}, {"DEC-2", "2024-08-14"}}) {
      ObjectNode x = decisions.addObject();
      x.put("id", d[0]).put("date", d[1]).put("outcome", "accept");
      x.putObject("decidedBy").put("organisation", "RQ3").put("role", "Network board");
      x.putObject("about").put("kind", "risk").put("id", "R-1");
      x.putArray("actions");
    }
    ((ObjectNode) t.get("structure").get("meetings").get(1)).putArray("decisions").add("DEC-2");
    ObjectNode board = (ObjectNode) t.get("structure").get("bodies").get(0);
    GovernanceDocument d = read(t);
    List<String> found =
        lines(at(d, "2024-09-30")).stream()
            .filter(l -> l.startsWith("decision-not-empowered"))
            .toList();
    assertEquals(
        List.of(
            // due at the board's next meeting: the last one by 09-30, 08-14, plus 3 months
            "decision-not-empowered | board | 2024-11-14 | Network chair at RQ3",
            "decision-not-empowered | board | 2024-11-14 | Network chair at RQ3"),
        found);
    ((ArrayNode) board.get("decides")).add("risk");
    List<String> once =
        lines(at(read(t), "2024-09-30")).stream()
            .filter(l -> l.startsWith("decision-not-empowered"))
            .toList();
    assertEquals(1, once.size(), "only the decision at the inquorate meeting remains");
    ((ObjectNode) t.get("structure").get("meetings").get(1)).putArray("decisions").add("DEC-1");
    assertHas(
        assertThrows(ValidationException.class, () -> read(t)).problems(),
        "/structure/meetings/1/decisions/0",
        "meeting.decision");
  }

  @Test
  void aPartnerIdNeverCollidesWithAnOdsCode() {
    for (String s : List.of("local:young-diabetes-voice", "local:a", "local:x1-y2")) {
      assertTrue(PartnerId.matches(s));
      assertFalse(OdsCode.FORMAT.matcher(s).matches());
    }
    for (String s :
        List.of(
            "RQ3",
            "local:",
            "local:Upper",
            "local:a--b",
            "local:-a",
            "LOCAL:abc",
            "local:" + "a".repeat(60))) {
      assertFalse(PartnerId.matches(s), s);
    }
    assertThrows(ValidationException.class, () -> new PartnerId("A81001"));
  }

  @Test
  void everyProblemOfTheStructureAtOnceWithPointersAndAllowedValues() {
    List<Problem> problems =
        problems(
            t -> {
              ObjectNode s = (ObjectNode) t.get("structure");
              ((ObjectNode) s.get("partners").get(0)).put("kind", "quango");
              ObjectNode manager = (ObjectNode) s.get("posts").get(1);
              manager.put("employer", "nobody");
              manager.put("vacancyLimitDays", 0);
              ((ObjectNode) s.get("posts").get(0)).put("kind", "networkManager");
              ((ObjectNode) s.get("posts").get(3)).put("employer", "local:unknown-charity");
              ((ObjectNode) manager.get("holders").get(1)).put("from", "2024-06-01");
              ObjectNode board = (ObjectNode) s.get("bodies").get(0);
              board.put("quorum", 9);
              ((ArrayNode) board.get("constituencies")).add("patients");
              ((ArrayNode) board.get("members")).add("treasurer");
              ((ObjectNode) s.get("meetings").get(0)).put("body", "committee");
              ((ObjectNode) s.get("adoption").get(1)).put("recommendation", "9.9.9");
              ((ObjectNode) s.get("adoption").get(0)).remove("adopted");
              ((ObjectNode) s.get("learning").get(0).get("sites").get(1)).put("site", "RZZ01");
              ((ObjectNode) s.get("schedules").get(0)).put("kind", "drill").put("everyMonths", 0);
              s.put("extra", true);
            });
    assertHas(problems, "/structure/partners/0/kind", "unknown-value");
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.path().equals("/structure/partners/0/kind")
                        && p.message().contains("charity, patient-group")));
    assertHas(problems, "/structure/posts/1/employer", "post.employer");
    assertHas(problems, "/structure/posts/1/vacancyLimitDays", "post.vacancy-limit");
    assertHas(problems, "/structure/posts/1/holders/1", "post.holders");
    assertHas(problems, "/structure/posts/0/kind", "unknown-value");
    assertHas(problems, "/structure/bodies/0/quorum", "body.quorum");
    assertHas(problems, "/structure/bodies/0/constituencies/2", "unknown-value");
    assertHas(problems, "/structure/adoption/0/adopted", "adoption.adopted");
    assertHas(problems, "/structure/schedules/0/kind", "unknown-value");
    assertHas(problems, "/structure/schedules/0/everyMonths", "schedule.interval");
    assertHas(problems, "/structure/extra", "unknown-field");
    // References are checked once every record of the section reads (next test), so that a
    // record that could not be read is not reported again as unknown.
    assertTrue(problems.stream().noneMatch(p -> p.code().equals("reference.unknown")));
  }

  @Test
  void referencesAreCheckedOnceTheRecordsRead() {
    List<Problem> problems =
        problems(
            t -> {
              ObjectNode s = (ObjectNode) t.get("structure");
              ((ObjectNode) s.get("posts").get(3)).put("employer", "local:unknown-charity");
              ((ArrayNode) s.get("bodies").get(0).get("members")).add("treasurer");
              ((ObjectNode) s.get("adoption").get(1)).put("recommendation", "9.9.9");
              ((ObjectNode) s.get("posts").get(4)).put("reportsTo", "director");
              ((ObjectNode) s.get("posts").get(1)).put("id", "chair");
            });
    assertHas(problems, "/structure/posts/3/employer", "reference.unknown");
    assertHas(problems, "/structure/bodies/0/members/5", "reference.unknown");
    assertHas(problems, "/structure/adoption/1/recommendation", "reference.unknown");
    assertHas(problems, "/structure/posts/4/reportsTo", "reference.unknown");
    assertHas(problems, "/structure/posts/1/id", "id.duplicate");
  }

  @Test
  void aBodyReportingToItselfThroughAnotherIsRefused() {
    List<Problem> problems =
        problems(
            t -> {
              ObjectNode s = (ObjectNode) t.get("structure");
              ObjectNode board = (ObjectNode) s.get("bodies").get(0);
              board.put("reportsTo", "quality");
              ObjectNode quality = board.deepCopy();
              quality.put("id", "quality").put("reportsTo", "board");
              ((ArrayNode) s.get("bodies")).add(quality);
            });
    assertHas(problems, "/structure/bodies/0/reportsTo", "body.reports-to");
  }

  @Test
  void theStructureRoundTripsAndADocumentWithoutOneIsUnchanged() {
    GovernanceDocument d = document();
    GovernanceDocument again =
        AssuranceJson.parse(
            AssuranceJson.write(d).getBytes(StandardCharsets.UTF_8),
            GovernanceReferenceJson.defaults());
    assertEquals(d, again);
    assertEquals(d.structure(), again.structure());
    assertFalse(AssuranceJson.tree(EasternEye.document()).has("structure"));
    assertEquals(d, d.withStructure(d.structure(), GovernanceReferenceJson.defaults()));
  }

  @Test
  void theFindingsDoNotDependOnTheOrderOfTheStructuresRecords() {
    ObjectNode t = tree();
    ObjectNode s = (ObjectNode) t.get("structure");
    for (String field :
        List.of("posts", "bodies", "meetings", "adoption", "learning", "schedules")) {
      ArrayNode a = (ArrayNode) s.get(field);
      ArrayNode reversed = Json.object().arrayNode();
      for (int i = a.size() - 1; i >= 0; i--) {
        reversed.add(a.get(i));
      }
      s.set(field, reversed);
    }
    for (String date : List.of("2024-07-10", "2024-09-30", "2024-11-30", "2025-03-31")) {
      assertEquals(lines(at(document(), date)), lines(at(read(t), date)), date);
    }
  }

  static List<Problem> problems(Consumer<ObjectNode> edit) {
    ObjectNode t = tree();
    edit.accept(t);
    return assertThrows(ValidationException.class, () -> read(t)).problems();
  }

  static void assertHas(List<Problem> problems, String path, String code) {
    Documents.assertHas(problems, path, code);
  }
}
