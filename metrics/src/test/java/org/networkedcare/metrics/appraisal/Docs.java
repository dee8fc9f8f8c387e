package org.networkedcare.metrics.appraisal;

import org.networkedcare.metrics.json.AppraisalJson;

/** Small appraisal documents for tests. */
final class Docs {

  private Docs() {}

  static final String PARTIES =
      """
      [{"id": "centre", "name": "Specialist centre", "role": "centre"},
       {"id": "host", "name": "Host trust", "role": "host"},
       {"id": "patients", "name": "Patients", "role": "patients"}]""";

  /**
   * An appraisal over {@code years} years with 2025/26 as year 0, the given counterfactual and
   * option lines.
   */
  static String appraisal(int years, String extra, String counterfactualLines, String optionLines) {
    return """
        {"schemaVersion": 1, "title": "test", "yearZero": "2025/26", "horizonYears": %d,
         "parties": %s,
         %s
         "options": [
           {"id": "bau", "name": "Business as usual", "counterfactual": true, "lines": [%s]},
           {"id": "network", "name": "Network", "lines": [%s]}]}
        """
        .formatted(
            years, PARTIES, extra.isEmpty() ? "" : extra + ",", counterfactualLines, optionLines);
  }

  static AppraisalResult.OptionResult evaluate(String json) {
    return new BenefitCalculator().evaluate(AppraisalJson.parse(json)).option("network");
  }
}
