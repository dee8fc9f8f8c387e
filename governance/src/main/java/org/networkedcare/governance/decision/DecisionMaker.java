package org.networkedcare.governance.decision;

import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.Actor;

/**
 * The body or post that made a decision: a body given as a role at an organisation (the network
 * board at the centre, the director of commissioning at an ICB), or a named post by its identifier
 * (posts as full records are another issue's; here a post is its identifier only). Exactly one of
 * the two is present.
 *
 * @param body the body, as a role at an organisation
 * @param post the post's identifier
 */
public record DecisionMaker(Optional<Actor> body, Optional<String> post) {

  /**
   * Checks exactly one of the two is given ({@code decision.maker}).
   *
   * @param body the body, if a body decided
   * @param post the post, if a post decided
   */
  public DecisionMaker {
    Problems problems = Problems.collector();
    if (problems.at("body").required(body) && problems.at("post").required(post)) {
      problems.check(
          body.isPresent() != post.isPresent(),
          "decision.maker",
          "a decision names either a body or a post, not both or neither");
      post.ifPresent(p -> problems.at("post").check(!p.isBlank(), "blank", "a post is named"));
    }
    problems.throwIfAny();
  }

  /**
   * {@return a body as decision maker}
   *
   * @param body the body
   */
  public static DecisionMaker body(Actor body) {
    return new DecisionMaker(Optional.of(body), Optional.empty());
  }

  /**
   * {@return a named post as decision maker}
   *
   * @param post the post's identifier
   */
  public static DecisionMaker post(String post) {
    return new DecisionMaker(Optional.empty(), Optional.of(post));
  }

  /** {@return the body as "role at ORG", or "post ID"} */
  @Override
  public String toString() {
    return body.map(Actor::toString).orElseGet(() -> "post " + post.orElseThrow());
  }
}
