"""DocumentGraphs → RDF (one named graph per document) and a networkx view.

The graph stage never reads raw text except to copy a span's characters into nif:anchorOf;
offsets are the only currency between text and graph.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import networkx as nx
from rdflib import RDF, SKOS, XSD, Dataset, Graph, Literal, URIRef

from kg.model import DocumentGraph, Relation
from kg.vocab import DCT, GK, NIF, PROV, doc_iri, graph_iri, span_iri, statement_iri

LANG = "zh"


def add_document(ds: Dataset, dg: DocumentGraph) -> Graph:
    """Write one document's entities, mentions, sentences and relations into its named graph."""
    g = ds.graph(graph_iri(dg.document.id))
    write_document(g, dg)
    return g


def write_document(g, dg: DocumentGraph) -> None:
    """Emit one document's triples into `g`, anything with an rdflib-style `add((s, p, o))`:
    an rdflib graph, or a collector of Oxigraph quads for the fast export path."""
    doc = dg.document
    d = doc_iri(doc.id)
    g.add((d, RDF.type, GK.Document))
    g.add((d, DCT.title, Literal(doc.title or doc.id)))
    g.add((d, GK.sourcePath, Literal(doc.source)))
    g.add((d, GK.contentHash, Literal(doc.content_hash)))
    g.add((d, GK.characterCount, Literal(len(doc.text), datatype=XSD.nonNegativeInteger)))
    if doc.year:
        g.add((d, GK.year, Literal(str(doc.year), datatype=XSD.gYear)))
    if dg.profile.jurisdiction:
        jurisdiction = next((e.iri for e in dg.entities if e.code == dg.profile.jurisdiction), "")
        if jurisdiction:
            g.add((d, GK.documentJurisdiction, URIRef(jurisdiction)))

    for e in dg.entities:
        node = URIRef(e.iri)
        g.add((node, RDF.type, GK[e.type]))
        g.add((node, SKOS.prefLabel, Literal(e.canonical, lang=LANG)))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang=LANG)))
        for alias in e.local_aliases:
            # Context-dependent forms (市委) are search keys, not names: hiddenLabel in SKOS terms.
            g.add((node, SKOS.hiddenLabel, Literal(alias, lang=LANG)))
        if e.code:
            g.add((node, GK.divisionCode, Literal(e.code)))
        if e.level and e.type == "Place" and e.level in ("province", "city", "county", "town"):
            g.add((node, GK.divisionLevel, Literal(e.level)))
        if e.type == "Place" and e.kind and e.kind not in ("division",):
            g.add((node, GK.featureKind, Literal(e.kind)))

    sentence_nodes = []
    for (begin, end) in dg.sentence_spans:
        node = span_iri(doc.id, begin, end)
        sentence_nodes.append(node)
        _span(g, node, NIF.Sentence, d, doc.text, begin, end)
        _page(g, node, doc.page_starts, begin)
    sentence_at = {s: node for s, node in zip(dg.sentences, sentence_nodes)}

    for (mention, iris), (begin, end) in zip(dg.mentions, dg.spans):
        node = span_iri(doc.id, begin, end)
        _span(g, node, GK.Mention, d, doc.text, begin, end)
        _page(g, node, doc.page_starts, begin)
        for iri in iris:
            g.add((node, GK.denotes, URIRef(iri)))
        sentence = _sentence_of(dg.sentences, mention.begin)
        if sentence is not None:
            g.add((node, NIF.sentence, sentence_at[sentence]))

    first_sentence = {}
    for (mention, iris) in dg.mentions:
        sentence = _sentence_of(dg.sentences, mention.begin)
        for iri in iris:
            if sentence is not None:
                first_sentence.setdefault(iri, sentence)
    for r in dg.relations:
        subject, obj = URIRef(r.subject), URIRef(r.object)
        g.add((subject, GK[r.predicate], obj))
        sentence = r.sentence or first_sentence.get(r.subject)
        if sentence is None:
            continue
        st = statement_iri(doc.id, subject, r.predicate, obj, sentence.begin)
        g.add((st, RDF.type, GK.RelationStatement))
        g.add((st, RDF.subject, subject))
        g.add((st, RDF.predicate, GK[r.predicate]))
        g.add((st, RDF.object, obj))
        g.add((st, PROV.wasDerivedFrom, sentence_at[sentence]))
        g.add((st, GK.method, Literal(r.method)))
        if r.cue:
            g.add((st, GK.cue, Literal(r.cue)))


def _span(g: Graph, node: URIRef, cls: URIRef, doc: URIRef, text: str, begin: int, end: int) -> None:
    g.add((node, RDF.type, cls))
    g.add((node, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
    g.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
    g.add((node, NIF.anchorOf, Literal(text[begin:end])))
    g.add((node, NIF.referenceContext, doc))


def _page(g: Graph, node: URIRef, page_starts: tuple[int, ...], begin: int) -> None:
    """The 1-based page a span starts on, for documents that have pages (PDFs)."""
    if page_starts:
        g.add((node, GK.page, Literal(max(1, bisect_right(page_starts, begin)), datatype=XSD.positiveInteger)))


def _sentence_of(sentences, pos: int):
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo].begin <= pos < sentences[lo].end:
        return sentences[lo]
    return None


REFERENCE_GRAPH = URIRef("https://w3id.org/govkg/graph/reference")


def add_hierarchy(ds: Dataset, graphs: Iterable[DocumentGraph]) -> Graph:
    """The administrative hierarchy above every named division, up to its province, in a
    named graph of its own: partOf chains then reach the province even where no document
    names it, without putting unnamed places into any document's graph."""
    g = ds.graph(REFERENCE_GRAPH)
    write_hierarchy(g, graphs)
    return g


def write_hierarchy(g, graphs: Iterable[DocumentGraph]) -> None:
    """Emit the hierarchy above every named division into `g` (see add_hierarchy)."""
    from kg.gazetteer import load_gazetteer
    from kg.vocab import entity_iri

    ref = load_gazetteer().reference
    codes = {e.code for dg in graphs for e in dg.entities if e.type == "Place" and e.code in ref.divisions_by_code}
    for code in sorted(codes):
        chain = [ref.divisions_by_code[code], *ref.ancestors(code)]
        for child, parent in zip(chain, chain[1:]):
            for d in (child, parent):
                node = entity_iri("Place", d.name, d.code)
                g.add((node, RDF.type, GK.Place))
                g.add((node, SKOS.prefLabel, Literal(d.name, lang=LANG)))
                g.add((node, GK.divisionCode, Literal(d.code)))
                g.add((node, GK.divisionLevel, Literal(d.level)))
            g.add((entity_iri("Place", child.name, child.code), GK.partOf, entity_iri("Place", parent.name, parent.code)))


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
