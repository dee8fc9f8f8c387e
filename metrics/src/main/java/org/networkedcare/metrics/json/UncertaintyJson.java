package org.networkedcare.metrics.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.metrics.uncertainty.Distribution;
import org.networkedcare.metrics.uncertainty.Distribution.Beta;
import org.networkedcare.metrics.uncertainty.Distribution.DirichletShare;
import org.networkedcare.metrics.uncertainty.Distribution.Fixed;
import org.networkedcare.metrics.uncertainty.Distribution.Gamma;
import org.networkedcare.metrics.uncertainty.Distribution.LogNormal;
import org.networkedcare.metrics.uncertainty.Distribution.Normal;
import org.networkedcare.metrics.uncertainty.Distribution.Pert;
import org.networkedcare.metrics.uncertainty.Distribution.Triangular;
import org.networkedcare.metrics.uncertainty.Distribution.Uniform;

/**
 * The JSON codec of the uncertainty package ({@code org.networkedcare.metrics.uncertainty}): a
 * parameter's distribution in any of its forms (see {@link Distribution}), read with every problem
 * at its JSON pointer, and written in its canonical form. Stateless and thread-safe.
 */
public final class UncertaintyJson {

  /**
   * The forms of each type, each form's fields in the order they are written: a problem lists them
   * in this order on every run (Guava's immutable sets keep it; {@code Set.of} iterates in an order
   * that changes from one JVM to the next).
   */
  private static final Map<String, List<Set<String>>> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("fixed", List.of(ImmutableSet.of("value")));
    FORMS.put("normal", List.of(ImmutableSet.of("mean", "sd")));
    FORMS.put(
        "lognormal",
        List.of(
            ImmutableSet.of("mean", "sd"),
            ImmutableSet.of("mean", "variance"),
            ImmutableSet.of("mu", "sigma")));
    FORMS.put(
        "gamma",
        List.of(
            ImmutableSet.of("mean", "sd"),
            ImmutableSet.of("shape", "scale"),
            ImmutableSet.of("shape", "rate")));
    FORMS.put("beta", List.of(ImmutableSet.of("mean", "sd"), ImmutableSet.of("alpha", "beta")));
    FORMS.put("triangular", List.of(ImmutableSet.of("min", "mode", "max")));
    FORMS.put("pert", List.of(ImmutableSet.of("min", "mode", "max")));
    FORMS.put("uniform", List.of(ImmutableSet.of("min", "max")));
    FORMS.put(
        "dirichlet",
        List.of(ImmutableSet.of("alpha"), ImmutableSet.of("mean"), ImmutableSet.of("mean", "sd")));
  }

  private UncertaintyJson() {}

  /**
   * {@return a distribution read from JSON, or empty with its problems recorded at their JSON
   * pointers} The problem codes are those {@link Distribution} lists.
   *
   * @param value the JSON value
   */
  public static Optional<Distribution> distribution(JsonValue value) {
    return value.object(UncertaintyJson::read);
  }

  /**
   * {@return a distribution in its canonical JSON form}
   *
   * @param distribution the distribution
   */
  public static JsonNode write(Distribution distribution) {
    if (distribution instanceof Fixed x) {
      return node(x).put("value", x.value());
    }
    if (distribution instanceof Normal x) {
      ObjectNode n = node(x).put("mean", x.mean()).put("sd", x.sd());
      if (!x.correlations().isEmpty()) {
        ObjectNode c = n.putObject("correlations");
        new TreeMap<>(x.correlations()).forEach(c::put);
      }
      return n;
    }
    if (distribution instanceof LogNormal x) {
      return node(x).put("mu", x.mu()).put("sigma", x.sigma());
    }
    if (distribution instanceof Gamma x) {
      return node(x).put("shape", x.shape()).put("scale", x.scale());
    }
    if (distribution instanceof Beta x) {
      return node(x).put("alpha", x.alpha()).put("beta", x.beta());
    }
    if (distribution instanceof Triangular x) {
      return node(x).put("min", x.min()).put("mode", x.mode()).put("max", x.max());
    }
    if (distribution instanceof Pert x) {
      return node(x).put("min", x.min()).put("mode", x.mode()).put("max", x.max());
    }
    if (distribution instanceof Uniform x) {
      return node(x).put("min", x.min()).put("max", x.max());
    }
    DirichletShare x = (DirichletShare) distribution;
    ObjectNode n = node(x).put("group", x.group());
    x.alpha().ifPresent(a -> n.put("alpha", a));
    x.mean().ifPresent(m -> n.put("mean", m));
    x.sd().ifPresent(s -> n.put("sd", s));
    return n;
  }

  private static ObjectNode node(Distribution distribution) {
    return Json.object().put("type", distribution.type());
  }

  private static Optional<Distribution> read(JsonObject o) {
    Map<String, String> types = new LinkedHashMap<>();
    FORMS.keySet().forEach(t -> types.put(t, t));
    Optional<String> type = o.required("type", v -> v.oneOf(types));
    if (type.isEmpty()) {
      o.has("group");
      o.has("correlations");
      FORMS.values().forEach(forms -> forms.forEach(f -> f.forEach(o::has)));
      return Optional.empty();
    }
    List<Set<String>> forms = FORMS.getOrDefault(type.get(), List.of());
    Map<String, Double> f = new TreeMap<>();
    boolean ok = true;
    for (Set<String> form : forms) {
      for (String name : form) {
        if (!f.containsKey(name) && o.has(name)) {
          Optional<Double> x = o.required(name, JsonValue::real);
          if (x.isPresent()) {
            f.put(name, x.get());
          } else {
            ok = false;
          }
        }
      }
    }
    Map<String, Double> correlations = new TreeMap<>();
    if (type.get().equals("normal")) {
      ok &=
          o.optional(
                  "correlations",
                  v ->
                      v.object(
                          c -> {
                            for (Iterator<String> it = v.node().fieldNames(); it.hasNext(); ) {
                              String name = it.next();
                              c.required(name, JsonValue::real)
                                  .ifPresent(r -> correlations.put(name, r));
                            }
                            return Optional.of(true);
                          }))
              .orElse(!o.has("correlations"));
    }
    Optional<String> group =
        type.get().equals("dirichlet")
            ? o.required("group", JsonValue::nonBlankText)
            : Optional.of("");
    if (!ok || group.isEmpty()) {
      return Optional.empty();
    }
    if (!forms.contains(f.keySet())) {
      StringBuilder text = new StringBuilder();
      for (Set<String> form : forms) {
        text.append(text.length() == 0 ? "" : ", or ")
            .append(String.join(" and ", new java.util.TreeSet<>(form)));
      }
      o.problems()
          .add(
              "distribution.form",
              "a "
                  + type.get()
                  + " distribution takes "
                  + text
                  + "; found "
                  + (f.isEmpty() ? "none of these" : String.join(", ", f.keySet())));
      return Optional.empty();
    }
    return o.build(() -> make(type.get(), new Fields(f), correlations, group.get()));
  }

  /** The numbers of one distribution form, already checked to be that form's complete set. */
  private record Fields(Map<String, Double> values) {
    boolean containsKey(String name) {
      return values.containsKey(name);
    }

    double get(String name) {
      Double d = values.get(name);
      if (d == null) {
        throw new IllegalStateException("the form was checked to hold " + name);
      }
      return d;
    }

    OptionalDouble opt(String name) {
      Double d = values.get(name);
      return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }
  }

  private static Distribution make(
      String type, Fields f, Map<String, Double> correlations, String group) {
    return switch (type) {
      case "fixed" -> new Fixed(f.get("value"));
      case "normal" -> new Normal(f.get("mean"), f.get("sd"), correlations);
      case "lognormal" ->
          f.containsKey("mu")
              ? new LogNormal(f.get("mu"), f.get("sigma"))
              : f.containsKey("sd")
                  ? LogNormal.ofMoments(f.get("mean"), f.get("sd"))
                  : LogNormal.ofMeanVariance(f.get("mean"), f.get("variance"));
      case "gamma" ->
          f.containsKey("mean")
              ? Gamma.ofMoments(f.get("mean"), f.get("sd"))
              : f.containsKey("scale")
                  ? new Gamma(f.get("shape"), f.get("scale"))
                  : Gamma.ofShapeRate(f.get("shape"), f.get("rate"));
      case "beta" ->
          f.containsKey("mean")
              ? Beta.ofMoments(f.get("mean"), f.get("sd"))
              : new Beta(f.get("alpha"), f.get("beta"));
      case "triangular" -> new Triangular(f.get("min"), f.get("mode"), f.get("max"));
      case "pert" -> new Pert(f.get("min"), f.get("mode"), f.get("max"));
      case "uniform" -> new Uniform(f.get("min"), f.get("max"));
      default -> new DirichletShare(group, f.opt("alpha"), f.opt("mean"), f.opt("sd"));
    };
  }
}
