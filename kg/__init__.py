"""govkg: knowledge graphs of Chinese government work reports.

>>> import kg
>>> graph = kg.build(["examples/xiaogan-npcsc-2023.txt"])      # doctest: +SKIP
>>> graph.entities(type="Regulation")[0].canonical               # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"


def __getattr__(name: str):
    # The API pulls in rdflib and the reference data; keep `import kg` itself cheap.
    if name in ("build", "KnowledgeGraph", "build_documents"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(name)
