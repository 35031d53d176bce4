"""Namespaces and IRI minting.

Every IRI the package writes is made here, so the scheme is in one place and no document text
ever reaches an IRI unescaped: names are hashed, codes are digits, document ids are
percent-encoded.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import Namespace, URIRef

BASE = "https://w3id.org/govkg/"
GK = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCT = Namespace("http://purl.org/dc/terms/")
WD = Namespace("http://www.wikidata.org/entity/")

ENTITY_TYPES = ("Regulation", "Body", "Project", "Place")
RELATION_PREDICATES = (
    "enacts", "approves", "amends", "repeals", "inspects", "oversees", "cooperatesWith",
    "jurisdiction", "partOf", "locatedIn", "subOrganizationOf",
)


def name_key(name: str) -> str:
    """A short ASCII key for a canonical name; stable across runs, machines and documents."""
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]


def entity_iri(entity_type: str, canonical: str, code: str | None = None) -> URIRef:
    """IRI of an entity: places by their division code; bodies of a division by that code and
    a hash of their name (so 鼓楼区人民法院 of 南京 and of 福州 never merge); the rest by a name hash."""
    kind = entity_type.lower()
    if code and kind == "place":
        return ID[f"{kind}/{code}"]
    if code:
        return ID[f"{kind}/{code}-{name_key(canonical)}"]
    return ID[f"{kind}/{name_key(canonical)}"]


def local_place_iri(canonical: str, code: str) -> URIRef:
    """IRI of a place with no code of its own whose name many places share: a hash of its name
    and the code of the division it lies in (紫南村 of 南庄镇, 太湖新城 of 无锡市)."""
    return ID[f"place/{name_key(canonical + '@' + code)}"]


def doc_iri(doc_id: str) -> URIRef:
    return ID["doc/" + quote(doc_id, safe="")]


def graph_iri(doc_id: str) -> URIRef:
    """Named graph holding everything extracted from one document."""
    return URIRef(BASE + "graph/" + quote(doc_id, safe=""))


def span_iri(doc_id: str, begin: int, end: int) -> URIRef:
    """A span of a document (mention or sentence), in the NIF/RFC 5147 style."""
    return URIRef(f"{doc_iri(doc_id)}#char={begin},{end}")


def statement_iri(doc_id: str, subject: URIRef, predicate: str, obj: URIRef, begin: int) -> URIRef:
    """A relation as stated in one sentence of one document (its provenance record)."""
    key = hashlib.sha1(f"{subject}|{predicate}|{obj}|{begin}".encode()).hexdigest()[:16]
    return URIRef(f"{doc_iri(doc_id)}#rel-{key}")
