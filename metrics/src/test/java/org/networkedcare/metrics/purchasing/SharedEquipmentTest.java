package org.networkedcare.metrics.purchasing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.metrics.json.PurchasingJson;

/**
 * Shared equipment: where it is on a date, its next calibration, and bad moves at their pointers.
 */
class SharedEquipmentTest {

  @Test
  void movesAndCalibration() {
    String json =
        """
        {"id": "OCT-1", "name": "OCT scanner", "owner": "RCE", "site": "RHA01",
         "moves": [{"date": "2024-05-01", "from": "RHA01", "to": "RHB01"}],
         "calibrationIntervalMonths": 6, "lastCalibration": "2024-03-10"}""";
    SharedEquipment e =
        PurchasingJson.sharedEquipment(JsonValue.root(Json.parse(json), Problems.collector()))
            .orElseThrow();
    assertEquals(OdsCode.of("RHA01"), e.siteOn(LocalDate.parse("2024-04-30")));
    assertEquals(OdsCode.of("RHB01"), e.siteOn(LocalDate.parse("2024-05-01")));
    assertEquals(LocalDate.parse("2024-09-10"), e.nextCalibration()); // 10 March + 6 months
    assertEquals(
        e,
        PurchasingJson.sharedEquipment(
                JsonValue.root(PurchasingJson.write(e), Problems.collector()))
            .orElseThrow());
  }

  @Test
  void aMoveFromTheWrongSiteAndAZeroIntervalAreReported() {
    String json =
        """
        {"id": "OCT-1", "owner": "RCE", "site": "RHA01",
         "moves": [{"date": "2024-05-01", "from": "RHB01", "to": "RHC01"}],
         "calibrationIntervalMonths": 0, "lastCalibration": "2024-03-10"}""";
    Problems problems = Problems.collector();
    assertTrue(
        PurchasingJson.sharedEquipment(JsonValue.root(Json.parse(json), problems)).isEmpty());
    assertEquals(
        List.of("/calibrationIntervalMonths", "/moves/0/from"),
        problems.list().stream().map(Problem::path).sorted().toList());
  }
}
