"""Inline display in Jupyter (JupyterLab, classic Notebook, VS Code): the interactive viewer of
`kg.export.html` inside the notebook.

>>> import kg
>>> from kg.notebook import show
>>> show(kg.build(["examples/xiaogan-npcsc-2023.txt"]), select=["孝感市人大常委会"])  # doctest: +SKIP

The viewer page is self-contained (its own scripts, styles and data, no network), so it goes into
an `<iframe srcdoc=…>`: the page is HTML-escaped into the attribute, which keeps it intact
whatever the documents say, and the iframe is sandboxed (scripts, and links opening new tabs,
only), so the page runs in an origin of its own and cannot reach the notebook around it. Every
front end that renders HTML outputs shows it; none needs a widget extension.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

__all__ = ["iframe", "show", "viewer_html"]

# Scripts run in an origin of their own; links (an entity's IRI) may open in a new tab, outside the sandbox.
SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"


def viewer_html(source, select: Iterable[str] = (), title: str | None = None) -> str:
    """The viewer page of a KnowledgeGraph, an rdflib Graph/Dataset, or an exported RDF file
    (.ttl, .trig, .jsonld). `select` names entities to select on opening: IRIs or, for a
    KnowledgeGraph, canonical names."""
    from rdflib import Dataset, Graph

    from kg.export.html import render_graph_html

    select = list(select)
    if hasattr(source, "documents") and hasattr(source, "to_rdflib"):  # a KnowledgeGraph
        by_name = {e.canonical: e.iri for e in source.entities()}
        select = [by_name.get(s, s) for s in select]
        graph = source.to_rdflib()
    elif isinstance(source, Graph):
        graph = source
    elif isinstance(source, (str, Path)):
        path = Path(source)
        graph = Dataset() if path.suffix.lower() in (".trig", ".nq", ".jsonld") else Graph()
        graph.parse(path)
    else:
        raise TypeError(f"cannot show a {type(source).__name__}: give a KnowledgeGraph, an rdflib graph or an RDF file")
    return render_graph_html(graph, select=select, title=title)


def iframe(page: str, height: int = 600) -> str:
    """A whole HTML page as a sandboxed `<iframe srcdoc>` of fixed height and full width (in a
    `<div>`: IPython takes a bare iframe for one that should have been `IFrame(url)`)."""
    return (f'<div class="govkg-viewer"><iframe srcdoc="{html.escape(page, quote=True)}" sandbox="{SANDBOX}" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ddd"></iframe></div>')


def show(source, height: int = 600, select: Iterable[str] = (), title: str | None = None):
    """The interactive viewer inline, as an `IPython.display.HTML` (the last expression of a
    cell displays it; `IPython.display.display(show(g))` anywhere else)."""
    try:
        from IPython.display import HTML
    except ImportError:
        raise ImportError("kg.notebook.show needs IPython (pip install ipykernel, or run it in Jupyter)") from None
    return HTML(iframe(viewer_html(source, select=select, title=title), height))
