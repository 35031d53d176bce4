"""kg.query and `kg query`: every shipped query answers correctly on the example documents,
parameters are bound safely, results print as aligned tables and standard SPARQL formats."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

pytest.importorskip("pyoxigraph", reason="pyoxigraph (the SPARQL engine) is not installed")
pytest.importorskip("wcwidth", reason="wcwidth (terminal widths) is not installed")

from kg.commands.query import main  # noqa: E402
from kg.query import (  # noqa: E402
    QueryError,
    fit,
    format_table,
    load_query,
    named_queries,
    parse_query,
    query,
    query_df,
    run,
    width,
)
from kg.store import load_rdf_file, to_oxigraph  # noqa: E402

SHIPPED = {"regulations-by-body", "bodies-overseen", "place-hierarchy", "projects-by-place", "mentions", "co-mentions",
           "counts-per-document", "counts-per-year", "documents"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory, example_graph) -> Path:
    out = tmp_path_factory.mktemp("exports")
    example_graph.export(out, formats=["ttl", "trig", "jsonld"])
    return out


@pytest.fixture(scope="module")
def store(example_graph):
    return to_oxigraph(example_graph)


def rows(store, name, **params):
    return query(store, name, **params)


# --- the shipped queries ---------------------------------------------------------------------

def test_every_shipped_query_is_described_and_runs_with_and_without_its_parameters(store):
    queries = named_queries()
    assert SHIPPED <= set(queries)
    for name, q in queries.items():
        assert q.text.lstrip().startswith("#") and len(q.description) > 20, name
        assert rows(store, name), f"{name} answered nothing"
        for param in q.params.values():
            assert f"?{param.name}" in q.text.split("WHERE")[0], f"{name}: ?{param.name} must be selected"


def test_regulations_each_body_enacted_approved_and_inspected(store):
    found = {(r["relation"], r["regulation"]) for r in rows(store, "regulations-by-body", body="孝感市人大常委会")}
    assert {("enacts", "孝感市海绵城市建设管理条例"), ("enacts", "孝感市文明行为促进条例"),
            ("inspects", "中华人民共和国湿地保护法")} <= found
    guangdong = rows(store, "regulations-by-body", body="广东省人大常委会")
    assert ("approves", "广州市湿地保护规定") in {(r["relation"], r["regulation"]) for r in guangdong}
    for r in guangdong:
        assert r["body"] == "广东省人大常委会" and r["document"] == "guangdong-npcsc-2017-session"
    everyone = rows(store, "regulations-by-body")
    assert {r["body"] for r in everyone} >= {"孝感市人大常委会", "广东省人大常委会"}
    assert {r["relation"] for r in everyone} <= {"enacts", "approves", "amends", "repeals", "inspects"}


def test_the_sentence_given_for_a_relation_names_the_regulation(store):
    for r in rows(store, "regulations-by-body", body="孝感市人大常委会"):
        if r["relation"] == "enacts":
            assert r["regulation"].removeprefix("孝感市")[:4] in r["sentence"]


def test_bodies_a_body_oversees(store):
    overseen = {r["overseen"] for r in rows(store, "bodies-overseen", body="孝感市人大常委会")}
    assert {"孝感市人民政府", "孝感市中级人民法院", "孝感市人民检察院"} <= overseen


def test_the_place_hierarchy_under_a_place(store):
    under = {r["name"]: r for r in rows(store, "place-hierarchy", place="孝感市")}
    assert under["孝南区"]["level"] == "county" and under["孝南区"]["parent"] == "孝感市" and under["孝南区"]["depth"] == 1
    assert under["孝南区"]["code"] == "420902"
    towns = [r for r in under.values() if r["level"] == "town"]
    assert towns and all(r["depth"] == 2 for r in towns)
    assert "孝感市" not in under and "湖北省" not in under
    hubei = {r["name"] for r in rows(store, "place-hierarchy", place="湖北省")}
    assert {"孝感市", "孝南区", "襄阳市"} <= hubei  # transitively


def test_projects_by_place_reach_down_the_hierarchy(store):
    xiangyang = {r["project"]: r for r in rows(store, "projects-by-place", place="襄阳市")}
    assert "比亚迪襄阳产业园" in xiangyang and "hubei-gov-2024" in xiangyang["比亚迪襄阳产业园"]["documents"]
    hubei = {r["project"] for r in rows(store, "projects-by-place", place="湖北省")}
    assert set(xiangyang) <= hubei  # projects in a city are also in its province


def test_mentions_give_every_document_and_sentence(store, example_graph):
    found = rows(store, "mentions", entity="孝感市人大常委会")
    assert found
    for r in found:
        assert r["anchor"] in r["sentence"] and r["end"] - r["begin"] == len(r["anchor"])
    expected = {(m["document"], m["begin"], m["end"]) for m in example_graph.mentions("孝感市人大常委会")}
    assert {(r["document"], r["begin"], r["end"]) for r in found} == expected
    assert {"xiaogan-npcsc-2023", "xiaogan-gov-2023"} <= {r["document"] for r in found}


def test_co_mentions_share_a_sentence(store, example_graph):
    entity = "孝感市人大常委会"
    sentences = {(m["document"], m["sentence"]) for m in example_graph.mentions(entity)}
    found = rows(store, "co-mentions", entity=entity)
    assert len(found) >= 5 and "中共孝感市委" in {r["other"] for r in found}
    for r in found[:15]:
        other = {(m["document"], m["sentence"]) for m in example_graph.mentions(r["other"])}
        shared = {text for _, text in sentences & other}
        assert r["example"] in shared
        assert r["sentences"] == len(sentences & other)
    assert [r["sentences"] for r in found] == sorted((r["sentences"] for r in found), reverse=True)


def test_counts_per_document_and_year_match_the_api(store, example_graph):
    counts = {(r["document"], r["type"]): r["entities"] for r in rows(store, "counts-per-document")}
    expected = {}
    by_year: dict[tuple, set] = defaultdict(set)
    docs_by_year: dict[tuple, set] = defaultdict(set)
    for dg in example_graph.documents:
        types = Counter(e.type for e in {e.iri: e for e in dg.entities}.values())
        expected.update({(dg.document.id, t): n for t, n in types.items()})
        for e in dg.entities:
            if dg.document.year:
                by_year[(str(dg.document.year), e.type)].add(e.iri)
                docs_by_year[(str(dg.document.year), e.type)].add(dg.document.id)
    assert counts == expected
    per_year = {(r["year"], r["type"]): (r["documents"], r["entities"]) for r in rows(store, "counts-per-year")}
    assert per_year == {k: (len(docs_by_year[k]), len(v)) for k, v in by_year.items()}
    assert {(r["year"], r["type"]) for r in rows(store, "counts-per-year", year=2023)} == {k for k in per_year if k[0] == "2023"}
    assert {r["type"] for r in rows(store, "counts-per-document", document="hubei-gov-2024")} == {
        t for d, t in expected if d == "hubei-gov-2024"}


def test_documents_lists_every_document(store, example_graph):
    docs = {r["document"]: r for r in rows(store, "documents")}
    assert set(docs) == {dg.document.id for dg in example_graph.documents}
    xiaogan = docs["xiaogan-npcsc-2023"]
    assert xiaogan["jurisdiction"] == "孝感市" and xiaogan["sentences"] > 10 and xiaogan["mentions"] > 10


# --- parameters ------------------------------------------------------------------------------

def test_parameters_are_bound_as_terms_never_pasted(store):
    before = len(store)
    hostile = '孝感市人大常委会"@zh } ; DROP ALL ; INSERT DATA { <a:b> <a:c> "d" } #'
    assert rows(store, "regulations-by-body", body=hostile) == []
    assert rows(store, 'SELECT ?x ?v WHERE { ?x skos:prefLabel ?v }', v=hostile) == []
    assert len(store) == before


def test_an_alias_names_its_entity_and_an_ambiguous_one_is_refused(store):
    found = rows(store, "mentions", entity="国务院")  # altLabel of 中华人民共和国国务院
    assert found and {r["entity"] for r in found} == {"中华人民共和国国务院"}
    with pytest.raises(QueryError, match="names 2 entities"):
        rows(store, "mentions", entity="市委")  # hidden label of two party committees


def test_unknown_parameters_and_bad_queries_are_one_line_errors(store):
    with pytest.raises(QueryError, match="unknown parameter 'entity'"):
        rows(store, "place-hierarchy", entity="孝感市")
    with pytest.raises(QueryError, match="bad SPARQL query") as err:
        rows(store, "SELECT ?x WHERE { ?x ?y }")
    assert "\n" not in str(err.value)
    with pytest.raises(QueryError, match="SELECT clause"):
        rows(store, "SELECT ?x WHERE { ?x skos:prefLabel ?label }", label="孝感市")
    with pytest.raises(QueryError, match="no such query"):
        load_query("no-such-query")
    with pytest.raises(QueryError, match="unknown kind"):
        parse_query("# x\n# @param a colour  bad\nSELECT ?a WHERE {}")


def test_undeclared_parameters_take_their_python_type(store):
    found = query(store, "SELECT ?n ?x WHERE { ?x gk:characterCount ?n }", n=4069)
    assert [r["x"] for r in found] == ["https://w3id.org/govkg/id/doc/xiaogan-npcsc-2023"]


# --- the Python API on every kind of source -------------------------------------------------

@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.jsonld"])
def test_query_reads_every_export(exported, name):
    found = {r["regulation"] for r in query(exported / name, "regulations-by-body", body="孝感市人大常委会")}
    assert "孝感市海绵城市建设管理条例" in found


def test_query_takes_a_knowledge_graph_a_query_file_and_gives_ask_and_construct(example_graph, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text("# places named 孝南区\n# @param name name  a place\n"
                  "SELECT DISTINCT ?name ?code WHERE { ?p skos:prefLabel ?name ; gk:divisionCode ?code }", encoding="utf-8")
    assert query(example_graph, rq, name="孝南区") == [{"name": "孝南区", "code": "420902"}]
    assert query(example_graph, str(rq), name="孝南区")[0]["code"] == "420902"
    assert query(example_graph, 'ASK { ?x skos:prefLabel "孝感市"@zh }') == [{"result": True}]
    triples = query(example_graph, 'CONSTRUCT { ?x gk:partOf ?y } WHERE { ?x skos:prefLabel "孝南区"@zh ; gk:partOf ?y }')
    assert triples == [{"subject": "https://w3id.org/govkg/id/place/420902",
                        "predicate": "https://w3id.org/govkg/ontology#partOf",
                        "object": "https://w3id.org/govkg/id/place/420900"}]


def test_query_df(store):
    pd = pytest.importorskip("pandas", reason="pandas is optional")
    df = query_df(store, "counts-per-document")
    assert list(df.columns) == ["document", "title", "year", "type", "entities"]
    assert df["entities"].dtype.kind == "i" and len(df) > 0
    empty = query_df(store, "mentions", entity="没有这个实体")
    assert list(empty.columns)[:3] == ["entity", "type", "document"] and empty.empty
    assert isinstance(df, pd.DataFrame)


def test_turtle_loses_documents_so_per_document_counts_need_named_graphs(exported):
    turtle = load_rdf_file(exported / "graph.ttl")
    assert run(turtle, "counts-per-document").rows == []
    assert run(load_rdf_file(exported / "graph.trig"), "counts-per-document").rows


# --- tables ----------------------------------------------------------------------------------

def test_the_table_aligns_chinese_by_display_width():
    table = format_table(["机构", "n", "note"], [["孝感市人大常委会", "12", "ok"], ["NPC", "3", "宽字符"]], right={1})
    header, rule, first, second = table.splitlines()

    def column(line: str, token: str) -> int:  # display column where `token` starts
        return width(line[: line.index(token)])

    assert set(rule) <= {"-", " "} and column(rule, "  ") == 16
    # the third column starts in the same display column on every line, after 8 wide characters
    assert column(header, "note") == column(first, "ok") == column(second, "宽字符") == 16 + 2 + 2 + 2
    # numbers are right-aligned: they end in the same column
    assert column(first, "12") + 2 == column(second, "3") + 1 == column(header, "n") + 1


def test_cells_are_cut_by_display_width_on_one_line():
    assert fit("孝感市人大常委会", 7) == "孝感市…" and width(fit("孝感市人大常委会", 7)) <= 7
    assert fit("abc\ndef\tg", 0) == "abc def g"
    assert fit("短", 60) == "短"


# --- the command -----------------------------------------------------------------------------

def test_kg_query_prints_a_table(exported, capsys):
    assert main([str(exported / "graph.trig"), "regulations-by-body", "--param", "body=孝感市人大常委会"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].split() == ["body", "relation", "regulation", "document", "sentence"]
    assert "孝感市海绵城市建设管理条例" in out and "rows" in err


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_kg_query_writes_sparql_result_formats(exported, capsys, fmt):
    assert main([str(exported / "graph.trig"), "place-hierarchy", "-p", "place=孝感市", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        data = json.loads(out)
        assert data["head"]["vars"][:2] == ["place", "name"]
        names = {b["name"]["value"] for b in data["results"]["bindings"]}
    elif fmt == "csv":
        table = list(csv.DictReader(io.StringIO(out)))
        names = {r["name"] for r in table}
    else:
        lines = [line.split("\t") for line in out.splitlines()]
        assert lines[0][:2] == ["?place", "?name"]
        names = {cells[1] for cells in lines[1:]}
    assert ("孝南区" in names) or ('"孝南区"@zh' in names)


def test_kg_query_prints_turtle_for_construct(exported, capsys):
    from rdflib import Graph

    sparql = "CONSTRUCT { ?x gk:partOf ?y } WHERE { ?x gk:partOf ?y }"
    assert main([str(exported / "graph.ttl"), sparql]) == 0
    graph = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert len(graph) > 50
    assert main([str(exported / "graph.ttl"), sparql, "--format", "csv"]) == 2


def test_kg_query_lists_and_shows_the_shipped_queries(capsys):
    assert main(["--list"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in SHIPPED) and "--param body=" in out
    assert main(["--show", "mentions"]) == 0
    assert "gk:denotes" in capsys.readouterr().out


def test_kg_query_errors(exported, capsys):
    graph = str(exported / "graph.trig")
    assert main([graph, "SELECT ?x WHERE { ?x ?y }"]) == 1
    assert main([graph, "mentions", "-p", "bogus=1"]) == 2
    assert main([graph, "mentions", "-p", "entity"]) == 2
    assert main([str(exported / "missing.trig"), "mentions"]) == 1
    assert main([str(exported), "mentions"]) == 1  # a folder that is not a store
    assert main([graph]) == 2
    err = capsys.readouterr().err
    assert "bad SPARQL query" in err and "unknown parameter 'bogus'" in err and "no such file" in err
    assert "not a store" in err
