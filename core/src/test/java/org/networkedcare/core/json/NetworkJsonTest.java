package org.networkedcare.core.json;

import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.decode;

import org.junit.jupiter.api.Test;

/** Network values read from JSON: every problem at its path. */
class NetworkJsonTest {

  @Test
  void aPoolingProfileReadFromJsonReportsMissingAndUnknownValues() {
    assertProblems(
        () ->
            decode(
                "{'accountability': 'stays', 'budget': 'pooled', 'staff': 'shared',"
                    + " 'estates': 'stays', 'equipment': 'shared', 'brand': 'stays'}",
                NetworkJson::poolingProfile),
        "/budget unknown-value",
        "/backOffice required");
  }
}
