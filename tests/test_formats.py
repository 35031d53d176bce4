"""kg.formats: HTML pages, .docx files and text PDFs become the text the Document holds."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Literal, URIRef

from kg.formats import FormatError, kind_of, sniff
from kg.formats.html import _walk_lexbor, _walk_stdlib, declared_charset, html_text
from kg.graph import build_dataset, union_graph
from kg.model import Document
from kg.pipeline import process
from kg.read import InputError, content_hash, read_file
from kg.vocab import GK, NIF, span_iri

SENTENCE = "市人大常委会出台《孝感市文明行为促进条例》，推动城市文明建设。"
POSITIVE = URIRef("http://www.w3.org/2001/XMLSchema#positiveInteger")
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>孝感市人大常委会工作报告_孝感人大网</title>
<style>p { color: red } /* 《假条例》 */</style>
<script>var s = "</p><p>《脚本条例》"; document.write("<nav>x</nav>");</script></head>
<body>
<div class="main-nav"><a href="/">首页</a> | <a href="/news">新闻</a></div>
<nav><ul><li>政务公开</li><li>《导航条例》</li></ul></nav>
<div role="navigation">网站地图</div>
<article><header><h1>孝感市人大常委会工作报告</h1></header>
<p>&nbsp;&nbsp;市人大常委会出台《孝感市文明行为<b>促进</b>条例》，
推动城市文明建设。<br>第二行&lt;文字&gt;</p>
<div hidden>《隐藏条例》</div><p style="display: none">《不见条例》</p><span aria-hidden="true">《屏读条例》</span>
<table><tr><td>序号</td><td>项目</td></tr><tr><td>1</td><td>楚能新能源锂电池项目</td></tr></table>
<noscript>请启用脚本</noscript><form><input value="搜索"><button>搜索</button></form>
</article>
<aside>相关链接</aside>
<footer>主办：孝感市人民政府办公室 <span>&copy; 2023</span></footer>
</body></html>"""

EXPECTED = ("孝感市人大常委会工作报告\n市人大常委会出台《孝感市文明行为促进条例》， 推动城市文明建设。\n第二行<文字>\n"
            "序号\n项目\n1\n楚能新能源锂电池项目")


# HTML


@pytest.mark.parametrize("walk", [_walk_lexbor, _walk_stdlib], ids=["selectolax", "stdlib"])
def test_html_text_leaves_out_navigation_scripts_styles_and_hidden_parts(walk):
    text, title = walk(PAGE)
    assert text == EXPECTED
    assert title == "孝感市人大常委会工作报告_孝感人大网"


def test_html_without_selectolax_falls_back_to_the_standard_library(monkeypatch):
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    assert html_text(PAGE).text == EXPECTED


def test_an_html_file_is_a_document_whose_offsets_index_the_extracted_text(tmp_path):
    path = tmp_path / "report-2023.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_file(path)
    assert doc.text == EXPECTED and doc.title == "孝感市人大常委会工作报告_孝感人大网" and doc.year == 2023
    dg = process(doc, "孝感市")
    regulations = [doc.text[b:e] for (m, _), (b, e) in zip(dg.mentions, dg.spans) if m.type == "Regulation"]
    assert regulations == ["《孝感市文明行为促进条例》"]
    assert not {"脚本条例", "导航条例", "隐藏条例", "不见条例", "屏读条例"} & {e.canonical for e in dg.entities}


@pytest.mark.parametrize("declared", ["gb2312", "GBK", "gb18030"])
def test_a_page_declaring_gb2312_is_read_as_gb18030(tmp_path, declared):
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}"></head>' \
           "<body><p>朱镕基同志在湖北省人民政府调研。</p></body></html>"  # 镕 is GBK, not GB2312
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("gb18030"))
    assert read_file(path).text == "朱镕基同志在湖北省人民政府调研。"


def test_a_page_that_lies_about_its_encoding_is_detected(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(("<html><head><meta charset='utf-8'></head><body><p>" + SENTENCE + "</p></body></html>").encode("gbk"))
    assert read_file(path).text == SENTENCE
    assert read_file(path, encoding="gbk").text == SENTENCE


def test_declared_charsets():
    assert declared_charset(b'<meta charset="big5">') == "big5hkscs"
    assert declared_charset(b"<meta charset=utf-16>") is None
    assert declared_charset(b"<meta charset='x-unknown'>") is None
    assert declared_charset(b"<p>no meta</p>") is None


def test_names_with_markup_characters_survive_as_text():
    text = html_text("<p>出台《&lt;/script&gt;&quot;&gt;&lt;条例》和《a&amp;b条例》</p>").text
    assert text == '出台《</script>"><条例》和《a&b条例》'


@pytest.mark.parametrize("page", [
    "<html><body><nav>首页</nav><script>x</script></body></html>",
    "<html><head><title>只有标题</title></head><body></body></html>",
    "",
])
def test_a_page_with_no_text_is_refused(tmp_path, page):
    path = tmp_path / "empty.html"
    path.write_text(page or " ", encoding="utf-8")
    with pytest.raises(InputError, match="empty.html: "):
        read_file(path)


@pytest.mark.parametrize("walk", [_walk_lexbor, _walk_stdlib], ids=["selectolax", "stdlib"])
def test_broken_and_deeply_nested_markup(walk):
    deep = "<div>" * 20000 + "孝感市" + "</div>" * 20000
    assert walk(deep)[0] == "孝感市"
    broken = "<p>第一段<p>第二段<div>《孝感市条例》<nav>菜单</div>正文</p><b>粗"
    text = walk(broken)[0]
    assert "第一段" in text and "《孝感市条例》" in text and "菜单" not in text


# .docx


def _docx(paragraphs: list[str], table: list[list[str]] | None = None, footer: str = "") -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_tables_joined_with_newlines_without_footers(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(_docx(["孝感市人大常委会工作报告", "", SENTENCE], [["项目", "地点"], ["楚能新能源锂电池项目", "孝感市"]],
                           footer="第 1 页"))
    doc = read_file(path)
    assert doc.text == f"孝感市人大常委会工作报告\n{SENTENCE}\n项目\n地点\n楚能新能源锂电池项目\n孝感市"
    assert doc.title == "孝感市人大常委会工作报告" and doc.page_starts == ()


@pytest.mark.parametrize("mangle, problem", [
    (lambda data: data[: len(data) // 2], "not a .docx file"),
    (lambda data: b"PK\x03\x04" + b"\x00" * 100, "not a .docx file"),
    (lambda data: _zip({"hello.txt": b"hi"}), "damaged .docx file"),
    (lambda data: _docx([]), "document has no text"),
])
def test_damaged_docx_files_are_refused(tmp_path, mangle, problem):
    path = tmp_path / "bad.docx"
    path.write_bytes(mangle(_docx([SENTENCE])))
    with pytest.raises(InputError) as info:
        read_file(path)
    assert str(info.value).startswith(f"{path}: ") and problem in str(info.value) and "\n" not in str(info.value)


def _zip(files: dict[str, bytes]) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


# PDF


def minimal_pdf(pages: list[list[str]]) -> bytes:
    """A PDF written by hand (Helvetica, ASCII lines), one content stream per page."""
    body: dict[int, str] = {1: "<< /Type /Catalog /Pages 2 0 R >>", 3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    kids, n = [], 4
    for lines in pages:
        ops = " ".join("({}) Tj T*".format(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")) for line in lines)
        content = f"BT /F1 12 Tf 14 TL 72 720 Td {ops} ET"
        body[n] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                   f"/Contents {n + 1} 0 R >>")
        body[n + 1] = f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"
        kids.append(f"{n} 0 R")
        n += 2
    body[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    out = b"%PDF-1.4\n"
    offsets = {}
    for number in sorted(body):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n{body[number]}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {n}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offsets[i]:010d} 00000 n \n" for i in range(1, n)).encode()
    out += f"trailer\n<< /Size {n} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_a_two_page_pdf_has_page_starts_and_no_page_number_lines(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(minimal_pdf([["Annual report of the council", "The council met in 2023.", "- 1 -"],
                                  ["2", "Second page text (final)."]]))
    doc = read_file(path)
    assert doc.text == "Annual report of the council\nThe council met in 2023.\nSecond page text (final)."
    assert doc.page_starts == (0, doc.text.index("Second"))
    assert doc.title == "Annual report of the council" and doc.year == 2023


def test_evidence_sentences_get_their_page():
    text = "孝感市人大常委会工作报告\n市人大常委会审议了孝感市文明行为促进条例。\n湖北省人民政府批准孝感市城市总体规划。"
    doc = Document(id="paged", text=text, source="<test>", title="孝感市人大常委会工作报告",
                   content_hash=content_hash(text), page_starts=(0, text.index("湖北省")))
    ds = union_graph(build_dataset([process(doc, "孝感市")]))
    pages = {str(anchor): int(page) for s in ds.subjects(RDF.type, NIF.Sentence)
             for anchor in ds.objects(s, NIF.anchorOf) for page in ds.objects(s, GK.page)}
    assert pages == {"孝感市人大常委会工作报告": 1, "市人大常委会审议了孝感市文明行为促进条例。": 1,
                     "湖北省人民政府批准孝感市城市总体规划。": 2}
    assert all(page.datatype == POSITIVE for page in ds.objects(None, GK.page))


def test_mentions_get_the_page_they_begin_on():
    text = f"孝感市人大常委会工作报告\n{SENTENCE}\n湖北省人民政府批准孝感市城市总体规划。"
    second = text.index("湖北省")
    doc = Document(id="paged", text=text, source="<test>", title="孝感市人大常委会工作报告",
                   content_hash=content_hash(text), page_starts=(0, second))
    dg = process(doc, "孝感市")
    ds = union_graph(build_dataset([dg]))
    for (b, e) in dg.spans:
        assert (span_iri(doc.id, b, e), GK.page, Literal(1 if b < second else 2, datatype=POSITIVE)) in ds
    unpaged = union_graph(build_dataset([process(Document(id="plain", text=text, content_hash=content_hash(text)), "孝感市")]))
    assert not list(unpaged.triples((None, GK.page, None)))


def test_a_cjk_pdf_reads_as_written(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    if not CJK_FONT.exists():
        pytest.skip("no CJK font (fonts-wqy-microhei) to write a Chinese PDF with")
    pdf = fpdf.FPDF()
    pdf.add_font("wqy", fname=str(CJK_FONT))
    pdf.set_font("wqy", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, f"孝感市人大常委会工作报告\n{SENTENCE}")
    pdf.add_page()
    pdf.multi_cell(0, 8, "湖北省人民政府批准孝感市城市总体规划。")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    doc = read_file(path)
    assert doc.text == f"孝感市人大常委会工作报告\n{SENTENCE}\n湖北省人民政府批准孝感市城市总体规划。"
    assert doc.page_starts == (0, doc.text.index("湖北省"))
    ds = union_graph(build_dataset([process(doc, "孝感市")]))
    pages = {str(ds.value(s, NIF.anchorOf)): int(p) for s, _, p in ds.triples((None, GK.page, None))}
    assert pages["湖北省人民政府"] == 2 and pages["《孝感市文明行为促进条例》"] == 1


@pytest.mark.parametrize("mangle, problem", [
    (lambda pdf: pdf[:40], "PDF"),
    (lambda pdf: minimal_pdf([[]]), "PDF has no text layer"),
    (lambda pdf: b"%PDF-1.4\n" + bytes(range(256)) * 4, "PDF"),
])
def test_damaged_or_textless_pdfs_are_refused(tmp_path, mangle, problem):
    path = tmp_path / "bad.pdf"
    path.write_bytes(mangle(minimal_pdf([["Some text here."]])))
    with pytest.raises(InputError) as info:
        read_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_a_pdf_behind_a_text_suffix_is_read_as_pdf(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(minimal_pdf([["Text in a PDF."]]))
    assert read_file(path).text == "Text in a PDF."


def test_kinds_and_signatures():
    assert [kind_of(n) for n in ("a.HTML", "b.htm", "c.docx", "d.PDF", "e.txt", "f")] == ["html", "html", "docx", "pdf",
                                                                                         "text", "text"]
    assert sniff(b"%PDF-1.7") == "pdf" and sniff(b"\xef\xbb\xbf<!DOCTYPE html><html>") == "html"
    assert sniff(b"GIF is not a GIF89a") == "text" and sniff("孝感".encode()) == "text"


def test_missing_libraries_refuse_one_file_not_the_build(monkeypatch):
    from kg.formats.docx import docx_text
    from kg.formats.pdf import pdf_text

    monkeypatch.setitem(sys.modules, "docx", None)
    monkeypatch.setitem(sys.modules, "pdfminer.high_level", None)
    with pytest.raises(FormatError, match="needs python-docx"):
        docx_text(b"PK")
    with pytest.raises(FormatError, match="needs pdfminer.six"):
        pdf_text(b"%PDF-1.4")
