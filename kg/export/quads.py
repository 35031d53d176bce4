"""The fast export path: DocumentGraphs straight to Oxigraph quads, serialised by Oxigraph.

rdflib's in-memory dataset costs about 70 µs a triple to build and more to serialise; a corpus
graph of a million quads takes minutes that way. Here the same triples (kg.graph.write_document)
become Oxigraph terms as they are emitted, are sorted, and Oxigraph writes Turtle, TriG or
JSON-LD in seconds. Sorting makes the bytes depend on the content only.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.export import write_atomic
from kg.graph import REFERENCE_GRAPH, write_document, write_hierarchy
from kg.model import DocumentGraph
from kg.vocab import DCT, GK, NIF, PROV, graph_iri

PREFIXES = {
    "gk": str(GK), "nif": str(NIF), "prov": str(PROV), "dct": str(DCT),
    "skos": "http://www.w3.org/2004/02/skos/core#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class QuadCollector:
    """An `add((s, p, o))` sink that turns rdflib terms into Oxigraph quads of one graph."""

    def __init__(self, graph: str, quads: list[ox.Quad]):
        self.graph = ox.NamedNode(graph)
        self.quads = quads
        self._nodes: dict[str, ox.NamedNode] = {}

    def _node(self, iri: str) -> ox.NamedNode:
        node = self._nodes.get(iri)
        if node is None:
            node = self._nodes[iri] = ox.NamedNode(iri)
        return node

    def _term(self, term):
        if isinstance(term, URIRef):
            return self._node(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=self._node(str(term.datatype)))
            return ox.Literal(str(term))
        raise TypeError(f"unexpected RDF term {term!r}")

    def add(self, triple) -> None:
        s, p, o = triple
        self.quads.append(ox.Quad(self._term(s), self._term(p), self._term(o), self.graph))


def document_quads(graphs: Iterable[DocumentGraph], hierarchy: bool = False) -> list[ox.Quad]:
    """Every quad of every document, in one named graph per document (plus the reference
    hierarchy when asked), deduplicated and sorted."""
    graphs = list(graphs)
    quads: list[ox.Quad] = []
    for dg in graphs:
        write_document(QuadCollector(str(graph_iri(dg.document.id)), quads), dg)
    if hierarchy:
        write_hierarchy(QuadCollector(str(REFERENCE_GRAPH), quads), graphs)
    return sorted(set(quads), key=lambda q: (q.graph_name.value, q.subject.value, q.predicate.value, str(q.object)))


def write_turtle(quads: list[ox.Quad], path: Path) -> None:
    """All documents as one graph (the union), each triple once."""
    triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads},
                     key=lambda t: (t.subject.value, t.predicate.value, str(t.object)))
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    write_atomic(path, lambda h: h.write(data), binary=True)


def write_trig(quads: list[ox.Quad], path: Path) -> None:
    data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    write_atomic(path, lambda h: h.write(data), binary=True)


def write_jsonld(quads: list[ox.Quad], path: Path) -> None:
    data = ox.serialize(quads, format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES)
    write_atomic(path, lambda h: h.write(data), binary=True)
