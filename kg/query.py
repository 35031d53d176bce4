"""SPARQL over built graphs: the shipped named queries, safe parameters, result tables.

Queries run on Oxigraph with the union (a set) of all document graphs as the default graph, so
a query needs no GRAPH clause whether it reads graph.ttl, graph.trig or a store; GRAPH ?g still
reaches each document (see kg.store). The usual prefixes (gk, skos, nif, prov, dct, rdf, rdfs,
xsd) are predeclared.

Parameters are bound as RDF terms through Oxigraph's variable substitution (SEP-0007), never by
pasting text into the query, so any value is safe. A query declares them in its header:

    # @param body name  the body: canonical name, or an alias naming one body

kinds: `name` (a `@zh` label; an alias or hidden label is resolved to the one canonical name it
names), `text` (plain string), `iri`, `integer`, `year` (xsd:gYear). A parameter must be a
variable of the SELECT clause (a substitution rule); left out, the variable is free and the
query answers for every entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.store import PREFIXES, StoreError, has_default_graph, one_line, open_source, oxigraph, to_oxigraph

QUERY_DIR = Path(__file__).parent / "queries"
ALL_PREFIXES = {**PREFIXES, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
XSD = PREFIXES["xsd"]
KINDS = ("name", "text", "iri", "integer", "year")
INTEGERS = {XSD + t for t in ("integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
                              "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort")}
NUMERIC = INTEGERS | {XSD + t for t in ("decimal", "double", "float")}
_PARAM = re.compile(r"#\s*@param\s+([A-Za-z_]\w*)\s+(\w+)\s*(.*)")
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


class QueryError(Exception):
    """A query that cannot run: the message is one line naming the query and the problem."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    help: str = ""


@dataclass(frozen=True)
class Query:
    text: str
    name: str | None = None  # the shipped query's name
    description: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    source: str = "<query>"  # for messages: file path, shipped name or <query>


def parse_query(text: str, name: str | None = None, source: str = "<query>") -> Query:
    """A query with what its leading comment says: a description and `@param` declarations."""
    description: list[str] = []
    params: dict[str, Param] = {}
    for line in text.lstrip("\ufeff").splitlines():
        stripped = line.strip()
        if not stripped:
            if description or params:
                break
            continue
        if not stripped.startswith("#"):
            break
        match = _PARAM.match(stripped)
        if match:
            pname, kind, help_ = match.groups()
            if kind not in KINDS:
                raise QueryError(f"{source}: @param {pname}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
            params[pname] = Param(pname, kind, help_.strip())
        elif not params:
            description.append(stripped.lstrip("#").strip())
    return Query(text, name, " ".join(d for d in description if d), params, source)


def named_queries() -> dict[str, Query]:
    """The queries shipped in kg/queries, by name (the file name without .rq)."""
    return {p.stem: parse_query(p.read_text(encoding="utf-8"), p.stem, p.stem) for p in sorted(QUERY_DIR.glob("*.rq"))}


def load_query(spec: str | Path) -> Query:
    """A query given as a .rq file, the name of a shipped query, or SPARQL text (tried in that order)."""
    if isinstance(spec, Path) or ("\n" not in spec and len(spec) < 1024 and Path(spec).is_file()):
        path = Path(spec)
        try:
            return parse_query(path.read_text(encoding="utf-8"), source=str(path))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read: {one_line(exc)}") from None
    named = named_queries()
    key = spec.strip().removesuffix(".rq")
    if key in named:
        return named[key]
    if (_FORM.search(spec) and "{" in spec) or spec.lstrip().upper().startswith(("PREFIX", "BASE")):
        return parse_query(spec)
    raise QueryError(f"{spec}: no such query file or shipped query (kg query --list shows the shipped ones)")


# --- sources and parameters ------------------------------------------------------------------

def as_store(source: Any):
    """A pyoxigraph Store for a KnowledgeGraph, an rdflib graph, a GraphStore, a store folder or
    an RDF file (files and graphs are loaded into memory)."""
    ox = oxigraph()
    if isinstance(source, ox.Store):
        return source
    if hasattr(source, "store") and isinstance(source.store, ox.Store):  # GraphStore
        return source.store
    if isinstance(source, (str, Path)):
        return open_source(source)
    if hasattr(source, "serialize") or hasattr(source, "dataset"):
        return to_oxigraph(source)
    raise QueryError(f"cannot query a {type(source).__name__}: give a KnowledgeGraph, rdflib graph, store or path")


def to_term(value: Any, kind: str | None = None, name: str = "param"):
    """A Python value (or rdflib/pyoxigraph term) as the pyoxigraph term a parameter binds."""
    ox = oxigraph()
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    try:
        from rdflib.term import BNode, URIRef
        from rdflib.term import Literal as RLiteral

        if isinstance(value, URIRef):
            return ox.NamedNode(str(value))
        if isinstance(value, BNode):
            return ox.BlankNode(str(value))
        if isinstance(value, RLiteral):
            dt = ox.NamedNode(str(value.datatype)) if value.datatype else None
            return ox.Literal(str(value), language=value.language, datatype=dt)
    except ImportError:  # pragma: no cover - rdflib is a dependency
        pass
    try:
        if kind == "name":
            return ox.Literal(str(value), language="zh")
        if kind == "iri":
            return ox.NamedNode(str(value))
        if kind == "integer":
            return ox.Literal(str(int(str(value).strip())), datatype=ox.NamedNode(XSD + "integer"))
        if kind == "year":
            return ox.Literal(f"{int(str(value).strip()):04d}", datatype=ox.NamedNode(XSD + "gYear"))
        if kind is None and isinstance(value, bool):
            return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
        if kind is None and isinstance(value, int):
            return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
        if kind is None and isinstance(value, float):
            return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
        return ox.Literal(str(value))
    except ValueError as exc:
        raise QueryError(f"parameter {name}: not a valid {kind or 'value'}: {value!r} ({one_line(exc)})") from None


def resolve_name(store, label, name: str = "param"):
    """A `name` parameter as a canonical name: kept if some entity has it as prefLabel, else
    the one canonical name whose alias or hidden label it is (ambiguity is an error)."""
    ox = oxigraph()
    var = ox.Variable("label")
    found = store.query("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                        "SELECT ?label WHERE { ?x skos:prefLabel ?label } LIMIT 1",
                        use_default_graph_as_union=_bag(store), substitutions={var: label})
    if any(True for _ in found):
        return label
    rows = store.query("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                       "SELECT DISTINCT ?label ?pref WHERE { ?x skos:altLabel|skos:hiddenLabel ?label ; skos:prefLabel ?pref }",
                       use_default_graph_as_union=_bag(store), substitutions={var: label})
    canonical = sorted({row["pref"].value for row in rows})
    if len(canonical) > 1:
        shown = ", ".join(canonical[:5]) + (" …" if len(canonical) > 5 else "")
        raise QueryError(f"parameter {name}: {label.value!r} names {len(canonical)} entities ({shown}); "
                         "give the canonical name")
    return ox.Literal(canonical[0], language="zh") if canonical else label


def bind(store, query: Query, params: dict[str, Any]) -> dict:
    """Parameters as Oxigraph substitutions; a query that declares parameters accepts only those."""
    ox = oxigraph()
    subs = {}
    for name, value in params.items():
        if value is None:
            continue
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"bad parameter name {name!r}")
        declared = query.params.get(name)
        if query.params and declared is None:
            raise QueryError(f"{query.source}: unknown parameter {name!r} (it takes {', '.join(query.params)})")
        term = to_term(value, declared.kind if declared else None, name)
        if declared and declared.kind == "name" and isinstance(term, ox.Literal):
            term = resolve_name(store, term, name)
        subs[ox.Variable(name)] = term
    return subs


# --- running ---------------------------------------------------------------------------------

def _bag(store) -> bool:
    """Whether to fall back on Oxigraph's union default graph (a bag): only for a store not
    written by kg.store, whose default graph does not hold the union."""
    return not has_default_graph(store)


def execute(store, query: Query, params: dict[str, Any] | None = None):
    """Run a query: pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples (lazy)."""
    subs = bind(store, query, params or {})
    try:
        return store.query(query.text, use_default_graph_as_union=_bag(store), prefixes=ALL_PREFIXES,
                           substitutions=subs or None)
    except SyntaxError as exc:
        raise QueryError(f"{query.source}: bad SPARQL query: {one_line(exc)}") from None
    except RuntimeError as exc:  # substitution of a variable the SELECT clause does not name
        msg = one_line(exc)
        if "projection" in msg:
            msg += " (a parameter must be a variable of the SELECT clause)"
        raise QueryError(f"{query.source}: {msg}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"{query.source}: query failed: {one_line(exc)}") from None


@dataclass
class Result:
    """A materialized result: `kind` SELECT (variables, rows of terms), ASK (boolean) or
    CONSTRUCT (triples; DESCRIBE too)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)


def materialize(raw, source: str = "<query>") -> Result:
    ox = oxigraph()
    try:
        if isinstance(raw, ox.QueryBoolean):
            return Result("ASK", boolean=bool(raw))
        if isinstance(raw, ox.QuerySolutions):
            variables = [v.value for v in raw.variables]
            return Result("SELECT", variables, [[row[i] for i in range(len(variables))] for row in raw])
        return Result("CONSTRUCT", triples=list(raw))
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"{source}: query failed: {one_line(exc)}") from None


def run(source: Any, sparql: str | Path | Query, **params) -> Result:
    """Load `source` if needed, run the query with its parameters, and return every answer."""
    q = sparql if isinstance(sparql, Query) else load_query(sparql)
    try:
        store = as_store(source)
    except StoreError as exc:
        raise QueryError(str(exc)) from None
    return materialize(execute(store, q, params), q.source)


def python_value(term) -> Any:
    """A term as a plain Python value: IRIs and strings as str, numbers as int/float, booleans as bool."""
    ox = oxigraph()
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in INTEGERS:
                return int(term.value)
            if dt in NUMERIC:
                return float(term.value)
            if dt == XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            pass
        return term.value
    return str(term)


def query(source: Any, sparql: str | Path, **params) -> list[dict]:
    """Run SPARQL (text, .rq file or shipped query name) over a KnowledgeGraph, rdflib graph,
    store or file. SELECT gives one dict per answer (unbound variables are None); ASK gives
    [{'result': bool}]; CONSTRUCT/DESCRIBE give {'subject', 'predicate', 'object'} dicts.

    >>> from kg.api import build
    >>> g = build(["市人大常委会出台《孝感市文明行为促进条例》。"], jurisdiction="孝感市")
    >>> [r["regulation"] for r in query(g, "regulations-by-body", body="孝感市人大常委会")]
    ['孝感市文明行为促进条例']
    """
    result = run(source, sparql, **params)
    if result.kind == "ASK":
        return [{"result": result.boolean}]
    if result.kind == "CONSTRUCT":
        return [{"subject": python_value(t.subject), "predicate": python_value(t.predicate),
                 "object": python_value(t.object)} for t in result.triples]
    return [{v: python_value(term) for v, term in zip(result.variables, row)} for row in result.rows]


def query_df(source: Any, sparql: str | Path, **params):
    """`query` as a pandas DataFrame (columns in SELECT order, also when there are no answers)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("query_df needs pandas: pip install pandas (or use query(), which returns dicts)") from None
    result = run(source, sparql, **params)
    if result.kind == "SELECT":
        return pd.DataFrame([[python_value(t) for t in row] for row in result.rows], columns=result.variables)
    return pd.DataFrame(query(source, sparql, **params))


# --- tables ----------------------------------------------------------------------------------

def compact(iri: str) -> str:
    for prefix, ns in ALL_PREFIXES.items():
        if iri.startswith(ns) and re.fullmatch(r"[A-Za-z_][\w.-]*", iri[len(ns):] or "-"):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def cell(term) -> str:
    """What a table shows for a term: literals by their text, IRIs compacted where a prefix fits."""
    ox = oxigraph()
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def width(text: str) -> int:
    """Display columns on a terminal: CJK and other wide characters take two."""
    from wcwidth import wcswidth, wcwidth

    n = wcswidth(text)
    return n if n >= 0 else sum(max(wcwidth(c), 0) for c in text)


def fit(text: str, limit: int) -> str:
    """One line of at most `limit` display columns (0: no limit), cut with '…'."""
    from wcwidth import wcwidth

    text = re.sub(r"[\x00-\x1f\x7f]+", " ", text)
    if limit <= 0 or width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = max(wcwidth(ch), 0)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def format_table(columns: list[str], rows: list[list[str]], max_width: int = 60, right: set[int] | None = None) -> str:
    """An aligned text table (columns padded by display width, so Chinese text lines up);
    `right` names the column indexes to right-align (numbers)."""
    right = right or set()
    cells = [[fit(c, max_width) for c in columns]] + [[fit(c, max_width) for c in row] for row in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(columns))]

    def line(row: list[str]) -> str:
        parts = []
        for i, (text, w) in enumerate(zip(row, widths)):
            pad = " " * (w - width(text))
            parts.append(pad + text if i in right else text + pad)
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])]) + "\n"


def result_table(result: Result, max_width: int = 60) -> str:
    """A SELECT result as a table (numbers right-aligned); an ASK result as true/false."""
    ox = oxigraph()
    if result.kind == "ASK":
        return "true\n" if result.boolean else "false\n"
    right = {i for i in range(len(result.variables))
             if any(r[i] is not None for r in result.rows)
             and all(r[i] is None or (isinstance(r[i], ox.Literal) and r[i].datatype.value in NUMERIC) for r in result.rows)}
    return format_table(result.variables, [[cell(t) for t in row] for row in result.rows], max_width, right)
