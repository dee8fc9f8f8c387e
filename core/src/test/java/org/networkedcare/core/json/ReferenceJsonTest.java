package org.networkedcare.core.json;

import static org.networkedcare.core.testing.ProblemAssertions.assertProblems;
import static org.networkedcare.core.testing.ProblemAssertions.decode;

import org.junit.jupiter.api.Test;

/** Reference data parts read from JSON: every problem at its path. */
class ReferenceJsonTest {

  @Test
  void anOdsFrameChecksItsPatternsAndExamples() {
    assertProblems(
        () ->
            decode(
                "{'role': 'a trust', 'name': '', 'patterns': ['[A-Z', 'R[0-9]{2}'], 'examples': ['RP6'], 'extra': 1}",
                ReferenceJson::odsFrame),
        "/role id.format",
        "/name blank",
        "/patterns/0 pattern.syntax",
        "/extra unknown-field");
    assertProblems(
        () ->
            decode(
                "{'role': 'trust', 'name': 'trust', 'patterns': ['R[0-9]{2}'], 'examples': ['RP6']}",
                ReferenceJson::odsFrame),
        "/examples/0 ods.frame");
  }
}
