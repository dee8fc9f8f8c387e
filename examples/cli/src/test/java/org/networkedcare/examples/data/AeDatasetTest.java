package org.networkedcare.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.ReportingPeriod;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.metrics.dataset.DatasetRow;
import org.networkedcare.metrics.dataset.MeasureDataset;
import org.networkedcare.metrics.dataset.MeasureDatasets;
import org.networkedcare.metrics.dataset.ReportingUnit;

/**
 * The documented step that made the example's bbmk-data.csv from the A&amp;E file, and what it
 * holds.
 */
class AeDatasetTest {

  private static byte[] resource(String name) {
    try (InputStream in =
        AeDatasetTest.class.getResourceAsStream("/org/networkedcare/examples/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final NetworkDocument NETWORK = NetworkJson.parse(resource("bbmk-network.json"));

  @Test
  void theShippedDatasetIsTheConversionOfTheShippedAeFile() {
    List<DatasetRow> rows =
        AeDataset.rows(AeAttendances.shipped(), NETWORK, "emergency-department");
    assertEquals(
        MeasureDatasets.csv(rows),
        new String(resource("bbmk-data.csv"), StandardCharsets.UTF_8),
        "bbmk-data.csv is regenerated with MeasureDatasets.csv(AeDataset.rows(AeAttendances.shipped(), network, \"emergency-department\"))");
  }

  @Test
  void eachTrustsMonthIsAtItsDepartmentsSiteAndTheCentreAsAWhole() {
    MeasureDataset data = MeasureDatasets.read(resource("bbmk-data.csv"), "bbmk-data.csv", NETWORK);
    // RC1, March 2018, in the A&E file (independently: ../shared/data/ae_attendances.csv): 6,457
    // type 1 attendances, 1,056 over four hours; at RC101, Bedford's one type 1 department.
    AeMonth march =
        AeAttendances.shipped().stream()
            .filter(m -> m.orgCode().equals("RC1") && m.month().toString().equals("2018-03"))
            .findFirst()
            .orElseThrow();
    assertEquals(6457, march.attendances());
    var rc101 =
        data.series(
                "ae-4h",
                ReportingUnit.site(OdsCode.of("RC1"), OdsCode.of("RC101")),
                Optional.empty())
            .get(ReportingPeriod.parse("2018-03"));
    assertEquals(
        BigDecimal.valueOf(march.attendances() - march.breaches()),
        rc101.numerator().orElseThrow());
    assertEquals(BigDecimal.valueOf(6457), rc101.denominator().orElseThrow());
    // RC9 has no site in the network document: its rows are the organisation's own.
    assertTrue(
        data.rows().stream()
            .filter(r -> r.organisation().value().equals("RC9"))
            .allMatch(r -> r.site().isEmpty()));
    // The organisation's figure is its one site's, added up.
    assertEquals(
        rc101,
        data.series("ae-4h", ReportingUnit.organisation(OdsCode.of("RC1")), Optional.empty())
            .get(ReportingPeriod.parse("2018-03")));
  }

  @Test
  void theSummaryCountsFourMeasuresFiveTrustsFourSitesAndThirtySixMonthsWithOneGap() {
    String summary =
        MeasureDatasets.read(resource("bbmk-data.csv"), "bbmk-data.csv", NETWORK)
            .summary()
            .render();
    assertTrue(
        summary.startsWith(
            "bbmk-data.csv: 716 rows: 4 measures x 5 organisations x 4 sites x 36 periods"),
        summary);
    // RWH has no September 2017 row in the A&E file: one gap per measure.
    assertTrue(summary.contains("4 gaps"), summary);
    assertTrue(summary.contains("ae-4h at RWH/RWH01: 1 period missing: 2017-09"), summary);
  }
}
