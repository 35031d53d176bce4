"""kg.store: a persistent store folder with one named graph per document — load, replace,
remove, list, dump, query, and `kg query` on the folder."""

from __future__ import annotations

import pytest

pyoxigraph = pytest.importorskip("pyoxigraph", reason="pyoxigraph (the store engine) is not installed")

from kg.api import build_documents  # noqa: E402
from kg.commands.query import main as kg_query  # noqa: E402
from kg.model import Document  # noqa: E402
from kg.read import content_hash  # noqa: E402
from kg.store import GraphStore, StoreError, is_store, load_rdf_file, named_quads, write_to_store  # noqa: E402
from kg.vocab import graph_iri  # noqa: E402


def document(doc_id: str, text: str):
    return build_documents([Document(id=doc_id, text=text, source="<test>", title=text[:20], year=2023,
                                     content_hash=content_hash(text))], jurisdiction="孝感市")


FIRST = "市人大常委会出台《孝感市文明行为促进条例》。"
SECOND = "市人大常委会开展《孝感市停车场建设管理条例》执法检查。"


def quads(store) -> set[str]:
    return {str(q) for q in store}


def triples(quads) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}


def union(store) -> set[tuple[str, str, str]]:
    """The default graph, which a store keeps equal to the union of its document graphs."""
    return triples(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, example_graph):
    """A store folder holding the example documents (written and closed, as after a build)."""
    folder = tmp_path_factory.mktemp("store") / "kg"
    written = write_to_store(example_graph, folder)
    return folder, written


def test_write_to_store_creates_one_named_graph_per_document(loaded, example_graph):
    folder, written = loaded
    assert is_store(folder)
    with GraphStore.open(folder, read_only=True) as store:
        docs = store.documents()
    assert [d.document for d in docs] == sorted(dg.document.id for dg in example_graph.documents)
    for d in docs:
        assert d.triples == len(example_graph.dataset.graph(graph_iri(d.document))) == written[d.graph]
    xiaogan = next(d for d in docs if d.document == "xiaogan-npcsc-2023")
    assert xiaogan.year == "2023" and xiaogan.title


def test_the_store_answers_queries_after_reopening(loaded, capsys):
    folder, _ = loaded
    with GraphStore.open(folder) as store:
        found = {r["regulation"] for r in store.query("regulations-by-body", body="孝感市人大常委会")}
    assert "孝感市文明行为促进条例" in found
    assert kg_query([str(folder), "counts-per-document", "--format", "csv"]) == 0
    assert "xiaogan-npcsc-2023" in capsys.readouterr().out


def test_loading_a_document_again_replaces_its_graph(tmp_path):
    folder = tmp_path / "kg"
    write_to_store(document("a", FIRST), folder)
    write_to_store(document("b", FIRST), folder)
    write_to_store(document("a", SECOND), folder)
    with GraphStore.open(folder) as store:
        by_doc = {d.document: d.triples for d in store.documents()}
        assert by_doc == {"a": len(document("a", SECOND).dataset.graph(graph_iri("a"))),
                          "b": len(document("b", FIRST).dataset.graph(graph_iri("b")))}
        in_a = {r["regulation"] for r in store.query(
            "SELECT DISTINCT ?regulation WHERE { GRAPH <https://w3id.org/govkg/graph/a> { "
            "?r a gk:Regulation ; skos:prefLabel ?regulation } }")}
        assert in_a == {"孝感市停车场建设管理条例"}  # nothing left of the first version
        assert union(store.store) == triples(named_quads(store.store))  # the union follows the documents
        assert store.remove_document("a") is True
        assert store.remove_document("a") is False
        assert [d.document for d in store.documents()] == ["b"]
        assert store.remove_document(str(graph_iri("b"))) is True
        assert store.documents() == [] and len(store) == 0 and len(store.store) == 0  # union emptied too


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_a_dump_round_trips(loaded, tmp_path, suffix):
    folder, _ = loaded
    with GraphStore.open(folder, read_only=True) as store:
        path = store.dump(tmp_path / f"dump{suffix}")
        original = quads(store.store)
        documents = {str(q) for q in named_quads(store.store)}
    assert quads(load_rdf_file(path)) == documents and len(documents) > 5000  # the union is not dumped
    copy = tmp_path / "copy"
    with GraphStore.open(copy) as store:
        store.load_file(path)
        assert quads(store.store) == original  # and is rebuilt on loading


def test_a_folder_with_other_content_is_not_taken_for_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not a store"):
        GraphStore.open(tmp_path)
    with pytest.raises(StoreError, match="no store here"):
        GraphStore.open(tmp_path / "missing", read_only=True)
    with pytest.raises(StoreError, match="TriG"):
        GraphStore(pyoxigraph.Store()).dump(tmp_path / "x.ttl")
    assert list(tmp_path.iterdir()) == [tmp_path / "notes.txt"]
