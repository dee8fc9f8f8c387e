package org.networkedcare.metrics.uncertainty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.DirichletSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.uncertainty.Distribution.DirichletShare;
import org.networkedcare.metrics.uncertainty.Distribution.Normal;
import org.networkedcare.metrics.uncertainty.Distribution.Univariate;

/**
 * Draws a parameter vector for one Monte Carlo draw from the parameters' distributions,
 * reproducibly and independently of threads, parameter order and parameters added.
 *
 * <p>The parameters fall into blocks, each with its own random stream: one block per parameter with
 * a univariate distribution (key {@code "p:" + name}), one per connected set of correlated normals
 * (key {@code "n:" + their names, sorted}) and one per Dirichlet group (key {@code "d:" + group}).
 * The stream of a block in draw {@code d} is an {@link XoRoShiRo128PlusPlus} seeded with outputs
 * {@code 2d + 1} and {@code 2d + 2} of a {@link SplitMix64} sequence whose start is itself derived
 * by SplitMix64 from the run's seed and the FNV-1a hash of the block's key. A draw's values
 * therefore depend only on (seed, draw index, block), never on which thread runs it or on other
 * blocks; adding a parameter leaves every other parameter's draws unchanged (unless it joins their
 * correlated set or Dirichlet group).
 *
 * <p>Group problems, each at {@code /<parameter>/distribution/...}: {@code
 * distribution.correlation} (a correlation with an unknown, non-normal or the same parameter, two
 * different coefficients for one pair, or a correlation matrix that is not positive definite) and
 * {@code distribution.group} (a Dirichlet group with one member, mixed alpha and mean forms, means
 * not summing to one, or no standard deviation), plus the problems of {@link
 * Distribution.Dirichlet#ofMoments}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParameterSampler {

  private final List<String> names;
  private final Block[] blocks;

  private ParameterSampler(List<String> names, List<Block> blocks) {
    this.names = List.copyOf(names);
    this.blocks = blocks.toArray(new Block[0]);
  }

  /**
   * {@return a sampler of the parameter vector}
   *
   * @param names the parameters, in the order of the vector
   * @param distributions the distributions of the parameters that have one, by name (the others
   *     keep the value already in the vector)
   * @throws ValidationException with every group problem, at {@code /<parameter>/distribution/...}
   */
  public static ParameterSampler of(List<String> names, Map<String, Distribution> distributions) {
    Problems p = Problems.collector();
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    Map<String, Distribution> dist = new TreeMap<>(distributions);
    List<Block> blocks = new ArrayList<>();
    // Correlations: check each link, then join linked normals into connected sets.
    Map<String, String> root = new TreeMap<>();
    dist.forEach(
        (name, d) -> {
          Objects.requireNonNull(
              index.get(name), () -> "no parameter '" + name + "' in the vector");
          if (d instanceof Normal) {
            root.put(name, name);
          }
        });
    Map<String, Map<String, Double>> r = new TreeMap<>();
    dist.forEach(
        (name, d) -> {
          if (!(d instanceof Normal n)) {
            return;
          }
          n.correlations()
              .forEach(
                  (other, rho) -> {
                    Problems at = p.at(name).at("distribution").at("correlations").at(other);
                    if (other.equals(name)) {
                      at.add(
                          "distribution.correlation", "a parameter is not correlated with itself");
                    } else if (!(dist.get(other) instanceof Normal o)) {
                      at.add(
                          "distribution.correlation",
                          "'"
                              + other
                              + "' is not a parameter with a normal distribution;"
                              + " correlations are between normal parameters");
                    } else {
                      Double back = o.correlations().get(name);
                      if (back != null && back.doubleValue() != rho.doubleValue()) {
                        at.add(
                            "distribution.correlation",
                            "the correlation with '"
                                + other
                                + "' is "
                                + rho
                                + " here but "
                                + back
                                + " at '"
                                + other
                                + "'");
                      }
                      r.computeIfAbsent(name, x -> new TreeMap<>()).put(other, rho);
                      r.computeIfAbsent(other, x -> new TreeMap<>()).put(name, rho);
                      union(root, name, other);
                    }
                  });
        });
    Map<String, List<String>> sets = new TreeMap<>();
    for (String name : root.keySet()) {
      sets.computeIfAbsent(find(root, name), x -> new ArrayList<>()).add(name);
    }
    for (List<String> set : sets.values()) {
      if (set.size() == 1) {
        continue;
      }
      int k = set.size();
      double[][] corr = new double[k][k];
      for (int i = 0; i < k; i++) {
        corr[i][i] = 1;
        for (int j = 0; j < k; j++) {
          if (i != j) {
            corr[i][j] = r.getOrDefault(set.get(i), Map.of()).getOrDefault(set.get(j), 0.0);
          }
        }
      }
      double[][] l = cholesky(corr);
      if (l == null) {
        p.at(set.get(0))
            .at("distribution")
            .at("correlations")
            .add(
                "distribution.correlation",
                "the correlation matrix of the normal parameters "
                    + set
                    + " is not positive definite");
        continue;
      }
      int[] at = set.stream().mapToInt(index::get).toArray();
      double[] mean =
          set.stream()
              .mapToDouble(n -> ((Normal) Objects.requireNonNull(dist.get(n))).mean())
              .toArray();
      double[] sd =
          set.stream()
              .mapToDouble(n -> ((Normal) Objects.requireNonNull(dist.get(n))).sd())
              .toArray();
      blocks.add(new CorrelatedNormals("n:" + String.join("\u0000", set), at, mean, sd, l));
      set.forEach(dist::remove);
    }
    // Dirichlet groups.
    Map<String, List<String>> groups = new TreeMap<>();
    dist.forEach(
        (name, d) -> {
          if (d instanceof DirichletShare s) {
            groups.computeIfAbsent(s.group(), x -> new ArrayList<>()).add(name);
          }
        });
    groups.forEach(
        (group, members) -> {
          Problems first = p.at(members.get(0)).at("distribution");
          if (members.size() < 2) {
            first
                .at("group")
                .add(
                    "distribution.group",
                    "the Dirichlet group '" + group + "' has one member; it needs at least two");
            return;
          }
          List<DirichletShare> shares =
              members.stream().map(n -> (DirichletShare) dist.get(n)).toList();
          boolean alphaForm = shares.get(0).alpha().isPresent();
          for (int i = 1; i < shares.size(); i++) {
            if (shares.get(i).alpha().isPresent() != alphaForm) {
              p.at(members.get(i))
                  .at("distribution")
                  .add(
                      "distribution.group",
                      "the Dirichlet group '"
                          + group
                          + "' mixes alpha and mean forms; give every member an alpha, or every member a mean");
              return;
            }
          }
          Distribution.Dirichlet dirichlet;
          if (alphaForm) {
            dirichlet =
                new Distribution.Dirichlet(
                    shares.stream().map(s -> s.alpha().getAsDouble()).toList());
          } else {
            int withSd = -1;
            for (int i = 0; i < shares.size() && withSd < 0; i++) {
              withSd = shares.get(i).sd().isPresent() ? i : -1;
            }
            if (withSd < 0) {
              first.add(
                  "distribution.group",
                  "the Dirichlet group '"
                      + group
                      + "' gives means but no sd; give one member an sd");
              return;
            }
            // The member with the first sd (in name order) goes first, as dampack uses the first
            // sd.
            List<String> order = new ArrayList<>(members);
            order.add(0, order.remove(withSd));
            double[] means =
                order.stream()
                    .mapToDouble(
                        n ->
                            ((DirichletShare) Objects.requireNonNull(dist.get(n)))
                                .mean()
                                .getAsDouble())
                    .toArray();
            double[] sds = new double[means.length];
            Arrays.fill(sds, Double.NaN);
            sds[0] =
                ((DirichletShare) Objects.requireNonNull(dist.get(order.get(0))))
                    .sd()
                    .getAsDouble();
            List<String> ordered = order;
            try {
              Distribution.Dirichlet byOrder = Distribution.Dirichlet.ofMoments(means, sds);
              double[] alpha = new double[members.size()];
              for (int i = 0; i < ordered.size(); i++) {
                alpha[members.indexOf(ordered.get(i))] = byOrder.alpha().get(i);
              }
              dirichlet = new Distribution.Dirichlet(Arrays.stream(alpha).boxed().toList());
            } catch (ValidationException e) {
              for (org.networkedcare.core.validation.Problem problem : e.problems()) {
                String path = problem.path();
                String member = path.startsWith("/0") ? ordered.get(0) : members.get(0);
                p.at(member)
                    .at("distribution")
                    .add(problem.code(), "Dirichlet group '" + group + "': " + problem.message());
              }
              return;
            }
          }
          int[] at = members.stream().mapToInt(index::get).toArray();
          blocks.add(
              new DirichletBlock(
                  "d:" + group,
                  at,
                  dirichlet.alpha().stream().mapToDouble(Double::doubleValue).toArray()));
          members.forEach(dist::remove);
        });
    p.throwIfAny();
    dist.forEach(
        (name, d) ->
            blocks.add(
                new Single("p:" + name, Objects.requireNonNull(index.get(name)), (Univariate) d)));
    return new ParameterSampler(names, blocks);
  }

  /** {@return the parameters, in the order of the vector} */
  public List<String> names() {
    return names;
  }

  /**
   * {@return the seed of a block's stream sequence for a run} The draw's stream is then {@link
   * #stream(long, long)} of it.
   *
   * @param seed the run's seed
   * @param key the block's key
   */
  static long blockSeed(long seed, String key) {
    long h = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return new SplitMix64(new SplitMix64(seed).nextLong() ^ h).nextLong();
  }

  /**
   * {@return the random stream of one block in one draw}
   *
   * @param blockSeed the block's seed for the run
   * @param draw the draw index
   */
  static UniformRandomProvider stream(long blockSeed, long draw) {
    // SplitMix64's state advances by a constant each output, so starting it at blockSeed + 2d steps
    // jumps straight to outputs 2d + 1 and 2d + 2 of the block's sequence.
    SplitMix64 s = new SplitMix64(blockSeed + 2 * draw * 0x9e3779b97f4a7c15L);
    return new XoRoShiRo128PlusPlus(s.nextLong(), s.nextLong());
  }

  /**
   * {@return the per-block seeds for a run, for {@link #draw(long[], long, double[])}}
   *
   * @param seed the run's seed
   */
  public long[] seeds(long seed) {
    long[] s = new long[blocks.length];
    for (int i = 0; i < blocks.length; i++) {
      s[i] = blockSeed(seed, blocks[i].key());
    }
    return s;
  }

  /**
   * Sets the values of every parameter with a distribution for one draw; the others keep their
   * values.
   *
   * @param seeds the run's block seeds, from {@link #seeds(long)}
   * @param draw the draw index
   * @param values the parameter vector, written in place
   */
  public void draw(long[] seeds, long draw, double[] values) {
    for (int i = 0; i < blocks.length; i++) {
      blocks[i].draw(stream(seeds[i], draw), values);
    }
  }

  /**
   * {@return a drawer of this sampler's draws for one thread} It gives the values {@link
   * #draw(long[], long, double[])} gives, to the bit, but reuses one random generator (re-seeded at
   * each draw's stream) and each parameter's sampler across draws, where {@code draw} makes them
   * anew for every draw and block: a PSA of many draws then allocates next to nothing per draw, so
   * that threads do not wait on the garbage collector.
   *
   * @param seeds the per-block seeds of the run ({@link #seeds(long)})
   */
  public Drawer drawer(long[] seeds) {
    return new Drawer(seeds);
  }

  /**
   * A drawer for one thread ({@link #drawer(long[])}). Not thread-safe: give each thread its own.
   */
  public final class Drawer {
    private final long[] seeds;
    private final Reseeded rng = new Reseeded();
    private final ContinuousDistribution.@Nullable Sampler[] singles;

    private Drawer(long[] seeds) {
      this.seeds = seeds.clone();
      this.singles = new ContinuousDistribution.Sampler[blocks.length];
      for (int i = 0; i < blocks.length; i++) {
        if (blocks[i] instanceof Single single) {
          singles[i] = single.samplers().apply(rng);
        }
      }
    }

    /**
     * Sets every parameter with a distribution for one draw, as {@link #draw(long[], long,
     * double[])} does.
     *
     * @param draw the draw index
     * @param values the parameter vector, written at the sampled positions
     */
    public void draw(long draw, double[] values) {
      for (int i = 0; i < blocks.length; i++) {
        // the stream of stream(seeds[i], draw), in place
        SplitMix64 s = new SplitMix64(seeds[i] + 2 * draw * 0x9e3779b97f4a7c15L);
        long s0 = s.nextLong();
        rng.reset(s0, s.nextLong());
        ContinuousDistribution.Sampler single = singles[i];
        if (single != null) {
          values[((Single) blocks[i]).at()] = single.sample();
        } else {
          blocks[i].draw(rng, values);
        }
      }
    }
  }

  /**
   * The generator of {@link #stream(long, long)}, re-seeded in place: the same outputs as a new
   * {@code XoRoShiRo128PlusPlus} of the same two seeds (its state is those seeds, and the cached
   * bits of {@code nextInt} and {@code nextBoolean} are reset with it).
   */
  private static final class Reseeded extends XoRoShiRo128PlusPlus {
    Reseeded() {
      super(0x9e3779b97f4a7c15L, 1L);
    }

    void reset(long seed0, long seed1) {
      state0 = seed0;
      state1 = seed1;
      resetCachedState();
    }
  }

  /**
   * {@return the lower Cholesky factor of a symmetric matrix, or null when it is not positive
   * definite}
   *
   * @param a the matrix
   */
  static double @Nullable [][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 1e-12)) {
            return null;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }

  private static void union(Map<String, String> root, String a, String b) {
    String ra = find(root, a);
    String rb = find(root, b);
    if (!ra.equals(rb)) {
      root.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  private static String find(Map<String, String> root, String a) {
    String x = a;
    while (!Objects.requireNonNull(root.get(x)).equals(x)) {
      x = Objects.requireNonNull(root.get(x));
    }
    return x;
  }

  /** A set of parameters drawn from one stream. */
  private interface Block {
    String key();

    void draw(UniformRandomProvider rng, double[] values);
  }

  /**
   * One parameter; its distribution is set up once for the whole run ({@link
   * Univariate#samplers()}).
   */
  private record Single(
      String key, int at, Function<UniformRandomProvider, ContinuousDistribution.Sampler> samplers)
      implements Block {
    Single(String key, int at, Univariate distribution) {
      this(key, at, distribution.samplers());
    }

    @Override
    public void draw(UniformRandomProvider rng, double[] values) {
      values[at] = samplers.apply(rng).sample();
    }
  }

  private record CorrelatedNormals(String key, int[] at, double[] mean, double[] sd, double[][] l)
      implements Block {
    @Override
    public void draw(UniformRandomProvider rng, double[] values) {
      ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
      int k = at.length;
      double[] z = new double[k];
      for (int i = 0; i < k; i++) {
        z[i] = gauss.sample();
      }
      for (int i = 0; i < k; i++) {
        double x = 0;
        for (int j = 0; j <= i; j++) {
          x += l[i][j] * z[j];
        }
        values[at[i]] = mean[i] + sd[i] * x;
      }
    }
  }

  private record DirichletBlock(String key, int[] at, double[] alpha) implements Block {
    @Override
    public void draw(UniformRandomProvider rng, double[] values) {
      double[] x = DirichletSampler.of(rng, alpha).sample();
      for (int i = 0; i < at.length; i++) {
        values[at[i]] = x[i];
      }
    }
  }

  /** {@return the block keys, for tests} */
  List<String> keys() {
    return Arrays.stream(blocks).map(Block::key).toList();
  }
}
