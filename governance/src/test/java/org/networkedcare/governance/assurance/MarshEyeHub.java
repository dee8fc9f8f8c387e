package org.networkedcare.governance.assurance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/**
 * The second worked example of docs/governance.md ("Decisions, waivers and every commissioner"): an
 * invented eye hub, centre RME with three host sites (RHX01, RHY01, RHZ01), two commissioners (QMA,
 * QMB), a never-event red line at RHY01, a decision log and two waivers.
 */
final class MarshEyeHub {

  private MarshEyeHub() {}

  static byte[] bytes() {
    try (InputStream in = MarshEyeHub.class.getResourceAsStream("marsh-eye-hub.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GovernanceDocument document() {
    return AssuranceJson.parse(bytes(), GovernanceReferenceJson.defaults());
  }

  static Assessment at(String date) {
    return DecisionEngine.evaluate(
        document(), GovernanceReferenceJson.defaults(), LocalDate.parse(date));
  }
}
