package org.networkedcare.metrics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalReference;
import org.networkedcare.metrics.appraisal.BenefitCalculator;

/**
 * The appraisal codec on a network unlike the worked example: a GP federation and two community
 * pharmacies running a minor-ailments service, with every kind of entry the document has.
 */
class AppraisalJsonTest {

  /** Every section of the document, each written by a different codec. */
  private static final String PHARMACY =
      """
      {"schemaVersion": 1, "title": "Minor ailments in pharmacies", "description": "Pharmacy first",
       "yearZero": "2026/27", "priceBase": "2026/27", "horizonYears": 4,
       "discounting": {"cash": "standard", "health": "health"},
       "deflator": {"source": "own index",
                    "index": {"2026/27": 100, "2027/28": 102, "2028/29": 104.5, "2029/30": 107}},
       "referenceData": {"dataQuality": {"grades": {"4": {"cost": 0.2, "benefit": 0.3, "description": "weak"}}}},
       "parties": [{"id": "federation", "name": "Riverside GP Federation", "role": "centre", "odsCode": "Y0001"},
                   {"id": "pharmacy-east", "name": "East Street Pharmacy", "role": "host"},
                   {"id": "pharmacy-west", "name": "West Road Pharmacy", "role": "host"},
                   {"id": "patients", "name": "Patients", "role": "patients"}],
       "measures": [{"id": "gp-waits", "name": "Days to a GP appointment", "unit": "days",
                     "kind": "continuous", "direction": "decrease"}],
       "baselines": [{"id": "waits-east", "measure": "gp-waits", "scope": {"organisation": "federation"},
                      "period": {"from": "2025-04-01", "to": "2026-04-01"}, "value": 9, "count": 4000,
                      "source": "practice system", "capturedOn": "2026-04-20", "dataQuality": 2}],
       "parameters": {"consult-cost": {"value": 14, "low": 12, "high": 18, "unit": "GBP",
                                       "distribution": {"type": "lognormal", "mean": 14, "sd": 2}},
                      "saving-per-day": {"value": 3.5, "description": "per patient-day sooner"}},
       "optimismBias": {"projectType": "outsourcing", "mitigated": 0.5},
       "options": [
         {"id": "gp-only", "name": "GP practices only", "counterfactual": true, "lines": []},
         {"id": "pharmacy-first", "name": "Pharmacy first", "changeDate": "2026-10-01", "lines": [
           {"id": "consults-east", "type": "cost", "organisation": "pharmacy-east", "category": "access",
            "valueType": "fiscal", "cashReleasing": true, "dataQuality": 2, "amount": "consult-cost",
            "profile": [], "firstYear": 1, "lastYear": 3, "probability": 0.9},
           {"id": "consults-west", "type": "cost", "organisation": "pharmacy-west", "category": "access",
            "valueType": "fiscal", "dataQuality": 4, "profile": [5000, 6000, 6500], "firstYear": 1,
            "prices": "nominal", "source": "contract"},
           {"id": "gp-time", "type": "benefit", "organisation": "federation", "category": "access",
            "valueType": "fiscal", "dataQuality": 2,
            "additionality": {"attribution": 0.8},
            "derivation": {"baseline": "waits-east", "option": {"target": 6, "rampYears": 1},
                           "counterfactual": "unchanged", "unitValue": "saving-per-day"}}]}],
       "consortia": [{"id": "stock", "option": "pharmacy-first", "dataQuality": 2, "firstYear": 1,
                      "pricing": "incremental",
                      "tiers": [{"fromVolume": 0, "unitPrice": 2.10}, {"fromVolume": 1000, "unitPrice": 1.90}],
                      "members": [{"organisation": "pharmacy-east", "volume": 800},
                                  {"organisation": "pharmacy-west", "volume": 600}]}],
       "transfers": [{"id": "service-fee", "option": "pharmacy-first", "payer": "federation",
                      "receiver": "pharmacy-east", "amount": 1200, "firstYear": 1, "flow": "fee"}],
       "gainShares": [{"id": "gp-time-share", "option": "pharmacy-first", "lines": ["gp-time"],
                       "holder": "federation",
                       "schedule": [{"firstYear": 1, "shares": {"pharmacy-east": 0.3}},
                                    {"firstYear": 2, "shares": {"pharmacy-east": 0.2}, "cap": 2000}]}],
       "rewards": [{"id": "waits-reward", "option": "pharmacy-first", "payer": "federation",
                    "receiver": "pharmacy-west", "line": "gp-time", "target": 7, "amount": 500}],
       "observations": [{"line": "gp-time", "period": {"from": "2026-10-01", "to": "2027-04-01"},
                         "value": 7.5, "count": 2100, "source": "practice system", "capturedOn": "2027-04-15"}],
       "scenarios": [{"name": "dear", "description": "consultations cost more",
                      "parameters": {"consult-cost": 18}}]}
      """;

  /** Written and read back, the document is a fixed point: nothing is lost or added. */
  @Test
  void everySectionIsWrittenInTheFormItIsRead() {
    Appraisal read = AppraisalJson.parse(PHARMACY);
    String written = AppraisalJson.write(read);
    Appraisal again = AppraisalJson.parse(written);
    assertEquals(written, AppraisalJson.write(again));
    assertEquals(read.options(), again.options());
    assertEquals(read.gainShares(), again.gainShares());
    assertEquals(read.transfers(), again.transfers());
    assertEquals(read.rewards(), again.rewards());
    assertEquals(read.consortia(), again.consortia());
    assertEquals(read.observations(), again.observations());
    assertEquals(read.parameters(), again.parameters());
    // the override replaced grade 4 only, and is written whole
    assertEquals("weak", again.referenceData().correction(4).description());
    assertEquals(AppraisalReference.defaults().correction(5), again.referenceData().correction(5));
    assertTrue(written.contains("\"referenceData\""));
  }

  /** JSON in, JSON out gives the result document of the same appraisal evaluated in Java. */
  @Test
  void evaluateIsTheCalculatorsResultWritten() {
    String expected =
        AppraisalJson.write(new BenefitCalculator().evaluate(AppraisalJson.parse(PHARMACY)));
    assertEquals(expected, AppraisalJson.evaluate(PHARMACY));
    assertEquals(
        expected,
        new String(
            AppraisalJson.evaluate(PHARMACY.getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8));
    assertEquals(expected, AppraisalJson.evaluateOutcome(PHARMACY).value().orElseThrow());
  }

  /**
   * The library's defaults are the figures {@code reference-data.json} holds as data: read with the
   * codec, the resource writes the same JSON as the defaults do, to the last digit and word.
   */
  @Test
  void theDefaultsAreTheResourceFigures() throws IOException {
    byte[] bytes;
    try (InputStream in = AppraisalReference.class.getResourceAsStream("reference-data.json")) {
      bytes = in.readAllBytes();
    }
    Problems problems = Problems.collector();
    Optional<AppraisalReference> read =
        JsonValue.root(Json.parse(bytes), problems)
            .object(o -> AppraisalReferenceJson.read(o, Optional.empty()));
    assertEquals(List.of(), problems.list());
    assertEquals(
        Json.write(AppraisalReferenceJson.write(read.orElseThrow())),
        Json.write(AppraisalReferenceJson.write(AppraisalReference.defaults())));
  }

  /**
   * A document without its title is still checked: the horizon out of range is reported with the
   * missing title (before, the reader stopped at the title and the horizon went unreported).
   */
  @Test
  void aMissingTitleDoesNotHideOtherProblems() {
    String doc =
        """
        {"schemaVersion": 1, "yearZero": "2026/27", "horizonYears": 0,
         "options": [{"id": "gp-only", "name": "GP only", "counterfactual": true, "lines": []}]}""";
    ValidationException e = assertThrows(ValidationException.class, () -> AppraisalJson.parse(doc));
    assertEquals(
        List.of("/title required", "/horizonYears range"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
  }

  /**
   * A missing horizon is reported once (the appraisal's own range check at the same path is left
   * out), and the rest of the document is still checked: it has no network option.
   */
  @Test
  void aMissingHorizonIsReportedOnceAndTheRestStillChecked() {
    String doc =
        """
        {"schemaVersion": 1, "title": "t", "yearZero": "2026/27",
         "options": [{"id": "gp-only", "name": "GP only", "counterfactual": true, "lines": []}]}""";
    ValidationException e = assertThrows(ValidationException.class, () -> AppraisalJson.parse(doc));
    assertEquals(
        List.of("/horizonYears required", "/options appraisal.no-option"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
  }

  /**
   * Problems come in the order of the document on every run: four unknown project types of a mix
   * are reported in the order written (the mix was kept in a {@code Map.copyOf}, whose order
   * changes from one JVM to the next).
   */
  @Test
  void problemsFollowTheDocumentsOrder() {
    String doc =
        PHARMACY.replace(
            "\"optimismBias\": {\"projectType\": \"outsourcing\", \"mitigated\": 0.5}",
            "\"optimismBias\": {\"mix\": {\"zeta\": 0.25, \"alpha\": 0.25, \"mu\": 0.25,"
                + " \"beta\": 0.25}, \"mitigated\": 0.5}");
    ValidationException e = assertThrows(ValidationException.class, () -> AppraisalJson.parse(doc));
    assertEquals(
        List.of(
            "/optimismBias/mix/zeta",
            "/optimismBias/mix/alpha",
            "/optimismBias/mix/mu",
            "/optimismBias/mix/beta"),
        e.problems().stream().map(p -> p.path()).toList());
  }

  /** An unknown pricing names the two there are, in the same order on every run. */
  @Test
  void anUnknownPricingNamesThePricings() {
    String doc = PHARMACY.replace("\"pricing\": \"incremental\"", "\"pricing\": \"bulk\"");
    ValidationException e = assertThrows(ValidationException.class, () -> AppraisalJson.parse(doc));
    assertEquals(
        List.of(
            "/consortia/0/pricing: 'bulk' is not one of: all-units, incremental [unknown-value]"),
        e.problems().stream().map(p -> p.toString()).toList());
  }
}
