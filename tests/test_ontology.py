"""Checks of ontology/govkg.ttl and ontology/shapes.ttl against a hand-written export.

SHACL runs with inference="none" and the ontology as ont_graph: the shapes test what the pipeline
writes. With "rdfs" the ontology's rdfs:domain/rdfs:range would type the wrong end of a bad
relation into the expected class (an enacts triple from a Place makes the Place a Body), so
sh:class checks on relations could never fail; test_rdfs_inference_hides_domain_errors shows it.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pyshacl
import pytest
import rdflib.namespace
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import vocab

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "govkg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
FIXTURE = ROOT / "tests" / "fixtures" / "sample_graph.ttl"

GK = vocab.GK
NIF = vocab.NIF
PROV = vocab.PROV
DCT = vocab.DCT
ELI = vocab.ELI
SH = Namespace("http://www.w3.org/ns/shacl#")
GKS = Namespace("https://w3id.org/govkg/shapes#")
XSD = Namespace(str(rdflib.namespace.XSD))  # plain Namespace: the DefinedNamespace warns under pytest
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

CORE = [GK[t] for t in vocab.ENTITY_TYPES]
RELATIONS = [GK[p] for p in vocab.RELATION_PREDICATES]

DOC_ID = "sample-xiaogan-npcsc"
DOC = vocab.doc_iri(DOC_ID)
BODY = vocab.entity_iri("Body", "孝感市人大常委会")
REG = vocab.entity_iri("Regulation", "孝感市海绵城市建设管理条例")
PROJECT = vocab.entity_iri("Project", "楚能新能源锂电池项目")
XIAOGAN = vocab.entity_iri("Place", "孝感市", "420900")
HUBEI = vocab.entity_iri("Place", "湖北省", "420000")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES)


@pytest.fixture(scope="module")
def fixture_graph() -> Graph:
    return Graph().parse(FIXTURE)


def validate(data: Graph, shapes: Graph, ontology: Graph, inference: str = "none"):
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference=inference, allow_warnings=False
    )
    results = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        results.append(
            {
                "shape": report.value(r, SH.sourceShape),
                "constraint": report.value(r, SH.sourceConstraint),
                "focus": report.value(r, SH.focusNode),
                "path": report.value(r, SH.resultPath),
            }
        )
    return conforms, results, text


def span(begin: int, end: int) -> URIRef:
    return vocab.span_iri(DOC_ID, begin, end)


# ----------------------------------------------------------------------------- parsing


def test_files_parse(ontology, shapes, fixture_graph):
    assert len(ontology) > 100
    assert len(shapes) > 100
    assert len(fixture_graph) > 50


def test_ontology_header(ontology):
    onts = list(ontology.subjects(RDF.type, OWL.Ontology))
    assert onts == [URIRef("https://w3id.org/govkg/ontology")]
    assert ontology.value(onts[0], OWL.versionInfo) is not None


# ----------------------------------------------------------------------------- ontology


def _labels(g: Graph, term: URIRef) -> dict[str | None, str]:
    return {lit.language: str(lit) for lit in g.objects(term, RDFS.label)}


def _gk_terms_used(data: Graph) -> set[URIRef]:
    used = set()
    for _s, p, o in data:
        if p.startswith(str(GK)):
            used.add(p)
        if p in (RDF.type, RDF.predicate) and isinstance(o, URIRef) and o.startswith(str(GK)):
            used.add(o)
    return used


def test_fixture_terms_are_declared_with_labels(ontology, fixture_graph):
    used = _gk_terms_used(fixture_graph)
    assert GK.enacts in used and GK.Mention in used
    for term in used:
        types = set(ontology.objects(term, RDF.type))
        assert types & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"{term} not declared"
        labels = _labels(ontology, term)
        assert labels.get("zh") and labels.get("en"), f"{term} lacks zh/en rdfs:label"


def test_every_gk_term_is_documented(ontology):
    terms = {
        s
        for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, t)
        if isinstance(s, URIRef) and s.startswith(str(GK))
    }
    assert len(terms) >= 7 + 11 + 10
    for term in terms:
        labels = _labels(ontology, term)
        assert labels.get("zh") and labels.get("en"), term
        comments = [c for c in ontology.objects(term, RDFS.comment) if c.language == "en"]
        assert comments, f"{term} lacks an English rdfs:comment"
        if (term, RDF.type, OWL.Class) not in ontology:
            assert ontology.value(term, RDFS.domain) is not None, f"{term} lacks rdfs:domain"
            assert ontology.value(term, RDFS.range) is not None, f"{term} lacks rdfs:range"


def test_vocab_terms_are_declared(ontology):
    for cls in CORE + [GK.Document, GK.Mention, GK.RelationStatement]:
        assert (cls, RDF.type, OWL.Class) in ontology, cls
    for prop in RELATIONS:
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology, prop


def _superclasses(g: Graph, cls: URIRef) -> set:
    return set(g.transitive_objects(cls, RDFS.subClassOf)) - {cls}


def test_core_classes_are_independent(ontology):
    for a in CORE:
        assert not (_superclasses(ontology, a) & set(CORE)), f"{a} is a subclass of a core class"
    for cls in set(ontology.subjects(RDFS.subClassOf, None)):
        if _superclasses(ontology, cls) & set(CORE):
            assert isinstance(cls, URIRef) and cls.startswith(str(GK)), (
                f"{cls} outside gk: is a subclass of a core class"
            )
    # nothing at all is a subclass of a core class in this version
    assert not any((s, RDFS.subClassOf, c) in ontology for c in CORE for s in ontology.subjects())


def test_no_equivalence_axioms(ontology):
    for p in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs):
        assert not list(ontology.subject_objects(p)), p


def test_alignments(ontology):
    sub = RDFS.subClassOf
    subp = RDFS.subPropertyOf
    org = vocab.ORG
    schema = vocab.SCHEMA
    assert (GK.Body, sub, org.Organization) in ontology
    assert (GK.Regulation, sub, ELI.LegalResource) in ontology
    assert (GK.Regulation, sub, schema.Legislation) in ontology
    assert (GK.Place, sub, schema.Place) in ontology
    assert (GK.Place, sub, PROV.Location) in ontology
    assert (GK.Project, sub, schema.Project) in ontology
    assert (GK.Project, sub, PROV.Entity) in ontology
    assert (GK.Document, sub, NIF.Context) in ontology
    assert (GK.Mention, sub, NIF.Phrase) in ontology
    assert (GK.RelationStatement, sub, RDF.Statement) in ontology
    assert (GK.subOrganizationOf, subp, org.subOrganizationOf) in ontology
    assert (GK.partOf, subp, schema.containedInPlace) in ontology
    assert (GK.locatedIn, subp, schema.location) in ontology
    assert (GK.denotes, subp, ITSRDF.taIdentRef) in ontology
    assert (GK.cooperatesWith, RDF.type, OWL.SymmetricProperty) in ontology
    # ELI's properties run the other way or relate acts to acts: never sub-properties of gk:enacts etc.
    for p in (GK.enacts, GK.amends, GK.repeals, GK.approves, GK.jurisdiction):
        supers = set(ontology.objects(p, subp))
        assert not {ELI.passed_by, ELI.amends, ELI.repeals, ELI.jurisdiction} & supers, p
    assert (GK.enactedBy, OWL.inverseOf, GK.enacts) in ontology
    assert (GK.enactedBy, subp, ELI.passed_by) in ontology


# ----------------------------------------------------------------------------- fixture


def test_fixture_follows_iri_scheme_and_offsets(fixture_graph):
    g = fixture_graph
    for entity in (BODY, REG, PROJECT, XIAOGAN, HUBEI):
        assert (entity, SKOS.prefLabel, None) in g, entity
    sentences = sorted(g.subjects(RDF.type, NIF.Sentence), key=lambda s: int(g.value(s, NIF.beginIndex)))
    text = "".join(str(g.value(s, NIF.anchorOf)) for s in sentences)
    assert int(g.value(DOC, GK.characterCount)) == len(text)
    digest = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert str(g.value(DOC, GK.contentHash)) == digest
    spans = list(sentences) + list(g.subjects(RDF.type, GK.Mention))
    assert len(sentences) == 2 and len(spans) == 6
    for s in spans:
        b, e = int(g.value(s, NIF.beginIndex)), int(g.value(s, NIF.endIndex))
        assert s == span(b, e)
        assert text[b:e] == str(g.value(s, NIF.anchorOf))
    assert len(list(g.subjects(RDF.type, GK.RelationStatement))) == 2


# ----------------------------------------------------------------------------- SHACL


def test_fixture_conforms(fixture_graph, shapes, ontology):
    start = time.perf_counter()
    conforms, results, text = validate(fixture_graph, shapes, ontology)
    elapsed = time.perf_counter() - start
    print(f"pyshacl on the fixture ({len(fixture_graph)} triples): {elapsed:.3f}s")
    assert conforms, text


def test_fixture_conforms_without_ontology(fixture_graph, shapes):
    conforms, _, text = pyshacl.validate(fixture_graph, shacl_graph=shapes, inference="none")
    assert conforms, text


def test_explicit_xsd_string_literals_conform(fixture_graph, shapes, ontology):
    """rdflib may write plain strings as "..."^^xsd:string; the shapes accept both forms."""
    g = Graph()
    for s, p, o in fixture_graph:
        if isinstance(o, Literal) and o.datatype is None and o.language is None:
            o = Literal(str(o), datatype=XSD.string)
        g.add((s, p, o))
    conforms, _, text = validate(g, shapes, ontology)
    assert conforms, text


def _two_preflabels(g):
    g.add((REG, SKOS.prefLabel, Literal("海绵城市建设管理条例", lang="zh")))


def _begin_after_end(g):
    m = span(14, 27)
    g.set((m, NIF.beginIndex, Literal(30, datatype=XSD.nonNegativeInteger)))


def _enacts_from_place(g):
    g.add((XIAOGAN, GK.enacts, REG))


def _mention_without_denotes(g):
    g.remove((span(40, 43), GK.denotes, None))


def _bad_content_hash(g):
    g.set((DOC, GK.contentHash, Literal("sha256:" + "AC61" * 16)))


def _statement_without_provenance(g):
    for st in g.subjects(RDF.type, GK.RelationStatement):
        g.remove((st, PROV.wasDerivedFrom, None))


def _anchor_wrong_length(g):
    g.set((span(40, 43), NIF.anchorOf, Literal("孝感")))


def _anchor_not_in_sentence(g):
    g.set((span(40, 43), NIF.anchorOf, Literal("湖北省")))


def _statement_not_asserted(g):
    g.remove((PROJECT, GK.locatedIn, XIAOGAN))


def _bad_division_code(g):
    g.set((XIAOGAN, GK.divisionCode, Literal("4209")))


def _two_core_types(g):
    g.add((BODY, RDF.type, GK.Place))


def _predicate_not_a_relation(g):
    st = next(g.subjects(RDF.predicate, GK.enacts))
    g.set((st, RDF.predicate, SKOS.related))


def _place_part_of_itself(g):
    g.add((XIAOGAN, GK.partOf, XIAOGAN))


def _mention_in_wrong_sentence(g):
    g.set((span(40, 43), NIF.sentence, span(0, 29)))


def _sentence_past_end_of_document(g):
    g.set((DOC, GK.characterCount, Literal(40, datatype=XSD.nonNegativeInteger)))


def _untyped_integer_offset(g):
    g.set((span(0, 8), NIF.endIndex, Literal(8)))


def _blank_entity(g):
    b = BNode()
    g.add((b, RDF.type, GK.Body))
    g.add((b, SKOS.prefLabel, Literal("市委", lang="zh")))


MUTATIONS = {
    "two prefLabels": (_two_preflabels, GKS.EntityPrefLabel, None),
    "begin > end": (_begin_after_end, GKS.MentionBegin, None),
    "enacts from a Place": (_enacts_from_place, GKS.EnactsShape, None),
    "mention without denotes": (_mention_without_denotes, GKS.MentionDenotes, None),
    "bad contentHash": (_bad_content_hash, GKS.DocumentContentHash, None),
    "statement without provenance": (_statement_without_provenance, GKS.StatementDerivedFrom, None),
    "anchor of wrong length": (_anchor_wrong_length, GKS.DocumentConsistencyShape, GKS.SpanAnchorLength),
    "anchor not the sentence text": (_anchor_not_in_sentence, GKS.DocumentConsistencyShape, GKS.MentionAnchorInSentence),
    "statement not asserted": (_statement_not_asserted, GKS.DocumentConsistencyShape, GKS.StatementAsserted),
    "bad divisionCode": (_bad_division_code, GKS.PlaceDivisionCode, None),
    "two core types": (_two_core_types, GKS.EntityShape, None),
    "predicate not a relation": (_predicate_not_a_relation, GKS.StatementPredicate, None),
    "place part of itself": (_place_part_of_itself, GKS.NoSelfRelationShape, None),
    "mention outside its sentence": (_mention_in_wrong_sentence, GKS.SentenceContainsMentions, None),
    "span past end of document": (_sentence_past_end_of_document, GKS.DocumentSpansWithinText, None),
    "offset typed xsd:integer": (_untyped_integer_offset, GKS.MentionEnd, None),
    "blank-node entity": (_blank_entity, GKS.EntityShape, None),
}


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_mutation_is_rejected(name, fixture_graph, shapes, ontology):
    mutate, shape, constraint = MUTATIONS[name]
    g = Graph()
    for t in fixture_graph:
        g.add(t)
    mutate(g)
    conforms, results, text = validate(g, shapes, ontology)
    assert not conforms, f"{name}: mutated graph conforms"
    hits = [r for r in results if r["shape"] == shape and (constraint is None or r["constraint"] == constraint)]
    assert hits, f"{name}: no result from {shape} {constraint or ''}\n{text}"


def test_rdfs_inference_hides_domain_errors(fixture_graph, shapes, ontology):
    """Why the shapes are run with inference="none"."""
    g = Graph()
    for t in fixture_graph:
        g.add(t)
    _enacts_from_place(g)
    _, none_results, _ = validate(g, shapes, ontology, "none")
    _, rdfs_results, _ = validate(g, shapes, ontology, "rdfs")
    assert any(r["shape"] == GKS.EnactsShape for r in none_results)
    # under RDFS the Place is inferred to be a Body, so the domain check passes ...
    assert not any(r["shape"] == GKS.EnactsShape for r in rdfs_results)
    # ... and only the one-core-type rule still notices
    assert any(r["shape"] == GKS.EntityShape and r["focus"] == XIAOGAN for r in rdfs_results)
