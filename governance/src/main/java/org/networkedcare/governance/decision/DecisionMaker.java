package org.networkedcare.governance.decision;

import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.Actor;

/**
 * The body or post that made a decision: a body given as a role at an organisation (the network
 * board at the centre, the director of commissioning at an ICB), with, where the body is one of the
 * document's structure bodies, that body's identifier; or a named post by its identifier. Exactly
 * one of body and post is present; a body identifier only with a body.
 *
 * <p>JSON: {@code {"organisation": "RQ3", "role": "Network board", "body": "board"}} or {@code
 * {"post": "chair"}}.
 *
 * @param body the body, as a role at an organisation
 * @param post the post's identifier
 * @param bodyId the identifier of the structure body that decided, if the decision names one: the
 *     engine matches decisions to bodies by it (a document without it is matched by the role text,
 *     as before; see {@code GovernanceDocument})
 */
public record DecisionMaker(Optional<Actor> body, Optional<String> post, Optional<String> bodyId) {

  /**
   * Checks exactly one of body and post is given, and a body identifier only with a body ({@code
   * decision.maker}).
   *
   * @param body the body, if a body decided
   * @param post the post, if a post decided
   * @param bodyId the structure body's identifier, if given
   */
  public DecisionMaker {
    Problems problems = Problems.collector();
    if (problems.at("body").required(body)
        & problems.at("post").required(post)
        & problems.at("bodyId").required(bodyId)) {
      problems.check(
          body.isPresent() != post.isPresent(),
          "decision.maker",
          "a decision names either a body or a post, not both or neither");
      post.ifPresent(p -> problems.at("post").check(!p.isBlank(), "blank", "a post is named"));
      bodyId.ifPresent(
          b -> {
            problems.at("bodyId").check(!b.isBlank(), "blank", "a body is named");
            problems
                .at("bodyId")
                .check(
                    body.isPresent(),
                    "decision.maker",
                    "a body's identifier is given with the body's role and organisation");
          });
    }
    problems.throwIfAny();
  }

  /**
   * A body or a post, without a structure body's identifier.
   *
   * @param body the body, if a body decided
   * @param post the post, if a post decided
   */
  public DecisionMaker(Optional<Actor> body, Optional<String> post) {
    this(body, post, Optional.empty());
  }

  /**
   * {@return a body as decision maker}
   *
   * @param body the body
   */
  public static DecisionMaker body(Actor body) {
    return new DecisionMaker(Optional.of(body), Optional.empty(), Optional.empty());
  }

  /**
   * {@return a structure body as decision maker}
   *
   * @param body the body, as a role at an organisation
   * @param id the structure body's identifier
   */
  public static DecisionMaker body(Actor body, String id) {
    return new DecisionMaker(Optional.of(body), Optional.empty(), Optional.of(id));
  }

  /**
   * {@return a named post as decision maker}
   *
   * @param post the post's identifier
   */
  public static DecisionMaker post(String post) {
    return new DecisionMaker(Optional.empty(), Optional.of(post), Optional.empty());
  }

  /** {@return the body as "role at ORG", or "post ID"} */
  @Override
  public String toString() {
    return body.map(Actor::toString).orElseGet(() -> "post " + post.orElseThrow());
  }
}
