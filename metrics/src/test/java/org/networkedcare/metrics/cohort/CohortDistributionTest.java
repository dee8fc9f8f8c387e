package org.networkedcare.metrics.cohort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.json.CohortJson;
import org.networkedcare.metrics.uncertainty.Distribution;
import org.networkedcare.metrics.uncertainty.ParameterSampler;

/** A cohort parameter's distribution is the uncertainty package's, and drives the PSA hook. */
class CohortDistributionTest {

  private static String model(String distribution) {
    return """
        {"schemaVersion": 1, "states": ["well", "dead"], "cycles": 5, "initialCounts": {"well": 1000},
         "values": [{"name": "cost", "discountRate": 0.035}, {"name": "qaly", "discountRate": 0.035}],
         "cost": "cost", "effect": "qaly",
         "parameters": {"p_die": {"value": 0.1, "distribution": %s}, "p_die_network": {"value": "p_die * 0.8"}},
         "stateValues": {"cost": {"well": 100, "dead": 0}, "qaly": {"well": 0.8, "dead": 0}},
         "strategies": [
           {"name": "unsupported", "transitions": {"well": {"well": "C", "dead": "p_die"}, "dead": {"dead": 1}}},
           {"name": "network", "transitions": {"well": {"well": "C", "dead": "p_die_network"}, "dead": {"dead": 1}}}]}
        """
        .formatted(distribution);
  }

  @Test
  void aBetaDistributionIsReadTypedAndRoundTrips() {
    CohortModel m = CohortJson.parse(model("{\"type\": \"beta\", \"alpha\": 10, \"beta\": 90}"));
    Distribution d = m.prepare().distribution("p_die").orElseThrow();
    // Beta(10, 90): mean 10 / 100 = 0.1.
    assertEquals(0.1, ((Distribution.Univariate) d).mean(), 1e-15);
    assertEquals(m, CohortJson.parse(CohortJson.write(m)));
    assertTrue(m.prepare().distribution("p_die_network").isEmpty());
  }

  @Test
  void theSamplerDrawsOnlyParametersWithADistributionAndDerivedOnesFollow() {
    PreparedCohort prepared =
        CohortJson.parse(model("{\"type\": \"beta\", \"alpha\": 10, \"beta\": 90}")).prepare();
    ParameterSampler sampler = prepared.sampler();
    long[] seeds = sampler.seeds(42);
    double[] values = new double[prepared.parameterNames().size()];
    double[] outputs = new double[prepared.outputNames().size()];
    double[] first = null;
    for (int draw = 0; draw < 50; draw++) {
      Arrays.fill(values, Double.NaN);
      sampler.draw(seeds, draw, values);
      double p = values[prepared.parameterIndex("p_die")];
      assertTrue(p > 0 && p < 1, "a beta draw lies in (0, 1): " + p);
      assertTrue(
          Double.isNaN(values[prepared.parameterIndex("p_die_network")]),
          "derived parameters are left to the model");
      prepared.evaluate(values, outputs);
      for (double o : outputs) {
        assertTrue(Double.isFinite(o));
      }
      if (draw == 0) {
        first = values.clone();
      }
    }
    // The same seed and draw index give the same values.
    double[] again = new double[values.length];
    Arrays.fill(again, Double.NaN);
    sampler.draw(sampler.seeds(42), 0, again);
    assertArrayEquals(first, again);
  }

  @Test
  void aBadDistributionIsAProblemAtItsPath() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> CohortJson.parse(model("{\"type\": \"beta\", \"mean\": 0.1, \"sd\": 0}")));
    assertTrue(
        e.problems().stream().anyMatch(p -> p.path().startsWith("/parameters/p_die/distribution")),
        e::getMessage);
    ValidationException unknown =
        assertThrows(
            ValidationException.class,
            () -> CohortJson.parse(model("{\"type\": \"weibull\", \"shape\": 2}")));
    assertEquals(
        List.of("/parameters/p_die/distribution/type"),
        unknown.problems().stream()
            .map(p -> p.path())
            .filter(p -> p.contains("distribution"))
            .distinct()
            .toList());
  }
}
