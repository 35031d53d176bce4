"""`kg view`: render any exported graph, or a subgraph of it, as the offline HTML viewer.

The viewer reads the exported RDF layout, so it is not tied to a build: a Turtle/TriG/JSON-LD
file is enough. A subgraph is chosen either by a SPARQL CONSTRUCT query or by the neighbourhood of
one entity; either way the entities kept are then described from the input (type, names,
identifiers, the sentences that mention them), so a query only has to say *which* entities and
relations to show.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.commands import run_alone

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

# rdflib, networkx and scipy are imported inside the functions: importing them costs about 0.6 s,
# which every `kg` command would pay when the parser is built.

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld",
           ".nt": "nt", ".nq": "nquads", ".n3": "n3", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}


class ViewError(Exception):
    """Bad input: the message is one line naming the file and the problem."""


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "view",
        help="render an exported graph (or a subgraph) as an offline HTML viewer",
        description="Render an exported graph (Turtle, TriG, JSON-LD, …) as one self-contained HTML file that "
                    "works offline. Optionally show only a subgraph: the result of a SPARQL CONSTRUCT query, "
                    "or the neighbourhood of one entity.",
        epilog="Exit codes: 0 written; 1 bad input (unreadable graph or query, unknown entity, nothing to show); "
               "2 bad usage.",
    )
    p.add_argument("graph", help="an exported graph: graph.ttl, graph.trig, graph.jsonld (also .nt, .nq, .rdf)")
    p.add_argument("-o", "--output", default="view.html", help="HTML file to write (default: view.html)")
    p.add_argument("--format", choices=sorted(set(FORMATS.values())), help="RDF syntax of GRAPH (default: from its suffix)")
    p.add_argument("--query", metavar="FILE.rq", help="show the entities and relations built by this SPARQL CONSTRUCT query")
    p.add_argument("--focus", metavar="ENTITY", help="show only the neighbourhood of ENTITY (IRI, canonical name or alias)")
    p.add_argument("--hops", type=_hops, metavar="N", help="with --focus: how many relations away to go (default: 2)")
    p.add_argument("--title", help="title shown in the viewer")
    p.set_defaults(func=run)
    return p


def _hops(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 <= n <= 10:
        raise argparse.ArgumentTypeError("must be between 0 and 10")
    return n


def run(args: argparse.Namespace) -> int:
    """Handler of `kg view`: 0 written, 1 bad input, 2 bad usage."""
    from kg.export import write_atomic
    from kg.export.html import graph_payload, page_html

    if args.hops is not None and not args.focus:
        print("kg view: --hops needs --focus", file=sys.stderr)
        return EXIT_USAGE
    try:
        graph = load_graph(Path(args.graph), args.format)
        title = args.title
        if args.query:
            graph = construct(graph, Path(args.query))
        select: list[URIRef] = []
        if args.focus:
            hops = 2 if args.hops is None else args.hops
            select = find_entities(graph, args.focus)
            if not select:
                raise ViewError(f"{args.graph}: unknown focus entity {args.focus!r} (no entity has this IRI, "
                                "canonical name or alias)")
            graph = neighbourhood(graph, select, hops)
            title = title or f"govkg · {args.focus} · {hops} 跳邻域"
        payload = graph_payload(graph, select=select, title=title)
        if not payload["nodes"]:
            raise ViewError(f"{args.query or args.graph}: no entities to show (nothing typed gk:Regulation, gk:Body, "
                            "gk:Project or gk:Place)")
    except ViewError as exc:
        print(f"kg view: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    page = page_html(payload)
    out = Path(args.output)
    write_atomic(out, lambda h: h.write(page))
    print(f"kg view: wrote {out} ({len(payload['nodes'])} entities, {len(payload['edges'])} relations)", file=sys.stderr)
    return EXIT_OK


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def load_graph(path: Path, fmt: str | None = None) -> Graph:
    """Parse an export; datasets (TriG, N-Quads, JSON-LD) are read as the union of their graphs."""
    from rdflib import ConjunctiveGraph, Dataset, Graph
    from rdflib.util import guess_format

    from kg.graph import union_graph

    if not path.is_file():
        raise ViewError(f"{path}: {'is a directory' if path.is_dir() else 'no such file'}")
    fmt = fmt or FORMATS.get(path.suffix.lower()) or guess_format(str(path))
    if not fmt:
        raise ViewError(f"{path}: unknown RDF syntax for suffix {path.suffix!r}; pass --format")
    graph: Graph = Dataset() if fmt in QUAD_FORMATS else Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many types (BadSyntax, SAX, JSON, Unicode, ValueError)
        raise ViewError(f"{path}: cannot parse as {fmt}: {_one_line(exc)}") from None
    return union_graph(graph) if isinstance(graph, ConjunctiveGraph) else graph


def construct(graph: Graph, query_path: Path) -> Graph:
    """The subgraph a CONSTRUCT query chooses: its entities (typed in its result or in the input)
    and the relation triples it built between them, described from the input."""
    from kg.export.html import read_entities
    from kg.vocab import GK, RELATION_PREDICATES

    relation_properties = {GK[p] for p in RELATION_PREDICATES}

    try:
        text = query_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ViewError(f"{query_path}: cannot read: {_one_line(exc)}") from None
    try:
        result = graph.query(text)
    except Exception as exc:  # pyparsing and rdflib evaluation errors
        raise ViewError(f"{query_path}: bad SPARQL query: {_one_line(exc)}") from None
    if result.type != "CONSTRUCT" or result.graph is None:
        raise ViewError(f"{query_path}: not a CONSTRUCT query (it is a {result.type} query)")
    chosen = result.graph
    known = read_entities(graph)
    entities = set(read_entities(chosen)) | {n for n in set(chosen.subjects()) | set(chosen.objects()) if n in known}
    relations = [(s, p, o) for s, p, o in chosen if p in relation_properties and s in entities and o in entities]
    return subgraph(graph, entities, relations, extra=chosen)


def find_entities(graph: Graph, name: str) -> list[URIRef]:
    """Entities named by an IRI, else by canonical name, else by alias (all that match)."""
    from rdflib import SKOS, URIRef

    from kg.export.html import read_entities

    entities = read_entities(graph)
    if URIRef(name) in entities:
        return [URIRef(name)]
    for prop in (SKOS.prefLabel, SKOS.altLabel):
        found = sorted({s for s, o in graph.subject_objects(prop) if s in entities and str(o) == name})
        if found:
            return found
    return []


def neighbourhood(graph: Graph, seeds: Iterable[URIRef], hops: int) -> Graph:
    """The entities at most `hops` relations away from the seeds (either direction), with all
    relations among them."""
    from kg.export.html import read_entities, read_relations
    from kg.vocab import GK

    entities = read_entities(graph)
    relations = read_relations(graph, entities)
    adjacent: dict[URIRef, set] = {}
    for s, _, o in relations:
        adjacent.setdefault(s, set()).add(o)
        adjacent.setdefault(o, set()).add(s)
    kept = set(seeds)
    frontier = set(kept)
    for _ in range(hops):
        frontier = {n for v in frontier for n in adjacent.get(v, ())} - kept
        kept |= frontier
    return subgraph(graph, kept, [(s, GK[p], o) for s, p, o in relations if s in kept and o in kept])


def subgraph(source: Graph, entities: set, relations: Iterable[tuple], extra: Graph | None = None) -> Graph:
    """A graph in the exported layout holding the given entities and relations, with everything
    the viewer shows about them copied from `source`: descriptions, mentions with their sentences
    and documents, and the provenance records of the relations."""
    from rdflib import RDF, SKOS, Graph, Literal

    from kg.vocab import GK, PROV, RELATION_PREDICATES

    relation_properties = {GK[p] for p in RELATION_PREDICATES}

    out = Graph()
    for prefix, ns in source.namespaces():
        out.bind(prefix, ns)
    relations = set(relations)
    for s, p, o in relations:
        out.add((s, p, o))
    describing = [g for g in (source, extra) if g is not None]
    for e in entities:
        for graph in describing:
            for _, p, o in graph.triples((e, None, None)):
                if p not in relation_properties and (isinstance(o, Literal) or p in (RDF.type, SKOS.exactMatch)):
                    out.add((e, p, o))
        for mention in source.subjects(GK.denotes, e):
            _copy_span(source, out, mention)
            out.add((mention, GK.denotes, e))
    for st in source.subjects(RDF.type, GK.RelationStatement):
        key = (source.value(st, RDF.subject), source.value(st, RDF.predicate), source.value(st, RDF.object))
        if key in relations:
            for triple in source.triples((st, None, None)):
                out.add(triple)
            _copy_span(source, out, source.value(st, PROV.wasDerivedFrom))
    return out


def _copy_span(source: Graph, out: Graph, node) -> None:
    """A mention or sentence with its text, offsets, sentence and document (not what it denotes)."""
    from rdflib import RDF

    from kg.vocab import GK, NIF

    if node is None:
        return
    for _, p, o in source.triples((node, None, None)):
        if p != GK.denotes:
            out.add((node, p, o))
    sentence = source.value(node, NIF.sentence)
    if sentence is not None:
        _copy_span(source, out, sentence)
    doc = source.value(node, NIF.referenceContext)
    if doc is not None and (doc, RDF.type, None) not in out:
        for triple in source.triples((doc, None, None)):
            out.add(triple)


def main(argv: list[str] | None = None) -> int:
    """`python -m kg.commands.view …`, the same as `kg view …`."""
    return run_alone("view", argv)


if __name__ == "__main__":
    sys.exit(main())
