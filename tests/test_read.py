"""kg.read: encodings are detected, bad files are refused with one clear line."""

import gzip
import json

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
