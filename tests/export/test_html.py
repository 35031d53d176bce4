"""The HTML viewer, driven in a real headless Chromium with the network blocked, and `kg view`.

Browser tests need Debian's chromium (/usr/bin/chromium) and Playwright for Python; they skip
with a reason when either is missing. Playwright's own browser download is never used.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from rdflib import Graph

from kg.api import build
from kg.commands import view
from kg.export.html import _safe_json, graph_payload, layout, read_entities, read_relations, render_graph_html, write_html
from kg.vocab import DCT

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS_TEXT = """《<img src=x onerror=alert(1)>条例》</script>"><实施情况的报告
市人大常委会审议通过《<img src=x onerror=alert(1)>条例》。
市人大常委会出台《</script><script>alert(2)</script>管理条例》，并修订《孝感市"><b>x</b>保护条例》。
市人大常委会制定《孝感市𠀋𠀋山保护条例》。
"""


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def example_kg():
    return build([EXAMPLES])


@pytest.fixture(scope="module")
def example_rdf(example_kg) -> Graph:
    return example_kg.to_rdflib()


@pytest.fixture(scope="module")
def example_html(example_kg, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "graph.html"
    write_html(example_kg, path)
    return path


@pytest.fixture(scope="module")
def example_ttl(example_kg, tmp_path_factory) -> Path:
    return example_kg.export(tmp_path_factory.mktemp("export"), formats=["ttl", "trig", "jsonld"])[0]


@pytest.fixture(scope="module")
def xss_html(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("xss") / "graph.html"
    write_html(build([XSS_TEXT], jurisdiction="孝感市"), path)
    return path


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium fonts-wqy-microhei)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed", exc_type=ImportError)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Loaded:
    page: object
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser):
    """Open a file with every non-file request aborted (and recorded), console errors, page
    errors and dialogs recorded; waits until vis has drawn the network."""
    contexts = []

    def _open(path: Path) -> Loaded:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        loaded = Loaded(context.new_page())

        def route(r):
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                loaded.requests.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = loaded.page
        page.on("console", lambda m: loaded.errors.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: loaded.errors.append(f"pageerror: {e}"))
        page.on("dialog", lambda d: (loaded.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_function("() => window.govkg && window.govkg.firstDraw !== null", timeout=30000)
        return loaded

    yield _open
    for context in contexts:
        context.close()


def _by_label(rdf: Graph, label: str) -> str:
    return next(str(n) for n, e in read_entities(rdf).items() if e["label"] == label)


def _neighbours(rdf: Graph, iri: str, hops: int) -> set[str]:
    relations = [(str(s), str(o)) for s, _, o in read_relations(rdf, read_entities(rdf))]
    kept = {iri}
    for _ in range(hops):
        kept |= {b for a, b in relations if a in kept} | {a for a, b in relations if b in kept}
    return kept


def _selected(page) -> set[str]:
    return set(page.evaluate("() => govkg.network.getSelectedNodes()"))


def _embedded(html: str) -> dict:
    data = re.search(r'<script type="application/json" id="govkg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(data)


# ---------------------------------------------------------------- static checks (no browser)


def test_embedded_json_cannot_close_its_script():
    text = _safe_json({"name": "</script><img src=x onerror=alert(1)>&\u2028\u2029"})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text)["name"] == "</script><img src=x onerror=alert(1)>&\u2028\u2029"


def test_page_is_self_contained(example_html, example_rdf):
    html = example_html.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", html, re.I)
    assert "cdnjs" not in html and "jsdelivr" not in html
    assert "default-src 'none'" in html  # CSP: no fetch of any kind, only the page's own scripts
    assert html.count("</script") == 3
    data = _embedded(html)
    assert len(data["nodes"]) == len(read_entities(example_rdf))


def test_no_lib_folder_in_cwd(example_kg, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_html(example_kg, tmp_path / "out" / "graph.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.html"]


def test_rendering_is_reproducible(example_rdf):
    assert render_graph_html(example_rdf) == render_graph_html(example_rdf)


def test_mention_offsets_point_at_the_mention(example_rdf):
    data = graph_payload(example_rdf)
    rows = [(n, m) for n in data["nodes"] for m in n["mentions"]]
    assert rows
    for node, (sentence, b, e) in rows:
        assert 0 <= b < e <= len(data["sentences"][sentence][1]), node["label"]


# ---------------------------------------------------------------- in the browser


def test_loads_offline_without_errors(open_page, example_html, example_rdf):
    loaded = open_page(example_html)
    page = loaded.page
    assert page.evaluate("() => govkg.nodes.length") == len(read_entities(example_rdf))
    assert page.evaluate("() => govkg.edges.length") == len(read_relations(example_rdf, read_entities(example_rdf)))
    assert page.evaluate("() => govkg.visibleNodes()") == len(read_entities(example_rdf))
    assert loaded.errors == [] and loaded.requests == [] and loaded.dialogs == []


def test_search_selects_matches(open_page, example_html, example_rdf):
    loaded = open_page(example_html)
    page = loaded.page
    entities = read_entities(example_rdf)
    page.fill("#search", "人大")
    page.wait_for_function("() => govkg.network.getSelectedNodes().length > 0")
    expected = {str(n) for n, e in entities.items() if any("人大" in x for x in [e["label"], *e["aliases"]])}
    assert _selected(page) == expected
    page.fill("#search", "孝南")
    xiaonan = _by_label(example_rdf, "孝南区")
    page.wait_for_function("id => govkg.network.getSelectedNodes().includes(id)", arg=xiaonan)
    assert xiaonan in _selected(page) and not _selected(page) & expected
    assert "孝南区" in page.inner_text("#hits")
    assert loaded.errors == []


def test_type_and_relation_filters(open_page, example_html, example_rdf):
    loaded = open_page(example_html)
    page = loaded.page
    entities = read_entities(example_rdf)
    relations = read_relations(example_rdf, entities)
    total, projects = len(entities), sum(e["type"] == "Project" for e in entities.values())
    page.uncheck("input[data-type=Project]")
    assert page.evaluate("() => govkg.visibleNodes()") == total - projects
    page.check("input[data-type=Project]")
    assert page.evaluate("() => govkg.visibleNodes()") == total
    part_of = sum(p == "partOf" for _, p, _ in relations)
    page.uncheck("input[data-relation=partOf]")
    assert page.evaluate("() => govkg.visibleEdges()") == len(relations) - part_of
    assert page.evaluate("() => govkg.visibleNodes()") == total
    assert loaded.errors == []


def test_mouse_click_shows_name_and_provenance(open_page, example_html, example_kg, example_rdf):
    loaded = open_page(example_html)
    page = loaded.page
    label = "孝感市人大常委会"
    iri = _by_label(example_rdf, label)
    page.evaluate("id => govkg.network.moveTo({position: govkg.network.getPosition(id), scale: 2, animation: false})", iri)
    point = page.evaluate("""id => {
        const p = govkg.network.canvasToDOM(govkg.network.getPosition(id));
        const r = document.getElementById("graph").getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y};
    }""", iri)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function("name => document.getElementById('name')?.textContent === name", arg=label)
    marks = page.locator("#mentions mark").all_inner_texts()
    anchors = {m["text"] for m in example_kg.mentions(iri)}
    assert marks and set(marks) <= anchors
    first = page.locator("#mentions p.sentence").first.inner_text()
    titles = [str(t) for t in example_rdf.objects(None, DCT.title)]
    assert any(first.startswith(t) for t in titles)
    assert iri in page.inner_text("#details")
    assert loaded.errors == []


def test_neighbourhood_focus_and_reset(open_page, example_html, example_rdf):
    loaded = open_page(example_html)
    page = loaded.page
    iri = _by_label(example_rdf, "孝感市人大常委会")
    total = len(read_entities(example_rdf))
    assert page.evaluate("id => govkg.select(id)", iri)
    page.click("#hop1")
    assert page.evaluate("() => govkg.visibleNodes()") == len(_neighbours(example_rdf, iri, 1)) < total
    page.click("#hop2")
    assert page.evaluate("() => govkg.visibleNodes()") == len(_neighbours(example_rdf, iri, 2)) < total
    page.click("#reset")
    assert page.evaluate("() => govkg.visibleNodes()") == total
    assert loaded.errors == []


def test_hostile_names_and_sentences_stay_text(open_page, xss_html):
    html = xss_html.read_text(encoding="utf-8")
    assert "<img src=x" not in html and html.count("</script") == 3
    loaded = open_page(xss_html)
    page = loaded.page
    assert "<img src=x onerror=alert(1)>" in page.title()
    page.fill("#search", "<img")
    page.wait_for_function("() => govkg.network.getSelectedNodes().length === 1")
    details = page.inner_text("#details")
    assert "<img src=x onerror=alert（1）>条例" in details  # alias, verbatim
    assert "审议通过《<img src=x onerror=alert(1)>条例》" in details  # sentence, verbatim
    assert page.locator("#mentions mark").first.inner_text() == "《<img src=x onerror=alert(1)>条例》"
    page.fill("#search", "/script")
    page.wait_for_function("() => document.getElementById('details').textContent.includes('alert(2)')")
    assert "《</script><script>alert(2)</script>管理条例》" in page.inner_text("#details")
    page.fill("#search", "𠀋𠀋")
    page.wait_for_function("() => document.getElementById('details').textContent.includes('山保护条例')")
    assert page.locator("#mentions mark").first.inner_text() == "《孝感市𠀋𠀋山保护条例》"  # astral chars counted right
    assert page.evaluate("() => document.querySelectorAll('img, svg, b').length") == 0
    assert loaded.dialogs == [] and loaded.errors == [] and loaded.requests == []


# ---------------------------------------------------------------- kg view


def _view(capsys, *argv: str) -> tuple[int, str]:
    code = view.main(list(argv))
    return code, capsys.readouterr().err


def test_view_renders_each_export_format(example_ttl, example_rdf, tmp_path, capsys):
    expected = len(read_entities(example_rdf))
    for source in (example_ttl, example_ttl.with_suffix(".trig"), example_ttl.with_suffix(".jsonld")):
        out = tmp_path / f"{source.suffix[1:]}.html"
        code, err = _view(capsys, str(source), "-o", str(out))
        assert code == 0, err
        assert len(_embedded(out.read_text(encoding="utf-8"))["nodes"]) == expected


def test_view_focus_by_name_alias_and_iri(example_ttl, example_rdf, tmp_path, capsys):
    iri = _by_label(example_rdf, "孝南区")
    for name in ("孝南区", "孝南", iri):
        out = tmp_path / "focus.html"
        code, err = _view(capsys, str(example_ttl), "-o", str(out), "--focus", name, "--hops", "2")
        assert code == 0, err
        data = _embedded(out.read_text(encoding="utf-8"))
        assert {n["id"] for n in data["nodes"]} == _neighbours(example_rdf, iri, 2)
        assert data["select"] == [iri]
        node = next(n for n in data["nodes"] if n["id"] == iri)
        assert node["mentions"] and node["ids"]["code"] == "420902"


def test_view_construct_query(example_ttl, example_rdf, tmp_path, capsys):
    query = tmp_path / "enacts.rq"
    query.write_text("PREFIX gk: <https://w3id.org/govkg/ontology#>\n"
                     "CONSTRUCT { ?b gk:enacts ?r } WHERE { ?b gk:enacts ?r }\n", encoding="utf-8")
    out = tmp_path / "q.html"
    code, err = _view(capsys, str(example_ttl), "-o", str(out), "--query", str(query))
    assert code == 0, err
    data = _embedded(out.read_text(encoding="utf-8"))
    enacts = [(s, o) for s, p, o in read_relations(example_rdf, read_entities(example_rdf)) if p == "enacts"]
    assert {e["rel"] for e in data["edges"]} == {"enacts"} and len(data["edges"]) == len(enacts)
    assert {n["id"] for n in data["nodes"]} == {str(x) for pair in enacts for x in pair}
    assert all(n["label"] and n["type"] in ("Body", "Regulation") for n in data["nodes"])
    assert any(e["prov"] for e in data["edges"])


@pytest.mark.parametrize("case", ["bad turtle", "missing file", "unknown focus", "select query", "empty"])
def test_view_bad_input_exits_1_with_one_line(case, example_ttl, tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b\n", encoding="utf-8")
    empty = tmp_path / "empty.ttl"
    empty.write_text("<http://x/a> <http://x/b> <http://x/c> .\n", encoding="utf-8")
    select = tmp_path / "select.rq"
    select.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    argv, named = {
        "bad turtle": ([str(bad)], "bad.ttl"),
        "missing file": ([str(tmp_path / "nope.ttl")], "nope.ttl"),
        "unknown focus": ([str(example_ttl), "--focus", "没有这个实体"], "没有这个实体"),
        "select query": ([str(example_ttl), "--query", str(select)], "select.rq"),
        "empty": ([str(empty)], "empty.ttl"),
    }[case]
    out = tmp_path / "out.html"
    code, err = _view(capsys, *argv, "-o", str(out))
    assert code == 1
    assert err.count("\n") == 1 and named in err and err.startswith("kg view: ")
    assert not out.exists()


def test_view_hops_without_focus_is_usage_error(example_ttl, tmp_path, capsys):
    code, err = _view(capsys, str(example_ttl), "-o", str(tmp_path / "x.html"), "--hops", "1")
    assert code == 2 and "--focus" in err


# ---------------------------------------------------------------- layout


LAYOUT_SCRIPT = """
import hashlib, networkx as nx
from kg.export.html import layout
G = nx.disjoint_union(nx.barabasi_albert_graph(1500, 1, seed=3), nx.barabasi_albert_graph(300, 2, seed=3))
pos = layout([f"n{v}" for v in G], [(f"n{a}", f"n{b}") for a, b in G.edges()])
print(hashlib.sha1(repr(sorted(pos.items())).encode()).hexdigest())
"""


def test_layout_does_not_depend_on_string_hashing():
    outputs = {subprocess.run([sys.executable, "-c", LAYOUT_SCRIPT], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, check=True).stdout for seed in ("1", "2")}
    assert len(outputs) == 1


def test_large_tree_layout_is_quick_and_spread():
    G = nx.barabasi_albert_graph(4000, 1, seed=7)
    started = time.perf_counter()
    pos = layout([str(v) for v in G], [(str(a), str(b)) for a, b in G.edges()])
    assert time.perf_counter() - started < 10  # plain spring_layout(iterations=50): some 45 s
    xy = np.array(list(pos.values()))
    assert len(pos) == 4000 and len(np.unique(xy.round(0), axis=0)) == 4000
