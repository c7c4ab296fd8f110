#!/usr/bin/env python3
"""Runs a command and reports its wall time and the peak memory of its whole process tree.

usage: measure.py -- COMMAND [ARGS...]      prints one JSON line: {"seconds": s, "cpu_s": c, "peak_mb": m, "exit": code}
CPU time is user + system of the command and every descendant it waited for (getrusage of the reaped children).
Memory is the largest sum of RSS over the command and all its descendants, sampled every 20 ms from /proc
(GNU time's %M reports only the single largest process, which misses a runner's child processes).
"""
import json, os, resource, subprocess, sys, time

def tree_rss_kb(root):
    children = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open(f'/proc/{pid}/stat') as f:
                parts = f.read().rsplit(')', 1)[1].split()
            children.setdefault(int(parts[1]), []).append(int(pid))
        except OSError:
            pass
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f'/proc/{pid}/status') as f:
                for line in f:
                    if line.startswith('VmRSS:'):
                        total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(pid, []))
    return total

def main():
    command = sys.argv[sys.argv.index('--') + 1:]
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss_kb(process.pid))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(json.dumps({"seconds": round(seconds, 3), "cpu_s": round(cpu, 2), "peak_mb": round(peak / 1024, 1), "exit": process.returncode}))

if __name__ == '__main__':
    main()
