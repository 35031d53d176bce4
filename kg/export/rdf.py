"""Turtle (the union of all documents), TriG (one named graph per document) and JSON-LD."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.export import write_atomic
from kg.graph import union_graph


def write_turtle(ds: Dataset, path: Path) -> None:
    data = union_graph(ds).serialize(format="turtle", encoding="utf-8")
    write_atomic(path, lambda h: h.write(data), binary=True)


def write_trig(ds: Dataset, path: Path) -> None:
    data = ds.serialize(format="trig", encoding="utf-8")
    write_atomic(path, lambda h: h.write(data), binary=True)


def write_jsonld(ds: Dataset, path: Path) -> None:
    data = ds.serialize(format="json-ld", encoding="utf-8", auto_compact=True)
    write_atomic(path, lambda h: h.write(data), binary=True)
