package org.networkedcare.core.reference;

import java.util.List;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reference data {@code ods-frames}: for each organisation role, the ODS code frames it allows. The
 * roles listed here are the organisation roles the library knows.
 *
 * <p>JSON: {@code {"id": "ods-frames", "version": "...", "frames": [OdsFrame, ...]}}.
 *
 * @param id the reference data's identifier
 * @param version the version of this data
 * @param frames one entry per role, roles distinct
 */
public record OdsFrames(String id, String version, List<OdsFrame> frames) {

  /**
   * Checks the data: distinct roles ({@code id.duplicate}), and each {@code siteRole} a role listed
   * here ({@code reference-data.unknown}).
   *
   * @param id the reference data's identifier
   * @param version the version of this data
   * @param frames one entry per role
   * @throws ValidationException with every problem
   */
  public OdsFrames {
    Problems problems = Problems.collector();
    ReferenceChecks.header(problems, id, version);
    if (problems.at("frames").required(frames)) {
      frames = List.copyOf(frames);
      ReferenceChecks.distinct(problems.at("frames"), frames, OdsFrame::role, "role");
      for (int i = 0; i < frames.size(); i++) {
        Optional<String> siteRole = frames.get(i).siteRole();
        if (siteRole.isPresent()) {
          String s = siteRole.get();
          problems
              .at("frames")
              .at(i)
              .at("siteRole")
              .check(
                  frames.stream().anyMatch(f -> f.role().equals(s)),
                  "reference-data.unknown",
                  "'" + s + "' is not a role of these frames");
        }
      }
    }
    problems.throwIfAny();
  }

  /**
   * {@return the frame of a role, if the role is known}
   *
   * @param role the organisation role
   */
  public Optional<OdsFrame> frame(String role) {
    return frames.stream().filter(f -> f.role().equals(role)).findFirst();
  }

  /** {@return the roles known, in order} */
  public List<String> roles() {
    return frames.stream().map(OdsFrame::role).toList();
  }

  /**
   * {@return whether a code fits a frame of the role; false when the role is unknown}
   *
   * @param role the organisation role
   * @param code the code
   */
  public boolean allows(String role, String code) {
    return frame(role).map(f -> f.fits(code)).orElse(false);
  }

  /** {@return the identifier, version and roles} */
  @Override
  public String toString() {
    return id + "@" + version + " " + roles();
  }
}
