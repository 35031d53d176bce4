"""Mapping the pipeline over many documents: worker processes, ordered results, progress.

Each worker loads the reference data once (the gazetteer is cached per process); documents go
out in chunks and come back in input order, so the output does not depend on scheduling.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from itertools import islice

from kg.gazetteer import load_gazetteer
from kg.model import Document, DocumentGraph
from kg.pipeline import process


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def _process_chunk(chunk: list[Document], jurisdiction: str | None) -> list[DocumentGraph]:
    return [process(doc, jurisdiction) for doc in chunk]


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(islice(it, size)):
        yield chunk


def process_all(documents: Iterable[Document], jurisdiction: str | None = None, workers: int = 1,
                progress: bool = False, chunk_size: int = 4) -> Iterator[DocumentGraph]:
    """Yield a DocumentGraph per document, in input order."""
    if isinstance(documents, list) and len(documents) < 4 * workers:
        workers = 1  # starting workers costs more than a handful of documents
    bar = _progress_bar() if progress else None
    try:
        if workers <= 1:
            for doc in documents:
                dg = process(doc, jurisdiction)
                _advance(bar, dg)
                yield dg
            return
        load_gazetteer()  # before the fork: workers share the loaded reference data
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # A bounded number of chunks in flight keeps memory flat on large corpora.
            job = partial(_process_chunk, jurisdiction=jurisdiction)
            pending = []
            for chunk in _chunks(documents, chunk_size):
                pending.append(pool.submit(job, chunk))
                if len(pending) >= workers * 4:
                    yield from _drain(pending.pop(0).result(), bar)
            for future in pending:
                yield from _drain(future.result(), bar)
    finally:
        if bar is not None:
            bar.close()


def _drain(results: list[DocumentGraph], bar) -> Iterator[DocumentGraph]:
    for dg in results:
        _advance(bar, dg)
        yield dg


def _advance(bar, dg: DocumentGraph) -> None:
    if bar is not None:
        bar.update(1)
        bar.chars += len(dg.document.text)
        elapsed = bar.format_dict.get("elapsed") or 1e-9
        bar.set_postfix_str(f"{bar.chars / elapsed / 1000:,.0f}k chars/s", refresh=False)


def _progress_bar():
    """A progress bar on a terminal; nothing when standard error is piped or redirected."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bar = tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
    bar.chars = 0
    return bar
