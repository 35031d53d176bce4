"""Turtle (the union of all documents), TriG (one named graph per document) and JSON-LD."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from kg.export import write_atomic
from kg.graph import union_graph


def write_turtle(ds: Dataset, path: Path) -> None:
    data = union_graph(ds).serialize(format="turtle", encoding="utf-8")
    write_atomic(path, lambda h: h.write(data), binary=True)


def write_trig(ds: Dataset, path: Path) -> None:
    """Named graphs in sorted order, each written like the Turtle export, so the bytes depend on
    the content only (rdflib's own TriG order follows hash order, which changes between runs)."""
    parts = []
    prefixes = sorted((p, str(ns)) for p, ns in ds.namespaces() if p in _PREFIXES)
    parts.append("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes) + "\n")
    for graph in sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier)):
        body = Graph()
        for p, ns in prefixes:
            body.bind(p, ns)
        for triple in graph:
            body.add(triple)
        turtle = body.serialize(format="turtle")
        statements = "\n".join(line for line in turtle.splitlines() if not line.startswith("@prefix")).strip()
        parts.append(f"<{graph.identifier}> {{\n{statements}\n}}\n\n")
    data = "".join(parts).encode("utf-8")
    write_atomic(path, lambda h: h.write(data), binary=True)


def write_jsonld(ds: Dataset, path: Path) -> None:
    """JSON-LD with every array sorted and keys in order: JSON-LD arrays of nodes and values are
    sets (no @list is written), so sorting changes no meaning and makes the bytes repeatable."""
    document = json.loads(ds.serialize(format="json-ld", auto_compact=True))
    data = json.dumps(_sorted(document), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"
    write_atomic(path, lambda h: h.write(data), binary=True)


def _sorted(value):
    if isinstance(value, dict):
        return {k: v if k == "@list" else _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


_PREFIXES = {"gk", "nif", "skos", "prov", "dct", "rdf", "rdfs", "xsd"}
