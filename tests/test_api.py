"""kg.api: the Python API researchers use, and the build → store → remove path."""

import kg
from kg.cli import main
from tests.conftest import EXAMPLES


def test_build_from_strings_and_query_rows_and_frames():
    g = kg.build(["市人大常委会出台《孝感市文明行为促进条例》，开展《湿地保护法》执法检查。"], jurisdiction="孝感市")
    rows = g.query("regulations-by-body")
    assert {(r["body"], r["relation"], r["regulation"]) for r in rows} == {
        ("孝感市人大常委会", "enacts", "孝感市文明行为促进条例"),
        ("孝感市人大常委会", "inspects", "中华人民共和国湿地保护法"),
    }
    frame = g.query_df("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/govkg/ontology#Regulation> }")
    assert int(frame.iloc[0, 0]) == 2


def test_mentions_and_mention_rows_point_at_the_text():
    g = kg.build([EXAMPLES / "xiaogan-npcsc-2023.txt"])
    text = (EXAMPLES / "xiaogan-npcsc-2023.txt").read_text(encoding="utf-8")
    for row in g.mention_rows():
        assert text[row["begin"]:row["end"]] == row["text"]
    found = g.mentions("孝感市文明行为促进条例")
    assert found and all("孝感市文明行为促进条例" in m["sentence"] for m in found)


def test_to_networkx_has_typed_nodes_and_labelled_edges():
    G = kg.build([EXAMPLES / "guangdong-npcsc-2017-session.txt"]).to_networkx()
    types = {d["type"] for _, d in G.nodes(data=True)}
    assert types <= {"Regulation", "Body", "Project", "Place"} and "Regulation" in types
    assert any(d["predicate"] == "approves" for _, _, d in G.edges(data=True))


def test_build_into_a_store_then_remove_a_document(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["build", str(EXAMPLES / "zhangjiakou-npcsc-inspection.txt"), str(EXAMPLES / "guangdong-npcsc-2017-session.txt"),
                 "-o", str(tmp_path / "out"), "--format", "ttl", "--store", str(store)]) == 0
    from kg.store import GraphStore

    with GraphStore.open(store, create=False) as s:
        assert {d.document for d in s.documents()} == {"zhangjiakou-npcsc-inspection", "guangdong-npcsc-2017-session"}
    assert main(["remove", "guangdong-npcsc-2017-session", "--store", str(store)]) == 0
    with GraphStore.open(store, create=False) as s:
        assert {d.document for d in s.documents()} == {"zhangjiakou-npcsc-inspection"}
    assert main(["remove", "nope", "--store", str(store)]) == 1
    assert "no document 'nope'" in capsys.readouterr().err


def test_the_api_docstring_examples_run():
    import doctest

    import kg.api

    failures, tried = doctest.testmod(kg.api, optionflags=doctest.ELLIPSIS)
    assert tried >= 2 and failures == 0


def test_store_only_streams_a_corpus_into_the_store(tmp_path):
    import gzip
    import json

    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        for path in sorted(EXAMPLES.glob("*.txt")):
            handle.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    store = tmp_path / "store"
    assert main(["build", str(corpus), "--store", str(store), "--store-only", "-o", str(tmp_path / "out")]) == 0
    assert not (tmp_path / "out" / "graph.ttl").exists()
    from kg.store import GraphStore

    with GraphStore.open(store, create=False) as s:
        assert len(s.documents()) == len(list(EXAMPLES.glob("*.txt")))
        rows = s.query("SELECT ?b WHERE { ?b gk:enacts ?r . ?r skos:prefLabel '孝感市文明行为促进条例'@zh }")
        assert rows
