package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A piece of learning (from an incident, an audit, a complaint, an innovation) that the network
 * spreads to its sites, each site to acknowledge it by a date. An acknowledgement dated after the
 * evaluation date is not known at that date. Immutable and thread-safe.
 *
 * @param id the identifier, unique in the document
 * @param title what was learnt
 * @param source where it came from (incident, audit, complaint, innovation, review, other)
 * @param date the day it was issued to the sites
 * @param owner the post that spreads it (the central learning and development lead)
 * @param sites the sites it went to, each once
 */
public record LearningItem(
    String id, String title, String source, LocalDate date, String owner, List<Spread> sites) {

  /** Where a learning item came from. */
  public static final List<String> SOURCES =
      List.of("incident", "audit", "complaint", "innovation", "review", "other");

  /**
   * The learning at one site.
   *
   * @param site the site
   * @param acknowledgeBy the last day to acknowledge it
   * @param acknowledged the day the site acknowledged it, if it has
   * @param adopted the day the site adopted the change it asks for, if it has: on or after the
   *     acknowledgement ({@code learning.adopted})
   */
  public record Spread(
      OdsCode site,
      LocalDate acknowledgeBy,
      Optional<LocalDate> acknowledged,
      Optional<LocalDate> adopted) {

    /**
     * Checks the parts: an adoption follows an acknowledgement, on or after its day ({@code
     * learning.adopted}).
     *
     * @param site the site
     * @param acknowledgeBy the due day
     * @param acknowledged the acknowledgement
     * @param adopted the adoption
     */
    public Spread {
      Problems problems = Problems.collector();
      problems.at("site").required(site);
      problems.at("acknowledgeBy").required(acknowledgeBy);
      if (problems.at("acknowledged").required(acknowledged)
          & problems.at("adopted").required(adopted)) {
        adopted.ifPresent(
            a ->
                problems
                    .at("adopted")
                    .check(
                        acknowledged.filter(k -> !a.isBefore(k)).isPresent(),
                        "learning.adopted",
                        "a site adopts learning on or after acknowledging it, not on " + a));
      }
      problems.throwIfAny();
    }

    /**
     * A site's learning not (yet) recorded as adopted.
     *
     * @param site the site
     * @param acknowledgeBy the due day
     * @param acknowledged the acknowledgement
     */
    public Spread(OdsCode site, LocalDate acknowledgeBy, Optional<LocalDate> acknowledged) {
      this(site, acknowledgeBy, acknowledged, Optional.empty());
    }

    /**
     * {@return whether the site had adopted it by the day}
     *
     * @param day the day
     */
    public boolean adoptedBy(LocalDate day) {
      return adopted.filter(d -> !d.isAfter(day)).isPresent();
    }

    /**
     * {@return whether the site had acknowledged it by the day}
     *
     * @param day the day
     */
    public boolean acknowledgedBy(LocalDate day) {
      return acknowledged.filter(d -> !d.isAfter(day)).isPresent();
    }
  }

  /**
   * Checks the parts ({@code learning.sites}: a site twice, or a due day before the issue day).
   *
   * @param id the identifier
   * @param title the title
   * @param source the source
   * @param date the issue day
   * @param owner the owner post
   * @param sites the sites
   */
  public LearningItem {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.id(problems.at("title"), title);
    Vocabulary.member(problems.at("source"), source, SOURCES);
    problems.at("date").required(date);
    Vocabulary.id(problems.at("owner"), owner);
    if (problems.at("sites").required(sites)) {
      Set<OdsCode> seen = new HashSet<>();
      for (int i = 0; i < sites.size(); i++) {
        Spread s = sites.get(i);
        problems
            .at("sites")
            .at(i)
            .at("site")
            .check(seen.add(s.site()), "learning.sites", "site " + s.site() + " is listed once");
        if (date != null) {
          problems
              .at("sites")
              .at(i)
              .at("acknowledgeBy")
              .check(
                  !s.acknowledgeBy().isBefore(date),
                  "learning.sites",
                  "the acknowledgement is due on or after the issue day " + date);
        }
      }
    }
    problems.throwIfAny();
    sites = List.copyOf(sites);
  }
}
