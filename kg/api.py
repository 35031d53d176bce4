"""The Python API: build a graph from paths or strings, then query, view or export it.

>>> from kg.api import build
>>> g = build(["市人大常委会出台《孝感市文明行为促进条例》。"], jurisdiction="孝感市")
>>> sorted(e.canonical for e in g.entities(type="Regulation"))
['孝感市文明行为促进条例']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.graph import build_dataset, relation_counts, to_networkx, union_graph
from kg.model import Document, DocumentGraph, Entity
from kg.read import InputError, content_hash, read_inputs

FORMATS = ("ttl", "trig", "jsonld", "html")


@dataclass
class KnowledgeGraph:
    """The graphs of a set of documents, with the RDF dataset built on demand."""

    documents: list[DocumentGraph]
    hierarchy: bool = False  # also add the division hierarchy above named places (see kg.graph)
    _dataset: Dataset | None = field(default=None, repr=False)
    _store: object = field(default=None, repr=False)

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            self._dataset = build_dataset(self.documents, self.hierarchy)
        return self._dataset

    def entities(self, type: str | None = None) -> list[Entity]:
        """Entities across documents, one per IRI, sorted by canonical name."""
        seen: dict[str, Entity] = {}
        for dg in self.documents:
            for e in dg.entities:
                if type is None or e.type == type:
                    seen.setdefault(e.iri, e)
        return sorted(seen.values(), key=lambda e: (e.type, e.canonical))

    def mentions(self, entity: str) -> list[dict]:
        """Where an entity (IRI or canonical name) is mentioned: document, offsets, sentence."""
        rows = []
        for dg in self.documents:
            iris = {e.iri for e in dg.entities if entity in (e.iri, e.canonical)}
            for (m, denoted), (b, e) in zip(dg.mentions, dg.spans):
                if iris & set(denoted):
                    sentence = next((s for s in dg.sentences if s.begin <= m.begin < s.end), None)
                    sb, se = dg.sentence_spans[dg.sentences.index(sentence)] if sentence else (b, e)
                    rows.append({"document": dg.document.id, "begin": b, "end": e,
                                 "text": dg.document.text[b:e], "sentence": dg.document.text[sb:se]})
        return rows

    def store(self):
        """The dataset in an in-memory SPARQL store (Oxigraph), built on first use."""
        if self._store is None:
            from kg.store import to_oxigraph

            self._store = to_oxigraph(self.dataset)
        return self._store

    def query(self, sparql: str, **params) -> list[dict]:
        """SPARQL (a query, a .rq file or the name of a shipped query) to a list of dicts.

        >>> g = build(["市人大常委会出台《孝感市文明行为促进条例》。"], jurisdiction="孝感市")
        >>> [r["regulation"] for r in g.query("regulations-by-body")]
        ['孝感市文明行为促进条例']
        """
        from kg.query import query

        return query(self.store(), sparql, **params)

    def query_df(self, sparql: str, **params):
        """SPARQL results as a pandas DataFrame."""
        from kg.query import query_df

        return query_df(self.store(), sparql, **params)

    def view(self, height: int = 600, select=()):
        """The interactive viewer inline in a notebook (JupyterLab, Notebook, VS Code)."""
        from kg.notebook import show

        return show(self, height=height, select=select)

    def mention_rows(self) -> list[dict]:
        """One row per mention and entity it denotes: document, year, region, type, entity, offsets, text."""
        rows = []
        for dg in self.documents:
            doc, by_iri = dg.document, {e.iri: e for e in dg.entities}
            for (_mention, iris), (begin, end) in zip(dg.mentions, dg.spans):
                for iri in iris:
                    entity = by_iri[iri]
                    rows.append({"document": doc.id, "year": doc.year, "region": doc.region, "type": entity.type,
                                 "entity": entity.canonical, "iri": iri, "begin": begin, "end": end,
                                 "text": doc.text[begin:end]})
        return rows

    def relation_counts(self) -> dict[str, int]:
        return relation_counts(r for dg in self.documents for r in dg.relations)

    def warnings(self) -> list[str]:
        return [w for dg in self.documents for w in dg.warnings]

    def to_networkx(self):
        return to_networkx(self.documents)

    def to_rdflib(self):
        """The union of all documents as one rdflib Graph."""
        return union_graph(self.dataset)

    def export(self, folder: Path | str, formats: Sequence[str] | None = None) -> list[Path]:
        """Write the exports into `folder` (each file atomically); returns the paths written.

        The RDF files are written by Oxigraph from the documents' quads (kg.export.quads), which
        is what keeps a corpus export to seconds; the viewer reads the same graph."""
        from kg.export import quads as rdf
        from kg.export.html import write_html

        folder = Path(folder)
        writers = {"ttl": rdf.write_turtle, "trig": rdf.write_trig, "jsonld": rdf.write_jsonld}
        quads = rdf.document_quads(self.documents, self.hierarchy) if set(formats or FORMATS) & set(writers) else []
        written = []
        for fmt in formats or FORMATS:
            path = folder / f"graph.{fmt}"
            if fmt == "html":
                write_html(self, path)
            else:
                writers[fmt](quads, path)
            written.append(path)
        return written


def build_documents(documents: Iterable[Document], jurisdiction: str | None = None, hierarchy: bool = False,
                    workers: int = 1, progress: bool = False) -> KnowledgeGraph:
    """Process documents (in `workers` processes when > 1) into one KnowledgeGraph; the order
    of documents, and so the output, does not depend on the number of workers."""
    from kg.parallel import process_all

    return KnowledgeGraph(list(process_all(documents, jurisdiction, workers, progress)), hierarchy)


def build(inputs: Iterable[str | Path], jurisdiction: str | None = None, hierarchy: bool = False) -> KnowledgeGraph:
    """Build from file or folder paths, or from document strings (anything that is not an
    existing path and contains a newline or CJK text is taken as a document)."""
    documents: list[Document] = []
    for n, item in enumerate(inputs):
        if isinstance(item, Path) or (isinstance(item, str) and _looks_like_path(item)):
            for doc in read_inputs([Path(item)]):
                if isinstance(doc, InputError):
                    raise doc
                documents.append(doc)
        else:
            text = str(item)
            first = next((line.strip() for line in text.splitlines() if line.strip()), "")
            documents.append(Document(id=f"text-{n + 1}", text=text, source="<string>", title=first[:200],
                                      content_hash=content_hash(text)))
    return build_documents(documents, jurisdiction, hierarchy)


def _looks_like_path(item: str) -> bool:
    return "\n" not in item and len(item) < 4096 and Path(item).exists()
