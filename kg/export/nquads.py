"""Plain triples → N-Triples / N-Quads text, written in a worker process.

This is what a corpus build sends to the store: formatting a line is a few string joins, the
text is pickled back to the main process as one bytes object per document, and Oxigraph's bulk
loader parses it in Rust. No RDF term object is built in Python on that path.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.triples import Lit, Term, Triple

# N-Triples strings must escape exactly these; everything else (CJK included) is written as is.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def term(t: Term) -> str:
    """One term in N-Triples syntax."""
    if not isinstance(t, Lit):
        return f"<{t}>"
    text = t.value
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:  # rare: skip the copy otherwise
        text = text.translate(_ESCAPES)
    value = f'"{text}"'
    if t.lang:
        return f"{value}@{t.lang}"
    return f"{value}^^<{t.datatype}>" if t.datatype else value


def ntriples(triples: Iterable[Triple]) -> str:
    """N-Triples text, one line per triple, in the order given."""
    return "".join(f"<{s}> <{p}> {term(o)} .\n" for s, p, o in triples)


def nquads(triples: Iterable[Triple], graph: str) -> str:
    """N-Quads text putting every triple into the named graph `graph`."""
    return in_graph(ntriples(triples), graph)


def in_graph(ntriples_text: str, graph: str) -> str:
    """N-Triples text moved into the named graph `graph`. Every line ends in " .\n" and nothing
    else can (literals escape their line breaks, IRIs hold no spaces), so one replace does it."""
    return ntriples_text.replace(" .\n", f" <{graph}> .\n")
