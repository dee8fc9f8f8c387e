package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.organisation.Organisation;
import org.networkedcare.core.organisation.OrganisationRole;
import org.networkedcare.core.organisation.Partner;
import org.networkedcare.core.organisation.PartnerId;
import org.networkedcare.core.organisation.Service;
import org.networkedcare.core.organisation.ServiceProvision;
import org.networkedcare.core.organisation.Site;

/**
 * The JSON forms of the organisation package's values: ODS codes, local partner identifiers,
 * partners and organisation roles. The values themselves know nothing of JSON; a reader records
 * each problem at the value's path and returns empty, a writer returns a new tree.
 *
 * <p>Stateless and thread-safe.
 */
public final class OrganisationJson {

  private OrganisationJson() {}

  /**
   * Reads an ODS code: a JSON string of 3 to 10 upper-case letters or digits. Anything but a string
   * is a {@code type} problem, a malformed code an {@code ods.format} problem.
   *
   * @param value the JSON value
   * @return the code, or empty when a problem was recorded
   */
  public static Optional<OdsCode> odsCode(JsonValue value) {
    return value.text().flatMap(s -> value.problems().attempt(() -> new OdsCode(s)));
  }

  /**
   * {@return an ODS code as a JSON string, the bare code}
   *
   * @param code the code
   */
  public static JsonNode write(OdsCode code) {
    return TextNode.valueOf(code.value());
  }

  /**
   * Reads a local partner identifier: a JSON string such as {@code "local:sight-support"}. Anything
   * but a string is a {@code type} problem, a malformed identifier a {@code partner.id} problem.
   *
   * @param value the JSON value
   * @return the identifier, or empty when a problem was recorded
   */
  public static Optional<PartnerId> partnerId(JsonValue value) {
    return value.text().flatMap(s -> value.problems().attempt(() -> new PartnerId(s)));
  }

  /**
   * {@return a local partner identifier as a JSON string}
   *
   * @param id the identifier
   */
  public static JsonNode write(PartnerId id) {
    return TextNode.valueOf(id.value());
  }

  /**
   * Reads a partner: {@code {"id": "local:sight-support", "name": "Sight Support", "kind":
   * "charity"}}. Every problem is recorded at its path: missing members, an unknown kind ({@code
   * unknown-value}), a malformed identifier or name.
   *
   * @param value the JSON value
   * @return the partner, or empty when a problem was recorded
   */
  public static Optional<Partner> partner(JsonValue value) {
    return value.object(OrganisationJson::partner);
  }

  private static Optional<Partner> partner(JsonObject object) {
    Map<String, String> kinds = new LinkedHashMap<>();
    Partner.KINDS.forEach(k -> kinds.put(k, k));
    Optional<PartnerId> id = object.required("id", OrganisationJson::partnerId);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<String> kind = object.required("kind", v -> v.oneOf(kinds));
    return object.buildAll(
        () ->
            new Partner(
                JsonObject.orMissing(id), JsonObject.orMissing(name), JsonObject.orMissing(kind)));
  }

  /**
   * {@return a partner as JSON: {@code id}, {@code name} and {@code kind}}
   *
   * @param partner the partner
   */
  public static JsonNode write(Partner partner) {
    ObjectNode node = Json.object();
    node.set("id", write(partner.id()));
    node.put("name", partner.name());
    node.put("kind", partner.kind());
    return node;
  }

  /**
   * Reads an organisation role: its identifier as a JSON string, such as {@code "nhs-trust"}.
   * Anything but a string is a {@code type} problem, a malformed identifier an {@code id.format}
   * problem.
   *
   * @param value the JSON value
   * @return the role, or empty when a problem was recorded
   */
  static Optional<OrganisationRole> organisationRole(JsonValue value) {
    return value.text().flatMap(s -> value.problems().attempt(() -> new OrganisationRole(s)));
  }

  /**
   * {@return an organisation role as a JSON string, its identifier}
   *
   * @param role the role
   */
  static JsonNode write(OrganisationRole role) {
    return TextNode.valueOf(role.id());
  }

  /**
   * Reads an organisation: {@code odsCode}, {@code name}, {@code primaryRole}, optionally {@code
   * otherRoles}, {@code openDate}, optionally {@code closeDate} and {@code successor}. Every
   * problem is recorded at its path, with the organisation's own checks (see {@link Organisation}).
   *
   * @param value the JSON value
   * @return the organisation, or empty when a problem was recorded
   */
  static Optional<Organisation> organisation(JsonValue value) {
    return value.object(OrganisationJson::organisation);
  }

  private static Optional<Organisation> organisation(JsonObject object) {
    Organisation.Builder builder = Organisation.builder();
    object.required("odsCode", OrganisationJson::odsCode).ifPresent(builder::odsCode);
    object.required("name", JsonValue::text).ifPresent(builder::name);
    object
        .required("primaryRole", OrganisationJson::organisationRole)
        .ifPresent(builder::primaryRole);
    builder.otherRoles(object.list("otherRoles", OrganisationJson::organisationRole));
    object.required("openDate", JsonValue::date).ifPresent(builder::openDate);
    object.optional("closeDate", JsonValue::date).ifPresent(builder::closeDate);
    object.optional("successor", OrganisationJson::odsCode).ifPresent(builder::successor);
    return object.buildAll(builder::build);
  }

  static JsonNode write(Organisation organisation) {
    ObjectNode node = Json.object();
    node.put("odsCode", organisation.odsCode().value());
    node.put("name", organisation.name());
    node.put("primaryRole", organisation.primaryRole().id());
    ArrayNode roles = node.putArray("otherRoles");
    organisation.otherRoles().forEach(r -> roles.add(r.id()));
    node.put("openDate", organisation.openDate().toString());
    organisation.closeDate().ifPresent(d -> node.put("closeDate", d.toString()));
    organisation.successor().ifPresent(s -> node.put("successor", s.value()));
    return node;
  }

  static Optional<Site> site(JsonValue value) {
    return value.object(OrganisationJson::site);
  }

  private static Optional<Site> site(JsonObject object) {
    Optional<OdsCode> code = object.required("code", OrganisationJson::odsCode);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<OdsCode> organisation = object.required("organisation", OrganisationJson::odsCode);
    return object.buildAll(
        () ->
            new Site(
                JsonObject.orMissing(code),
                JsonObject.orMissing(name),
                JsonObject.orMissing(organisation)));
  }

  static JsonNode write(Site site) {
    ObjectNode node = Json.object();
    node.put("code", site.code().value());
    node.put("name", site.name());
    node.put("organisation", site.organisation().value());
    return node;
  }

  static Optional<Service> service(JsonValue value) {
    return value.object(OrganisationJson::service);
  }

  private static Optional<Service> service(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    return object.buildAll(() -> new Service(JsonObject.orMissing(id), JsonObject.orMissing(name)));
  }

  static JsonNode write(Service service) {
    ObjectNode node = Json.object();
    node.put("id", service.id());
    node.put("name", service.name());
    return node;
  }

  static Optional<ServiceProvision> serviceProvision(JsonValue value) {
    return value.object(OrganisationJson::serviceProvision);
  }

  private static Optional<ServiceProvision> serviceProvision(JsonObject object) {
    Optional<OdsCode> organisation = object.required("organisation", OrganisationJson::odsCode);
    Optional<String> service = object.required("service", JsonValue::text);
    Optional<OdsCode> site = object.required("site", OrganisationJson::odsCode);
    Optional<DateRange> period = object.required("period", ValueJson::dateRange);
    return object.buildAll(
        () ->
            new ServiceProvision(
                JsonObject.orMissing(organisation),
                JsonObject.orMissing(service),
                JsonObject.orMissing(site),
                JsonObject.orMissing(period)));
  }

  static JsonNode write(ServiceProvision provision) {
    ObjectNode node = Json.object();
    node.put("organisation", provision.organisation().value());
    node.put("service", provision.service());
    node.put("site", provision.site().value());
    node.set("period", ValueJson.write(provision.period()));
    return node;
  }
}
