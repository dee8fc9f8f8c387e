#!/usr/bin/env python3
"""The model of CohortBenchmark in vectorised numpy: 10 states, 2 strategies, 100 cycles, evaluated
for 10,000 draws of four parameters at once (draws are the leading axis of every array), so that
the Java kernel can be compared with what an analyst would write in numpy.

From state i < 8: progress to i + 1 with p (unsupported: p_progress; supported: p_progress, and
p_progress * rr from cycle 10), die with 0.01 * (i + 1), stay with the complement; state 8 cannot
progress; state 9 (dead) absorbs. Cost c_base * (1 + 0.5 i), QALY u_base * (1 - 0.08 i), 0 when dead.
1,000 start in state 0. Life-table counts (mean of the counts at the start and end of each cycle),
discounted at 3.5% by (1 + r)^-(t - 1), as heemod and networkedcare do.

    python3 examples/bench/numpy/cohort_psa.py            # base case, then timed PSA runs
Needs numpy (Debian: apt-get install python3-numpy; run it with /usr/bin/python3).
"""
import time
import numpy as np

STATES, CYCLES, DRAWS = 10, 100, 10_000


def totals(p_progress, rr, c_base, u_base):
    """Discounted whole-cohort cost and QALY totals per strategy, for arrays of draws."""
    n = p_progress.shape[0]
    death = 0.01 * (np.arange(STATES - 1) + 1)          # states 0..8
    cost_w = 1 + 0.5 * np.arange(STATES)
    qaly_w = 1 - 0.08 * np.arange(STATES)
    cost_w[-1] = qaly_w[-1] = 0.0
    cost_s = c_base[:, None] * cost_w[None, :]           # (n, states)
    qaly_s = u_base[:, None] * qaly_w[None, :]
    disc = 1.035 ** -(np.arange(1, CYCLES + 1) - 1.0)    # cycle t = 1..T
    out = {}
    for name in ("unsupported", "supported"):
        x = np.zeros((n, STATES))
        x[:, 0] = 1000.0
        cost = np.zeros(n)
        qaly = np.zeros(n)
        for t in range(1, CYCLES + 1):
            p = p_progress if name == "unsupported" or t < 10 else p_progress * rr
            nxt = np.zeros_like(x)
            live = x[:, : STATES - 1]
            dying = live * death[None, :]
            moving = np.zeros_like(live)
            moving[:, : STATES - 2] = live[:, : STATES - 2] * p[:, None]
            nxt[:, : STATES - 1] += live - dying - moving
            nxt[:, 1 : STATES - 1] += moving[:, : STATES - 2]
            nxt[:, STATES - 1] += dying.sum(axis=1) + x[:, STATES - 1]
            counted = (x + nxt) / 2                      # life-table
            cost += disc[t - 1] * (counted * cost_s).sum(axis=1)
            qaly += disc[t - 1] * (counted * qaly_s).sum(axis=1)
            x = nxt
        out[name] = (cost, qaly)
    return out


def main():
    base = totals(np.array([0.1]), np.array([0.7]), np.array([1000.0]), np.array([0.8]))
    for name, (c, q) in base.items():
        print(f"base {name}: cost {c[0]!r} qaly {q[0]!r}")
    rng = np.random.default_rng(20261127)
    draws = [rng.uniform(lo, hi, DRAWS) for lo, hi in ((0.05, 0.15), (0.5, 0.9), (500, 1500), (0.6, 0.9))]
    totals(*draws)                                       # warm-up
    times = []
    for _ in range(7):
        start = time.perf_counter()
        totals(*draws)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"{DRAWS} draws x {STATES} states x {CYCLES} cycles x 2 strategies: median {times[3]:.3f} s, "
          f"min {times[0]:.3f} s (numpy {np.__version__})")


if __name__ == "__main__":
    main()
