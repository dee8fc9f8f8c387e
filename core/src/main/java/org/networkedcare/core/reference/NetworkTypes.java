package org.networkedcare.core.reference;

import java.util.List;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reference data {@code network-types}: the types a network may have.
 *
 * <p>JSON: {@code {"id": "network-types", "version": "...", "types": [NetworkTypeDefinition,
 * ...]}}.
 *
 * @param id the reference data's identifier
 * @param version the version of this data
 * @param types the types, identifiers distinct
 */
public record NetworkTypes(String id, String version, List<NetworkTypeDefinition> types) {

  /**
   * Checks the data: distinct identifiers ({@code id.duplicate}).
   *
   * @param id the reference data's identifier
   * @param version the version of this data
   * @param types the types
   * @throws ValidationException with every problem
   */
  public NetworkTypes {
    Problems problems = Problems.collector();
    ReferenceChecks.header(problems, id, version);
    if (problems.at("types").required(types)) {
      types = List.copyOf(types);
      ReferenceChecks.distinct(problems.at("types"), types, NetworkTypeDefinition::id, "id");
    }
    problems.throwIfAny();
  }

  /**
   * {@return the definition of a type, if known}
   *
   * @param typeId the type's identifier
   */
  public Optional<NetworkTypeDefinition> type(String typeId) {
    return types.stream().filter(t -> t.id().equals(typeId)).findFirst();
  }

  /** {@return the identifiers of the types, in order} */
  public List<String> ids() {
    return types.stream().map(NetworkTypeDefinition::id).toList();
  }

  /** {@return the identifier, version and types} */
  @Override
  public String toString() {
    return id + "@" + version + " " + ids();
  }
}
