package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.network.Footprint;
import org.networkedcare.core.network.Network;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.core.network.NetworkMembership;
import org.networkedcare.core.network.NetworkRole;
import org.networkedcare.core.network.NetworkType;
import org.networkedcare.core.network.OrganisationalForm;
import org.networkedcare.core.network.Pooling;
import org.networkedcare.core.network.PoolingProfile;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The JSON form of a network document, schema version 1, and of the network package's values:
 *
 * <pre>{@code
 * {"schemaVersion": 1,
 *  "organisations": [Organisation, ...], "sites": [Site, ...], "services": [Service, ...],
 *  "provisions": [ServiceProvision, ...], "measures": [Measure, ...], "network": Network}
 * }</pre>
 *
 * The lists may be absent (empty); {@code network} is required. Reading reports every problem at
 * once with its JSON pointer: each field's type, each value's own rules and the document's checks
 * across its parts ({@link NetworkDocument}). An entry that cannot be read is reported once, where
 * it is: references to an organisation, site or service that the document declares but could not
 * read are not reported again as unknown.
 *
 * <p>Stateless and thread-safe.
 */
public final class NetworkJson {

  private NetworkJson() {}

  /**
   * Reads a network document, checked against the default reference data.
   *
   * @param json the document, UTF-8 JSON
   * @return the document
   * @throws ValidationException with every problem found
   */
  public static NetworkDocument parse(byte[] json) {
    return parse(json, ReferenceJson.defaults());
  }

  /**
   * Reads a network document, checked against reference data.
   *
   * @param json the document, UTF-8 JSON
   * @param reference the reference data in force
   * @return the document
   * @throws ValidationException with every problem found
   */
  public static NetworkDocument parse(byte[] json, ReferenceData reference) {
    return document(Json.parse(json), reference);
  }

  /**
   * Reads a network document from text, checked against the default reference data.
   *
   * @param json the document
   * @return the document
   * @throws ValidationException with every problem found
   */
  public static NetworkDocument parse(String json) {
    return parse(json, ReferenceJson.defaults());
  }

  /**
   * Reads a network document from text, checked against reference data.
   *
   * @param json the document
   * @param reference the reference data in force
   * @return the document
   * @throws ValidationException with every problem found
   */
  public static NetworkDocument parse(String json, ReferenceData reference) {
    return document(Json.parse(json), reference);
  }

  private static NetworkDocument document(JsonNode tree, ReferenceData reference) {
    Problems problems = Problems.collector();
    Optional<NetworkDocument> document = networkDocument(JsonValue.root(tree, problems), reference);
    problems.throwIfAny();
    return document.orElseThrow();
  }

  /**
   * Reads a whole document: {@code schemaVersion} and the fields of {@link #documentFields}.
   *
   * @param value the JSON value
   * @param reference the reference data in force
   * @return the document, or empty when a problem was recorded
   */
  static Optional<NetworkDocument> networkDocument(JsonValue value, ReferenceData reference) {
    return value.object(
        object -> {
          boolean version = object.schemaVersion(NetworkDocument.SCHEMA_VERSION);
          Optional<NetworkDocument> document = documentFields(object, reference);
          return version ? document : Optional.empty();
        });
  }

  /**
   * Reads a document's fields from an object that may hold other fields too: {@code organisations},
   * {@code sites}, {@code services}, {@code provisions}, {@code measures} and {@code network} (not
   * {@code schemaVersion}), checks them together and records every problem under the object's path.
   * For documents that extend a network document, such as governance's.
   *
   * @param object the object
   * @param reference the reference data in force
   * @return the document, or empty when any problem was recorded
   */
  public static Optional<NetworkDocument> documentFields(
      JsonObject object, ReferenceData reference) {
    int before = object.problems().list().size();
    DeclaredKeys declared = new DeclaredKeys();
    NetworkDocument.Parts parts =
        new NetworkDocument.Parts(
            located(object, "organisations", OrganisationJson::organisation, "odsCode", declared),
            located(object, "sites", OrganisationJson::site, "code", declared),
            located(object, "services", OrganisationJson::service, "id", declared),
            located(object, "provisions", OrganisationJson::serviceProvision, "", declared),
            located(object, "measures", MeasureJson::measure, "id", declared),
            object.required("network", NetworkJson::network),
            declared);
    Optional<NetworkDocument> document = parts.check(reference, object.problems());
    if (object.problems().list().size() > before) {
      return Optional.empty();
    }
    return document;
  }

  private static <T> List<NetworkDocument.Located<T>> located(
      JsonObject object, String field, JsonDecoder<T> decoder, String key, DeclaredKeys declared) {
    int base = object.path().length();
    JsonDecoder<T> entry = key.isEmpty() ? decoder : declared.declaring(field, key, decoder);
    return object.list(
        field,
        v ->
            entry
                .decode(v)
                .map(
                    t ->
                        new NetworkDocument.Located<>(
                            t, List.of(v.path().substring(base).substring(1).split("/")))));
  }

  /**
   * {@return the document as indented JSON text, with {@code schemaVersion}}
   *
   * @param document the document
   */
  public static String write(NetworkDocument document) {
    return Json.write(tree(document));
  }

  /**
   * {@return the document as a JSON tree, with {@code schemaVersion}}
   *
   * @param document the document
   */
  static JsonNode tree(NetworkDocument document) {
    ObjectNode node = Json.object();
    node.put("schemaVersion", NetworkDocument.SCHEMA_VERSION);
    writeFields(document, node);
    return node;
  }

  /**
   * Writes a document's fields (all but {@code schemaVersion}) into an object, so that a larger
   * document can hold them.
   *
   * @param document the document
   * @param node the object to write into
   */
  public static void writeFields(NetworkDocument document, ObjectNode node) {
    ArrayNode o = node.putArray("organisations");
    document.organisations().forEach(x -> o.add(OrganisationJson.write(x)));
    ArrayNode s = node.putArray("sites");
    document.sites().forEach(x -> s.add(OrganisationJson.write(x)));
    ArrayNode v = node.putArray("services");
    document.services().forEach(x -> v.add(OrganisationJson.write(x)));
    ArrayNode p = node.putArray("provisions");
    document.provisions().forEach(x -> p.add(OrganisationJson.write(x)));
    ArrayNode m = node.putArray("measures");
    document.measures().forEach(x -> m.add(MeasureJson.write(x)));
    node.set("network", write(document.network()));
  }

  static Optional<Network> network(JsonValue value) {
    return value.object(NetworkJson::network);
  }

  private static Optional<Network> network(JsonObject object) {
    Network.Builder builder = Network.builder();
    object.required("id", JsonValue::text).ifPresent(builder::id);
    object.required("name", JsonValue::text).ifPresent(builder::name);
    object.required("type", NetworkJson::networkType).ifPresent(builder::type);
    object.optional("odsCode", OrganisationJson::odsCode).ifPresent(builder::odsCode);
    object.required("footprint", v -> v.oneOf(Footprint.byId())).ifPresent(builder::footprint);
    // Keep each membership at its index (null where it could not be read), so that the network's
    // own checks report overlaps at the right paths; build() then reports the gaps, which
    // buildAll drops as already reported.
    object
        .optional("memberships", v -> v.list(m -> Optional.of(membership(m))))
        .ifPresent(list -> list.forEach(m -> builder.addMemberships(JsonObject.orMissing(m))));
    object.optional("form", NetworkJson::organisationalForm).ifPresent(builder::form);
    return object.buildAll(builder::build);
  }

  static JsonNode write(Network network) {
    ObjectNode node = Json.object();
    node.put("id", network.id());
    node.put("name", network.name());
    node.put("type", network.type().id());
    network.odsCode().ifPresent(c -> node.put("odsCode", c.value()));
    node.put("footprint", network.footprint().id());
    ArrayNode array = node.putArray("memberships");
    network.memberships().forEach(m -> array.add(write(m)));
    network.form().ifPresent(f -> node.set("form", write(f)));
    return node;
  }

  static Optional<NetworkMembership> membership(JsonValue value) {
    return value.object(NetworkJson::membership);
  }

  private static Optional<NetworkMembership> membership(JsonObject object) {
    Optional<OdsCode> organisation = object.required("organisation", OrganisationJson::odsCode);
    Optional<NetworkRole> role = object.required("role", NetworkJson::networkRole);
    Optional<DateRange> validity = object.required("validity", ValueJson::dateRange);
    return object.buildAll(
        () ->
            new NetworkMembership(
                JsonObject.orMissing(organisation),
                JsonObject.orMissing(role),
                JsonObject.orMissing(validity)));
  }

  static JsonNode write(NetworkMembership membership) {
    ObjectNode node = Json.object();
    node.put("organisation", membership.organisation().value());
    node.put("role", membership.role().id());
    node.set("validity", ValueJson.write(membership.validity()));
    return node;
  }

  static Optional<NetworkRole> networkRole(JsonValue value) {
    return value.text().flatMap(s -> value.problems().attempt(() -> new NetworkRole(s)));
  }

  static JsonNode write(NetworkRole role) {
    return TextNode.valueOf(role.id());
  }

  static Optional<NetworkType> networkType(JsonValue value) {
    return value.text().flatMap(s -> value.problems().attempt(() -> new NetworkType(s)));
  }

  static JsonNode write(NetworkType type) {
    return TextNode.valueOf(type.id());
  }

  static Optional<OrganisationalForm> organisationalForm(JsonValue value) {
    return value.object(NetworkJson::organisationalForm);
  }

  private static Optional<OrganisationalForm> organisationalForm(JsonObject object) {
    OrganisationalForm.Builder builder = OrganisationalForm.builder();
    object.required("family", JsonValue::text).ifPresent(builder::family);
    object.required("form", JsonValue::text).ifPresent(builder::form);
    object.required("legalVehicle", JsonValue::text).ifPresent(builder::legalVehicle);
    object.required("boards", JsonValue::integer).ifPresent(builder::boards);
    object.required("pooling", NetworkJson::poolingProfile).ifPresent(builder::pooling);
    return object.buildAll(builder::build);
  }

  static JsonNode write(OrganisationalForm form) {
    ObjectNode node = Json.object();
    node.put("family", form.family());
    node.put("form", form.form());
    node.put("legalVehicle", form.legalVehicle());
    node.put("boards", form.boards());
    node.set("pooling", write(form.pooling()));
    return node;
  }

  static Optional<PoolingProfile> poolingProfile(JsonValue value) {
    return value.object(NetworkJson::poolingProfile);
  }

  private static Optional<PoolingProfile> poolingProfile(JsonObject object) {
    PoolingProfile.Builder builder = PoolingProfile.builder();
    object
        .required("accountability", v -> v.oneOf(Pooling.byId()))
        .ifPresent(builder::accountability);
    object.required("budget", v -> v.oneOf(Pooling.byId())).ifPresent(builder::budget);
    object.required("staff", v -> v.oneOf(Pooling.byId())).ifPresent(builder::staff);
    object.required("estates", v -> v.oneOf(Pooling.byId())).ifPresent(builder::estates);
    object.required("equipment", v -> v.oneOf(Pooling.byId())).ifPresent(builder::equipment);
    object.required("brand", v -> v.oneOf(Pooling.byId())).ifPresent(builder::brand);
    object.required("backOffice", v -> v.oneOf(Pooling.byId())).ifPresent(builder::backOffice);
    return object.buildAll(builder::build);
  }

  static JsonNode write(PoolingProfile pooling) {
    ObjectNode node = Json.object();
    node.put("accountability", pooling.accountability().id());
    node.put("budget", pooling.budget().id());
    node.put("staff", pooling.staff().id());
    node.put("estates", pooling.estates().id());
    node.put("equipment", pooling.equipment().id());
    node.put("brand", pooling.brand().id());
    node.put("backOffice", pooling.backOffice().id());
    return node;
  }
}
