"""The fast export path: DocumentGraphs straight to Oxigraph quads, serialised by Oxigraph.

rdflib's in-memory dataset costs about 70 µs a triple to build and more to serialise; a corpus
graph of a million quads takes minutes that way. Here the same triples (kg.triples) become
Oxigraph terms as they are emitted, are sorted, and Oxigraph writes Turtle, TriG or
JSON-LD in seconds. Sorting makes the bytes depend on the content only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.export import write_atomic
from kg.model import DocumentGraph
from kg.triples import REFERENCE_GRAPH, Lit, Term, Triple, document_triples, hierarchy_triples
from kg.vocab import DCT, GK, NIF, PROV, graph_iri

PREFIXES = {
    "gk": str(GK), "nif": str(NIF), "prov": str(PROV), "dct": str(DCT),
    "skos": "http://www.w3.org/2004/02/skos/core#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class _Terms:
    """Plain terms → Oxigraph terms, each distinct IRI and literal built once."""

    def __init__(self) -> None:
        self.nodes: dict[str, ox.NamedNode] = {}
        self.literals: dict[Lit, ox.Literal] = {}

    def node(self, iri: str) -> ox.NamedNode:
        node = self.nodes.get(iri)
        if node is None:
            node = self.nodes[iri] = ox.NamedNode(iri)
        return node

    def term(self, term: Term) -> ox.NamedNode | ox.Literal:
        if not isinstance(term, Lit):
            return self.node(term)
        literal = self.literals.get(term)
        if literal is None:
            if term.lang:
                literal = ox.Literal(term.value, language=term.lang)
            elif term.datatype:
                literal = ox.Literal(term.value, datatype=self.node(term.datatype))
            else:
                literal = ox.Literal(term.value)
            self.literals[term] = literal
        return literal


def _quads(triples: Iterable[Triple], graph: ox.NamedNode, terms: _Terms) -> Iterator[ox.Quad]:
    node, term = terms.node, terms.term
    for s, p, o in triples:
        yield ox.Quad(node(s), node(p), term(o), graph)


def document_quads(graphs: Iterable[DocumentGraph], hierarchy: bool = False) -> list[ox.Quad]:
    """Every quad of every document, in one named graph per document (plus the reference
    hierarchy when asked), deduplicated and sorted."""
    graphs = list(graphs)
    terms = _Terms()
    quads: set[ox.Quad] = set()
    for dg in graphs:
        quads.update(_quads(document_triples(dg), terms.node(str(graph_iri(dg.document.id))), terms))
    if hierarchy:
        quads.update(_quads(hierarchy_triples(graphs), terms.node(REFERENCE_GRAPH), terms))
    return sorted(quads, key=lambda q: (q.graph_name.value, q.subject.value, q.predicate.value, str(q.object)))


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
