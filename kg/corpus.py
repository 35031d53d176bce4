"""A corpus into the on-disk store: streamed, in parallel, and incremental.

Workers extract each document and write its graph as N-Quads text (kg.export.nquads); the main
process hands that text to Oxigraph's bulk loader, so nothing but bytes crosses back and no RDF
term object is built in Python. Memory stays flat: a bounded number of documents is in flight.

Incremental: every stored document carries a gk:buildKey, a hash of its text and metadata, the
jurisdiction option and the extractor itself (the package's code and data). A document whose key
is unchanged is not read by a worker again; a changed one replaces its named graph; documents
that came from these inputs before but are gone now are removed. The key is written after the
document's triples, so a build killed half-way leaves documents without a key, which the next
run rebuilds.
"""

from __future__ import annotations

import hashlib
import queue
import resource
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from kg.export.nquads import in_graph, ntriples
from kg.model import Document, DocumentGraph
from kg.read import InputError
from kg.triples import Lit, document_triples
from kg.vocab import GK, doc_iri, graph_iri

BUILD_KEY = str(GK) + "buildKey"
# Write to the store once this many quads have come back (Oxigraph's bulk loader works best on
# large batches; each call writes new files into the store).
BATCH_QUADS = 150_000


@cache
def extractor_fingerprint() -> str:
    """A hash of the package's code and reference data: a new version rebuilds every document."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".tsv", ".rq")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_key(doc: Document, jurisdiction: str | None, fingerprint: str | None = None) -> str:
    """What a document's graph depends on (everything but where the file was found)."""
    parts = (fingerprint or extractor_fingerprint(), jurisdiction or "", doc.id, doc.content_hash, doc.title, str(doc.year or ""),
             doc.region, ",".join(map(str, doc.page_starts)))
    return "sha256:" + hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Prepared:
    """One document's graph as the store takes it, made in the worker."""

    id: str
    graph: str
    nquads: bytes  # the named graph
    ntriples: bytes  # the same triples, for the union default graph
    seal: tuple[bytes, bytes]  # the build key (N-Quads, N-Triples), written last
    characters: int
    quads: int
    entities: tuple[tuple[str, str], ...]  # (type, IRI)
    relations: tuple[str, ...]  # predicate of each relation
    warnings: tuple[str, ...]


def prepare(dg: DocumentGraph, jurisdiction: str | None = None, fingerprint: str | None = None) -> Prepared:
    """A DocumentGraph → N-Quads text and the few facts the summary needs. `fingerprint` is the
    main process's, so every key of a run names the same extractor whatever a worker loaded."""
    doc = dg.document
    graph = str(graph_iri(doc.id))
    triples = list(dict.fromkeys(document_triples(dg)))  # a triple can be emitted twice (two mentions)
    seal = ntriples([(str(doc_iri(doc.id)), BUILD_KEY, Lit(build_key(doc, jurisdiction, fingerprint)))])
    text = ntriples(triples)
    return Prepared(
        id=doc.id, graph=graph,
        nquads=in_graph(text, graph).encode("utf-8"), ntriples=text.encode("utf-8"),
        seal=(in_graph(seal, graph).encode("utf-8"), seal.encode("utf-8")),
        characters=len(doc.text), quads=len(triples) + 1,
        entities=tuple((e.type, e.iri) for e in dg.entities),
        relations=tuple(r.predicate for r in dg.relations),
        warnings=dg.warnings,
    )


@dataclass
class LoadReport:
    """What a corpus load did, for the summary line and for tests."""

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)  # unchanged, but read from another path: source updated
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # inputs that could not be read
    characters: int = 0
    quads: int = 0
    entities: dict[str, set[str]] = field(default_factory=dict)
    relations: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    store_seconds: float = 0.0  # of those, the time the store spent writing (the bottleneck when ≈ seconds)

    def summary(self, store: str) -> str:
        rate = self.characters / self.seconds if self.seconds else 0
        own, children = (resource.getrusage(who).ru_maxrss / 1024 for who in (resource.RUSAGE_SELF,
                                                                                  resource.RUSAGE_CHILDREN))
        lines = [f"stored {len(self.built):,} document(s) in {self.seconds:.1f} s → {store}/ "
                 f"({len(self.unchanged):,} unchanged, {len(self.removed):,} removed"
                 + (f", {len(self.moved):,} moved" if self.moved else "") + ")"]
        if self.built:
            lines += [
                "entities:  " + ", ".join(f"{t} {len(self.entities.get(t, ())):,}" for t in
                                          ("Regulation", "Body", "Project", "Place")) + " (in the documents built)",
                "relations: " + (", ".join(f"{p} {n:,}" for p, n in sorted(self.relations.items())) or "none"),
                f"triples:   {self.quads:,} written into document graphs",
                f"speed:     {rate:,.0f} characters/s, {len(self.built) / self.seconds:,.1f} documents/s "
                f"(the store was writing {self.store_seconds / self.seconds:.0%} of the time)",
            ]
        workers = f", {children:,.0f} MB in the largest finished worker" if children else ""
        lines.append(f"memory:    peak {own:,.0f} MB in the main process{workers}")
        return "\n".join(lines + problem_lines(self.warnings, self.skipped))


def problem_lines(warnings: list[str], skipped: list[str], shown: int = 20) -> list[str]:
    """The end of a build summary: the first warnings, then every input that was skipped."""
    lines = []
    if warnings:
        lines.append(f"warnings ({len(warnings)}):")
        lines += [f"  {w}" for w in warnings[:shown]]
        if len(warnings) > shown:
            lines.append(f"  … and {len(warnings) - shown} more")
    if skipped:
        lines.append(f"skipped {len(skipped)} input(s):")
        lines += [f"  {s}" for s in skipped]
    return lines


def source_file(source: str) -> str:
    """The file a document came from: `corpus.jsonl.gz:17` → `corpus.jsonl.gz`."""
    head, _, tail = source.rpartition(":")
    return head if head and tail.isdigit() else source


def _within(source: str, inputs: list[Path]) -> bool:
    path = Path(source_file(source))
    return any(path == given or given in path.parents for given in inputs)


def load_corpus(items: Iterable[Document | InputError], inputs: list[Path], store, jurisdiction: str | None = None,
                workers: int = 1, executor=None, progress: bool = False, total: int | None = None,
                on_skip: Callable[[str], None] | None = None, strict: bool = False) -> LoadReport:
    """Build every document of `items` that is new or changed into `store` (a kg.store.GraphStore)
    and remove the stored documents from `inputs` that are gone. `items` is what
    kg.read.read_inputs yields for `inputs`."""
    from kg.parallel import process_all

    started = time.perf_counter()
    report = LoadReport()
    stored = store.build_keys()  # document id → (build key, source)
    fingerprint = extractor_fingerprint()
    seen: set[str] = set()
    failed_files: set[str] = set()

    def todo() -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                report.skipped.append(str(item))
                failed_files.add(source_file(str(item).split(": ", 1)[0]))
                if on_skip:
                    on_skip(str(item))
                if strict:
                    return
                continue
            seen.add(item.id)
            key, source = stored.get(item.id, (None, None))
            if key is not None and key == build_key(item, jurisdiction, fingerprint):
                report.unchanged.append(item.id)
                if source != item.source:
                    store.set_source(item.id, item.source)
                    report.moved.append(item.id)
                continue
            yield item

    batch: list[Prepared] = []
    batch_quads = 0
    results = process_all(todo(), jurisdiction, workers, progress=progress, chunk_size=4, executor=executor,
                          finish=partial(prepare, jurisdiction=jurisdiction, fingerprint=fingerprint), total=total)
    with _Writer(store, report) as writer:
        for prepared in results:
            batch.append(prepared)
            batch_quads += prepared.quads
            if batch_quads >= BATCH_QUADS:
                writer.put(batch)
                batch, batch_quads = [], 0
        writer.put(batch)

    if not strict or not report.skipped:
        for doc_id, (_, source) in sorted(stored.items()):
            if doc_id not in seen and _within(source, inputs) and source_file(source) not in failed_files:
                store.remove_document(doc_id)
                report.removed.append(doc_id)
    report.seconds = time.perf_counter() - started
    return report


class _Writer:
    """Writes batches into the store on a thread of its own: Oxigraph releases the GIL while it
    loads, so the main thread keeps collecting results from the workers meanwhile. At most one
    batch waits, which bounds memory; an error in the thread is raised in the caller."""

    def __init__(self, store, report: LoadReport):
        self.store, self.report = store, report
        self.queue: queue.Queue[list[Prepared] | None] = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="govkg-store-writer", daemon=True)

    def __enter__(self) -> _Writer:
        self.thread.start()
        return self

    def put(self, batch: list[Prepared]) -> None:
        if self.error is not None:
            raise self.error
        if batch:
            self.queue.put(batch)

    def __exit__(self, *exc) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and exc[0] is None:
            raise self.error

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is None:
                try:
                    _write(self.store, batch, self.report)
                except BaseException as exc:  # handed to the main thread
                    self.error = exc


def _write(store, batch: list[Prepared], report: LoadReport) -> None:
    started = time.perf_counter()
    # N-Triples lines are N-Quads lines of the default graph: one load writes both copies.
    store.bulk_replace([p.graph for p in batch], b"".join(part for p in batch for part in (p.nquads, p.ntriples)))
    store.seal(b"".join(part for p in batch for part in p.seal))
    report.store_seconds += time.perf_counter() - started
    for p in batch:
        report.built.append(p.id)
        report.characters += p.characters
        report.quads += p.quads
        for kind, iri in p.entities:
            report.entities.setdefault(kind, set()).add(iri)
        report.relations.update(p.relations)
        report.warnings.extend(p.warnings)
