package org.networkedcare.governance.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.AgreementJson;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.AppraisalResult;
import org.networkedcare.metrics.appraisal.BenefitCalculator;
import org.networkedcare.metrics.appraisal.Transfer;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * Transfers resolved from a host agreement's money flows, on a small physiotherapy network of its
 * own: the hub ZPA (appraisal party "hub", with its ODS code) runs clinics in rooms the host ZPB
 * (party "ZPB", named by its code) lets it for GBP 1,000 a month from 1 April 2025 to 1 April 2028,
 * indexed 3% a year. Year 0 is 2025/26, horizon 4 years.
 *
 * <p>By hand: 12,000.00 in 2025/26, 12,000 x 1.03 = 12,360.00 in 2026/27, 12,000 x 1.03^2 =
 * 12,730.80 in 2027/28, nothing in 2028/29. PV at 3.5% = 12,000.00 + 12,360 x 0.9661835749 +
 * 12,730.80 x 0.9335107004 = 12,000.00 + 11,942.03 + 11,884.34 = 35,826.37.
 */
class AgreementTransfersTest {

  private static final String AGREEMENT =
      """
      {"id": "PHYSIO-1", "title": "Physiotherapy clinics at ZPB", "provider": "ZPA", "host": "ZPB",
       "commissioners": ["QZP"], "legalCharacter": "nhs-contract",
       "arrangement": "provider-delivers-and-accountable", "origin": "new",
       "sites": [{"site": "ZPB01", "services": ["physiotherapy"]}],
       "moneyFlows": [
         {"id": "rooms", "payer": "ZPA", "payee": "ZPB", "purpose": "rent", "amount": 1000, "per": "month",
          "dates": {"from": "2025-04-01", "to": "2028-04-01"}, "indexation": 0.03},
         {"payer": "ZPB", "payee": "ZPA", "purpose": "old fee", "amount": 500, "per": "quarter",
          "dates": {"from": "2020-04-01", "to": "2024-04-01"}}],
       "route": "standard",
       "term": {"start": "2025-04-01", "end": "2028-03-31", "noticeMonths": 6, "reviewMonths": 12},
       "exit": {"staff": "provider", "equipment": "provider", "activity": "host",
                "allowedConsequences": ["review"]}}""";

  private static List<HostAgreement> agreements() {
    Problems problems = Problems.collector();
    HostAgreement a =
        AgreementJson.hostAgreement(JsonValue.root(Json.parse(AGREEMENT), problems)).orElseThrow();
    assertTrue(problems.isEmpty(), problems.list().toString());
    return List.of(a);
  }

  private static String appraisal(String transfers) {
    return """
        {"schemaVersion": 1, "title": "physio", "yearZero": "2025/26", "horizonYears": 4,
         "parties": [{"id": "hub", "name": "Physiotherapy hub", "odsCode": "ZPA"},
                     {"id": "ZPB", "name": "Host trust"},
                     {"id": "icb", "name": "ICB"}],
         "options": [{"id": "bau", "name": "bau", "counterfactual": true, "lines": []},
                     {"id": "clinics", "name": "Clinics", "lines": [
                       {"id": "sessions", "type": "cost", "organisation": "hub", "category": "access",
                        "valueType": "fiscal", "cashReleasing": true, "dataQuality": 1, "amount": 40000}]}],
         "transfers": [%s]}"""
        .formatted(transfers);
  }

  private static final String HEAD =
      "\"option\": \"clinics\", \"payer\": \"hub\", \"receiver\": \"ZPB\"";

  @Test
  void aTransferNamingAFlowTakesTheAgreementsAmountsYearsAndIndexation() {
    Appraisal given =
        AppraisalJson.parse(
            appraisal(
                "{\"id\": \"rooms\", "
                    + HEAD
                    + ", \"flow\": \"agreement:PHYSIO-1/rooms\", \"description\": \"clinic rooms\"}"));
    assertTrue(given.transfers().get(0).awaitsFlow());
    // without the agreement, the appraisal cannot be evaluated, and says why, where
    ValidationException e =
        assertThrows(ValidationException.class, () -> new BenefitCalculator().evaluate(given));
    assertEquals(
        List.of("/transfers/0/flow transfer.flow-unresolved"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    Appraisal resolved = AgreementTransfers.resolve(given, agreements());
    Transfer t = resolved.transfers().get(0);
    assertEquals(
        List.of("12000.00", "12360.00", "12730.80"),
        t.profile().stream().map(Object::toString).toList());
    assertEquals(0, t.firstYear().getAsInt());
    assertEquals("rooms", t.id());
    assertEquals("clinic rooms", t.description());
    AppraisalResult.OptionResult r = new BenefitCalculator().evaluate(resolved).option("clinics");
    assertEquals(Money.of("35826.37"), r.settlements().get(0).presentValue());
    AppraisalResult.OrganisationPosition hub =
        r.positions().stream()
            .filter(p -> p.organisation().equals("hub"))
            .findFirst()
            .orElseThrow();
    assertEquals(Money.of("-35826.37"), hub.transfers());
    // one source of truth: resolving again changes nothing
    assertEquals(resolved, AgreementTransfers.resolve(resolved, agreements()));
  }

  @Test
  void aTransferThatGivesTheAgreementsAmountsStandsAsGiven() {
    Appraisal given =
        AppraisalJson.parse(
            appraisal(
                "{\"id\": \"rooms\", "
                    + HEAD
                    + ", \"amount\": 12000, \"indexation\": 0.03, \"firstYear\": 0, \"lastYear\": 2,"
                    + " \"flow\": \"agreement:PHYSIO-1/rooms\"}"));
    assertSame(given, AgreementTransfers.resolve(given, agreements()));
    Appraisal none = AppraisalJson.parse(appraisal("{\"id\": \"x\", " + HEAD + ", \"amount\": 5}"));
    assertSame(none, AgreementTransfers.resolve(none, agreements()));
  }

  @Test
  void everyMismatchAndUnknownReferenceIsReportedAtOnceAtItsPointer() {
    String transfers =
        String.join(
            ",\n",
            // 0: a year 2 of 12,730.81 rather than 12,730.80 (no indexation, a profile)
            "{\"id\": \"t0\", "
                + HEAD
                + ", \"profile\": [12000, 12360, 12730.81], \"firstYear\": 0,"
                + " \"flow\": \"agreement:PHYSIO-1/rooms\"}",
            // 1: the whole horizon rather than years 0-2
            "{\"id\": \"t1\", "
                + HEAD
                + ", \"amount\": 12000, \"indexation\": 0.03, \"firstYear\": 0,"
                + " \"flow\": \"agreement:PHYSIO-1/rooms\"}",
            "{\"id\": \"t2\", " + HEAD + ", \"flow\": \"agreement:PHYSIO-9/rooms\"}",
            "{\"id\": \"t3\", " + HEAD + ", \"flow\": \"agreement:PHYSIO-1/parking\"}",
            "{\"id\": \"t4\", \"option\": \"clinics\", \"payer\": \"icb\", \"receiver\": \"hub\","
                + " \"flow\": \"agreement:PHYSIO-1/rooms\"}",
            "{\"id\": \"t5\", " + HEAD + ", \"flow\": \"PHYSIO-1 rooms\"}",
            "{\"id\": \"t6\", \"option\": \"clinics\", \"payer\": \"ZPB\", \"receiver\": \"hub\","
                + " \"flow\": \"agreement:PHYSIO-1/old fee\"}",
            "{\"id\": \"t7\", "
                + HEAD
                + ", \"amount\": \"rent\", \"flow\": \"agreement:PHYSIO-1/rooms\"}");
    String doc =
        appraisal(transfers)
            .replace(
                "\"options\"",
                "\"parameters\": {\"rent\": {\"value\": 12000, \"low\": 11000, \"high\": 13000,"
                    + " \"unit\": \"GBP\", \"description\": \"rent\", \"source\": \"test\"}},\n"
                    + " \"options\"");
    Appraisal given = AppraisalJson.parse(doc);
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> AgreementTransfers.resolve(given, agreements()));
    assertEquals(
        List.of(
            "/transfers/0/profile transfer.flow-mismatch",
            "/transfers/1/amount transfer.flow-mismatch",
            "/transfers/2/flow unknown-reference",
            "/transfers/3/flow unknown-reference",
            "/transfers/4/payer transfer.flow-mismatch",
            "/transfers/4/receiver transfer.flow-mismatch",
            "/transfers/5/flow transfer.flow-reference",
            "/transfers/6/flow transfer.flow-outside-horizon",
            "/transfers/7/amount transfer.flow-mismatch"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    List<String> messages = e.problems().stream().map(Problem::message).toList();
    assertTrue(messages.get(0).contains("pays GBP 12730.80 in year 2 (2027/28)"), messages.get(0));
    assertTrue(messages.get(1).contains("pays GBP 0.00 in year 3"), messages.get(1));
    assertTrue(messages.get(2).contains("the agreements are: [PHYSIO-1]"), messages.get(2));
    assertTrue(messages.get(3).contains("agreement:PHYSIO-1/rooms"), messages.get(3));
  }

  @Test
  void aTransferAwaitingItsFlowGivesNoYearsOfItsOwn() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                AppraisalJson.parse(
                    appraisal(
                        "{\"id\": \"rooms\", "
                            + HEAD
                            + ", \"firstYear\": 1, \"indexation\": 0.02,"
                            + " \"flow\": \"agreement:PHYSIO-1/rooms\"}")));
    assertEquals(
        List.of("/transfers/0/firstYear line.form", "/transfers/0/indexation line.form"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
    // without a flow, an amount or profile is still required
    e =
        assertThrows(
            ValidationException.class,
            () -> AppraisalJson.parse(appraisal("{\"id\": \"rooms\", " + HEAD + "}")));
    assertEquals(
        List.of("/transfers/0 line.form"),
        e.problems().stream().map(p -> p.path() + " " + p.code()).toList());
  }
}
