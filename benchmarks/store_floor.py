"""How fast can the corpus path be? Extraction alone, then the store alone, on the whole corpus.

    .venv/bin/python benchmarks/store_floor.py [--workers 2] [--limit N]

The corpus path (benchmarks/full_corpus.py) runs extraction and the store side by side, so its
time is that of the slower one. This separates them: first every report is extracted in worker
processes into N-Quads written to a spool file (what the store would be given, nothing else),
then the spool is bulk-loaded into a fresh store in one call, with all cores free for Oxigraph:
once the document graphs alone, once with the union default graph copy that `kg build --store`
also writes. Neither number can be beaten by a build that does both; the larger one is the
floor of the corpus path on this machine. Needs about 4 GB of free disk for the whole corpus.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from functools import partial
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_bench import BENCH, ROOT  # noqa: E402  (the sibling benchmark's corpus)


def extract(spool: Path, workers: int, limit: int) -> dict:
    from kg.corpus import extractor_fingerprint, prepare
    from kg.parallel import process_all
    from kg.read import InputError, read_inputs

    items = read_inputs([BENCH])
    documents = (d for d in (islice(items, limit) if limit else items) if not isinstance(d, InputError))
    started, cpu = time.perf_counter(), _cpu()
    characters = quads = count = 0
    finish = partial(prepare, fingerprint=extractor_fingerprint())
    with open(spool / "named.nq", "wb") as named, open(spool / "union.nt", "wb") as union:
        for p in process_all(documents, None, workers, progress=True, finish=finish):
            named.write(p.nquads)
            union.write(p.ntriples)
            characters, quads, count = characters + p.characters, quads + p.quads, count + 1
    seconds = time.perf_counter() - started
    return {"documents": count, "characters": characters, "quads": quads, "seconds": round(seconds, 1),
            "cpu_seconds": round(_cpu() - cpu, 1), "characters_per_second": round(characters / seconds)}


def load(spool: Path, files: list[str]) -> dict:
    """One bulk load per file into a fresh store, in a child process so its memory is its own."""
    import subprocess

    code = f"""
import json, resource, sys, time, pyoxigraph as ox
store = ox.Store({str(spool / 'store')!r})
started, cpu = time.perf_counter(), time.process_time()
for name in {files!r}:
    store.bulk_load(path={str(spool)!r} + '/' + name, format=ox.RdfFormat.N_QUADS)
store.flush()
print(json.dumps({{"seconds": round(time.perf_counter() - started, 1), "cpu_seconds": round(time.process_time() - cpu, 1),
                  "quads_in_store": len(store),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}}))
"""
    import shutil
    shutil.rmtree(spool / "store", ignore_errors=True)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="stop after this many documents (0: all)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "store_floor.json"))
    args = parser.parse_args(argv)
    if not BENCH.exists():
        print(f"store_floor: {BENCH} is absent; nothing to measure", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        spool = Path(tmp)
        result = {"extraction": extract(spool, args.workers, args.limit)}
        result["store_named_graphs"] = load(spool, ["named.nq"])
        result["store_with_union"] = load(spool, ["named.nq", "union.nt"])
    floor = max(result["extraction"]["seconds"], result["store_with_union"]["seconds"])
    result["floor_seconds"] = floor
    result["floor_characters_per_second"] = round(result["extraction"]["characters"] / floor)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if not args.limit:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
