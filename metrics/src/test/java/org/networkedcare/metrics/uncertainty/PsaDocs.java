package org.networkedcare.metrics.uncertainty;

/** A small appraisal document with distributions, for the PSA tests. */
final class PsaDocs {

  private PsaDocs() {}

  /** An appraisal with the given parameters object and a health line, over 5 years. */
  static String appraisal(String parameters) {
    return """
        {"schemaVersion": 1, "title": "psa test", "yearZero": "2025/26", "horizonYears": 5,
         "parties": [{"id": "centre", "name": "Centre", "role": "centre"},
                     {"id": "host", "name": "Host", "role": "host"},
                     {"id": "patients", "name": "Patients", "role": "patients"}],
         "qalyValue": 70000,
         "parameters": %s,
         "options": [
           {"id": "bau", "name": "Business as usual", "counterfactual": true, "lines": [
             {"id": "locums", "type": "cost", "organisation": "host", "category": "resilience", "valueType": "fiscal",
              "cashReleasing": true, "dataQuality": 1, "amount": "locum", "source": "test"}]},
           {"id": "network", "name": "Network", "lines": [
             {"id": "staff", "type": "cost", "organisation": "centre", "category": "access", "valueType": "fiscal",
              "cashReleasing": true, "dataQuality": 1, "amount": "staff", "source": "test"},
             {"id": "locums", "type": "cost", "organisation": "host", "category": "resilience", "valueType": "fiscal",
              "cashReleasing": true, "dataQuality": 1, "amount": 10000, "probability": "p", "source": "test"},
             {"id": "health", "type": "benefit", "organisation": "patients", "category": "quality", "valueType": "health",
              "dataQuality": 1, "amount": "qaly", "source": "test"}]},
           {"id": "lean", "name": "Lean network", "lines": [
             {"id": "staff", "type": "cost", "organisation": "centre", "category": "access", "valueType": "fiscal",
              "cashReleasing": true, "dataQuality": 1, "amount": 60000, "source": "test"},
             {"id": "locums", "type": "cost", "organisation": "host", "category": "resilience", "valueType": "fiscal",
              "cashReleasing": true, "dataQuality": 1, "amount": 50000, "source": "test"},
             {"id": "health", "type": "benefit", "organisation": "patients", "category": "quality", "valueType": "health",
              "dataQuality": 1, "amount": "qaly2", "source": "test"}]}]}
        """
        .formatted(parameters);
  }

  /**
   * Parameters with a distribution of every univariate type, a correlated pair and a Dirichlet
   * group.
   */
  static final String PARAMETERS =
      """
      {"locum": {"value": 150000, "distribution": {"type": "gamma", "mean": 150000, "sd": 15000}},
       "staff": {"value": 100000, "distribution": {"type": "normal", "mean": 100000, "sd": 10000,
                                                    "correlations": {"staff2": 0.6}}},
       "staff2": {"value": 1, "distribution": {"type": "normal", "mean": 1, "sd": 0.1}},
       "p": {"value": 0.3, "distribution": {"type": "beta", "mean": 0.3, "sd": 0.1}},
       "qaly": {"value": 3, "distribution": {"type": "lognormal", "mean": 3, "sd": 1}},
       "qaly2": {"value": 2, "distribution": {"type": "pert", "min": 1, "mode": 2, "max": 4}},
       "t": {"value": 2, "distribution": {"type": "triangular", "min": 1, "mode": 2, "max": 4}},
       "u": {"value": 2, "distribution": {"type": "uniform", "min": 1, "max": 3}},
       "f": {"value": 2, "distribution": {"type": "fixed", "value": 2}},
       "s1": {"value": 0.5, "distribution": {"type": "dirichlet", "group": "mix", "mean": 0.5, "sd": 0.035}},
       "s2": {"value": 0.15, "distribution": {"type": "dirichlet", "group": "mix", "mean": 0.15}},
       "s3": {"value": 0.35, "distribution": {"type": "dirichlet", "group": "mix", "mean": 0.35}},
       "plain": {"value": 7}}""";
}
