package org.networkedcare.core.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reference data {@code organisational-forms}: the Dalton families with their forms, and the legal
 * vehicles a form may use.
 *
 * <p>JSON: {@code {"id": "organisational-forms", "version": "...", "families": [FormFamily, ...],
 * "legalVehicles": [Term, ...]}}.
 *
 * @param id the reference data's identifier
 * @param version the version of this data
 * @param families the families, identifiers distinct
 * @param legalVehicles the legal vehicles, identifiers distinct
 */
public record OrganisationalForms(
    String id, String version, List<FormFamily> families, List<Term> legalVehicles) {

  /**
   * Checks the data: distinct identifiers ({@code id.duplicate}).
   *
   * @param id the reference data's identifier
   * @param version the version of this data
   * @param families the families
   * @param legalVehicles the legal vehicles
   * @throws ValidationException with every problem
   */
  public OrganisationalForms {
    Problems problems = Problems.collector();
    ReferenceChecks.header(problems, id, version);
    if (problems.at("families").required(families)) {
      families = List.copyOf(families);
      ReferenceChecks.distinct(problems.at("families"), families, FormFamily::id, "id");
    }
    if (problems.at("legalVehicles").required(legalVehicles)) {
      legalVehicles = List.copyOf(legalVehicles);
      ReferenceChecks.distinct(problems.at("legalVehicles"), legalVehicles, Term::id, "id");
    }
    problems.throwIfAny();
  }

  /**
   * {@return a family, if known}
   *
   * @param familyId the family's identifier
   */
  public Optional<FormFamily> family(String familyId) {
    return families.stream().filter(f -> f.id().equals(familyId)).findFirst();
  }

  /**
   * {@return the family a form belongs to, if the form is known}
   *
   * @param form the form's identifier
   */
  public Optional<FormFamily> familyOf(String form) {
    return families.stream().filter(f -> f.contains(form)).findFirst();
  }

  /**
   * {@return whether a legal vehicle is known}
   *
   * @param vehicle the vehicle's identifier
   */
  public boolean hasLegalVehicle(String vehicle) {
    return legalVehicles.stream().anyMatch(v -> v.id().equals(vehicle));
  }

  /**
   * {@return the data read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<OrganisationalForms> fromJson(JsonValue value) {
    return value.object(OrganisationalForms::read);
  }

  private static Optional<OrganisationalForms> read(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> version = object.required("version", JsonValue::text);
    Optional<List<FormFamily>> families =
        object.required("families", v -> v.list(FormFamily::fromJson));
    Optional<List<Term>> vehicles = object.required("legalVehicles", v -> v.list(Term::fromJson));
    return object.buildAll(
        () ->
            new OrganisationalForms(
                JsonObject.orMissing(id),
                JsonObject.orMissing(version),
                JsonObject.orMissing(families),
                JsonObject.orMissing(vehicles)));
  }

  /** {@return the data as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("version", version);
    ArrayNode f = node.putArray("families");
    families.forEach(x -> f.add(x.toJson()));
    ArrayNode v = node.putArray("legalVehicles");
    legalVehicles.forEach(x -> v.add(x.toJson()));
    return node;
  }

  /** {@return the identifier, version and families} */
  @Override
  public String toString() {
    return id + "@" + version + " " + families;
  }
}
