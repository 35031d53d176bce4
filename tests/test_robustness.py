"""Real-world input: bad files are skipped one line each, document text never breaks the graph.

The command-line tests run `kg build` on a folder of nasty files next to a good one; the
property-based tests throw random Chinese text with brackets, quotes, page breaks, footnotes
and control characters at the pipeline and check offsets, anchors and the RDF round trip.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, BNode, Dataset, Graph, Literal
from rdflib.compare import isomorphic

from kg.api import KnowledgeGraph
from kg.cli import EXIT_OK, EXIT_SKIPPED, main
from kg.graph import build_dataset, union_graph
from kg.model import Document
from kg.pipeline import process
from kg.read import content_hash
from kg.vocab import NIF, doc_iri, graph_iri, span_iri

GOOD = "孝感市人大常委会工作报告\n市人大常委会出台《孝感市文明行为促进条例》，推动城市文明建设。"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def _skipped_lines(err: str) -> dict[str, str]:
    """`kg: skipped <path>: <problem>` lines, by path."""
    lines = [line for line in err.splitlines() if line.startswith("kg: skipped ")]
    out = {}
    for line in lines:
        path, _, problem = line[len("kg: skipped "):].rpartition(": ")
        out[path.split(": ")[0]] = line
    assert len(out) == len(lines), "one line per skipped input"
    return out


def test_every_kind_of_bad_input_is_one_line_and_the_rest_still_builds(tmp_path, capsys, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "good-gbk.txt").write_bytes(GOOD.replace("孝感", "孝南").encode("gbk"))
    bad = {
        "empty.txt": (b"", "file is empty"),
        "binary.txt": (bytes(range(256)) * 16, "binary file"),
        "truncated.txt": (GOOD.encode("utf-8")[:-2], "truncated: the file ends in the middle of a UTF-8 character"),
        "undecodable.txt": (GOOD.encode("utf-8")[:40] + b"\xff\xfe\xfd" + GOOD.encode("utf-8")[40:],
                            "undecodable bytes: not valid UTF-8"),
        "image.md": (b"\x89PNG\r\n\x1a\n" + bytes(300), "binary file (PNG image data)"),
        "page.html": (b"<html><body><nav>only a menu</nav></body></html>", "page has no text"),
        "broken.docx": (b"PK\x03\x04 not really a zip", "not a .docx file"),
        "broken.pdf": (b"%PDF-1.4\n1 0 obj\n<<", "PDF"),
        "locked.txt": (GOOD.encode("utf-8"), "permission denied"),
    }
    for name, (data, _) in bad.items():
        (src / name).write_bytes(data)
    rows = [json.dumps({"id": f"c{i}", "text": GOOD + "x" * 3000 + str(i)}, ensure_ascii=False) for i in range(30)]
    corpus = gzip.compress("\n".join(rows).encode("utf-8"))
    (src / "corpus.jsonl.gz").write_bytes(corpus[: len(corpus) // 2])
    huge = src / "huge.txt"
    with huge.open("wb") as handle:  # 50 MB of real text: refused by its size before it is read
        block = ("孝感市人民政府工作报告。" * 4000).encode("utf-8")
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            handle.write(block)
    locked = src / "locked.txt"
    locked.chmod(0)
    real_open = Path.open

    def deny(self, *args, **kwargs):  # root reads anything: deny the one file by hand
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    code = main(["build", str(src), str(missing), "-o", str(out), "--workers", "1"])
    err = capsys.readouterr().err
    assert code == EXIT_SKIPPED
    skipped = _skipped_lines(err)
    for name, (_, problem) in bad.items():
        assert problem in skipped[str(src / name)], skipped.get(str(src / name))
    assert "no such file" in skipped[str(missing)]
    assert re.search(r"huge\.txt: file is too large \([\d,]+ bytes; the limit is 33,554,432\)", skipped[str(huge)])
    assert "truncated or damaged after line" in skipped[str(src / "corpus.jsonl.gz")]
    built = int(re.search(r"built (\d+) document", err).group(1))
    assert built >= 3  # good.txt, good-gbk.txt and the corpus records before the damage
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "孝感市文明行为促进条例" in turtle and "孝南" in turtle
    locked.chmod(0o644)


def test_standard_input_builds_through_the_command(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode("gb18030"))))
    assert main(["build", "-", "-o", str(tmp_path), "--format", "ttl", "--workers", "1"]) == EXIT_OK
    assert "/id/doc/stdin" in (tmp_path / "graph.ttl").read_text(encoding="utf-8")


NASTY_IDS = ['a "quoted" name', "<angle> & #hash", "报告 2023", "</script><script>alert(1)</script>", '"><img src=x>',
             "100%", "a/b\\c", "tab\there", "new\nline", "?query=1&x", "{braces}|`^", "😀 emoji"]


@pytest.mark.parametrize("doc_id", NASTY_IDS)
def test_document_ids_never_break_an_iri(doc_id):
    for iri in (doc_iri(doc_id), graph_iri(doc_id), span_iri(doc_id, 0, 3)):
        assert re.fullmatch(r"https://w3id\.org/govkg/[A-Za-z0-9/#=,._~%-]+", str(iri)), iri


def _same(a: Graph, b: Graph) -> bool:
    """Isomorphic: the exports have no blank nodes, so the same triples (rdflib's general test
    is slow on thousands of triples)."""
    if any(isinstance(t, BNode) for triple in a for t in triple):
        return isomorphic(a, b)
    return set(a) == set(b)


def _round_trips(ds: Dataset) -> None:
    """TriG and JSON-LD give back every named graph; Turtle gives back the union."""
    for fmt in ("trig", "json-ld"):
        back = Dataset()
        back.parse(data=ds.serialize(format=fmt), format=fmt)
        names = {g.identifier for g in ds.graphs() if len(g)}
        assert names == {g.identifier for g in back.graphs() if len(g)}, fmt
        for name in names:
            assert _same(ds.graph(name), back.graph(name)), (fmt, name)
    union = union_graph(ds)
    assert _same(union, Graph().parse(data=union.serialize(format="turtle"), format="turtle"))


def test_nasty_ids_and_names_round_trip_through_every_export(tmp_path):
    text = ('孝感市人大常委会出台《</script><script>alert(1)</script>条例》和《"><img src=x>办法》，'
            "湖北省人民政府批准《孝感市\\文明#行为%促进条例》。")
    graphs = [process(Document(id=doc_id, text=text, source=doc_id, title=doc_id, content_hash=content_hash(text)), "孝感市")
              for doc_id in NASTY_IDS]
    kg = KnowledgeGraph(graphs)
    assert Literal(NASTY_IDS[3]) in set(kg.to_rdflib().objects())  # the title carries the markup
    _round_trips(kg.dataset)
    kg.export(tmp_path)
    for name, fmt in (("graph.ttl", "turtle"), ("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
        parsed = Dataset().parse(tmp_path / name, format=fmt)
        assert len(parsed) or any(len(g) for g in parsed.graphs())
    page = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and '"><img src=x>' not in page


def test_a_file_named_with_markup_builds(tmp_path, capsys):
    path = tmp_path / '报告 "a" <b> #c <script>"><.txt'  # a file name cannot hold "/"; the title line can
    path.write_text('</script>"><img src=x> ' + GOOD.replace("文明行为", '</script>"><'), encoding="utf-8")
    assert main(["build", str(path), "-o", str(tmp_path / "out"), "--workers", "1"]) == EXIT_OK
    for name, fmt in (("graph.ttl", "turtle"), ("graph.trig", "trig"), ("graph.jsonld", "json-ld")):
        Dataset().parse(tmp_path / "out" / name, format=fmt)
    assert "</script>\"><" not in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")


# Property-based: random report-like text never crashes and always maps back exactly.

PIECES = ["孝感市", "湖北省", "孝南区", "武汉市", "市人大常委会", "中共孝感市委", "省人民政府", "市中级人民法院", "人民检察院",
          "《孝感市文明行为促进条例》", "《立法法》", "《", "》", "“", "”", "‘", "’", "「", "」", "（", "）", "(", ")",
          "【", "】",
          "〔1〕", "〔12〕", "[3]", "\n", "\n下转4版\n", "\n（上接第3版）\n", "，", "。", "、", "；", "：", "！", "？", ",", ";",
          " ", "\u3000", "\xa0", "\t", "\r\n", "\x00", "\x07", "\x0b", "\x1b", "\x7f", "\ufeff", "\u200b", "\u2028",
          "出台", "批准", "执法检查", "监督", "项目", "等4个百亿级项目", "臺北市議會", "通過", "條例", "孝 感 市",
          "一、", "（二）", "2023年", "G347", "Ｇ２４７", "𠀀", "\U0010fffd", "&", "<", ">", '"', "'", "\\", "#", "%", "{", "}"]
texts = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=50,
).map("".join)


def _check_document(text: str, doc_id: str = "doc") -> None:
    doc = Document(id=doc_id, text=text, source="<hypothesis>", title=text[:20], content_hash=content_hash(text),
                   page_starts=(0, len(text) // 2) if len(text) > 1 else ())
    dg = process(doc, "孝感市")
    g = union_graph(build_dataset([dg]))
    for (b, e) in list(dg.spans) + list(dg.sentence_spans):
        assert 0 <= b < e <= len(text), (b, e)
    written = {(int(g.value(s, NIF.beginIndex)), int(g.value(s, NIF.endIndex))) for s in g.subjects(RDF.type, NIF.Sentence)}
    assert written <= set(dg.sentence_spans)  # only evidence sentences are written, each one of the document's
    for (b, e) in list(dg.spans) + sorted(written):
        assert g.value(span_iri(doc_id, b, e), NIF.anchorOf) == Literal(text[b:e])
    for (mention, _), (b, e) in zip(dg.mentions, dg.spans):
        assert text[b:e].strip(), mention
    _round_trips(build_dataset([dg]))


@SETTINGS
@given(texts)
def test_random_report_text_never_crashes_and_maps_back(text):
    _check_document(text)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES[:30]), min_size=1, max_size=30).map("".join),
       st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20))
def test_random_document_ids_round_trip(text, doc_id):
    _check_document(text, doc_id)


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "\x00", "《》", "《", "》》》《《《", "〔1〕", "\n下转4版\n", "孝 感 市", "臺", "“”", "（）",
    "孝感市" * 300, "《" + "条例" * 500 + "》", "\r\n".join(["孝感市人大常委会"] * 50),
])
def test_edge_case_texts(text):
    _check_document(text)
