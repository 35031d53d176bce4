"""`kg query`: run SPARQL (a .rq file, a query string or a shipped named query) over an export or
a store, printing an aligned table, CSV, TSV or SPARQL-JSON (CONSTRUCT/DESCRIBE: Turtle).

CSV, TSV and JSON are the W3C SPARQL 1.1 result formats exactly as the SPARQL endpoint of
`kg serve` returns them, so scripts can switch between the two.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.commands import run_alone
from kg.store import PREFIXES, StoreError, one_line, open_source, oxigraph

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
RESULT_FORMATS = {"csv": "CSV", "tsv": "TSV", "json": "JSON"}
GRAPH_FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES"}


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "query",
        help="run a SPARQL query (or a shipped named query) over an export or a store",
        description="Run SPARQL over an exported graph (.ttl, .trig, .jsonld, .nq) or a store folder. QUERY is a "
                    ".rq file, a query string, or the name of a shipped query (kg query --list). Queries see the "
                    "union of all document graphs; the prefixes gk, skos, nif, prov, dct, rdf, rdfs and xsd are "
                    "predeclared.",
        epilog="Examples:\n"
               "  kg query exports/graph.trig regulations-by-body --param body=孝感市人大常委会\n"
               "  kg query store/ 'SELECT ?n WHERE { ?x a gk:Regulation ; skos:prefLabel ?n }' --format csv\n"
               "Exit codes: 0 answered; 1 bad input (unreadable graph, bad query or parameter value); 2 bad usage.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("graph", nargs="?", metavar="GRAPH_OR_STORE", help="an exported graph file or a store folder")
    p.add_argument("query", nargs="?", metavar="QUERY", help="a .rq file, a SPARQL query string or a shipped query name")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query parameter, e.g. body=孝感市人大常委会 (repeatable; bound as an RDF term, "
                        "never pasted into the query text)")
    p.add_argument("--format", "-f", choices=["table", *RESULT_FORMATS, *GRAPH_FORMATS], default=None,
                   help="SELECT/ASK: table (default), csv, tsv or json (SPARQL 1.1 results); CONSTRUCT/DESCRIBE: "
                        "ttl (default) or nt")
    p.add_argument("--max-width", type=int, default=60, metavar="N",
                   help="table format: cut cells to N display columns (default: 60; 0 for no limit)")
    p.add_argument("--list", action="store_true", help="list the shipped queries and their parameters, then exit")
    p.add_argument("--show", action="store_true", help="print the query text (after resolving a shipped name), then exit")
    p.set_defaults(func=run)
    return p


def list_queries() -> str:
    from kg.query import named_queries

    lines = []
    for name, q in named_queries().items():
        lines.append(f"{name}\n    {q.description}")
        for param in q.params.values():
            lines.append(f"    --param {param.name}=… ({param.kind}) {param.help}".rstrip())
    return "\n".join(lines) + "\n"


def parse_params(items: list[str]) -> dict[str, str]:
    params = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"--param {item!r}: expected NAME=VALUE")
        params[name.strip()] = value
    return params


def run(args: argparse.Namespace) -> int:
    from kg.query import QueryError, execute, load_query

    if args.list:
        sys.stdout.write(list_queries())
        return EXIT_OK
    if args.show and args.query is None and args.graph is not None:
        args.graph, args.query = None, args.graph  # `kg query --show NAME`
    if args.query is None or (args.graph is None and not args.show):
        print("kg query: need GRAPH_OR_STORE and QUERY (or --list)", file=sys.stderr)
        return EXIT_USAGE
    try:
        params = parse_params(args.param)
    except ValueError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        query = load_query(args.query)
        if args.show:
            sys.stdout.write(query.text if query.text.endswith("\n") else query.text + "\n")
            return EXIT_OK
        unknown = [n for n in params if query.params and n not in query.params]
        if unknown:
            print(f"kg query: {query.source}: unknown parameter {unknown[0]!r} (it takes "
                  f"{', '.join(query.params)})", file=sys.stderr)
            return EXIT_USAGE
        started = time.perf_counter()
        store = open_source(Path(args.graph))
        loaded = time.perf_counter()
        raw = execute(store, query, params)
        fmt = args.format or ("table" if isinstance(raw, (oxigraph().QuerySolutions, oxigraph().QueryBoolean)) else "ttl")
        count = write_result(raw, fmt, args.max_width, query.source)
    except (QueryError, StoreError) as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except _FormatMismatch as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if fmt == "table" and count is not None:
        done = time.perf_counter()
        print(f"({count} row{'s' if count != 1 else ''}; loaded in {loaded - started:.2f} s, "
              f"answered in {done - loaded:.3f} s)", file=sys.stderr)
    return EXIT_OK


class _FormatMismatch(Exception):
    """--format asks for a table of a graph result, or RDF of a table result."""


def write_result(raw, fmt: str, max_width: int, source: str) -> int | None:
    """Print a result in `fmt`; returns the row count for tables."""
    from kg.query import QueryError, materialize, result_table

    ox = oxigraph()
    out = sys.stdout
    is_graph = isinstance(raw, ox.QueryTriples)
    if is_graph and fmt not in GRAPH_FORMATS:
        raise _FormatMismatch(f"a CONSTRUCT/DESCRIBE query gives RDF: use --format ttl or nt, not {fmt}")
    if not is_graph and fmt in GRAPH_FORMATS:
        raise _FormatMismatch(f"a SELECT/ASK query gives results: use --format table, csv, tsv or json, not {fmt}")
    try:
        if is_graph:
            data = ox.serialize(raw, format=getattr(ox.RdfFormat, GRAPH_FORMATS[fmt]),
                                prefixes=PREFIXES if fmt == "ttl" else None)
        elif fmt in RESULT_FORMATS:
            data = raw.serialize(format=getattr(ox.QueryResultsFormat, RESULT_FORMATS[fmt]))
            if fmt == "json" and not data.endswith(b"\n"):
                data += b"\n"
        else:
            result = materialize(raw, source)
            out.write(result_table(result, max_width))
            out.flush()
            return len(result.rows) if result.kind == "SELECT" else None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"{source}: query failed: {one_line(exc)}") from None
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:  # a text-only stream (tests capturing output)
        out.write(data.decode("utf-8"))
    return None


def main(argv: list[str] | None = None) -> int:
    """`python -m kg.commands.query …`, the same as `kg query …`."""
    return run_alone("query", argv)


if __name__ == "__main__":
    sys.exit(main())
