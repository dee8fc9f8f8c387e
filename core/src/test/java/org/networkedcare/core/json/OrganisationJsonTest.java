package org.networkedcare.core.json;

import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.decode;

import org.junit.jupiter.api.Test;

/** Sites and provisions read from JSON: every problem at its path. */
class OrganisationJsonTest {

  @Test
  void aSiteReadFromJsonReportsEveryFieldProblemWithItsPath() {
    assertProblems(
        () -> decode("{'code': 'rha01', 'name': 7, 'manager': 'RHA'}", OrganisationJson::site),
        "/code ods.format",
        "/name type",
        "/organisation required",
        "/manager unknown-field");
  }

  @Test
  void aProvisionReadFromJsonReportsNestedPeriodProblems() {
    assertProblems(
        () ->
            decode(
                "{'organisation': 'RCE', 'service': 'cataract', 'site': 'RHA01',"
                    + " 'period': {'from': '2024-04-01', 'to': '2024-04-01'}}",
                OrganisationJson::serviceProvision),
        "/period/to range.order");
    assertProblems(
        () ->
            decode(
                "{'organisation': 'RCE', 'service': 'bad id', 'site': 'RHA01',"
                    + " 'period': {'from': '2024-13-01'}}",
                OrganisationJson::serviceProvision),
        "/service id.format",
        "/period/from format");
  }
}
