package org.networkedcare.metrics.cohort;

/** Small cohort models for tests. */
final class Models {

  private Models() {}

  /**
   * Three states (well, sick, dead), 1,000 people well, 3 cycles. Unsupported: from well 0.85 stay
   * (the complement C), 0.10 sick, 0.05 dead; from sick 0.70 stay (C), 0.30 dead. Supported: from
   * well 0.90 stay, 0.05 sick ({@code p_sick * rr}), 0.05 dead. Costs 100 (unsupported) or 150
   * (supported) well, 500 sick; QALYs 1 well, 0.6 sick. Cost at 3.5%, QALYs at 1.5%.
   */
  static String threeState(String method) {
    return """
        {"schemaVersion": 1, "title": "hand", "states": ["well", "sick", "dead"], "cycles": 3,
         "method": "%s", "initialCounts": {"well": 1000},
         "values": [{"name": "cost", "discountRate": 0.035}, {"name": "qaly", "discountRate": 0.015}],
         "cost": "cost", "effect": "qaly",
         "parameters": {"p_sick": {"value": 0.10, "low": 0.08, "high": 0.12},
                        "rr": {"value": 0.5, "low": 0.4, "high": 0.9},
                        "p_sick_supported": {"value": "p_sick * rr"}},
         "stateValues": {"cost": {"well": 100, "sick": 500, "dead": 0},
                         "qaly": {"well": 1, "sick": 0.6, "dead": 0}},
         "strategies": [
           {"name": "unsupported", "transitions": {
              "well": {"well": "C", "sick": "p_sick", "dead": 0.05},
              "sick": {"sick": "C", "dead": 0.3},
              "dead": {"dead": 1}}},
           {"name": "supported", "transitions": {
              "well": {"well": "C", "sick": "p_sick_supported", "dead": 0.05},
              "sick": {"sick": "1 - 0.3", "dead": 0.3},
              "dead": {"dead": 1}},
            "stateValues": {"cost": {"well": 150}}}]}
        """
        .formatted(method);
  }
}
