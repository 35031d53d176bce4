"""DocumentGraphs → RDF (one named graph per document) and a networkx view.

The graph stage never reads raw text except to copy a span's characters into nif:anchorOf;
offsets are the only currency between text and graph.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from rdflib import SKOS, Dataset, Graph, Literal, URIRef

from kg.model import DocumentGraph, Relation
from kg.triples import REFERENCE_GRAPH as REFERENCE_GRAPH_IRI
from kg.triples import Lit, Term, Triple, document_triples, hierarchy_triples
from kg.vocab import DCT, GK, NIF, PROV, graph_iri


def add_document(ds: Dataset, dg: DocumentGraph) -> Graph:
    """Write one document's entities, mentions, sentences and relations into its named graph."""
    g = ds.graph(graph_iri(dg.document.id))
    write_document(g, dg)
    return g


def write_document(g, dg: DocumentGraph) -> None:
    """Emit one document's triples (kg.triples) into `g`, anything with an rdflib-style
    `add((s, p, o))`, as rdflib terms."""
    for triple in document_triples(dg):
        g.add(rdflib_triple(triple))


def rdflib_triple(triple: Triple) -> tuple[URIRef, URIRef, URIRef | Literal]:
    s, p, o = triple
    return URIRef(s), URIRef(p), rdflib_term(o)


def rdflib_term(term: Term) -> URIRef | Literal:
    if isinstance(term, Lit):
        if term.lang:
            return Literal(term.value, lang=term.lang)
        return Literal(term.value, datatype=URIRef(term.datatype)) if term.datatype else Literal(term.value)
    return URIRef(term)


REFERENCE_GRAPH = URIRef(REFERENCE_GRAPH_IRI)


def add_hierarchy(ds: Dataset, graphs: Iterable[DocumentGraph]) -> Graph:
    """The administrative hierarchy above every named division, up to its province, in a
    named graph of its own: partOf chains then reach the province even where no document
    names it, without putting unnamed places into any document's graph."""
    g = ds.graph(REFERENCE_GRAPH)
    write_hierarchy(g, graphs)
    return g


def write_hierarchy(g, graphs: Iterable[DocumentGraph]) -> None:
    """Emit the hierarchy above every named division into `g` (see add_hierarchy)."""
    for triple in hierarchy_triples(graphs):
        g.add(rdflib_triple(triple))


def build_dataset(graphs: Iterable[DocumentGraph], hierarchy: bool = False) -> Dataset:
    ds = Dataset()
    ds.bind("gk", GK)
    ds.bind("nif", NIF)
    ds.bind("skos", SKOS)
    ds.bind("prov", PROV)
    ds.bind("dct", DCT)
    graphs = list(graphs)
    for dg in graphs:
        add_document(ds, dg)
    if hierarchy:
        add_hierarchy(ds, graphs)
    return ds


def union_graph(ds: Dataset) -> Graph:
    """All named graphs as one graph (what graph.ttl holds)."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def to_networkx(graphs: Iterable[DocumentGraph]) -> nx.MultiDiGraph:
    """Entities as typed nodes, relations as labelled edges (one edge per relation and
    document), with the sentences that mention each entity."""
    G = nx.MultiDiGraph()
    for dg in graphs:
        for e in dg.entities:
            if e.iri not in G:
                G.add_node(e.iri, label=e.canonical, type=e.type, aliases=list(e.aliases), code=e.code,
                           mentions=0, documents=[])
            node = G.nodes[e.iri]
            node["aliases"] = sorted(set(node["aliases"]) | set(e.aliases))
            if dg.document.id not in node["documents"]:
                node["documents"].append(dg.document.id)
        for (_mention, iris) in dg.mentions:
            for iri in iris:
                G.nodes[iri]["mentions"] += 1
        seen: set[tuple[str, str, str]] = set()
        for r in dg.relations:
            key = (r.subject, r.predicate, r.object)
            if key in seen:
                continue
            seen.add(key)
            G.add_edge(r.subject, r.object, key=f"{r.predicate}@{dg.document.id}", predicate=r.predicate,
                       document=dg.document.id)
    return G


def relation_counts(relations: Iterable[Relation]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in {(r.subject, r.predicate, r.object) for r in relations}:
        counts[r[1]] = counts.get(r[1], 0) + 1
    return counts
