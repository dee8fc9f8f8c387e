package org.networkedcare.governance.escalation;

import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * The holder of an escalation level, given relative to the agreement: a party by its role in the
 * agreement or the network (the provider, the host, each commissioner or one named commissioner,
 * the network's centre, the network board) and a role at it; an external organisation named
 * outright; or a named post.
 *
 * <p>JSON: {@code {"party": "provider", "role": "site clinical lead"}}, {@code {"party":
 * "commissioner", "role": "director of commissioning"}} (every commissioner of the agreement, one
 * action each), {@code {"party": "commissioner", "organisation": "QAB", "role": ...}} (that
 * commissioner only), {@code {"party": "external", "organisation": "Y56", "role": "regional
 * director"}}, or {@code {"post": "medical-director"}} (a named post, by its identifier; posts as
 * records of their own are not modelled yet, so the finding names the post and no organisation).
 *
 * @param party which party holds the level
 * @param role the role at that party (for a post, the post's identifier)
 * @param organisation the organisation: required for {@link Party#EXTERNAL}, optional for {@link
 *     Party#COMMISSIONER} (one named commissioner), absent otherwise
 * @param post the post's identifier, for {@link Party#POST} only
 */
public record Holder(
    Party party, String role, Optional<OdsCode> organisation, Optional<String> post) {

  /** A party relative to an agreement. */
  public enum Party {
    /** The agreement's provider (the centre). */
    PROVIDER("provider"),
    /** The agreement's host. */
    HOST("host"),
    /** Every commissioner of the agreement (one action each), or the one the holder names. */
    COMMISSIONER("commissioner"),
    /** The network board (the network's ODS code, or else its centre). */
    NETWORK("network"),
    /** The network's centre on the date (the member in the centre role), else the provider. */
    CENTRE("centre"),
    /** A named post. */
    POST("post"),
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
  }

  /**
   * A holder that is not a post.
   *
   * @param party the party
   * @param role the role
   * @param organisation the organisation, external holders (and a named commissioner) only
   */
  public Holder(Party party, String role, Optional<OdsCode> organisation) {
    this(party, role, organisation, Optional.empty());
  }

  /**
   * {@return a named post as holder}
   *
   * @param post the post's identifier
   */
  public static Holder post(String post) {
    return new Holder(Party.POST, post, Optional.empty(), Optional.of(post));
  }

  /**
   * Checks the holder: an external holder names its organisation, a commissioner holder may, no
   * other does; a post holder names its post, no other does ({@code route.holder}).
   *
   * @param party the party
   * @param role the role
   * @param organisation the organisation, external holders (and a named commissioner) only
   * @param post the post, post holders only
   */
  public Holder {
    Problems problems = Problems.collector();
    problems.at("party").required(party);
    if (problems.at("role").required(role)) {
      problems.at("role").check(!role.isBlank(), "blank", "a role is named");
    }
    if (problems.at("post").required(post) && party != null) {
      problems
          .at("post")
          .check(
              post.isPresent() == (party == Party.POST),
              "route.holder",
              party == Party.POST
                  ? "a post holder names its post"
                  : "only a post holder names a post");
    }
    if (problems.at("organisation").required(organisation) && party != null) {
      problems
          .at("organisation")
          .check(
              party == Party.COMMISSIONER || organisation.isPresent() == (party == Party.EXTERNAL),
              "route.holder",
              party == Party.EXTERNAL
                  ? "an external holder names its organisation"
                  : "only an external holder names an organisation; the others are relative to the agreement");
    }
    problems.throwIfAny();
  }
}
