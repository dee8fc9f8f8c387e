package org.networkedcare.governance.escalation;

import org.networkedcare.core.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * The holder of an escalation level, given relative to the agreement: a party and a role at it, or
 * an external organisation named outright.
 *
 * <p>JSON: {@code {"party": "provider", "role": "site clinical lead"}} or {@code {"party":
 * "external", "organisation": "Y56", "role": "regional director"}}.
 *
 * @param party which party holds the level
 * @param role the role at that party
 * @param organisation the organisation, for {@link Party#EXTERNAL} only
 */
public record Holder(Party party, String role, Optional<OdsCode> organisation) {

  /** A party relative to an agreement. */
  public enum Party {
    /** The agreement's provider (the centre). */
    PROVIDER("provider"),
    /** The agreement's host. */
    HOST("host"),
    /** The agreement's first-named commissioner. */
    COMMISSIONER("commissioner"),
    /** The network (its ODS code, or else its centre). */
    NETWORK("network"),
    /** An organisation named by the level, such as a regulator. */
    EXTERNAL("external"),
    /** The dispute route of the agreement's legal character, led by the provider. */
    DISPUTE_ROUTE("dispute-route");

    private final String id;

    Party(String id) {
      this.id = id;
    }

    /** {@return the JSON identifier} */
    public String id() {
      return id;
    }

    /** {@return whether a level held by this party is a formal route outside the two partners} */
    public boolean formal() {
      return this == COMMISSIONER || this == EXTERNAL || this == DISPUTE_ROUTE;
    }

    static Map<String, Party> byId() {
      Map<String, Party> map = new LinkedHashMap<>();
      for (Party p : values()) {
        map.put(p.id, p);
      }
      return map;
    }
  }

  /**
   * Checks the holder: an external holder names its organisation, no other does ({@code
   * route.holder}).
   *
   * @param party the party
   * @param role the role
   * @param organisation the organisation, external holders only
   */
  public Holder {
    Problems problems = Problems.collector();
    problems.at("party").required(party);
    if (problems.at("role").required(role)) {
      problems.at("role").check(!role.isBlank(), "blank", "a role is named");
    }
    if (problems.at("organisation").required(organisation) && party != null) {
      problems
          .at("organisation")
          .check(
              organisation.isPresent() == (party == Party.EXTERNAL),
              "route.holder",
              party == Party.EXTERNAL
                  ? "an external holder names its organisation"
                  : "only an external holder names an organisation; the others are relative to the agreement");
    }
    problems.throwIfAny();
  }

  static Optional<Holder> read(JsonObject o) {
    Optional<Party> party = o.required("party", v -> v.oneOf(Party.byId()));
    Optional<String> role = o.required("role", JsonValue::nonBlankText);
    Optional<OdsCode> org = o.optional("organisation", OdsCode::fromJson);
    return o.buildAll(() -> new Holder(party.orElse(null), role.orElse(null), org));
  }

  /** {@return the holder as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("party", party.id());
    node.put("role", role);
    organisation.ifPresent(o -> node.put("organisation", o.value()));
    return node;
  }
}
