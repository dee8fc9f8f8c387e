package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.governance.decision.Decision;
import org.networkedcare.governance.decision.DecisionOutcome;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;

/**
 * Seeded JUnit 5 property tests of the items the engine follows (issue 18): on the Marsh eye hub
 * with random never-event months, random follow-up values at RHX01 and a random decision log, a
 * later evaluation date never reopens a closed item, never closes one without a closing decision
 * dated on its closing day, and never loses an item it has shown. Same seed, same documents.
 */
class ItemLifecyclePropertiesTest {

  private static final GovernanceReference REFERENCE = GovernanceReferenceJson.defaults();
  private static final String[] OUTCOMES = {
    "accept", "act", "suspend", "terminate", "close", "escalate-further"
  };
  private static final LocalDate FIRST = LocalDate.of(2025, 2, 1);

  /** An item's identity across evaluation dates. */
  private record Key(String kind, Subject subject, LocalDate opened) {}

  private static GovernanceDocument randomHub(long seed) {
    Random random = new Random(seed);
    ObjectNode tree = (ObjectNode) Json.parse(MarshEyeHub.bytes());
    for (var o : tree.withArray("observations")) {
      ObjectNode ob = (ObjectNode) o;
      if (ob.get("measure").asText().equals("never-events")) {
        ob.put("value", random.nextInt(5) == 0 ? 1 : 0);
      } else if (ob.get("site").asText().equals("RHX01")) {
        int n = 840 + random.nextInt(120);
        ob.put("numerator", n).put("denominator", 1000).put("value", n / 1000.0);
      }
    }
    ArrayNode decisions = tree.putArray("decisions");
    int count = random.nextInt(7);
    for (int i = 0; i < count; i++) {
      ObjectNode d = decisions.addObject();
      d.put("id", "D" + i);
      d.putObject("decidedBy").put("organisation", "RME").put("role", "network board");
      d.put("date", FIRST.plusDays(random.nextInt(330)).toString());
      boolean redLine = random.nextBoolean();
      ObjectNode about = d.putObject("about");
      about
          .put("kind", redLine ? "red-line" : "escalation")
          .put("agreement", redLine ? "H-Y" : "H-X")
          .put("trigger", redLine ? "NE" : "T-FU")
          .put("site", redLine ? "RHY01" : "RHX01");
      String outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
      d.put("outcome", outcome);
      if (outcome.equals("act")) {
        ObjectNode action = d.putArray("actions").addObject();
        action
            .put("id", "1")
            .put("due", LocalDate.parse(d.get("date").asText()).plusDays(30).toString())
            .put("status", "open");
        action.putObject("owner").put("organisation", "RME").put("role", "clinical director");
      }
    }
    return Documents.read(tree);
  }

  private static Map<Key, ItemHistory> items(GovernanceDocument document, LocalDate asOf) {
    Map<Key, ItemHistory> map = new HashMap<>();
    for (ItemHistory h : DecisionEngine.evaluate(document, REFERENCE, asOf).history()) {
      map.put(new Key(h.kind(), h.subject(), h.opened()), h);
    }
    return map;
  }

  @Test
  void aLaterDateNeverReopensAClosedItemNorClosesOneWithoutADecision() {
    for (long seed = 1; seed <= 40; seed++) {
      GovernanceDocument document = randomHub(seed);
      Map<Key, ItemHistory> before = Map.of();
      LocalDate beforeDate = FIRST;
      for (LocalDate d = FIRST; d.isBefore(LocalDate.of(2026, 1, 31)); d = d.plusDays(9)) {
        Map<Key, ItemHistory> now = items(document, d);
        for (Map.Entry<Key, ItemHistory> e : before.entrySet()) {
          String where = "seed " + seed + ", " + e.getKey() + " from " + beforeDate + " to " + d;
          ItemHistory later = now.get(e.getKey());
          assertTrue(later != null, where + ": an item shown is never lost");
          if (e.getValue().closed().isPresent()) {
            assertEquals(
                e.getValue().closed(), later.closed(), where + ": a closed item is never reopened");
          } else if (later.closed().isPresent()) {
            LocalDate closed = later.closed().get();
            assertTrue(
                closed.isAfter(beforeDate) && !closed.isAfter(d), where + ": closed on " + closed);
            assertTrue(
                closingDecisionOn(document, e.getKey().subject(), closed),
                where + ": closed on " + closed + " without a decision");
          }
        }
        before = now;
        beforeDate = d;
      }
    }
  }

  @Test
  void anItemIsClosedExactlyWhenAClosingDecisionAboutItIsKnown() {
    for (long seed = 100; seed < 140; seed++) {
      GovernanceDocument document = randomHub(seed);
      LocalDate end = LocalDate.of(2026, 1, 31);
      for (ItemHistory h : DecisionEngine.evaluate(document, REFERENCE, end).history()) {
        Optional<LocalDate> firstClosing =
            document.decisions().stream()
                .filter(
                    x ->
                        x.outcome().closes()
                            && matches(x, h.subject())
                            && !x.date().isBefore(h.opened()))
                .map(Decision::date)
                .min(LocalDate::compareTo);
        assertEquals(firstClosing, h.closed(), "seed " + seed + " " + h);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameDocument() {
    assertEquals(randomHub(7), randomHub(7));
  }

  private static boolean closingDecisionOn(
      GovernanceDocument document, Subject subject, LocalDate date) {
    return document.decisions().stream()
        .anyMatch(x -> x.date().equals(date) && x.outcome().closes() && matches(x, subject));
  }

  private static boolean matches(Decision d, Subject s) {
    return d.about().agreement().equals(s.agreement())
        && d.about().trigger().equals(s.trigger())
        && d.about().site().map(Object::toString).equals(s.site());
  }

  /** Keeps the outcome vocabulary of the generator and the library in step. */
  @Test
  void theGeneratorUsesEveryOutcome() {
    assertEquals(DecisionOutcome.byId().keySet(), java.util.Set.of(OUTCOMES));
  }
}
