"""Turn files, folders and JSON Lines corpora into `Document`s.

Decoding is strict: a file either decodes cleanly in a detected encoding or is refused with a
one-line reason, so offsets always refer to text a user can open and check.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

from kg.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".text")
CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
MAX_BYTES = 200 * 1024 * 1024
_YEAR = re.compile(r"(19[5-9]\d|20[0-4]\d)")


class InputError(Exception):
    """A document that cannot be read; the message names the file and the problem."""


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode bytes: an explicit encoding wins, then BOMs, UTF-8, and a detector."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"{source}: cannot decode as {encoding}: {exc}") from None
    if not data:
        raise InputError(f"{source}: file is empty")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name)
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise InputError(f"{source}: binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    decoded = []
    for name in _candidate_encodings(data):
        try:
            decoded.append(data.decode(name))
        except (UnicodeDecodeError, LookupError):
            continue
    if decoded:
        # Several legacy encodings decode the same bytes without error (Big5 bytes read as
        # GB18030 or Shift-JIS); the right reading is the one full of common Chinese characters.
        return max(decoded, key=_chinese_score)
    raise InputError(f"{source}: cannot detect the text encoding (not UTF-8, GB18030, Big5 or UTF-16)")


# The most frequent characters of Chinese text, simplified and traditional.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定"
    "行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其"
    "些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建"
    "月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
    "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府市省县推城乡村镇局委院条例项目工作报告"
    "會國為們時來發產說過動經進與關後對開區義實現種從當體機業點應還樣間長問題學習議員辦監督條務處縣鄉鎮濟設計劃"
)


def _chinese_score(text: str) -> int:
    return sum(ch in _COMMON for ch in text[:20000])


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4


def _candidate_encodings(data: bytes) -> list[str]:
    """Encodings to try, best guess first; GB18030 is a superset of GBK and GB2312."""
    names = []
    if _looks_utf16(data):
        names += ["utf-16-le", "utf-16-be"]
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        if best is not None:
            guess = best.encoding.lower()
            names.append("gb18030" if guess in {"gb2312", "gbk", "gb18030", "hz"} else guess)
    except ImportError:  # pragma: no cover - charset-normalizer is a declared dependency
        pass
    names += ["gb18030", "big5"]
    return list(dict.fromkeys(names))


def _year_of(*texts: str) -> int | None:
    for text in texts:
        m = _YEAR.search(text or "")
        if m:
            return int(m.group(1))
    return None


def read_file(path: Path, encoding: str | None = None, doc_id: str | None = None) -> Document:
    """Read one text file into a Document whose id is its file name without suffix."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{source}: file is too large ({size} bytes; the limit is {MAX_BYTES})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a folder, not a file") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    text = decode(data, source, encoding)
    if not text.strip():
        raise InputError(f"{source}: file has no text")
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Document(
        id=doc_id or path.stem,
        text=text,
        source=source,
        title=first_line[:200],
        year=_year_of(path.name, text[:300]),
        content_hash=content_hash(text),
    )


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    """Stream a JSON Lines corpus; bad lines come out as errors so the rest still builds."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(f"{where}: not valid JSON ({exc.msg})")
                continue
            text = row.get("text") if isinstance(row, dict) else None
            if not isinstance(text, str) or not text.strip():
                yield InputError(f"{where}: record has no text")
                continue
            doc_id = str(row.get("id") or f"{path.stem}-{number}")
            year = row.get("year")
            yield Document(
                id=doc_id,
                text=text,
                source=where,
                title=str(row.get("title") or "")[:200],
                year=int(year) if str(year).isdigit() else _year_of(str(row.get("title", ""))),
                region=str(row.get("region") or ""),
                content_hash=content_hash(text),
            )


def iter_paths(inputs: list[Path]) -> Iterator[Path]:
    """Files named directly, and the text files and corpora inside folders, in sorted order."""
    for item in inputs:
        if item.is_dir():
            for path in sorted(item.rglob("*")):
                if path.is_file() and path.name.endswith(TEXT_SUFFIXES + CORPUS_SUFFIXES):
                    yield path
        else:
            yield item


def read_inputs(inputs: list[Path], encoding: str | None = None) -> Iterator[Document | InputError]:
    """Every document named by `inputs`; problems are yielded, not raised."""
    for path in iter_paths(inputs):
        if path.name.endswith(CORPUS_SUFFIXES):
            if not path.exists():
                yield InputError(f"{path}: no such file")
                continue
            yield from read_jsonl(path)
            continue
        try:
            yield read_file(path, encoding)
        except InputError as exc:
            yield exc
