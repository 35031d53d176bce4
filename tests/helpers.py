"""Small builders that let extraction tests read as tables of real sentences."""

from __future__ import annotations

from kg.model import Document
from kg.pipeline import process
from kg.read import content_hash


def run(text: str, jurisdiction: str | None = None, title: str = "", year: int | None = None):
    doc = Document(id="t", text=text, source="<test>", title=title or text.splitlines()[0][:100],
                   year=year, content_hash=content_hash(text))
    return process(doc, jurisdiction)


def names(text: str, entity_type: str, jurisdiction: str | None = None, **kw) -> set[str]:
    return {e.canonical for e in run(text, jurisdiction, **kw).entities if e.type == entity_type}


def relations(text: str, jurisdiction: str | None = None, **kw) -> set[tuple[str, str, str]]:
    dg = run(text, jurisdiction, **kw)
    label = {e.iri: e.canonical for e in dg.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in dg.relations}
