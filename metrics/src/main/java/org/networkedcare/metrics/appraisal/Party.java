package org.networkedcare.metrics.appraisal;

import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Someone who bears a cost or receives a benefit in an appraisal: an organisation of the network
 * (the centre, a host trust, a commissioner), or a wider party such as patients or the wider NHS.
 * Results are reported per party.
 *
 * <p>JSON: {@code {"id": "host-a", "name": "Host District Hospital NHS Trust", "role": "host",
 * "odsCode": "RXX"}}; {@code role} and {@code odsCode} are optional.
 *
 * @param id the id lines use, unique in the appraisal
 * @param name the name people read
 * @param role the part it plays, such as {@code centre}, {@code host}, {@code commissioner}, {@code
 *     patients} or {@code wider-nhs}; empty string when not given
 * @param odsCode the ODS code of an NHS organisation, if it has one
 */
public record Party(String id, String name, String role, Optional<String> odsCode) {

  /**
   * Checks the parts: a non-blank id and name.
   *
   * @param id the id
   * @param name the name
   * @param role the role
   * @param odsCode the ODS code, if any
   * @throws ValidationException with {@code blank} or {@code required} problems
   */
  public Party {
    Problems problems = Problems.collector();
    if (problems.at("id").required(id)) {
      problems.at("id").check(!id.isBlank(), "blank", "an id is not blank");
    }
    if (problems.at("name").required(name)) {
      problems.at("name").check(!name.isBlank(), "blank", "a name is not blank");
    }
    problems.at("role").required(role);
    problems.at("odsCode").required(odsCode);
    problems.throwIfAny();
  }

  /**
   * {@return a party with no role or ODS code}
   *
   * @param id the id
   * @param name the name
   */
  public static Party of(String id, String name) {
    return new Party(id, name, "", Optional.empty());
  }
}
