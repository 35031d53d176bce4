"""The plain data passed between pipeline stages.

Offsets are code-point indices. Mentions, sentences and relations carry offsets into the
*clean* view of a text (see `kg.text`); `Text.to_original` maps them back to the document as
read, which is what the graph records.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """One input document as read: its text exactly as decoded, plus metadata."""

    id: str
    text: str
    source: str = ""
    title: str = ""
    year: int | None = None
    region: str = ""
    content_hash: str = ""
    page_starts: tuple[int, ...] = ()  # offset where each page begins (PDFs); page N starts at page_starts[N - 1]


@dataclass(frozen=True)
class Sentence:
    begin: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A span of the clean text that names an entity of one of the four types.

    `canonical` is filled when the extractor already knows the full name (a law title, a
    division); `key` carries the extractor's structured reading (e.g. an organ kind and its
    jurisdiction) for the resolver.
    """

    type: str
    begin: int
    end: int
    surface: str
    canonical: str = ""
    code: str = ""
    key: tuple = ()


@dataclass(frozen=True)
class Entity:
    type: str
    canonical: str
    iri: str
    aliases: tuple[str, ...] = ()
    code: str = ""
    level: str = ""
    kind: str = ""
    jurisdiction: str = ""  # IRI of the place the entity serves or governs
    parent: str = ""  # IRI of the organ an internal organ belongs to / the containing place
    local_aliases: tuple[str, ...] = ()  # forms that name it only inside its document (市委, 常委会)


@dataclass(frozen=True)
class Relation:
    subject: str  # entity IRI
    predicate: str
    object: str  # entity IRI
    sentence: Sentence | None
    method: str  # pattern | name | gazetteer | jurisdiction
    cue: str = ""


@dataclass(frozen=True)
class Profile:
    """What the resolver needs to know about a document as a whole."""

    jurisdiction: str = ""  # division code
    author: tuple = ()  # organ key of the body that wrote the document, e.g. ("npcsc", code)
    genre: str = ""


@dataclass(frozen=True)
class DocumentGraph:
    """Everything extracted from one document, ready for the graph stage."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[tuple[Mention, tuple[str, ...]], ...]  # mention, IRIs it denotes
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    profile: Profile = field(default_factory=Profile)
    warnings: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()  # original offsets, one per mention (same order)
    sentence_spans: tuple[tuple[int, int], ...] = ()  # original offsets, one per sentence
