package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.networkedcare.governance.assurance.Documents.agreement;
import static org.networkedcare.governance.assurance.Documents.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;
import org.networkedcare.governance.reference.GovernanceReference;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.MeasureDatasets;

/**
 * Governance reads its observations from the measure dataset, and quarterly measures through the
 * engine.
 */
class DatasetGovernanceTest {

  private static final GovernanceReference REF = GovernanceReferenceJson.defaults();
  private static final LocalDate AS_OF = LocalDate.of(2024, 9, 20);

  /** The worked example's observations of the measures given in the dataset, as CSV rows. */
  private static String csv(ObjectNode tree, List<String> measures) {
    StringBuilder csv =
        new StringBuilder("period,organisation,site,service,measure,numerator,denominator,value\n");
    for (JsonNode o : tree.get("observations")) {
      if (!measures.contains(o.get("measure").asText())) {
        continue;
      }
      String site = o.get("site").asText();
      String org = site.substring(0, 3);
      csv.append(o.get("period").asText())
          .append(',')
          .append(org)
          .append(',')
          .append(site)
          .append(",,")
          .append(o.get("measure").asText())
          .append(',');
      if (o.has("numerator")) {
        csv.append(o.get("numerator").asText())
            .append(',')
            .append(o.get("denominator").asText())
            .append(",\n");
      } else {
        csv.append(",,").append(o.get("value").asText()).append('\n');
      }
    }
    return csv.toString();
  }

  private static MeasureDataset dataset(GovernanceDocument doc, String csv) {
    return MeasureDatasets.read(csv.getBytes(StandardCharsets.UTF_8), "eye.csv", doc.network());
  }

  @Test
  void theSameNumbersInlineAndFromTheDatasetGiveIdenticalAssessments() {
    // rtt-18wk (a share, 930 of 1,000 for 0.93) and never-events (counts) move to the dataset;
    // fft-positive, whose values are percentages, stays inline: both ways work together.
    ObjectNode tree = Documents.tree();
    List<String> moved = List.of("rtt-18wk", "never-events");
    String csv = csv(tree, moved);
    Assessment inline = DecisionEngine.evaluate(Documents.read(tree), REF, AS_OF);
    ArrayNode kept = tree.arrayNode();
    tree.get("observations")
        .forEach(
            o -> {
              if (!moved.contains(o.get("measure").asText())) {
                kept.add(o);
              }
            });
    tree.set("observations", kept);
    tree.put("data", "eye.csv");
    GovernanceDocument withoutThem = Documents.read(tree);
    assertEquals(Optional.of("eye.csv"), withoutThem.data());
    assertEquals(5, withoutThem.observations().size());
    GovernanceDocument fromData = withoutThem.withData(dataset(withoutThem, csv), REF);
    assertEquals(16, fromData.observations().size());
    Assessment read = DecisionEngine.evaluate(fromData, REF, AS_OF);
    assertEquals(AssuranceJson.tree(inline), AssuranceJson.tree(read));
    assertEquals(9, read.findings().size());
  }

  @Test
  void anInlineObservationTheDatasetRepeatsIsOneObservationAndADifferentOneIsAProblemNamingBoth() {
    ObjectNode tree = Documents.tree();
    GovernanceDocument doc = Documents.read(tree);
    String csv = csv(tree, List.of("rtt-18wk"));
    GovernanceDocument same = doc.withData(dataset(doc, csv), REF);
    assertEquals(
        doc.observations().size(),
        same.observations().size(),
        "the rows repeat the inline observations");
    String changed =
        csv.replace(
            "2024-06,RHA,RHA01,,rtt-18wk,890,1000,", "2024-06,RHA,RHA01,,rtt-18wk,850,1000,");
    List<Problem> problems =
        assertThrows(ValidationException.class, () -> doc.withData(dataset(doc, changed), REF))
            .problems();
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("/observations/2", problems.get(0).path());
    assertEquals("observation.conflict", problems.get(0).code());
    assertEquals(
        "rtt-18wk at RHA01 for 2024-06 is given twice with different values: here 890/1000 = 0.89, and 850/1000 = 0.85 at eye.csv:4",
        problems.get(0).message());
  }

  /**
   * The worked example with rtt-18wk reported by quarter: quarterly baselines, observations and a
   * two-period trigger.
   */
  private static ObjectNode quarterly() {
    ObjectNode tree = Documents.tree();
    for (JsonNode m : tree.get("measures")) {
      if (m.get("id").asText().equals("rtt-18wk")) {
        ((ObjectNode) m).put("periodicity", "quarter");
      }
    }
    for (JsonNode b : tree.get("baselines")) {
      if (b.get("measure").asText().equals("rtt-18wk")) {
        ObjectNode base = (ObjectNode) b;
        base.put("from", "2021/22-Q1").put("to", "2023/24-Q4");
        ArrayNode points = base.putArray("points");
        for (String fy : List.of("2021/22", "2022/23", "2023/24")) {
          for (int q = 1; q <= 4; q++) {
            points
                .addObject()
                .put("period", fy + "-Q" + q)
                .put("value", 0.93)
                .put("numerator", 930)
                .put("denominator", 1000);
          }
        }
      }
    }
    ArrayNode obs = tree.arrayNode();
    tree.get("observations")
        .forEach(
            o -> {
              if (!o.get("measure").asText().equals("rtt-18wk")) {
                obs.add(o);
              }
            });
    obs.addObject()
        .put("measure", "rtt-18wk")
        .put("site", "RHA01")
        .put("period", "2024/25-Q1")
        .put("value", 0.89)
        .put("numerator", 890)
        .put("denominator", 1000);
    obs.addObject()
        .put("measure", "rtt-18wk")
        .put("site", "RHA01")
        .put("period", "2024/25-Q2")
        .put("value", 0.88)
        .put("numerator", 880)
        .put("denominator", 1000);
    obs.addObject()
        .put("measure", "rtt-18wk")
        .put("site", "RHB01")
        .put("period", "2024/25-Q2")
        .put("value", 0.95)
        .put("numerator", 950)
        .put("denominator", 1000);
    tree.set("observations", obs);
    for (JsonNode t : agreement(tree, 0).get("triggers")) {
      if (t.get("id").asText().equals("T1")) {
        ((ObjectNode) t.get("condition")).put("periods", 2);
      }
    }
    return tree;
  }

  @Test
  void aQuarterlyMeasureIsWatchedQuarterByQuarterBesideAMonthlyOne() {
    Assessment a =
        DecisionEngine.evaluate(Documents.read(quarterly()), REF, LocalDate.of(2025, 1, 20));
    // Q1 (April to June) 0.89 is available on 1 July, Q2 (July to September) 0.88 on 1 October:
    // two quarters below 0.90 fire T1 on 2024-10-01.
    Finding t1 =
        a.findings().stream()
            .filter(f -> f.subject().trigger().equals(Optional.of("T1")))
            .findFirst()
            .orElseThrow();
    assertEquals("2024-10-01", t1.evidence().get("firedOn"));
    assertEquals("2024/25-Q1: 0.89, 2024/25-Q2: 0.88", t1.evidence().get("points"));
    assertTrue(
        t1.summary()
            .contains(
                "below 90.0% for 2 consecutive periods (89.0%, 88.0% in 2024/25-Q1, 2024/25-Q2)"),
        t1.summary());
    // Q3 (October to December) was available on 1 January 2025 and is missing at RHA01: a gap of a
    // quarter; fft-positive, monthly, is missing September to December 2024.
    List<Finding> gaps =
        a.findings().stream()
            .filter(
                f -> f.code().equals("data-gap") && f.subject().site().equals(Optional.of("RHA01")))
            .toList();
    assertEquals(
        List.of("2024-09, 2024-10, 2024-11, 2024-12", "2024/25-Q3"),
        gaps.stream()
            .sorted(java.util.Comparator.comparing(f -> f.subject().measure().orElseThrow()))
            .map(f -> f.evidence().get("periods"))
            .toList());
  }

  @Test
  void anObservationOrBaselineOfAnotherPeriodicityIsAProblem() {
    ObjectNode tree = quarterly();
    array(tree, "observations")
        .addObject()
        .put("measure", "rtt-18wk")
        .put("site", "RHA01")
        .put("period", "2024-12")
        .put("value", 0.9);
    int monthly = 0;
    while (!tree.get("baselines").get(monthly).get("measure").asText().equals("fft-positive")) {
      monthly++;
    }
    ((ObjectNode) tree.get("baselines").get(monthly)).put("measure", "rtt-18wk");
    List<Problem> problems =
        assertThrows(ValidationException.class, () -> Documents.read(tree)).problems();
    Documents.assertHas(
        problems,
        "/observations/" + (tree.get("observations").size() - 1) + "/period",
        "observation.periodicity");
    Documents.assertHas(problems, "/baselines/" + monthly + "/from", "baseline.periodicity");
  }
}
