package org.networkedcare.core.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * That an organisation is a member of a network in a role over a half-open period. Memberships are
 * history: they are added, never edited.
 *
 * <p>JSON fields: {@code organisation} (ODS code), {@code role} (a network role), {@code validity}
 * ({@link DateRange}: {@code from}, optional {@code to}).
 *
 * @param organisation the member's ODS code
 * @param role the member's role in the network
 * @param validity when the membership holds
 */
public record NetworkMembership(OdsCode organisation, NetworkRole role, DateRange validity) {

  /**
   * Checks the membership: every part present ({@code required}).
   *
   * @param organisation the member's ODS code
   * @param role the member's role in the network
   * @param validity when the membership holds
   * @throws ValidationException with every problem
   */
  public NetworkMembership {
    Problems problems = Problems.collector();
    problems.at("organisation").required(organisation);
    problems.at("role").required(role);
    problems.at("validity").required(validity);
    problems.throwIfAny();
  }

  /**
   * {@return whether the membership holds on a date}
   *
   * @param date the date
   */
  public boolean isValidOn(LocalDate date) {
    return validity.contains(date);
  }

  /**
   * {@return whether this membership and another are of the same organisation in the same role over
   * periods that share a date}
   *
   * @param other the other membership
   */
  public boolean overlaps(NetworkMembership other) {
    return organisation.equals(other.organisation)
        && role.equals(other.role)
        && validity.overlaps(other.validity);
  }

  /**
   * {@return a membership read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<NetworkMembership> fromJson(JsonValue value) {
    return value.object(NetworkMembership::read);
  }

  private static Optional<NetworkMembership> read(JsonObject object) {
    Optional<OdsCode> organisation = object.required("organisation", OrganisationJson::odsCode);
    Optional<NetworkRole> role = object.required("role", NetworkRole::fromJson);
    Optional<DateRange> validity = object.required("validity", ValueJson::dateRange);
    return object.buildAll(
        () ->
            new NetworkMembership(
                JsonObject.orMissing(organisation),
                JsonObject.orMissing(role),
                JsonObject.orMissing(validity)));
  }

  /** {@return the membership as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("organisation", organisation.value());
    node.put("role", role.id());
    node.set("validity", ValueJson.write(validity));
    return node;
  }

  /** {@return organisation, role and validity} */
  @Override
  public String toString() {
    return organisation + " as " + role + " " + validity;
  }
}
