"""kg.corpus: a corpus streamed into the store, and rebuilt incrementally."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from kg import corpus
from kg.corpus import BUILD_KEY, load_corpus, source_file
from kg.export.quads import document_quads
from kg.parallel import open_executor, process_all
from kg.read import read_inputs
from kg.store import GraphStore
from tests.conftest import EXAMPLES

APPENDED = "\n市人大常委会审议通过了《孝感市养犬管理条例》。\n"


@pytest.fixture
def folder(tmp_path):
    """A copy of the examples that tests may change."""
    target = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, target)
    return target


def load(folder, store_dir, **options):
    with GraphStore.open(store_dir) as store:
        return load_corpus(read_inputs([folder]), [folder], store, **options)


def stored_quads(store_dir) -> dict[str, set]:
    """Named graph IRI → its quads, without the build keys (which only a store build writes)."""
    with GraphStore.open(store_dir, create=False) as store:
        graphs: dict[str, set] = {}
        for q in store.store.quads_for_pattern(None, None, None):
            if isinstance(q.graph_name, ox.NamedNode) and q.predicate.value != BUILD_KEY:
                graphs.setdefault(q.graph_name.value, set()).add(q)
        return graphs


def as_stored(q: ox.Quad) -> ox.Quad:
    """Oxigraph's store keeps integers derived from xsd:integer as xsd:integer."""
    o = q.object
    if isinstance(o, ox.Literal) and o.datatype.value.endswith(("#nonNegativeInteger", "#positiveInteger")):
        o = ox.Literal(o.value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    return ox.Quad(q.subject, q.predicate, o, q.graph_name)


def default_graph(store_dir) -> set:
    with GraphStore.open(store_dir, create=False) as store:
        return {(q.subject, q.predicate, q.object)
                for q in store.store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def test_the_store_holds_what_the_export_holds_and_the_union(folder, tmp_path):
    report = load(folder, tmp_path / "store")
    assert sorted(report.built) == sorted(p.stem for p in folder.glob("*.txt")) and not report.unchanged
    graphs = stored_quads(tmp_path / "store")
    exported: dict[str, set] = {}
    for q in document_quads(process_all(list(read_inputs([folder])))):
        exported.setdefault(q.graph_name.value, set()).add(as_stored(q))
    assert graphs == exported
    union = {(q.subject, q.predicate, q.object) for quads in graphs.values() for q in quads}
    assert {t for t in default_graph(tmp_path / "store") if t[1].value != BUILD_KEY} == union
    assert report.quads == sum(map(len, graphs.values())) + len(graphs)  # plus one build key each
    assert 0 < report.store_seconds <= report.seconds
    assert "the store was writing" in report.summary("store")


def test_a_second_run_over_an_unchanged_corpus_builds_nothing(folder, tmp_path):
    load(folder, tmp_path / "store")
    before = stored_quads(tmp_path / "store")
    again = load(folder, tmp_path / "store")
    assert again.built == [] and again.removed == [] and len(again.unchanged) == len(before)
    assert stored_quads(tmp_path / "store") == before


def test_only_a_changed_document_is_rebuilt_and_its_old_triples_leave_the_union(folder, tmp_path):
    load(folder, tmp_path / "store")
    path = folder / "xiaogan-npcsc-2023.txt"
    path.write_text(path.read_text(encoding="utf-8") + APPENDED, encoding="utf-8")
    report = load(folder, tmp_path / "store")
    assert report.built == ["xiaogan-npcsc-2023"] and len(report.unchanged) == 5
    with GraphStore.open(tmp_path / "store", create=False) as store:
        assert store.query("ASK { ?r skos:prefLabel '孝感市养犬管理条例'@zh }") == [{"result": True}]

    path.write_text(path.read_text(encoding="utf-8").replace(APPENDED, ""), encoding="utf-8")
    assert load(folder, tmp_path / "store").built == ["xiaogan-npcsc-2023"]
    with GraphStore.open(tmp_path / "store", create=False) as store:
        # Stated by no document any more: gone from the document's graph and from the union.
        assert store.query("ASK { ?r skos:prefLabel '孝感市养犬管理条例'@zh }") == [{"result": False}]
        assert store.query("ASK { GRAPH ?g { ?r skos:prefLabel '孝感市养犬管理条例'@zh } }") == [{"result": False}]
        # Still stated by other documents: kept in the union.
        assert store.query("ASK { ?p skos:prefLabel '孝感市'@zh }") == [{"result": True}]


def test_added_and_removed_documents(folder, tmp_path):
    load(folder, tmp_path / "store")
    (folder / "mianyang-gov-2022.txt").unlink()
    shutil.copy(EXAMPLES / "xiaogan-gov-2023.txt", folder / "xiaogan-gov-2023-copy.txt")
    report = load(folder, tmp_path / "store")
    assert report.built == ["xiaogan-gov-2023-copy"] and report.removed == ["mianyang-gov-2022"]
    graphs = stored_quads(tmp_path / "store")
    assert not any(g.endswith("/mianyang-gov-2022") for g in graphs)
    assert any(g.endswith("/xiaogan-gov-2023-copy") for g in graphs)


def test_documents_from_other_inputs_stay(folder, tmp_path):
    load(folder, tmp_path / "store")
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(EXAMPLES / "hubei-gov-2024.txt", other / "hubei-other.txt")
    report = load(other, tmp_path / "store")
    assert report.built == ["hubei-other"] and report.removed == []
    assert len(stored_quads(tmp_path / "store")) == 7


def test_a_document_without_a_build_key_is_rebuilt(folder, tmp_path):
    """What a build killed between a document's triples and its key leaves behind."""
    load(folder, tmp_path / "store")
    with GraphStore.open(tmp_path / "store") as store:
        store.store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?d <{BUILD_KEY}> ?k }} }}")
    report = load(folder, tmp_path / "store")
    assert len(report.built) == 6 and not report.unchanged


def test_a_new_extractor_rebuilds_everything(folder, tmp_path, monkeypatch):
    load(folder, tmp_path / "store")
    monkeypatch.setattr(corpus, "extractor_fingerprint", lambda: "another-version")
    assert len(load(folder, tmp_path / "store").built) == 6


def test_a_moved_document_is_not_rebuilt_but_its_source_is_updated(folder, tmp_path):
    load(folder, tmp_path / "store")
    moved = tmp_path / "moved"
    folder.rename(moved)
    report = load(moved, tmp_path / "store")
    assert report.built == [] and len(report.moved) == 6
    with GraphStore.open(tmp_path / "store", create=False) as store:
        sources = {source for _, source in store.build_keys().values()}
    assert all(s.startswith(str(moved)) for s in sources)


def test_source_file_of_a_corpus_line():
    assert source_file("corpus/reports.jsonl.gz:17") == "corpus/reports.jsonl.gz"
    assert source_file("reports/a.txt") == "reports/a.txt"


def test_worker_processes_and_a_dask_cluster_write_the_same_store(folder, tmp_path):
    pytest.importorskip("dask.distributed")
    load(folder, tmp_path / "one")
    with open_executor("processes", 2) as pool:
        load(folder, tmp_path / "processes", workers=2, executor=pool)
    with open_executor("dask", 2) as client:
        load(folder, tmp_path / "dask", workers=2, executor=client)
    one = stored_quads(tmp_path / "one")
    assert stored_quads(tmp_path / "processes") == one
    assert stored_quads(tmp_path / "dask") == one
