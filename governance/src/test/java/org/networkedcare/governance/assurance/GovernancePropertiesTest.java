package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.governance.reference.RiskMatrix;
import org.networkedcare.governance.risk.RiskScore;

/** The three properties of the issue, with QuickTheories. */
class GovernancePropertiesTest {

  private static final GovernanceReference REFERENCE = GovernanceReferenceJson.defaults();

  private static void shuffle(JsonNode node, String field, Random random) {
    JsonNode array = node.get(field);
    if (array == null || !array.isArray()) {
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    Collections.shuffle(items, random);
    ((ArrayNode) array).removeAll();
    items.forEach(((ArrayNode) array)::add);
  }

  /**
   * Every list whose order carries no meaning, shuffled (route levels and dispute stages keep
   * theirs).
   */
  static ObjectNode shuffled(long seed) {
    Random random = new Random(seed);
    ObjectNode tree = Documents.tree();
    for (String field :
        List.of(
            "organisations",
            "sites",
            "services",
            "provisions",
            "measures",
            "evidence",
            "routes",
            "agreements",
            "baselines",
            "observations",
            "escalationRecords",
            "risks",
            "incidents",
            "disputes",
            "consortia",
            "equipment")) {
      shuffle(tree, field, random);
    }
    shuffle(tree.get("network"), "memberships", random);
    for (JsonNode a : tree.get("agreements")) {
      for (String field : List.of("sites", "responsibilities", "moneyFlows", "kpis", "triggers")) {
        shuffle(a, field, random);
      }
    }
    for (JsonNode b : tree.get("baselines")) {
      shuffle(b, "points", random);
    }
    return tree;
  }

  @Test
  void findingsDoNotDependOnTheOrderOfSitesObservationsOrRecords() {
    GovernanceDocument original = EasternEye.document();
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 700))
        .checkAssert(
            (seed, days) -> {
              LocalDate asOf = LocalDate.of(2024, 4, 1).plusDays(days);
              Assessment expected = DecisionEngine.evaluate(original, REFERENCE, asOf);
              Assessment actual =
                  DecisionEngine.evaluate(Documents.read(shuffled(seed)), REFERENCE, asOf);
              assertEquals(expected, actual);
            });
  }

  private static final BigDecimal[] VALUES = {
    new BigDecimal("0.85"),
    new BigDecimal("0.88"),
    new BigDecimal("0.89"),
    new BigDecimal("0.90"),
    new BigDecimal("0.91"),
    new BigDecimal("0.95")
  };

  /**
   * The worked example with T1's series replaced: 2024-04 to 2025-03, values or gaps from a seed.
   */
  static ObjectNode withSeries(long seed, int clearAfter, List<Optional<BigDecimal>> series) {
    Random random = new Random(seed);
    ObjectNode tree = Documents.tree();
    ArrayNode observations = (ArrayNode) tree.get("observations");
    for (int i = observations.size() - 1; i >= 0; i--) {
      JsonNode o = observations.get(i);
      if (o.get("measure").asText().equals("rtt-18wk") && o.get("site").asText().equals("RHA01")) {
        observations.remove(i);
      }
    }
    for (int i = 0; i < 12; i++) {
      Optional<BigDecimal> v =
          random.nextInt(6) == 0
              ? Optional.empty()
              : Optional.of(VALUES[random.nextInt(VALUES.length)]);
      series.add(v);
      v.ifPresent(
          x ->
              observations
                  .addObject()
                  .put("measure", "rtt-18wk")
                  .put("site", "RHA01")
                  .put("period", YearMonth.of(2024, 4).plusMonths(series.size() - 1).toString())
                  .put("value", x));
    }
    ((ObjectNode) tree.get("agreements").get(0).get("triggers").get(0))
        .put("clearAfter", clearAfter);
    return tree;
  }

  private static Optional<Finding> t1(GovernanceDocument doc, LocalDate date) {
    return DecisionEngine.evaluate(doc, REFERENCE, date).findings().stream()
        .filter(f -> f.subject().trigger().equals(Optional.of("T1")))
        .findFirst();
  }

  @Test
  void aLaterEvaluationDateNeverClosesAnEpisodeBeforeItsClearingPeriodsAreAvailable() {
    qt().withExamples(60)
        .forAll(
            longs().all(),
            integers().between(1, 3),
            integers().between(0, 400),
            integers().between(0, 400))
        .checkAssert(
            (seed, clearAfter, a, b) -> {
              List<Optional<BigDecimal>> series = new ArrayList<>();
              GovernanceDocument doc = Documents.read(withSeries(seed, clearAfter, series));
              LocalDate d1 = LocalDate.of(2024, 6, 1).plusDays(Math.min(a, b));
              LocalDate d2 = LocalDate.of(2024, 6, 1).plusDays(Math.max(a, b));
              Optional<Finding> early = t1(doc, d1);
              if (early.isEmpty()) {
                return;
              }
              LocalDate fired = LocalDate.parse(early.get().evidence().get("firedOn"));
              Optional<Finding> late = t1(doc, d2);
              if (late.isPresent()
                  && late.get()
                      .evidence()
                      .get("firedOn")
                      .equals(early.get().evidence().get("firedOn"))) {
                return;
              }
              // closed between d1 and d2: clearAfter consecutive months after the firing, each with
              // a value
              // not below 0.90, all available (the first day after the month) by d2
              YearMonth firedMonth = YearMonth.from(fired).minusMonths(1);
              int run = 0;
              boolean cleared = false;
              for (int i = 0; i < series.size(); i++) {
                YearMonth m = YearMonth.of(2024, 4).plusMonths(i);
                if (!m.isAfter(firedMonth) || m.plusMonths(1).atDay(1).isAfter(d2)) {
                  continue;
                }
                boolean good =
                    series.get(i).map(v -> v.compareTo(new BigDecimal("0.90")) >= 0).orElse(false);
                run = good ? run + 1 : 0;
                if (run >= clearAfter) {
                  cleared = true;
                  break;
                }
              }
              assertTrue(
                  cleared,
                  () ->
                      "T1 open on "
                          + d1
                          + " closed by "
                          + d2
                          + " without clearing; series "
                          + series
                          + ", clearAfter "
                          + clearAfter);
            });
  }

  @Test
  void aRiskScoreIsAlwaysOneOfTheFourteenProducts() {
    qt().forAll(integers().between(1, 5), integers().between(1, 5))
        .checkAssert(
            (c, l) -> {
              int score = new RiskScore(c, l).score();
              assertTrue(RiskMatrix.PRODUCTS.contains(score), Integer.toString(score));
              assertEquals(score, REFERENCE.riskMatrix().band(score).min() <= score ? score : -1);
            });
    qt().forAll(integers().between(-20, 20), integers().between(-20, 20))
        .assuming((c, l) -> c < 1 || c > 5 || l < 1 || l > 5)
        .checkAssert(
            (c, l) -> {
              ValidationException e =
                  assertThrows(ValidationException.class, () -> new RiskScore(c, l));
              assertTrue(e.problems().stream().allMatch(p -> p.code().equals("risk.score")));
            });
  }
}
