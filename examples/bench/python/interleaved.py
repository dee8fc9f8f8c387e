#!/usr/bin/env python3
"""Whole-process timings of several command lines, interleaved, so that a busy machine moves all alike.

Usage: python3 examples/bench/python/interleaved.py ROUNDS 'LABEL::COMMAND' ['LABEL::COMMAND' ...]

Each round runs every command once, in the order given, after one round that warms the page cache
and is not counted. Prints the load average, then per label the median wall time and the median CPU
time (user + system of the process and its threads, from wait4), in seconds. CPU time moves far
less than wall time when other work shares the machine. A command that exits non-zero stops the run.
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit() or any("::" not in a for a in sys.argv[2:]):
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    runs = [a.split("::", 1) for a in sys.argv[2:]]
    wall = {label: [] for label, _ in runs}
    cpu = {label: [] for label, _ in runs}
    for r in range(rounds + 1):
        for label, command in runs:
            t0 = time.perf_counter()
            p = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            err = p.stderr.read()
            _, status, usage = os.wait4(p.pid, 0)
            dt = time.perf_counter() - t0
            p.stderr.close()
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(f"{label} exited {os.waitstatus_to_exitcode(status)}: {err.decode(errors='replace')[-300:]}")
            if r > 0:
                wall[label].append(dt)
                cpu[label].append(usage.ru_utime + usage.ru_stime)
    print(f"load {os.getloadavg()[0]:.1f}; {rounds} rounds")
    for label, _ in runs:
        print(f"{label:24s} wall {statistics.median(wall[label]):.3f} s  cpu {statistics.median(cpu[label]):.3f} s")


if __name__ == "__main__":
    main()
