#!/usr/bin/env python3
"""Per-notebook start-up cost of `egov run`, from the run-summary.json of one or more runs.

    bench/startup.py RUN_DIR [RUN_DIR...]

For every notebook: its wall time in the runner, the sum of its cells' times, the difference (start-up and overhead:
process and kernel start, reading and writing the notebook; for a warm worker only the new kernel), and the first code
cell's time (Roslyn's warm-up shows there). Medians over the runs given; then the sums over the collection.
"""
import json
import statistics
import sys
from pathlib import Path

rows = {}
for folder in sys.argv[1:]:
    summary = json.loads((Path(folder) / "run-summary.json").read_text())
    for nb in summary["notebooks"]:
        name = Path(nb["notebook"]).name
        cells = nb.get("cells") or []
        total = nb["seconds"]
        in_cells = sum(c["seconds"] for c in cells)
        first = cells[0]["seconds"] if cells else 0.0
        rows.setdefault(name, []).append((total, in_cells, total - in_cells, first))

print(f"{'notebook':34} {'wall_s':>7} {'cells_s':>8} {'start-up_s':>10} {'cell1_s':>8}   (medians of {len(sys.argv) - 1} runs)")
sums = [0.0, 0.0, 0.0, 0.0]
for name in sorted(rows):
    med = [statistics.median(v[i] for v in rows[name]) for i in range(4)]
    sums = [a + b for a, b in zip(sums, med)]
    print(f"{name:34} {med[0]:7.2f} {med[1]:8.2f} {med[2]:10.2f} {med[3]:8.2f}")
print(f"{'sum':34} {sums[0]:7.2f} {sums[1]:8.2f} {sums[2]:10.2f} {sums[3]:8.2f}")
