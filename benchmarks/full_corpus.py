"""The whole bench corpus into an on-disk store, streamed, then every shipped query timed on it.

    .venv/bin/python benchmarks/full_corpus.py [--workers 2] [--chunk 100] [--out benchmarks/results/full_corpus.json]

Documents are extracted in worker processes and written to the store a chunk at a time, so
memory stays flat however large the corpus is. Prints and writes documents, characters, quads,
rates, peak RSS and the time of each named query (default parameters: every entity).
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
    parser.add_argument("--chunk", type=int, default=100)
    parser.add_argument("--limit", type=int, default=0, help="stop after this many documents (0: all)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "full_corpus.json"))
    args = parser.parse_args(argv)
    if not BENCH.exists():
        print(f"full_corpus: {BENCH} is absent; nothing to measure", file=sys.stderr)
        return 0

    from kg.export.quads import document_quads
    from kg.model import Document
    from kg.parallel import process_all
    from kg.query import named_queries, run
    from kg.read import read_jsonl
    from kg.store import GraphStore

    docs = (d for d in read_jsonl(BENCH) if isinstance(d, Document))
    if args.limit:
        docs = islice(docs, args.limit)
    documents = characters = quads = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, GraphStore.open(Path(tmp) / "store") as store:
        graphs = process_all(docs, workers=args.workers, chunk_size=8)
        while chunk := list(islice(graphs, args.chunk)):
            batch = document_quads(chunk)
            store.replace_graphs(batch, bulk=True)
            documents += len(chunk)
            characters += sum(len(dg.document.text) for dg in chunk)
            quads += len(batch)
            print(f"{documents} documents, {quads:,} quads, {time.perf_counter() - started:.0f} s", file=sys.stderr)
        build_seconds = time.perf_counter() - started
        stored = len(store)
        timings = {}
        for name, query in sorted(named_queries().items()):
            t0 = time.perf_counter()
            rows = len(run(store.store, query).rows)
            timings[name] = {"seconds": round(time.perf_counter() - t0, 3), "rows": rows}
            print(f"{name:24} {timings[name]['seconds']:8.3f} s  {rows:,} rows", file=sys.stderr)
    result = {
        "documents": documents, "characters": characters, "document_quads": quads, "store_quads": stored,
        "workers": args.workers, "build_into_store_s": round(build_seconds, 1),
        "chars_per_s": round(characters / build_seconds), "docs_per_s": round(documents / build_seconds, 1),
        "peak_rss_mb": round(peak_rss_mb()), "named_queries": timings,
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
