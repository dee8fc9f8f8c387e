package org.networkedcare.governance.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.governance.json.AgreementJson;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.Transfer;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * An agreement's money flow becomes an appraisal transfer by reference: its amounts are the
 * agreement's.
 */
class MoneyFlowTransferTest {

  private static MoneyFlow rent(Optional<BigDecimal> indexation, String to) {
    return new MoneyFlow(
        OdsCode.of("RCE"),
        OdsCode.of("RHA"),
        "rent",
        Money.of("2500.00"),
        "month",
        DateRange.of(java.time.LocalDate.parse("2024-10-01"), java.time.LocalDate.parse(to)),
        Optional.of("clinic-rent"),
        indexation);
  }

  /**
   * GBP 2,500 a month from 1 October 2024 to 1 April 2027, 2% a year: 2024/25 has 182 of 365 days
   * at 30,000 a year = 14,958.90; 2025/26 30,000 x 1.02 = 30,600.00; 2026/27 30,000 x 1.02^2 =
   * 31,212.00; nothing from 2027/28.
   */
  @Test
  void aMonthlyIndexedRentBecomesAYearlyProfileProRataToTheDaysItFlows() {
    Transfer t =
        rent(Optional.of(new BigDecimal("0.02")), "2027-04-01")
            .transfer(
                "A1", "network", "centre", "host", FinancialYear.parse("2024/25"), 6, "nominal")
            .orElseThrow();
    assertEquals(
        List.of("14958.90", "30600.00", "31212.00"),
        t.profile().stream().map(Object::toString).toList());
    assertEquals(0, t.firstYear().getAsInt());
    assertEquals(Optional.of("agreement:A1/clinic-rent"), t.flow());
    assertEquals("centre", t.payer());
    assertEquals("nominal", t.prices());
    // a flow that starts after year 0 starts its profile there
    Transfer later =
        rent(Optional.empty(), "2027-04-01")
            .transfer(
                "A1", "network", "centre", "host", FinancialYear.parse("2023/24"), 6, "nominal")
            .orElseThrow();
    assertEquals(1, later.firstYear().getAsInt());
    assertEquals(
        List.of("14958.90", "30000.00", "30000.00"),
        later.profile().stream().map(Object::toString).toList());
    // outside the horizon: no transfer
    assertTrue(
        rent(Optional.empty(), "2027-04-01")
            .transfer("A1", "n", "c", "h", FinancialYear.parse("2030/31"), 3, "real")
            .isEmpty());
  }

  @Test
  void idAndIndexationAreReadWrittenAndChecked() {
    String json =
        "{\"payer\": \"RCE\", \"payee\": \"RHA\", \"purpose\": \"rent\", \"amount\": 2500.00, \"per\": \"month\","
            + " \"dates\": {\"from\": \"2024-04-01\"}, \"id\": \"clinic-rent\", \"indexation\": 0.02}";
    Problems problems = Problems.collector();
    MoneyFlow flow =
        AgreementJson.moneyFlow(JsonValue.root(Json.parse(json), problems)).orElseThrow();
    assertTrue(problems.isEmpty());
    assertEquals(Optional.of(new BigDecimal("0.02")), flow.indexation());
    assertEquals(
        flow,
        AgreementJson.moneyFlow(JsonValue.root(AgreementJson.write(flow), Problems.collector()))
            .orElseThrow());
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                new MoneyFlow(
                    OdsCode.of("RCE"),
                    OdsCode.of("RHA"),
                    "rent",
                    Money.of("1.00"),
                    "month",
                    DateRange.startingOn(java.time.LocalDate.parse("2024-04-01")),
                    Optional.of(" "),
                    Optional.of(new BigDecimal("-1"))));
    assertEquals(List.of("/id", "/indexation"), e.problems().stream().map(p -> p.path()).toList());
  }

  /** The transfer made from the flow is one an appraisal accepts, and moves no network total. */
  @Test
  void theTransferGoesIntoAnAppraisal() {
    Transfer t =
        rent(Optional.empty(), "2027-04-01")
            .transfer("A1", "network", "centre", "host", FinancialYear.parse("2024/25"), 4, "real")
            .orElseThrow();
    String doc =
        """
        {"schemaVersion": 1, "title": "t", "yearZero": "2024/25", "horizonYears": 4,
         "parties": [{"id": "centre", "name": "Centre"}, {"id": "host", "name": "Host"}],
         "options": [{"id": "bau", "name": "bau", "counterfactual": true, "lines": []},
                     {"id": "network", "name": "n", "lines": [{"id": "x", "type": "cost", "organisation": "centre",
                       "category": "other", "valueType": "fiscal", "dataQuality": 1, "amount": 1000}]}],
         "transfers": []}""";
    Appraisal with = Appraisal.builder().from(AppraisalJson.parse(doc)).addTransfers(t).build();
    Appraisal read = AppraisalJson.parse(AppraisalJson.write(with));
    assertEquals(t, read.transfers().get(0));
  }
}
