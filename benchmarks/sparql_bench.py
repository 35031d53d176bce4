"""How fast the SPARQL side is: loading a built graph into Oxigraph (in memory and into a store
folder, first load and replacing every document), and each shipped query, with and without its
parameter, by corpus size.

Cases: the six example documents, and the first N reports of
../shared/corpus/bench/govreports.jsonl.gz (skipped when absent). Parameters are the busiest
entity of each kind in the case (the body with most regulation relations, the place with most
places under it, the most mentioned entity), so the numbers are for the heaviest real answers.
Query times are the median of --runs runs.

    .venv/bin/python benchmarks/sparql_bench.py [--reports N] [--runs 5] [--json results.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kg.api import build, build_documents
from kg.query import format_table, named_queries, query, run
from kg.read import InputError, read_jsonl
from kg.store import GraphStore, named_quads, to_oxigraph, write_to_store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bench" / "govreports.jsonl.gz"

PICK = {
    "body": """SELECT ?body (COUNT(DISTINCT ?r) AS ?n) WHERE {
                 ?b skos:prefLabel ?body ; gk:enacts|gk:approves|gk:amends|gk:repeals|gk:inspects|gk:oversees ?r
               } GROUP BY ?body ORDER BY DESC(?n) ?body LIMIT 1""",
    "place": """SELECT ?place (COUNT(DISTINCT ?sub) AS ?n) WHERE { ?sub gk:partOf+ ?p . ?p skos:prefLabel ?place }
                GROUP BY ?place ORDER BY DESC(?n) ?place LIMIT 1""",
    "entity": """SELECT ?entity (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m gk:denotes ?x . ?x skos:prefLabel ?entity }
                 GROUP BY ?entity ORDER BY DESC(?n) ?entity LIMIT 1""",
}


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def median_time(runs: int, fn, *args, **kwargs) -> tuple[object, float]:
    times, result = [], None
    for _ in range(runs):
        result, seconds = timed(fn, *args, **kwargs)
        times.append(seconds)
    return result, statistics.median(times)


def bench_case(name: str, kg, build_s: float, runs: int) -> dict:
    _, dataset_s = timed(lambda: kg.dataset)  # rdflib's dataset, built once and shared by what follows
    store, convert_s = timed(to_oxigraph, kg)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        _, first_s = timed(write_to_store, kg, Path(folder) / "store")
        _, again_s = timed(write_to_store, kg, Path(folder) / "store")
        with GraphStore.open(Path(folder) / "store", read_only=True) as disk:
            disk_rows = len(run(disk.store, "counts-per-document").rows)
        _, bulk_s = timed(write_to_store, kg, Path(folder) / "bulk", bulk=True)
    picks = {k: (query(store, q) or [{k: None}])[0][k] for k, q in PICK.items()}
    timings = []
    for qname, q in named_queries().items():
        picked = {p: picks[p] for p in q.params if picks.get(p)}
        variants = [picked, {}] if picked else [{}]
        for params in variants:
            result, seconds = median_time(runs, run, store, q, **params)
            timings.append({"query": qname, "params": params, "rows": len(result.rows), "ms": round(seconds * 1000, 1)})
    quads = sum(1 for _ in named_quads(store))
    return {"case": name, "documents": len(kg.documents), "quads": quads, "build_s": round(build_s, 1),
            "rdflib_dataset_s": round(dataset_s, 1),
            "to_oxigraph_s": round(convert_s, 2), "store_first_load_s": round(first_s, 2),
            "store_replace_all_s": round(again_s, 2), "store_bulk_first_load_s": round(bulk_s, 2),
            "store_documents": disk_rows, "picks": picks, "queries": timings}


def report(case: dict) -> str:
    lines = [f"{case['case']}: {case['documents']} documents, {case['quads']} quads; build {case['build_s']} s, "
             f"rdflib dataset {case['rdflib_dataset_s']} s, "
             f"to_oxigraph {case['to_oxigraph_s']} s, store load {case['store_first_load_s']} s, "
             f"store replace-all {case['store_replace_all_s']} s, store bulk first load {case['store_bulk_first_load_s']} s",
             f"  parameters: {', '.join(f'{k}={v}' for k, v in case['picks'].items())}"]
    table = format_table(["query", "parameter", "rows", "ms"],
                         [[t["query"], ", ".join(f"{k}={v}" for k, v in t["params"].items()) or "(all)", str(t["rows"]),
                           f"{t['ms']:.1f}"] for t in case["queries"]], right={2, 3})
    return "\n".join(lines + ["  " + line for line in table.splitlines()])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=200, help="reports to build from the bench corpus (default 200)")
    parser.add_argument("--runs", type=int, default=5, help="runs per query, median reported (default 5)")
    parser.add_argument("--workers", type=int, default=2, help="build processes (default 2)")
    parser.add_argument("--json", type=Path, help="also write the results here as JSON")
    args = parser.parse_args(argv)

    cases = []
    kg, seconds = timed(build, [ROOT / "examples"])
    cases.append(bench_case("examples", kg, seconds, args.runs))
    print(report(cases[-1]), flush=True)
    if CORPUS.exists() and args.reports > 0:
        docs = [d for d in itertools.islice(read_jsonl(CORPUS), args.reports) if not isinstance(d, InputError)]
        kg, seconds = timed(build_documents, docs, workers=args.workers)
        cases.append(bench_case(f"bench-{len(docs)}", kg, seconds, args.runs))
        print(report(cases[-1]), flush=True)
    elif not CORPUS.exists():
        print(f"(skipped the bench corpus: {CORPUS} not found)", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"python": platform.python_version(), "machine": platform.machine(),
                                         "cases": cases}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
