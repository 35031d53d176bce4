"""kg.read: encodings are detected, bad files are refused with one clear line."""

import gzip
import io
import json
from pathlib import Path

import pytest

from kg.read import InputError, read_file, read_inputs, read_jsonl

TEXT = "孝感市人大常委会出台《孝感市文明行为促进条例》，推动城市文明建设。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "big5"])
def test_encodings_are_detected(tmp_path, encoding):
    text = TEXT if encoding != "big5" else "臺北市議會通過《臺北市自治條例》，推動城市建設與發展。"
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    assert read_file(path).text == text


def test_an_explicit_encoding_wins(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(TEXT.encode("gbk"))
    assert read_file(path, encoding="gbk").text == TEXT
    with pytest.raises(InputError, match="cannot decode as utf-8"):
        read_file(path, encoding="utf-8")


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"\x00\x01\x02\xff\xfe\x00binary\x00\x00", "binary"),
    (b"   \n\n  ", "no text"),
])
def test_bad_files_are_refused_with_the_file_named(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_file(path)
    assert str(path) in str(info.value) and problem in str(info.value)
    assert "\n" not in str(info.value)


def test_a_missing_file_is_an_error_not_a_crash(tmp_path):
    items = list(read_inputs([tmp_path / "nope.txt"]))
    assert len(items) == 1 and isinstance(items[0], InputError) and "no such file" in str(items[0])


def test_folders_are_read_in_sorted_order_and_documents_carry_metadata(tmp_path):
    (tmp_path / "b.txt").write_text("孝感市政府工作报告（2023年）\n正文。", encoding="utf-8")
    (tmp_path / "a.md").write_text("第一行\n正文。", encoding="utf-8")
    (tmp_path / "skip.pdfx").write_text("x", encoding="utf-8")
    docs = list(read_inputs([tmp_path]))
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[1].title.startswith("孝感市政府工作报告") and docs[1].year == 2023
    assert docs[1].content_hash.startswith("sha256:") and len(docs[1].content_hash) == 71


def test_jsonl_corpora_stream_and_report_bad_lines(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    rows = [{"id": "r1", "title": "政府工作报告", "region": "湖北", "year": 2024, "text": TEXT}, "not json", {"id": "r3"}]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write((json.dumps(row, ensure_ascii=False) if isinstance(row, dict) else row) + "\n")
    items = list(read_jsonl(path))
    assert items[0].id == "r1" and items[0].year == 2024 and items[0].region == "湖北"
    assert isinstance(items[1], InputError) and ":2:" in str(items[1])
    assert isinstance(items[2], InputError) and "no text" in str(items[2])


# Short files and BOM-less UTF-16: a 20-character report decodes as written.

SHORT = ["孝感市人大常委会出台文明行为促进条例。", "湖北省人民政府批准孝感市城市总体规划。", "市政府工作报告2023年",
         "开展执法检查6项,向市政府交办问题", "（武汉）开行突破1000列，增长64.7%"]
SHORT_BIG5 = ["臺北市議會通過自治條例，推動城市建設。", "香港特別行政區立法會審議通過條例草案。"]


@pytest.mark.parametrize("text", SHORT)
@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"])
def test_short_files_decode_in_every_encoding(tmp_path, text, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    assert read_file(path).text == text


@pytest.mark.parametrize("text", SHORT_BIG5)
@pytest.mark.parametrize("encoding", ["big5", "utf-16-le", "utf-8"])
def test_short_traditional_files_decode(tmp_path, text, encoding):
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    assert read_file(path).text == text


def test_an_explicit_encoding_wins_over_detection_and_boms(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("臺北市".encode("big5"))
    assert read_file(path, encoding="big5").text == "臺北市"
    assert read_file(path, encoding="latin-1").text == "臺北市".encode("big5").decode("latin-1")
    with pytest.raises(InputError, match="cannot decode as no-such-codec"):
        read_file(path, encoding="no-such-codec")


TEXT_BYTES = TEXT.encode("utf-8")


@pytest.mark.parametrize("content, problem", [
    (TEXT_BYTES[:-1], "truncated: the file ends in the middle of a UTF-8 character"),
    (TEXT.encode("gb18030")[:-1], "truncated: the file ends in the middle of a GB18030 character"),
    ("臺北市議會通過自治條例，推動城市建設與發展。".encode("big5")[:-1], "truncated: the file ends in the middle of a Big5"),
    (TEXT.encode("utf-16")[:-1], "truncated: the file ends in the middle of a UTF-16 character"),
    (("abc" + TEXT).encode("utf-16-le")[:-1], "truncated: the file ends in the middle of a UTF-16 character"),
    (TEXT_BYTES[:30] + b"\xff\xfe" + TEXT_BYTES[30:], "undecodable bytes: not valid UTF-8"),
    (TEXT.encode("gbk")[:20] + b"\xff\xff" + TEXT.encode("gbk")[20:], "undecodable bytes: not valid GB18030"),
    (b"\xef\xbb\xbf" + TEXT_BYTES[:9] + b"\xff" + TEXT_BYTES[9:], "undecodable bytes: not valid UTF-8"),
    (b"\x1f\x8b\x08\x00" + bytes(range(256)), "binary file (gzip data)"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (PNG image data)"),
    (b"PK\x03\x04" + bytes(200), "binary file (zip archive data)"),
    (bytes(range(256)) * 8, "binary file"),
    (b"\x01\x02\x03\x04\x05\x06abc" * 50, "binary file (control characters"),
])
def test_damaged_files_are_refused_with_one_clear_line(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_file(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message


def test_folders_permission_and_size_problems_name_the_file(tmp_path, monkeypatch):
    import kg.read

    (tmp_path / "sub.txt").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        read_file(tmp_path / "sub.txt")
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(kg.read.MAX_TEXT_BYTES + 1)  # sparse: instant
    with pytest.raises(InputError, match=r"file is too large \(33,554,433 bytes; the limit is 33,554,432\)"):
        read_file(big)
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    _deny_open(monkeypatch, locked)
    with pytest.raises(InputError, match="locked.txt: permission denied"):
        read_file(locked)


def test_standard_input_is_a_document(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("gbk"))))
    [doc] = list(read_inputs([Path("-")]))
    assert doc.id == "stdin" and doc.text == TEXT and doc.source == "<stdin>"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    [error] = list(read_inputs([Path("-")]))
    assert isinstance(error, InputError) and str(error) == "<stdin>: input is empty"
    monkeypatch.setattr("sys.stdin", None)
    [error] = list(read_inputs([Path("-")]))
    assert "standard input is not available" in str(error)


def test_standard_input_formats_are_sniffed(monkeypatch):
    page = "<!DOCTYPE html><html><body><nav>首页</nav><p>" + TEXT + "</p></body></html>"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page.encode("utf-8"))))
    [doc] = list(read_inputs([Path("-")]))
    assert doc.text == TEXT


def test_documents_with_the_same_id_stay_apart(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a" / "report-2.md").write_text(TEXT, encoding="utf-8")
    ids = [d.id for d in read_inputs([tmp_path])]
    assert len(ids) == len(set(ids)) == 3 and "report" in ids


def test_folders_pick_up_html_docx_and_pdf(tmp_path):
    for name in ("a.html", "b.HTM", "c.docx", "d.pdf", "e.txt", "f.png", "g.doc"):
        (tmp_path / name).write_bytes(b"x")
    from kg.read import iter_paths

    assert [p.name for p in iter_paths([tmp_path])] == ["a.html", "b.HTM", "c.docx", "d.pdf", "e.txt"]


def _gzip_lines(path, lines: list[bytes]) -> bytes:
    data = gzip.compress(b"".join(line + b"\n" for line in lines))
    path.write_bytes(data)
    return data


def test_a_truncated_gzip_corpus_keeps_the_records_before_the_damage(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    rows = [json.dumps({"id": f"r{i}", "text": TEXT + "x" * 2000 + str(i)}, ensure_ascii=False).encode() for i in range(40)]
    data = _gzip_lines(path, rows)
    path.write_bytes(data[: len(data) * 2 // 3])
    items = list(read_jsonl(path))
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert docs and len(docs) < 40 and len(errors) == 1
    assert str(errors[0]).startswith(f"{path}: truncated or damaged after line {len(docs)}") and "\n" not in str(errors[0])


def test_a_gzip_corpus_that_is_not_gzip_is_one_error(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    path.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    [error] = list(read_jsonl(path))
    assert "truncated or damaged" in str(error)


def test_corpus_lines_with_bad_bytes_or_lone_surrogates_are_skipped_alone(tmp_path):
    path = tmp_path / "corpus.jsonl"
    good = json.dumps({"id": "ok", "text": TEXT}, ensure_ascii=False).encode()
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n"
                     + b'{"id": "gbk", "text": "' + "孝感".encode("gbk") + b'"}\n'
                     + b'{"id": "s", "text": "\\ud800\xe5\xad\x9d"}\n'
                     + b'{"id": "\\udfff", "title": "\\ud800", "text": "' + TEXT.encode() + b'"}\n'
                     + b"[" * 100000 + b"\n"
                     + good.replace(b'"ok"', b'"ok2"') + b"\n")
    items = list(read_jsonl(path))
    assert [i.id for i in items if not isinstance(i, InputError)] == ["ok", "?", "ok2"]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert ":2: not valid UTF-8" in errors[0] and ":3: record text has invalid characters" in errors[1]
    assert ":5: not valid JSON" in errors[2]


def test_a_corpus_that_cannot_be_opened_is_one_error(tmp_path, monkeypatch):
    locked = tmp_path / "locked.jsonl"
    locked.write_text("{}", encoding="utf-8")
    _deny_open(monkeypatch, locked)
    assert [str(e) for e in read_jsonl(locked)] == [f"{locked}: permission denied"]


def _deny_open(monkeypatch, locked: Path) -> None:
    """Make opening one file fail as unreadable (root can read anything, so chmod cannot)."""
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
