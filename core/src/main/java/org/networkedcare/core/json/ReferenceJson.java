package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.networkedcare.core.reference.FormFamily;
import org.networkedcare.core.reference.NetworkTypeDefinition;
import org.networkedcare.core.reference.NetworkTypes;
import org.networkedcare.core.reference.OdsFrame;
import org.networkedcare.core.reference.OdsFrames;
import org.networkedcare.core.reference.OrganisationalForms;
import org.networkedcare.core.reference.ReferenceData;
import org.networkedcare.core.reference.Term;
import org.networkedcare.core.reference.Vocabulary;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The JSON form of the reference data: the data files the library ships ({@link #defaults()}, from
 * the resources {@code org/networkedcare/core/reference/*.json}), a user's replacement files
 * ({@link #withFile}), and each part: ODS frames, vocabularies, network types and organisational
 * forms. The values themselves know nothing of JSON; a reader records each problem at the value's
 * path and returns empty, a writer returns a new tree.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReferenceJson {

  private ReferenceJson() {}

  /** {@return the reference data the library ships, read once from its resources} */
  public static ReferenceData defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final ReferenceData INSTANCE =
        ReferenceData.of(
            load(ReferenceData.ODS_FRAMES, ReferenceJson::odsFrames),
            load(ReferenceData.HEALTH_SERVICE_BODY_ROLES, ReferenceJson::vocabulary),
            load(ReferenceData.NETWORK_TYPES, ReferenceJson::networkTypes),
            load(ReferenceData.NETWORK_ROLES, ReferenceJson::vocabulary),
            load(ReferenceData.ORGANISATIONAL_FORMS, ReferenceJson::organisationalForms));

    private Defaults() {}

    private static <T> T load(String id, JsonDecoder<T> decoder) {
      String resource = id + ".json";
      try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        return read(in.readAllBytes(), decoder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static <T> T read(byte[] json, JsonDecoder<T> decoder) {
    JsonNode tree = Json.parse(json);
    Problems problems = Problems.collector();
    Optional<T> value = decoder.decode(JsonValue.root(tree, problems));
    problems.throwIfAny();
    return value.orElseThrow();
  }

  /**
   * {@return reference data with the part a data file replaces} The file's {@code id} says which
   * part it is ({@code reference-data.id} at {@code /id} for any other).
   *
   * @param reference the reference data to start from
   * @param json a reference data file, UTF-8 JSON
   * @throws ValidationException if the file is malformed, of an unknown id, or disagrees with the
   *     other parts
   */
  public static ReferenceData withFile(ReferenceData reference, byte[] json) {
    JsonNode tree = Json.parse(json);
    String id = tree.path("id").asText("");
    Map<String, Function<byte[], ReferenceData>> parts = new LinkedHashMap<>();
    parts.put(
        ReferenceData.ODS_FRAMES,
        b -> reference.with(ReferenceJson.<OdsFrames>read(b, ReferenceJson::odsFrames)));
    parts.put(
        ReferenceData.HEALTH_SERVICE_BODY_ROLES,
        b -> reference.with(ReferenceJson.<Vocabulary>read(b, ReferenceJson::vocabulary)));
    parts.put(
        ReferenceData.NETWORK_TYPES,
        b -> reference.with(ReferenceJson.<NetworkTypes>read(b, ReferenceJson::networkTypes)));
    parts.put(
        ReferenceData.NETWORK_ROLES,
        b -> reference.with(ReferenceJson.<Vocabulary>read(b, ReferenceJson::vocabulary)));
    parts.put(
        ReferenceData.ORGANISATIONAL_FORMS,
        b ->
            reference.with(
                ReferenceJson.<OrganisationalForms>read(b, ReferenceJson::organisationalForms)));
    Function<byte[], ReferenceData> part = parts.get(id);
    if (part == null) {
      throw new ValidationException(
          "/id",
          "reference-data.id",
          "'"
              + id
              + "' is not a part of the reference data; the parts are: "
              + String.join(", ", parts.keySet()));
    }
    return part.apply(json);
  }

  /**
   * Reads a vocabulary: {@code {"id": "network-roles", "version": "2026.1", "terms": [{"id": ...,
   * "name": ...}, ...]}}. Every problem is recorded at its path: missing members ({@code
   * required}), malformed identifiers ({@code id.format}), blank names and versions ({@code
   * blank}), repeated term identifiers ({@code id.duplicate}).
   *
   * @param value the JSON value
   * @return the vocabulary, or empty when a problem was recorded
   */
  public static Optional<Vocabulary> vocabulary(JsonValue value) {
    return value.object(ReferenceJson::vocabulary);
  }

  private static Optional<Vocabulary> vocabulary(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> version = object.required("version", JsonValue::text);
    Optional<List<Term>> terms = object.required("terms", v -> v.list(ReferenceJson::term));
    return object.buildAll(
        () ->
            new Vocabulary(
                JsonObject.orMissing(id),
                JsonObject.orMissing(version),
                JsonObject.orMissing(terms)));
  }

  /**
   * {@return a vocabulary as JSON: {@code id}, {@code version} and its {@code terms} in order}
   *
   * @param vocabulary the vocabulary
   */
  public static JsonNode write(Vocabulary vocabulary) {
    ObjectNode node = Json.object();
    node.put("id", vocabulary.id());
    node.put("version", vocabulary.version());
    ArrayNode array = node.putArray("terms");
    vocabulary.terms().forEach(t -> array.add(write(t)));
    return node;
  }

  static Optional<Term> term(JsonValue value) {
    return value.object(ReferenceJson::term);
  }

  private static Optional<Term> term(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    return object.buildAll(() -> new Term(JsonObject.orMissing(id), JsonObject.orMissing(name)));
  }

  static JsonNode write(Term term) {
    ObjectNode node = Json.object();
    node.put("id", term.id());
    node.put("name", term.name());
    return node;
  }

  /**
   * Reads the ODS frames: {@code {"id": "ods-frames", "version": ..., "frames": [{"role": ...,
   * "name": ..., "patterns": [...], "examples": [...], "siteRole": ...}, ...]}}. Every problem is
   * recorded at its path, with the frames' own checks (see {@link OdsFrames}).
   *
   * @param value the JSON value
   * @return the frames, or empty when a problem was recorded
   */
  public static Optional<OdsFrames> odsFrames(JsonValue value) {
    return value.object(ReferenceJson::odsFrames);
  }

  private static Optional<OdsFrames> odsFrames(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> version = object.required("version", JsonValue::text);
    Optional<List<OdsFrame>> frames =
        object.required("frames", v -> v.list(ReferenceJson::odsFrame));
    return object.buildAll(
        () ->
            new OdsFrames(
                JsonObject.orMissing(id),
                JsonObject.orMissing(version),
                JsonObject.orMissing(frames)));
  }

  /**
   * {@return the ODS frames as JSON, the form {@link #odsFrames} reads}
   *
   * @param frames the frames
   */
  public static JsonNode write(OdsFrames frames) {
    ObjectNode node = Json.object();
    node.put("id", frames.id());
    node.put("version", frames.version());
    ArrayNode array = node.putArray("frames");
    frames.frames().forEach(f -> array.add(write(f)));
    return node;
  }

  static Optional<OdsFrame> odsFrame(JsonValue value) {
    return value.object(ReferenceJson::odsFrame);
  }

  private static Optional<OdsFrame> odsFrame(JsonObject object) {
    Optional<String> role = object.required("role", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<List<String>> patterns = object.required("patterns", v -> v.list(JsonValue::text));
    List<String> examples = object.list("examples", JsonValue::text);
    Optional<String> siteRole = object.optional("siteRole", JsonValue::text);
    return object.buildAll(
        () ->
            new OdsFrame(
                JsonObject.orMissing(role),
                JsonObject.orMissing(name),
                JsonObject.orMissing(patterns),
                examples,
                siteRole));
  }

  static JsonNode write(OdsFrame frame) {
    ObjectNode node = Json.object();
    node.put("role", frame.role());
    node.put("name", frame.name());
    ArrayNode p = node.putArray("patterns");
    frame.patterns().forEach(p::add);
    ArrayNode e = node.putArray("examples");
    frame.examples().forEach(e::add);
    frame.siteRole().ifPresent(s -> node.put("siteRole", s));
    return node;
  }

  /**
   * Reads the network types: {@code {"id": "network-types", "version": ..., "types": [{"id": ...,
   * "name": ..., "exactlyOneRole": ...}, ...]}}. Every problem is recorded at its path, with the
   * types' own checks (see {@link NetworkTypes}).
   *
   * @param value the JSON value
   * @return the types, or empty when a problem was recorded
   */
  public static Optional<NetworkTypes> networkTypes(JsonValue value) {
    return value.object(ReferenceJson::networkTypes);
  }

  private static Optional<NetworkTypes> networkTypes(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> version = object.required("version", JsonValue::text);
    Optional<List<NetworkTypeDefinition>> types =
        object.required("types", v -> v.list(ReferenceJson::networkTypeDefinition));
    return object.buildAll(
        () ->
            new NetworkTypes(
                JsonObject.orMissing(id),
                JsonObject.orMissing(version),
                JsonObject.orMissing(types)));
  }

  /**
   * {@return the network types as JSON, the form {@link #networkTypes} reads}
   *
   * @param types the types
   */
  public static JsonNode write(NetworkTypes types) {
    ObjectNode node = Json.object();
    node.put("id", types.id());
    node.put("version", types.version());
    ArrayNode array = node.putArray("types");
    types.types().forEach(t -> array.add(write(t)));
    return node;
  }

  static Optional<NetworkTypeDefinition> networkTypeDefinition(JsonValue value) {
    return value.object(ReferenceJson::networkTypeDefinition);
  }

  private static Optional<NetworkTypeDefinition> networkTypeDefinition(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<String> role = object.optional("exactlyOneRole", JsonValue::text);
    return object.buildAll(
        () ->
            new NetworkTypeDefinition(JsonObject.orMissing(id), JsonObject.orMissing(name), role));
  }

  static JsonNode write(NetworkTypeDefinition type) {
    ObjectNode node = Json.object();
    node.put("id", type.id());
    node.put("name", type.name());
    type.exactlyOneRole().ifPresent(r -> node.put("exactlyOneRole", r));
    return node;
  }

  /**
   * Reads the organisational forms: {@code {"id": "organisational-forms", "version": ...,
   * "families": [{"id": ..., "name": ..., "singleBoard": ..., "forms": [Term, ...]}, ...],
   * "legalVehicles": [Term, ...]}}. Every problem is recorded at its path, with the forms' own
   * checks (see {@link OrganisationalForms}).
   *
   * @param value the JSON value
   * @return the forms, or empty when a problem was recorded
   */
  public static Optional<OrganisationalForms> organisationalForms(JsonValue value) {
    return value.object(ReferenceJson::organisationalForms);
  }

  private static Optional<OrganisationalForms> organisationalForms(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> version = object.required("version", JsonValue::text);
    Optional<List<FormFamily>> families =
        object.required("families", v -> v.list(ReferenceJson::formFamily));
    Optional<List<Term>> vehicles =
        object.required("legalVehicles", v -> v.list(ReferenceJson::term));
    return object.buildAll(
        () ->
            new OrganisationalForms(
                JsonObject.orMissing(id),
                JsonObject.orMissing(version),
                JsonObject.orMissing(families),
                JsonObject.orMissing(vehicles)));
  }

  /**
   * {@return the organisational forms as JSON, the form {@link #organisationalForms} reads}
   *
   * @param forms the forms
   */
  public static JsonNode write(OrganisationalForms forms) {
    ObjectNode node = Json.object();
    node.put("id", forms.id());
    node.put("version", forms.version());
    ArrayNode f = node.putArray("families");
    forms.families().forEach(x -> f.add(write(x)));
    ArrayNode v = node.putArray("legalVehicles");
    forms.legalVehicles().forEach(x -> v.add(write(x)));
    return node;
  }

  static Optional<FormFamily> formFamily(JsonValue value) {
    return value.object(ReferenceJson::formFamily);
  }

  private static Optional<FormFamily> formFamily(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<Boolean> single = object.required("singleBoard", JsonValue::bool);
    Optional<List<Term>> forms = object.required("forms", v -> v.list(ReferenceJson::term));
    return object.buildAll(
        () ->
            new FormFamily(
                JsonObject.orMissing(id),
                JsonObject.orMissing(name),
                single.orElse(false),
                JsonObject.orMissing(forms)));
  }

  static JsonNode write(FormFamily family) {
    ObjectNode node = Json.object();
    node.put("id", family.id());
    node.put("name", family.name());
    node.put("singleBoard", family.singleBoard());
    ArrayNode array = node.putArray("forms");
    family.forms().forEach(f -> array.add(write(f)));
    return node;
  }
}
