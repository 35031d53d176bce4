"""How long graph.html takes to render (Python) and to open (headless Chromium), by graph size.

Cases: the six example documents together, the first 30 and the first 200 reports of
../shared/corpus/bench/govreports.jsonl.gz (skipped when absent). Load time is measured from
navigation start to vis-network's first 'afterDrawing' (window.govkg.firstDraw), with the network
blocked, median of three loads. A layout section compares the viewer's layout with plain
`nx.spring_layout(iterations=50)` on one connected component of growing size (the cost that
decides the layout settings in kg/export/html.py).

    .venv/bin/python benchmarks/viewer_load.py [--reports N] [--no-layout]

Prints a table and writes benchmarks/results/viewer_load.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.api import build, build_documents
from kg.export import html as viewer
from kg.read import InputError, read_jsonl

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "govreports.jsonl.gz"
RESULTS = ROOT / "benchmarks" / "results" / "viewer_load.json"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def render_case(name: str, kg, build_s: float, folder: Path) -> dict:
    """Render one graph, timing the layout inside the payload separately."""
    spent = {"layout": 0.0}
    original = viewer.layout

    def layout(*args, **kwargs):
        result, seconds = timed(original, *args, **kwargs)
        spent["layout"] += seconds
        return result

    rdf, rdf_s = timed(kg.to_rdflib)
    viewer.layout = layout
    try:
        payload, payload_s = timed(viewer.graph_payload, rdf)
    finally:
        viewer.layout = original
    page, page_s = timed(viewer.page_html, payload)
    path = folder / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    return {"case": name, "documents": len(kg.documents), "nodes": len(payload["nodes"]), "edges": len(payload["edges"]),
            "sentences": len(payload["sentences"]), "html_bytes": len(page.encode("utf-8")), "build_s": round(build_s, 2),
            "to_rdflib_s": round(rdf_s, 2), "payload_s": round(payload_s, 2), "layout_s": round(spent["layout"], 2),
            "page_s": round(page_s, 2), "path": str(path)}


def load_times(paths: list[Path], runs: int = 3) -> list[dict]:
    """Median time to first drawing of each file, network blocked and checked."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path in paths:
            errors: list[str] = []
            requests: list[str] = []
            runs_ = [load_once(browser, path, errors, requests) for _ in range(runs)]
            out.append({"first_draw_ms": round(statistics.median(r[0] for r in runs_)),
                        "load_wall_s": round(statistics.median(r[1] for r in runs_), 2),
                        "console_errors": len(errors), "blocked_requests": len(requests)})
        browser.close()
    return out


def load_once(browser, path: Path, errors: list[str], requests: list[str]) -> tuple[float, float]:
    """(ms from navigation start to first drawing, wall-clock seconds) for one fresh load."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    started = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("() => window.govkg && window.govkg.firstDraw !== null", timeout=120000)
    wall = time.perf_counter() - started
    first_draw = page.evaluate("() => govkg.firstDraw")
    context.close()
    return first_draw, wall


def layout_scaling(sizes=(500, 1000, 2000, 4000, 8000), plain_up_to: int = 2000) -> list[dict]:
    """One connected component of growing size: a tree (preferential attachment with one edge per
    node, like places with their projects) and a denser graph (two edges per node, no leaves)."""
    rows = []
    for m, shape in ((1, "tree"), (2, "dense")):
        for n in sizes:
            G = nx.barabasi_albert_graph(n, m, seed=7)
            nodes, edges = [str(v) for v in G], [(str(a), str(b)) for a, b in G.edges()]
            _, ours = timed(viewer.layout, nodes, edges)
            row = {"shape": shape, "nodes": n, "edges": G.number_of_edges(), "viewer_layout_s": round(ours, 2)}
            if n <= plain_up_to:
                _, plain = timed(nx.spring_layout, G, seed=7, iterations=50)
                row["spring_layout_50_s"] = round(plain, 2)
            rows.append(row)
    return rows


def corpus_documents(limit: int) -> list:
    return [d for d in itertools.islice(read_jsonl(CORPUS), limit) if not isinstance(d, InputError)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=200, help="reports to build from the bench corpus (default 200)")
    parser.add_argument("--no-layout", action="store_true", help="skip the layout scaling section")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="viewer-load-"))
    cases = []
    kg, seconds = timed(build, [ROOT / "examples"])
    cases.append(render_case("examples-6", kg, seconds, folder))
    if CORPUS.exists():
        for limit in sorted({min(30, args.reports), args.reports}):
            kg, seconds = timed(build_documents, corpus_documents(limit))
            cases.append(render_case(f"reports-{limit}", kg, seconds, folder))
    else:
        print(f"skipping the corpus cases: {CORPUS} is absent", file=sys.stderr)
    if Path(CHROMIUM).exists():
        for case, load in zip(cases, load_times([Path(c["path"]) for c in cases])):
            case.update(load)
    else:
        print(f"skipping load times: {CHROMIUM} is absent", file=sys.stderr)
    layout = [] if args.no_layout else layout_scaling()
    report = {"environment": environment(), "cases": cases, "layout": layout}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_table(cases, layout)
    print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    return 0


def environment() -> dict:
    try:
        chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except OSError:
        chromium = ""
    return {"python": platform.python_version(), "machine": platform.machine(), "networkx": nx.__version__,
            "chromium": chromium}


def print_table(cases: list[dict], layout: list[dict]) -> None:
    cols = ["case", "documents", "nodes", "edges", "html_bytes", "build_s", "payload_s", "layout_s", "page_s",
            "first_draw_ms", "load_wall_s", "console_errors"]
    print(" | ".join(cols))
    for c in cases:
        print(" | ".join(str(c.get(k, "")) for k in cols))
    if layout:
        print("\nlayout of one component: shape | nodes | viewer layout s | spring_layout(50 it) s")
        for row in layout:
            print(f"{row['shape']} | {row['nodes']} | {row['viewer_layout_s']} | {row.get('spring_layout_50_s', '-')}")


if __name__ == "__main__":
    sys.exit(main())
