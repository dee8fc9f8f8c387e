package org.networkedcare.core.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The reference data in force: the versioned data files that say which organisation roles, ODS
 * frames, network types, network roles and organisational forms exist. Immutable.
 *
 * <p>The wire package's {@code ReferenceJson.defaults()} loads the files the library ships ({@code
 * org/networkedcare/core/reference/*.json}) and {@code ReferenceJson.withFile} reads a data file
 * and replaces the part its {@code id} names; a user may also replace the parts whole ({@link #of})
 * or in part ({@link #with(OdsFrames)} and the other {@code with} methods). The parts must agree
 * with each other: health-service-body roles are roles of {@code ods-frames}, and a network type's
 * {@code exactlyOneRole} is a network role ({@code reference-data.unknown}).
 */
public final class ReferenceData {

  /** The identifier of the ODS frames file. */
  public static final String ODS_FRAMES = "ods-frames";

  /** The identifier of the health-service-body roles file. */
  public static final String HEALTH_SERVICE_BODY_ROLES = "health-service-body-roles";

  /** The identifier of the network types file. */
  public static final String NETWORK_TYPES = "network-types";

  /** The identifier of the network roles file. */
  public static final String NETWORK_ROLES = "network-roles";

  /** The identifier of the organisational forms file. */
  public static final String ORGANISATIONAL_FORMS = "organisational-forms";

  private final OdsFrames odsFrames;
  private final Vocabulary healthServiceBodyRoles;
  private final NetworkTypes networkTypes;
  private final Vocabulary networkRoles;
  private final OrganisationalForms organisationalForms;

  private ReferenceData(
      OdsFrames odsFrames,
      Vocabulary healthServiceBodyRoles,
      NetworkTypes networkTypes,
      Vocabulary networkRoles,
      OrganisationalForms organisationalForms) {
    this.odsFrames = odsFrames;
    this.healthServiceBodyRoles = healthServiceBodyRoles;
    this.networkTypes = networkTypes;
    this.networkRoles = networkRoles;
    this.organisationalForms = organisationalForms;
  }

  /**
   * {@return reference data made of these parts}
   *
   * @param odsFrames the {@code ods-frames} data
   * @param healthServiceBodyRoles the {@code health-service-body-roles} data
   * @param networkTypes the {@code network-types} data
   * @param networkRoles the {@code network-roles} data
   * @param organisationalForms the {@code organisational-forms} data
   * @throws ValidationException when a part is missing, has the wrong {@code id}, or disagrees with
   *     another part; paths start with the part's identifier, such as {@code /network-types/id}
   */
  public static ReferenceData of(
      OdsFrames odsFrames,
      Vocabulary healthServiceBodyRoles,
      NetworkTypes networkTypes,
      Vocabulary networkRoles,
      OrganisationalForms organisationalForms) {
    Problems problems = Problems.collector();
    boolean odsFramesOk =
        problems.at(ODS_FRAMES).required(odsFrames)
            && checkId(problems.at(ODS_FRAMES), ODS_FRAMES, odsFrames.id());
    boolean healthServiceBodyRolesOk =
        problems.at(HEALTH_SERVICE_BODY_ROLES).required(healthServiceBodyRoles)
            && checkId(
                problems.at(HEALTH_SERVICE_BODY_ROLES),
                HEALTH_SERVICE_BODY_ROLES,
                healthServiceBodyRoles.id());
    boolean networkTypesOk =
        problems.at(NETWORK_TYPES).required(networkTypes)
            && checkId(problems.at(NETWORK_TYPES), NETWORK_TYPES, networkTypes.id());
    boolean networkRolesOk =
        problems.at(NETWORK_ROLES).required(networkRoles)
            && checkId(problems.at(NETWORK_ROLES), NETWORK_ROLES, networkRoles.id());
    if (problems.at(ORGANISATIONAL_FORMS).required(organisationalForms)) {
      checkId(problems.at(ORGANISATIONAL_FORMS), ORGANISATIONAL_FORMS, organisationalForms.id());
    }
    if (odsFramesOk && healthServiceBodyRolesOk) {
      for (int i = 0; i < healthServiceBodyRoles.terms().size(); i++) {
        String role = healthServiceBodyRoles.terms().get(i).id();
        problems
            .at(HEALTH_SERVICE_BODY_ROLES)
            .at("terms")
            .at(i)
            .at("id")
            .check(
                odsFrames.frame(role).isPresent(),
                "reference-data.unknown",
                "'" + role + "' is not an organisation role of " + ODS_FRAMES);
      }
    }
    if (networkTypesOk && networkRolesOk) {
      for (int i = 0; i < networkTypes.types().size(); i++) {
        Optional<String> role = networkTypes.types().get(i).exactlyOneRole();
        if (role.isPresent()) {
          problems
              .at(NETWORK_TYPES)
              .at("types")
              .at(i)
              .at("exactlyOneRole")
              .check(
                  networkRoles.contains(role.get()),
                  "reference-data.unknown",
                  "'" + role.get() + "' is not a role of " + NETWORK_ROLES);
        }
      }
    }
    problems.throwIfAny();
    return new ReferenceData(
        odsFrames, healthServiceBodyRoles, networkTypes, networkRoles, organisationalForms);
  }

  private static boolean checkId(Problems problems, String expected, String actual) {
    return problems
        .at("id")
        .check(
            expected.equals(actual),
            "reference-data.id",
            "this part holds '" + expected + "' data, not '" + actual + "'");
  }

  /** {@return the ODS frames in force} */
  public OdsFrames odsFrames() {
    return odsFrames;
  }

  /** {@return the roles that make an organisation a health service body} */
  public Vocabulary healthServiceBodyRoles() {
    return healthServiceBodyRoles;
  }

  /** {@return the network types in force} */
  public NetworkTypes networkTypes() {
    return networkTypes;
  }

  /** {@return the network roles in force} */
  public Vocabulary networkRoles() {
    return networkRoles;
  }

  /** {@return the organisational forms in force} */
  public OrganisationalForms organisationalForms() {
    return organisationalForms;
  }

  /**
   * {@return this reference data with other ODS frames}
   *
   * @param replacement the new part
   */
  public ReferenceData with(OdsFrames replacement) {
    return of(replacement, healthServiceBodyRoles, networkTypes, networkRoles, organisationalForms);
  }

  /**
   * {@return this reference data with other network types}
   *
   * @param replacement the new part
   */
  public ReferenceData with(NetworkTypes replacement) {
    return of(odsFrames, healthServiceBodyRoles, replacement, networkRoles, organisationalForms);
  }

  /**
   * {@return this reference data with other organisational forms}
   *
   * @param replacement the new part
   */
  public ReferenceData with(OrganisationalForms replacement) {
    return of(odsFrames, healthServiceBodyRoles, networkTypes, networkRoles, replacement);
  }

  /**
   * {@return this reference data with another vocabulary, the part named by its {@code id} ({@code
   * health-service-body-roles} or {@code network-roles})}
   *
   * @param replacement the new part
   * @throws ValidationException at {@code /id} ({@code reference-data.id}) for any other id
   */
  public ReferenceData with(Vocabulary replacement) {
    return switch (replacement.id()) {
      case HEALTH_SERVICE_BODY_ROLES ->
          of(odsFrames, replacement, networkTypes, networkRoles, organisationalForms);
      case NETWORK_ROLES ->
          of(odsFrames, healthServiceBodyRoles, networkTypes, replacement, organisationalForms);
      default ->
          throw new ValidationException(
              "/id",
              "reference-data.id",
              "'" + replacement.id() + "' is not a vocabulary of the reference data");
    };
  }

  /** {@return the version of each part, by identifier, for recording with results} */
  public Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put(ODS_FRAMES, odsFrames.version());
    versions.put(HEALTH_SERVICE_BODY_ROLES, healthServiceBodyRoles.version());
    versions.put(NETWORK_TYPES, networkTypes.version());
    versions.put(NETWORK_ROLES, networkRoles.version());
    versions.put(ORGANISATIONAL_FORMS, organisationalForms.version());
    return Collections.unmodifiableMap(versions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReferenceData r
        && odsFrames.equals(r.odsFrames)
        && healthServiceBodyRoles.equals(r.healthServiceBodyRoles)
        && networkTypes.equals(r.networkTypes)
        && networkRoles.equals(r.networkRoles)
        && organisationalForms.equals(r.organisationalForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        odsFrames, healthServiceBodyRoles, networkTypes, networkRoles, organisationalForms);
  }

  /** {@return the parts and their versions} */
  @Override
  public String toString() {
    return "ReferenceData" + versions();
  }
}
