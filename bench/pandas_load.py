#!/usr/bin/env python3
"""The pandas side of bench/data.sh: the same question as the C# benchmark, on the same files.

Work measured (one "run"): read data/egdi.csv and data/countries.csv with read_csv into DataFrames, merge the countries
columns onto the panel (as the library's panel frame carries region etc.), then mean EGDI per region for one edition.
No validation: pandas has none to do (ranges, checksums, row counts are not checked).

  /usr/bin/python3 bench/pandas_load.py warm [repeats]   timeit-style: median of `repeats` runs after 5 warm-up runs
  /usr/bin/python3 bench/pandas_load.py cold             one run, as a fresh process (what hyperfine times)
Run it with Debian's /usr/bin/python3 (python3-pandas).
"""
import os
import statistics
import sys
import timeit

import pandas as pd

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
EDITION = 2024


def run():
    egdi = pd.read_csv(os.path.join(DATA, "egdi.csv"))
    countries = pd.read_csv(os.path.join(DATA, "countries.csv"))
    panel = egdi.merge(countries, on="iso3", how="left")
    return panel[panel["edition"] == EDITION].groupby("region")["egdi"].mean()


def show(means):
    return " ".join(f"{region}={value:.6f}" for region, value in means.items())


def main(argv):
    mode = argv[1] if len(argv) > 1 else "warm"
    if mode == "cold":
        print(show(run()))
        return 0
    if mode == "warm":
        repeats = int(argv[2]) if len(argv) > 2 else 200
        timer = timeit.Timer(run)
        timer.repeat(repeat=5, number=1)  # warm-up
        times = timer.repeat(repeat=repeats, number=1)
        print(show(run()))
        print(f"RESULT pandas_read_merge_groupby median_ms={statistics.median(times) * 1e3:.3f} "
              f"mean_ms={statistics.mean(times) * 1e3:.3f} n={repeats} pandas={pd.__version__} "
              f"python={sys.version.split()[0]}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
