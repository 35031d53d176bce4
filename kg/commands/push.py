"""`kg push`: load a graph into an external triple store with the SPARQL 1.1 Graph Store HTTP
Protocol, one HTTP PUT per document graph.

PUT replaces the graph it names, so pushing again after a rebuild replaces each document instead
of duplicating it, and documents pushed from other builds are left alone. Any store that speaks
the protocol works: Oxigraph (`http://HOST:7878/store`), Fuseki (`http://HOST:3030/DATASET/data`),
GraphDB (`…/repositories/REPO/rdf-graphs/service`), Virtuoso (`…/sparql-graph-crud`).
"""

from __future__ import annotations

import argparse
import base64
import getpass
import os
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

from kg.commands import run_alone
from kg.commands.serve import is_loopback
from kg.store import PREFIXES, StoreError, has_default_graph, one_line, open_source, oxigraph

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
BODY_FORMATS = {"ttl": ("TURTLE", "text/turtle; charset=utf-8"), "nt": ("N_TRIPLES", "application/n-triples")}
PASSWORD_ENV = "KG_PUSH_PASSWORD"


class PushError(Exception):
    """A failed request: the message is one line naming the graph and what the server said."""


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "push",
        help="load a graph into an external triple store (SPARQL Graph Store Protocol)",
        description="Load an exported graph or a store into a triple store over the SPARQL 1.1 Graph Store HTTP "
                    "Protocol: one PUT per document named graph (?graph=IRI), which replaces that graph, so pushing "
                    "again does not duplicate anything. Triples outside named graphs (a Turtle export) go to the "
                    "store's default graph (?default).",
        epilog="ENDPOINT is the store's graph store URL, e.g. http://127.0.0.1:7878/store (Oxigraph) or "
               "http://127.0.0.1:3030/ds/data (Fuseki). The password can also come from $KG_PUSH_PASSWORD. "
               "Exit codes: 0 pushed; 1 failed (bad input, HTTP or network error); 2 bad usage.",
    )
    p.add_argument("graph", metavar="GRAPH_OR_STORE", help="an exported graph file or a store folder")
    p.add_argument("--endpoint", required=True, metavar="URL", help="the store's Graph Store Protocol endpoint")
    p.add_argument("--user", help="user name for HTTP basic authentication")
    p.add_argument("--password", help=f"password for HTTP basic authentication (default: ${PASSWORD_ENV}, else asked)")
    p.add_argument("--format", choices=sorted(BODY_FORMATS), default="ttl", help="body syntax (default: ttl)")
    p.add_argument("--timeout", type=float, default=60.0, metavar="S", help="seconds to wait for each request (default: 60)")
    p.set_defaults(func=run)
    return p


def graph_url(endpoint: str, graph: str | None) -> str:
    """The endpoint with ?graph=<iri> (or ?default for the default graph) appended."""
    joiner = "&" if urlsplit(endpoint).query else "?"
    return endpoint + joiner + ("default" if graph is None else "graph=" + quote(graph, safe=""))


def auth_header(user: str | None, password: str | None) -> dict[str, str]:
    if user is None:
        return {}
    token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def put(url: str, body: bytes, content_type: str, headers: dict[str, str], timeout: float) -> int:
    """One PUT; raises PushError with the status and the first line of the server's answer."""
    request = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": content_type, **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        detail = exc.read(2000).decode("utf-8", "replace") if exc.fp else ""
        first = next((line.strip() for line in detail.splitlines() if line.strip()), "")
        raise PushError(f"HTTP {exc.code} {exc.reason}" + (f": {one_line(first, 160)}" if first else "")) from None
    except (urllib.error.URLError, OSError) as exc:
        raise PushError(f"cannot reach {urlsplit(url).netloc}: {one_line(getattr(exc, 'reason', exc))}") from None


def push(store, endpoint: str, fmt: str = "ttl", user: str | None = None, password: str | None = None,
         timeout: float = 60.0, progress=None) -> dict[str, int]:
    """PUT every named graph of a pyoxigraph store to a Graph Store Protocol endpoint, or the
    default graph when there are none (a Turtle export; otherwise the default graph is the union
    of the named ones, which the remote store builds itself). Returns triples per graph ('' for
    the default graph)."""
    ox = oxigraph()
    syntax, content_type = BODY_FORMATS[fmt]
    headers = auth_header(user, password)
    graphs: list = sorted(store.named_graphs(), key=lambda g: g.value)
    if not graphs and has_default_graph(store):
        graphs = [ox.DefaultGraph()]
    pushed: dict[str, int] = {}
    for graph in graphs:
        name = None if isinstance(graph, ox.DefaultGraph) else graph.value
        triples = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
        body = store.dump(format=getattr(ox.RdfFormat, syntax), from_graph=graph,
                          prefixes=PREFIXES if fmt == "ttl" else None)
        try:
            put(graph_url(endpoint, name), body, content_type, headers, timeout)
        except PushError as exc:
            raise PushError(f"PUT {'default graph' if name is None else '<' + name + '>'}: {exc}") from None
        pushed[name or ""] = triples
        if progress:
            progress(name, triples)
    return pushed


def run(args: argparse.Namespace) -> int:
    parts = urlsplit(args.endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        print(f"kg push: --endpoint must be an http(s) URL, not {args.endpoint!r}", file=sys.stderr)
        return EXIT_USAGE
    password = args.password
    if args.user is not None and password is None:
        password = os.environ.get(PASSWORD_ENV)
        if password is None and sys.stdin.isatty():
            password = getpass.getpass(f"password for {args.user} at {parts.netloc}: ")
    if args.user is not None and parts.scheme == "http" and not is_loopback(parts.hostname or ""):
        print(f"kg push: warning: sending the password unencrypted to {parts.netloc} (http, not https)", file=sys.stderr)
    try:
        started = time.perf_counter()
        store = open_source(Path(args.graph))
        pushed = push(store, args.endpoint, args.format, args.user, password, args.timeout)
    except StoreError as exc:
        print(f"kg push: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except PushError as exc:
        print(f"kg push: {args.endpoint}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not any(pushed.values()):
        print(f"kg push: {args.graph}: nothing to push (no triples)", file=sys.stderr)
        return EXIT_FAILED
    named = sum(1 for g in pushed if g)
    default = " and the default graph" if "" in pushed else ""
    print(f"kg push: replaced {named} named graph(s){default} ({sum(pushed.values())} triples) at {args.endpoint} "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """`python -m kg.commands.push …`, the same as `kg push …`."""
    return run_alone("push", argv)


if __name__ == "__main__":
    sys.exit(main())
