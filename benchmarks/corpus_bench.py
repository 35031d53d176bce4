"""Corpus speed and memory: govkg extraction beside jieba.posseg on the same text.

    .venv/bin/python benchmarks/corpus_bench.py [--docs N] [--workers W] [--out benchmarks/results/corpus.json]

Reads the bench corpus (../shared/corpus/bench/govreports.jsonl.gz), runs the pipeline over the
first N reports in W worker processes, builds the quads, exports TriG and Turtle, loads them into
the on-disk Oxigraph store and times the store's own TriG dump beside the export, and, on
the same text and the same number of processes, runs jieba.posseg alone as the yardstick the
issue sets (govkg should be several times faster than tagging every character). Prints and
writes characters/s, documents/s, peak RSS and the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "corpus" / "bench" / "govreports.jsonl.gz"


def _posseg(texts: list[str]) -> int:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return sum(1 for text in texts for _ in jieba.posseg.cut(text))


def posseg_rate(texts: list[str], workers: int) -> float:
    chunks = [texts[i::workers] for i in range(workers)]
    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_posseg, chunks))
    return sum(map(len, texts)) / (time.perf_counter() - started)


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--posseg-docs", type=int, default=0,
                        help="tag only the first N reports with jieba.posseg (default: all, the same text as extraction)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "corpus.json"))
    args = parser.parse_args(argv)
    if not BENCH.exists():
        print(f"corpus_bench: {BENCH} is absent; nothing to measure", file=sys.stderr)
        return 0

    from kg.api import KnowledgeGraph
    from kg.gazetteer import load_gazetteer
    from kg.model import Document
    from kg.parallel import process_all
    from kg.read import read_jsonl

    started = time.perf_counter()
    load_gazetteer()
    load_seconds = time.perf_counter() - started
    docs = []
    for item in read_jsonl(BENCH):
        if isinstance(item, Document):
            docs.append(item)
        if len(docs) >= args.docs:
            break
    chars = sum(len(d.text) for d in docs)

    started = time.perf_counter()
    graphs = list(process_all(docs, workers=args.workers))
    extract_seconds = time.perf_counter() - started

    import tempfile

    from kg.export.quads import document_quads, write_trig, write_turtle
    from kg.store import GraphStore

    started = time.perf_counter()
    quads = document_quads(graphs)
    graph_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        write_trig(quads, Path(tmp) / "graph.trig")
        write_turtle(quads, Path(tmp) / "graph.ttl")
        trig_seconds = time.perf_counter() - started
        started = time.perf_counter()
        with GraphStore.open(Path(tmp) / "store") as store:
            store.replace_graphs(quads, bulk=True)
            store_seconds = time.perf_counter() - started
            started = time.perf_counter()
            store.dump(Path(tmp) / "dump.trig")
            dump_seconds = time.perf_counter() - started
    kg = KnowledgeGraph(graphs)
    triples = len(quads)
    sample = [d.text for d in docs[: args.posseg_docs or len(docs)]]
    posseg = posseg_rate(sample, args.workers)
    extraction_rate = chars / extract_seconds
    total = extract_seconds + graph_seconds + store_seconds
    result = {
        "documents": len(docs),
        "characters": chars,
        "workers": args.workers,
        "reference_load_s": round(load_seconds, 2),
        "extraction_s": round(extract_seconds, 2),
        "extraction_chars_per_s": round(extraction_rate),
        "extraction_docs_per_s": round(len(docs) / extract_seconds, 2),
        "quads_build_s": round(graph_seconds, 2),
        "trig_and_turtle_export_s": round(trig_seconds, 2),
        "store_load_s": round(store_seconds, 2),
        "store_dump_trig_s": round(dump_seconds, 2),
        "end_to_end_chars_per_s": round(chars / total),
        "quads": triples,
        "entities": len(kg.entities()),
        "jieba_posseg_chars_per_s": round(posseg),
        "extraction_vs_posseg": round(extraction_rate / posseg, 2),
        "peak_rss_mb": round(peak_rss_mb()),
    }
    for key, value in result.items():
        print(f"{key:28} {value:,}" if isinstance(value, int | float) else f"{key:28} {value}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
