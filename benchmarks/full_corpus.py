"""The whole bench corpus into an on-disk store, streamed, then every shipped query timed on it.

    .venv/bin/python benchmarks/full_corpus.py [--workers 2] [--executor dask] [--limit N] [--no-queries]

The same path as `kg build govreports.jsonl.gz --store DIR` (kg.corpus.load_corpus): documents
are extracted in worker processes, turned into N-Quads there and bulk-loaded, so memory stays
flat however large the corpus is; then the same build again over the unchanged corpus (the
incremental case). Prints and writes documents, characters, quads, rates, peak RSS and the
time of each named query (default parameters: every entity).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_bench import BENCH, ROOT, peak_rss_mb  # noqa: E402  (the sibling benchmark's corpus and memory probe)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--executor", choices=["processes", "dask"], default="processes")
    parser.add_argument("--no-queries", action="store_true", help="measure the build only")
    parser.add_argument("--limit", type=int, default=0, help="stop after this many documents (0: all)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "full_corpus.json"))
    args = parser.parse_args(argv)
    if not BENCH.exists():
        print(f"full_corpus: {BENCH} is absent; nothing to measure", file=sys.stderr)
        return 0

    from kg.corpus import load_corpus
    from kg.parallel import open_executor
    from kg.query import named_queries, run
    from kg.read import read_inputs
    from kg.store import GraphStore

    def documents():
        items = read_inputs([BENCH])
        return islice(items, args.limit) if args.limit else items

    with tempfile.TemporaryDirectory() as tmp, GraphStore.open(Path(tmp) / "store") as store:
        with open_executor(args.executor, args.workers) as pool:
            report = load_corpus(documents(), [BENCH], store, workers=args.workers, executor=pool, progress=True)
            print(report.summary("store"), file=sys.stderr)
            build_peak = peak_rss_mb()  # before the queries, whose results can be large
            started = time.perf_counter()
            again = load_corpus(documents(), [BENCH], store, workers=args.workers, executor=pool)
            second_run = time.perf_counter() - started
            print(f"second run over the unchanged corpus: {second_run:.1f} s, {len(again.built)} rebuilt",
                  file=sys.stderr)
        stored = len(store)
        timings = {}
        if not args.no_queries:
            for name, query in sorted(named_queries().items()):
                t0 = time.perf_counter()
                rows = len(run(store.store, query).rows)
                timings[name] = {"seconds": round(time.perf_counter() - t0, 3), "rows": rows}
                print(f"{name:24} {timings[name]['seconds']:8.3f} s  {rows:,} rows", file=sys.stderr)
    result = {
        "documents": len(report.built), "characters": report.characters, "document_quads": report.quads,
        "store_quads": stored, "workers": args.workers, "executor": args.executor,
        "build_into_store_s": round(report.seconds, 1), "store_writing_s": round(report.store_seconds, 1),
        "chars_per_s": round(report.characters / report.seconds), "docs_per_s": round(len(report.built) / report.seconds, 1),
        "second_run_unchanged_s": round(second_run, 1),
        "build_peak_rss_mb": round(build_peak), "peak_rss_mb_with_queries": round(peak_rss_mb()), "named_queries": timings,
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
