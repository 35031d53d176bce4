"""DocumentGraph → triples, as plain Python values: the one place that says what a document's
graph contains.

Terms are cheap on purpose: an IRI is a `str`, a literal a `Lit`. Building rdflib or Oxigraph
term objects costs 5–20 µs each, which on a corpus of ten million triples was the slowest part
of a build; sinks convert only what they need (kg.graph to rdflib, kg.export.quads to Oxigraph,
kg.export.nquads straight to N-Quads text for the store).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from kg.model import DocumentGraph, Sentence
from kg.vocab import BASE, DCT, GK, NIF, PROV, doc_iri, statement_iri

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_ = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SKOS_ = "http://www.w3.org/2004/02/skos/core#"
XSD_ = "http://www.w3.org/2001/XMLSchema#"
LANG = "zh"
REFERENCE_GRAPH = BASE + "graph/reference"

_GK, _NIF, _DCT, _PROV = str(GK), str(NIF), str(DCT), str(PROV)
_NON_NEGATIVE = XSD_ + "nonNegativeInteger"


class Lit(NamedTuple):
    """A literal: its lexical form and either a datatype IRI or a language tag (or neither)."""

    value: str
    datatype: str = ""
    lang: str = ""


Term = str | Lit
Triple = tuple[str, str, Term]


def document_triples(dg: DocumentGraph) -> Iterator[Triple]:
    """Every triple of one document's named graph: the document, its entities, its sentences
    and mentions (NIF spans in original offsets) and each relation with its provenance."""
    doc = dg.document
    d = str(doc_iri(doc.id))
    yield d, RDF_TYPE, _GK + "Document"
    yield d, _DCT + "title", Lit(doc.title or doc.id)
    yield d, _GK + "sourcePath", Lit(doc.source)
    yield d, _GK + "contentHash", Lit(doc.content_hash)
    yield d, _GK + "characterCount", Lit(str(len(doc.text)), _NON_NEGATIVE)
    if doc.year:
        yield d, _GK + "year", Lit(str(doc.year), XSD_ + "gYear")
    if dg.profile.jurisdiction:
        jurisdiction = next((e.iri for e in dg.entities if e.code == dg.profile.jurisdiction), "")
        if jurisdiction:
            yield d, _GK + "documentJurisdiction", jurisdiction

    for e in dg.entities:
        yield e.iri, RDF_TYPE, _GK + e.type
        yield e.iri, SKOS_ + "prefLabel", Lit(e.canonical, lang=LANG)
        for alias in e.aliases:
            yield e.iri, SKOS_ + "altLabel", Lit(alias, lang=LANG)
        for alias in e.local_aliases:
            # Context-dependent forms (市委) are search keys, not names: hiddenLabel in SKOS terms.
            yield e.iri, SKOS_ + "hiddenLabel", Lit(alias, lang=LANG)
        if e.code:
            yield e.iri, _GK + "divisionCode", Lit(e.code)
        if e.type == "Place" and e.level in ("province", "city", "county", "town"):
            yield e.iri, _GK + "divisionLevel", Lit(e.level)
        if e.type == "Place" and e.kind and e.kind != "division":
            yield e.iri, _GK + "featureKind", Lit(e.kind)

    # Sentences are provenance: only those a mention or a relation points at are written
    # (about half of a report's sentences name nothing; the text itself is identified by
    # gk:contentHash, not stored).
    mention_sentences = [sentence_of(dg.sentences, mention.begin) for mention, _ in dg.mentions]
    first_sentence: dict[str, Sentence] = {}
    for (_, iris), sentence in zip(dg.mentions, mention_sentences):
        if sentence is not None:
            for iri in iris:
                first_sentence.setdefault(iri, sentence)
    cited = set(mention_sentences)
    cited.update(r.sentence or first_sentence.get(r.subject) for r in dg.relations)
    sentence_at: dict[Sentence, str] = {}
    for sentence, (begin, end) in zip(dg.sentences, dg.sentence_spans):
        if sentence in cited:
            node = sentence_at[sentence] = f"{d}#char={begin},{end}"  # kg.vocab.span_iri, inlined: hot
            yield from _span(node, _NIF + "Sentence", d, doc.text, begin, end, doc.page_starts)

    for (_, iris), (begin, end), sentence in zip(dg.mentions, dg.spans, mention_sentences):
        node = f"{d}#char={begin},{end}"
        yield from _span(node, _GK + "Mention", d, doc.text, begin, end, doc.page_starts)
        for iri in iris:
            yield node, _GK + "denotes", iri
        if sentence is not None:
            yield node, _NIF + "sentence", sentence_at[sentence]

    for r in dg.relations:
        predicate = _GK + r.predicate
        yield r.subject, predicate, r.object
        sentence = r.sentence or first_sentence.get(r.subject)
        if sentence is None:
            continue
        st = str(statement_iri(doc.id, r.subject, r.predicate, r.object, sentence.begin))
        yield st, RDF_TYPE, _GK + "RelationStatement"
        yield st, RDF_ + "subject", r.subject
        yield st, RDF_ + "predicate", predicate
        yield st, RDF_ + "object", r.object
        yield st, _PROV + "wasDerivedFrom", sentence_at[sentence]
        yield st, _GK + "method", Lit(r.method)
        if r.cue:
            yield st, _GK + "cue", Lit(r.cue)


def _span(node: str, cls: str, doc: str, text: str, begin: int, end: int,
          page_starts: tuple[int, ...]) -> Iterator[Triple]:
    yield node, RDF_TYPE, cls
    yield node, _NIF + "beginIndex", Lit(str(begin), _NON_NEGATIVE)
    yield node, _NIF + "endIndex", Lit(str(end), _NON_NEGATIVE)
    yield node, _NIF + "anchorOf", Lit(text[begin:end])
    yield node, _NIF + "referenceContext", doc
    if page_starts:  # the 1-based page a span starts on (PDFs)
        yield node, _GK + "page", Lit(str(max(1, bisect_right(page_starts, begin))), XSD_ + "positiveInteger")


def sentence_of(sentences: tuple[Sentence, ...], pos: int) -> Sentence | None:
    """The sentence containing clean offset `pos` (sentences are sorted and disjoint)."""
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


def hierarchy_triples(graphs: Iterable[DocumentGraph]) -> Iterator[Triple]:
    """The administrative hierarchy above every named division, up to its province (what the
    reference graph holds: see kg.graph.add_hierarchy)."""
    from kg.gazetteer import load_gazetteer
    from kg.vocab import entity_iri

    ref = load_gazetteer().reference
    codes = {e.code for dg in graphs for e in dg.entities if e.type == "Place" and e.code in ref.divisions_by_code}
    for code in sorted(codes):
        chain = [ref.divisions_by_code[code], *ref.ancestors(code)]
        for child, parent in zip(chain, chain[1:]):
            for division in (child, parent):
                node = str(entity_iri("Place", division.name, division.code))
                yield node, RDF_TYPE, _GK + "Place"
                yield node, SKOS_ + "prefLabel", Lit(division.name, lang=LANG)
                yield node, _GK + "divisionCode", Lit(division.code)
                yield node, _GK + "divisionLevel", Lit(division.level)
            yield (str(entity_iri("Place", child.name, child.code)), _GK + "partOf",
                   str(entity_iri("Place", parent.name, parent.code)))
