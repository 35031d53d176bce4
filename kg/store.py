"""An embedded, persistent SPARQL store (Oxigraph) holding one named graph per document.

Why Oxigraph: a complete SPARQL 1.1 engine that runs in-process from a pip wheel and keeps its
data in a folder, so a corpus is built once, queried many times and served by the same engine
(`kg serve`).

Layout: each document is the named graph `https://w3id.org/govkg/graph/<id>`, and the default
graph is kept equal to the union (a set) of all named graphs. Oxigraph's own "union default
graph" option is a bag (a triple stated in 200 documents matches 200 times), which makes joins
over shared entities explode: on 200 reports, queries that take 0.03–0.5 s on the maintained
union ran for minutes or ran out of memory. Plain queries therefore need no GRAPH clause and get
set semantics; GRAPH ?g still reaches each document.

A document's graph is replaced whole: dropping it, removing from the union the triples no other
document states, and inserting the new version is one SPARQL update, i.e. one transaction, so a
reader never sees half a document. `bulk=True` trades that for speed on big first loads.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from kg.vocab import BASE, graph_iri

if TYPE_CHECKING:
    import pyoxigraph

    from kg.api import KnowledgeGraph

GRAPH_PREFIX = BASE + "graph/"
PREFIXES = {
    "gk": "https://w3id.org/govkg/ontology#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# Suffix → pyoxigraph RdfFormat attribute name (a trailing .gz is read through gzip).
SUFFIXES = {".ttl": "TURTLE", ".turtle": "TURTLE", ".trig": "TRIG", ".jsonld": "JSON_LD", ".json": "JSON_LD",
            ".nq": "N_QUADS", ".nquads": "N_QUADS", ".nt": "N_TRIPLES", ".ntriples": "N_TRIPLES", ".n3": "N3",
            ".rdf": "RDF_XML", ".owl": "RDF_XML", ".xml": "RDF_XML"}
# Replace one named graph <G> and keep the default graph the union of the named graphs.
_FORGET = ("DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
           "FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }} ;\nDROP SILENT GRAPH {g}")


_BULK_QUADS = 300_000  # quads per bulk load when replacing many graphs (as kg.corpus's batches: 150,000 × 2)


class StoreError(Exception):
    """A store or RDF file that cannot be used: the message is one line naming it and the problem."""


def oxigraph():
    """The pyoxigraph module, or a StoreError saying how to install it."""
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency
        raise StoreError("pyoxigraph is not installed (pip install pyoxigraph)") from None
    return pyoxigraph


def one_line(exc: object, limit: int = 200) -> str:
    """An error message on one line of at most `limit` characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_store(path: Path) -> bool:
    """Whether `path` is an Oxigraph (RocksDB) store folder."""
    return path.is_dir() and (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))


def rdf_format(path: Path):
    """The RDF syntax of a file from its suffix (`graph.trig`, `graph.nq.gz`)."""
    ox = oxigraph()
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    name = SUFFIXES.get(suffixes[-1]) if suffixes else None
    if name is None:
        raise StoreError(f"{path}: unknown RDF syntax for suffix {''.join(path.suffixes) or '(none)'!r} "
                         f"(expected one of {', '.join(sorted(SUFFIXES))})")
    return getattr(ox.RdfFormat, name)


def load_rdf_file(path: Path, store: pyoxigraph.Store | None = None, bulk: bool = False) -> pyoxigraph.Store:
    """Parse an RDF file into `store` (a new in-memory store by default) as it is: triples of a
    triple-only syntax (Turtle) in the default graph, quads in their named graphs."""
    ox = oxigraph()
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: {'is a directory but not a store' if path.is_dir() else 'no such file'}")
    fmt = rdf_format(path)
    store = ox.Store() if store is None else store
    load = store.bulk_load if bulk else store.load
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as handle:
                load(handle.read(), format=fmt)
        else:
            load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError, EOFError) as exc:
        raise StoreError(f"{path}: cannot parse as {fmt.name}: {one_line(exc)}") from None
    return store


def has_default_graph(store: pyoxigraph.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, oxigraph().DefaultGraph())), None) is not None


def with_union(store: pyoxigraph.Store, bulk: bool = False) -> pyoxigraph.Store:
    """Make the default graph the union of the named graphs (if it is empty and there are any)."""
    ox = oxigraph()
    if has_default_graph(store):
        return store
    if not bulk:
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return store
    for graph in list(store.named_graphs()):
        store.bulk_extend([ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)])
    return store


def named_quads(store: pyoxigraph.Store) -> Iterable[pyoxigraph.Quad]:
    """The quads of the named graphs, or of the default graph when there are none (a Turtle file)."""
    ox = oxigraph()
    graphs = sorted(store.named_graphs(), key=lambda g: g.value)
    for graph in graphs or [ox.DefaultGraph()]:
        yield from store.quads_for_pattern(None, None, None, graph)


def open_source(path: Path | str) -> pyoxigraph.Store:
    """A store folder (opened read-only, so a running writer is not blocked) or an RDF file
    (loaded into memory, with the union of its named graphs as the default graph)."""
    path = Path(path)
    if path.is_dir():
        if not is_store(path):
            raise StoreError(f"{path}: is a directory but not a store (no Oxigraph data in it)")
        try:
            return oxigraph().Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open store: {one_line(exc)}") from None
    return with_union(load_rdf_file(path))


def dataset_quads(dataset) -> list[pyoxigraph.Quad]:
    """An rdflib Dataset/Graph as pyoxigraph quads (through N-Quads: faster than term by term)."""
    ox = oxigraph()
    quads = hasattr(dataset, "contexts")
    data = dataset.serialize(format="nquads" if quads else "nt", encoding="utf-8")
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES))


def to_oxigraph(source) -> pyoxigraph.Store:
    """An in-memory Oxigraph store holding a KnowledgeGraph or an rdflib graph (with the union
    as default graph). Convert once and reuse the store when running many queries."""
    ox = oxigraph()
    store = ox.Store()
    if hasattr(source, "documents") and hasattr(source, "hierarchy"):
        from kg.export.quads import document_quads

        store.extend(document_quads(source.documents, source.hierarchy))  # no rdflib detour
    else:
        store.extend(dataset_quads(source))
    return with_union(store)


def document_id(graph: str) -> str | None:
    """The document id of a document graph IRI (None for other graphs, e.g. the reference graph)."""
    if not graph.startswith(GRAPH_PREFIX) or graph == GRAPH_PREFIX + "reference":
        return None
    return unquote(graph[len(GRAPH_PREFIX):])


@dataclass(frozen=True)
class StoredGraph:
    graph: str
    document: str | None  # the document id, None for a graph that holds no document (reference)
    title: str | None
    year: str | None
    triples: int


class GraphStore:
    """A store folder: documents in, documents out, SPARQL over all of them.

    >>> import tempfile
    >>> with GraphStore.open(tempfile.mkdtemp()) as store:
    ...     store.documents()
    []
    """

    def __init__(self, store: pyoxigraph.Store, directory: Path | None = None, read_only: bool = False):
        self.store = store
        self.directory = directory
        self.read_only = read_only

    @classmethod
    def open(cls, directory: Path | str, create: bool = True, read_only: bool = False) -> GraphStore:
        """Open a store folder; create it when it is missing or empty (never inside a folder
        that holds something else)."""
        ox = oxigraph()
        directory = Path(directory)
        if not is_store(directory):
            if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
                raise StoreError(f"{directory}: not a store (a {'folder' if directory.is_dir() else 'file'} "
                                 "with other content); give a new or empty folder")
            if not create or read_only:
                raise StoreError(f"{directory}: no store here")
            directory.mkdir(parents=True, exist_ok=True)
        try:
            store = ox.Store.read_only(str(directory)) if read_only else ox.Store(str(directory))
        except OSError as exc:
            raise StoreError(f"{directory}: cannot open store: {one_line(exc)}") from None
        return cls(store, directory, read_only)

    def close(self) -> None:
        """Flush and release the folder (its lock) so another process can open it."""
        if self.store is not None and not self.read_only:
            self.store.flush()
        self.store = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------------------

    def replace_graphs(self, quads: Iterable[pyoxigraph.Quad], bulk: bool = False) -> dict[str, int]:
        """Replace every named graph the quads fall in, keeping the default graph their union.
        One transaction per graph; with `bulk`, a graph not yet stored is written by Oxigraph's
        bulk loader (about 3× faster, but a crash can leave it half written). Returns triples
        written per graph."""
        ox = oxigraph()
        by_graph: dict[object, list] = defaultdict(list)
        for q in quads:
            if isinstance(q.graph_name, ox.DefaultGraph):
                raise StoreError("triples outside a named graph: a store holds one named graph per document "
                                 "(load graph.trig, graph.nq or graph.jsonld, not graph.ttl)")
            by_graph[q.graph_name].append(q)
        written = {}
        pending: list = []
        for graph, items in by_graph.items():
            if bulk:
                if self.store.contains_named_graph(graph):
                    self.store.update(_FORGET.format(g=graph))
                # Many graphs per bulk load: each load writes and ingests its own index files, so
                # one per small document graph was five times slower.
                pending += [*items, *(ox.Quad(q.subject, q.predicate, q.object) for q in items)]
                if len(pending) >= _BULK_QUADS:
                    self.store.bulk_extend(pending)
                    pending = []
            else:
                body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in items)
                self.store.update(f"{_FORGET.format(g=graph)} ;\n"
                                  f"INSERT DATA {{ GRAPH {graph} {{ {body} }} }} ;\nINSERT DATA {{ {body} }}")
            written[graph.value] = len(items)
        if pending:
            self.store.bulk_extend(pending)
        return written

    def bulk_replace(self, graphs: Iterable[str], data: bytes) -> None:
        """Replace the named graphs `graphs` with N-Quads `data` through the bulk loader: a
        corpus load's fast path. `data` carries each triple twice, in its named graph and in
        the default graph (the union), as kg.corpus writes it. Not transactional: a crash can
        leave a graph half written (kg.corpus seals each document afterwards for that reason)."""
        ox = oxigraph()
        for graph in graphs:
            node = ox.NamedNode(graph)
            if self.store.contains_named_graph(node):
                self.store.update(_FORGET.format(g=node))
        if data:
            self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    def seal(self, data: bytes) -> None:
        """Add N-Quads `data` in one transaction (the build keys that mark documents complete)."""
        ox = oxigraph()
        if data:
            self.store.load(data, format=ox.RdfFormat.N_QUADS)

    def build_keys(self) -> dict[str, tuple[str, str]]:
        """Document id → (gk:buildKey, gk:sourcePath) of every document stored by a corpus load."""
        keys = {}
        for row in self.store.query(f"""SELECT ?g ?key ?source WHERE {{
                GRAPH ?g {{ ?d <{PREFIXES['gk']}buildKey> ?key ; <{PREFIXES['gk']}sourcePath> ?source }} }}"""):
            doc = document_id(row["g"].value)
            if doc is not None:
                keys[doc] = (row["key"].value, row["source"].value)
        return keys

    def set_source(self, document: str, source: str) -> None:
        """Record that an unchanged document was read from another path (a line moved in a corpus)."""
        ox = oxigraph()
        from kg.vocab import doc_iri

        g, d = ox.NamedNode(str(graph_iri(document))), ox.NamedNode(str(doc_iri(document)))
        p, value = ox.NamedNode(PREFIXES["gk"] + "sourcePath"), ox.Literal(source)
        self.store.update(f"DELETE {{ GRAPH {g} {{ {d} {p} ?o }} {d} {p} ?o }} WHERE {{ GRAPH {g} {{ {d} {p} ?o }} }} ;\n"
                          f"INSERT DATA {{ GRAPH {g} {{ {d} {p} {value} }} {d} {p} {value} }}")

    def load_graph(self, kg: KnowledgeGraph, bulk: bool = False) -> dict[str, int]:
        """Load every document of a KnowledgeGraph, replacing each one's named graph (and the
        reference hierarchy graph when the graph has one). Other documents stay."""
        from kg.export.quads import document_quads

        return self.replace_graphs(document_quads(kg.documents, kg.hierarchy), bulk)

    def load_file(self, path: Path | str, bulk: bool = False) -> dict[str, int]:
        """Load an export with document graphs (TriG, N-Quads, JSON-LD), replacing those graphs."""
        quads = load_rdf_file(Path(path))
        if has_default_graph(quads):
            raise StoreError(f"{path}: has triples outside named graphs (a Turtle export merges the documents); "
                             "load graph.trig, graph.nq or graph.jsonld")
        return self.replace_graphs(quads, bulk)

    def remove_document(self, document: str) -> bool:
        """Drop a document's named graph (by document id or graph IRI); False if it was not there."""
        ox = oxigraph()
        node = ox.NamedNode(document if document.startswith(GRAPH_PREFIX) else str(graph_iri(document)))
        if not self.store.contains_named_graph(node):
            return False
        self.store.update(_FORGET.format(g=node))
        return True

    # --- reading -----------------------------------------------------------------------------

    def documents(self) -> list[StoredGraph]:
        """The named graphs with their document id, title, year and size, sorted by graph IRI."""
        sizes = {row["g"].value: int(row["n"].value) for row in self.store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
        about: dict[str, tuple] = {}
        for row in self.store.query("""
                PREFIX gk: <https://w3id.org/govkg/ontology#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?g ?title ?year WHERE {
                  GRAPH ?g { ?d a gk:Document OPTIONAL { ?d dct:title ?title } OPTIONAL { ?d gk:year ?year } }
                }"""):
            about[row["g"].value] = tuple(None if row[v] is None else row[v].value for v in ("title", "year"))
        return [StoredGraph(g, document_id(g), *about.get(g, (None, None)), n) for g, n in sorted(sizes.items())]

    def __len__(self) -> int:
        """Quads in the named graphs (the union in the default graph is not counted)."""
        return sum(d.triples for d in self.documents())

    def dump(self, path: Path | str, fmt: str | None = None) -> Path:
        """Write the document graphs (TriG or N-Quads, from the suffix unless `fmt` says 'trig'
        or 'nq'), atomically. The union is left out: loading the dump rebuilds it."""
        from kg.export import atomic_write

        ox = oxigraph()
        path = Path(path)
        name = {"trig": "TRIG", "nq": "N_QUADS", "nquads": "N_QUADS"}.get(fmt or path.suffix.lower().lstrip("."))
        if name is None:
            raise StoreError(f"{path}: a dump is TriG (.trig) or N-Quads (.nq)")
        with atomic_write(path, "wb", None) as handle:
            ox.serialize(named_quads(self.store), handle, getattr(ox.RdfFormat, name),
                         prefixes=PREFIXES if name == "TRIG" else None)
        return path

    def query(self, sparql: str, **params):
        """Run a SPARQL query (text, .rq path or shipped query name): see kg.query.query."""
        from kg.query import query

        return query(self.store, sparql, **params)


def write_to_store(kg: KnowledgeGraph, directory: Path | str, bulk: bool = False) -> dict[str, int]:
    """Load a built graph into the store folder `directory` (created if needed): each document
    replaces its own named graph, documents already stored from other builds stay. Returns the
    triples written per named graph. `bulk` is faster for big first loads but not crash-safe."""
    with GraphStore.open(directory) as store:
        return store.load_graph(kg, bulk)
