#!/usr/bin/env python3
"""Compare every output of the executed notebooks in two folders (e.g. warm workers against one process per notebook).

    bench/compare-outputs.py DIR_A DIR_B [--show N] [--ignore-plotly-js] [--ignore-chart-html]

Every code cell's outputs must be equal: stream text, errors, execution counts and every MIME value, after removing what
differs from run to run by design: the process id in the HTML id of a chart (egov-chart-PID-N) and the random ids
plotly.js gives the clip paths of an SVG image, and the order of an SVG element's attributes (no meaning in XML). With
--ignore-plotly-js, also the copy of plotly.js at the start of a chart's HTML (a kernel session's first chart, and egov
run's before issue 22, bring one; egov run's notebooks now carry none). With --ignore-chart-html, the HTML of chart
outputs (those with application/vnd.plotly.v1+json) is left out: since issue 22 a chart's static image replaces its HTML
in egov run's notebooks. Exit 0 when all notebooks are equal, 1 otherwise.
"""
import json
import re
from xml.etree import ElementTree
import sys
from pathlib import Path

CHART_ID = re.compile(r"egov-chart-\d+-(\d+)")
PLOTLY_JS = re.compile(r"^<script type=\"text/javascript\">if \(typeof window\.Plotly === 'undefined'\).*?</script>\n", re.S)
IGNORE_PLOTLY_JS = "--ignore-plotly-js" in sys.argv
IGNORE_CHART_HTML = "--ignore-chart-html" in sys.argv
SVG_IDS = re.compile(r"(clip|legend|topofill|gradient|pattern|defs-|trace)[0-9a-f]{6}")


def text(value):
    return "".join(value) if isinstance(value, list) else value


def normal(mime, value):
    if isinstance(value, (dict, list)) and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        return json.dumps(value, sort_keys=True)
    value = text(value)
    if mime == "text/html":
        value = CHART_ID.sub(r"egov-chart-PID-\1", value)
        if IGNORE_PLOTLY_JS:
            value = PLOTLY_JS.sub("", value)
    if mime == "image/svg+xml":
        value = canonical_svg(SVG_IDS.sub(r"\1ID", value))
    return value


def canonical_svg(svg):
    """The SVG with every element's attributes in sorted order: XML gives attribute order no meaning, and plotly.js sets
    some attributes (style, viewBox) in an order that differs from run to run."""
    try:
        root = ElementTree.fromstring(svg)
    except ElementTree.ParseError:
        return svg
    for element in root.iter():
        attributes = sorted(element.attrib.items())
        element.attrib.clear()
        element.attrib.update(attributes)
    return ElementTree.tostring(root, encoding="unicode")


def outputs(path):
    notebook = json.loads(Path(path).read_text(encoding="utf-8"))
    cells = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        items = []
        for output in cell.get("outputs", []):
            kind = output["output_type"]
            if kind == "stream":
                items.append(("stream", output["name"], text(output["text"])))
            elif kind == "error":
                items.append(("error", output["ename"], output["evalue"]))
            else:
                data = output.get("data", {})
                chart = "application/vnd.plotly.v1+json" in data
                items.append((kind, output.get("execution_count"),
                              tuple(sorted((m, normal(m, v)) for m, v in data.items()
                                           if not (IGNORE_CHART_HTML and chart and m == "text/html")))))
        cells.append((cell.get("execution_count"), items))
    return cells


def main():
    args = [a for a in sys.argv[1:] if a not in ("--ignore-plotly-js", "--ignore-chart-html")]
    show = 3
    if "--show" in args:
        show = int(args[args.index("--show") + 1])
        del args[args.index("--show"):args.index("--show") + 2]
    a, b = Path(args[0]), Path(args[1])
    names = sorted(p.name for p in a.glob("*.ipynb"))
    different = 0
    total = 0
    for name in names:
        other = b / name
        if not other.exists():
            print(f"MISSING {other}")
            different += 1
            continue
        left, right = outputs(a / name), outputs(other)
        values = sum(len(items) for _, items in left)
        total += values
        diffs = []
        if len(left) != len(right):
            diffs.append(f"{len(left)} code cells against {len(right)}")
        for number, (l, r) in enumerate(zip(left, right), 1):
            if l != r:
                diffs.append(f"cell {number}")
        if diffs:
            different += 1
            print(f"DIFFERENT {name}: " + ", ".join(diffs[:show]))
            for number, (l, r) in enumerate(zip(left, right), 1):
                if l != r and show > 0:
                    show -= 1
                    for x, y in zip(l[1], r[1]):
                        if x != y:
                            x, y = str(x), str(y)
                            at = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
                            print(f"  first difference at character {at} of {len(x)} / {len(y)}:")
                            print("  A: ..." + x[max(0, at - 150):at + 150])
                            print("  B: ..." + y[max(0, at - 150):at + 150])
                            break
        else:
            print(f"equal {name}: {len(left)} code cells, {values} outputs")
    print(f"compare-outputs: {len(names) - different} of {len(names)} notebooks equal ({total} outputs compared)")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
