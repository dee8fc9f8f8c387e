package org.networkedcare.governance.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/** A governance document written to JSON and read back is equal to itself. */
class RoundTripTest {

  private static GovernanceDocument roundTrip(GovernanceDocument doc) {
    return AssuranceJson.parse(
        Json.write(AssuranceJson.tree(doc)).getBytes(StandardCharsets.UTF_8),
        GovernanceReferenceJson.defaults());
  }

  @Test
  void theWorkedExampleRoundTrips() {
    GovernanceDocument doc = EasternEye.document();
    assertEquals(doc, roundTrip(doc));
    assertEquals(AssuranceJson.tree(doc), AssuranceJson.tree(roundTrip(doc)));
  }

  @Test
  void everyShuffledVariantRoundTrips() {
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GovernanceDocument doc = Documents.read(GovernancePropertiesTest.shuffled(seed));
              assertEquals(doc, roundTrip(doc));
            });
  }
}
