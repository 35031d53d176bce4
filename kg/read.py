"""Turn files, folders, standard input and JSON Lines corpora into `Document`s.

Decoding is strict: a file either decodes cleanly in a detected encoding or is refused with a
one-line reason, so offsets always refer to text a user can open and check. HTML pages, .docx
files and text PDFs are read by `kg.formats`; the Document then holds their extracted text.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from kg.formats import SUFFIXES as FORMAT_SUFFIXES
from kg.formats import Extracted, FormatError, kind_of, sniff
from kg.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".text")
CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
READ_SUFFIXES = TEXT_SUFFIXES + FORMAT_SUFFIXES
MAX_BYTES = 200 * 1024 * 1024  # PDF and .docx files (pictures make them large)
MAX_TEXT_BYTES = 32 * 1024 * 1024  # text and HTML: far beyond any report, and minutes of extraction
STDIN = Path("-")
_YEAR = re.compile(r"(19[5-9]\d|20[0-4]\d)")


class InputError(Exception):
    """A document that cannot be read; the message names the file and the problem."""


def _problem(source: str, problem: str) -> InputError:
    """One line, whatever a library put in its message."""
    return InputError(f"{source}: " + " ".join(str(problem).split()))


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))


def decode(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode bytes: an explicit encoding wins, then BOMs, UTF-16 (NUL bytes), UTF-8, and the
    legacy Chinese encodings, the reading richest in common Chinese characters winning."""
    if not data:
        raise InputError(f"{source}: file is empty")
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise _problem(source, f"cannot decode as {encoding}: {exc}") from None
    for bom, name, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name)
            except UnicodeDecodeError as exc:
                raise _decode_error(source, label, exc) from None
    binary = sniff(data)
    if binary not in ("text", "html"):
        raise InputError(f"{source}: binary file ({binary} data), not text")
    if b"\x00" in data:
        return _decode_utf16(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.reason == "unexpected end of data" and not data[:utf8_error.start].isascii():
        raise InputError(f"{source}: truncated: the file ends in the middle of a UTF-8 character")
    # Several encodings decode the same bytes without error (Big5 bytes read as GB18030, any
    # even-length bytes as UTF-16); the right reading is the one full of common characters. A
    # reading that needed replacement characters and still scores best is the file's encoding
    # with damaged bytes: that is refused, not guessed around.
    readings: list[tuple[int, str, str, UnicodeDecodeError | None]] = []
    for name in _candidate_encodings(data):
        try:
            text = data.decode(name)
        except LookupError:
            continue
        except UnicodeDecodeError as exc:
            readings.append((_chinese_score(data[:65536].decode(name, errors="replace")), name, "", exc))
        else:
            readings.append((_chinese_score(text), name, text, None))
    readings.append((_chinese_score(data[:65536].decode("utf-8", errors="replace")), "utf-8", "", utf8_error))
    score, name, text, error = max(readings, key=lambda r: (r[0], r[3] is None))
    if error is not None:
        raise _decode_error(source, _LABELS.get(name, name), error)
    if _garbage(text):
        raise InputError(f"{source}: binary or unknown encoding (not UTF-8, GB18030, Big5 or UTF-16); try --encoding")
    return text


_LABELS = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5", "big5hkscs": "Big5", "utf-16-le": "UTF-16",
           "utf-16-be": "UTF-16"}


def _decode_error(source: str, label: str, exc: UnicodeDecodeError) -> InputError:
    if exc.reason in ("unexpected end of data", "truncated data", "incomplete multibyte sequence") \
            and exc.end >= len(exc.object):
        return InputError(f"{source}: truncated: the file ends in the middle of a {label} character")
    return InputError(f"{source}: undecodable bytes: not valid {label} ({exc.reason} at byte {exc.start}); "
                      "try --encoding")


def _decode_utf16(data: bytes, source: str) -> str:
    """Text with NUL bytes is UTF-16 without a BOM (ASCII and U+4E00… have a zero byte), the
    byte order the one that reads as Chinese, or it is binary."""
    readings = []
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            if exc.reason == "truncated data" and exc.end >= len(data):
                raise InputError(f"{source}: truncated: the file ends in the middle of a UTF-16 character") from None
            continue
        if not _garbage(text):
            readings.append((_chinese_score(text), text))
    if not readings:
        raise InputError(f"{source}: binary file (contains NUL bytes)")
    return max(readings, key=lambda r: r[0])[1]


# The most frequent characters of Chinese text, simplified and traditional.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定"
    "行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其"
    "些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建"
    "月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
    "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府市省县推城乡村镇局委院条例项目工作报告"
    "會國為們時來發產說過動經進與關後對開區義實現種從當體機業點應還樣間長問題學習議員辦監督條務處縣鄉鎮濟設計劃"
)
_PUNCT = frozenset("，。、；：？！“”‘’《》（）〈〉「」『』【】—…·〔〕％　")


@cache
def _frequent() -> frozenset[str]:
    """The 3,755 characters of GB2312 level 1 and the 5,401 of Big5 level 1: the characters
    real Chinese text is made of; a wrong decoding scatters over the rest of Unicode."""
    gb = bytes(b for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF) for b in (lead, trail))
    big5 = bytes(b for lead in range(0xA4, 0xC7) for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF))
                 for b in (lead, trail))
    return frozenset(gb.decode("gb2312", errors="ignore") + big5.decode("big5", errors="ignore"))


def _chinese_score(text: str) -> int:
    """Common characters count most, frequent ones and ASCII a little, anything else against."""
    frequent = _frequent()
    score = 0
    for ch in text[:20000]:
        if ch in _COMMON:
            score += 4
        elif ch in frequent or ch in _PUNCT:
            score += 1
        elif ch.isascii():
            score += ch.isprintable() or ch in "\t\n\r"
        else:
            score -= 2
    return score


def _garbage(text: str) -> bool:
    """Control characters or unassigned/private code points in more than 1% of the text: what
    binary data looks like after a decoder accepted it."""
    sample = text[:20000]
    bad = sum(1 for ch in sample if ch not in "\t\n\r\f" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))
    return bad * 100 > len(sample)


def _candidate_encodings(data: bytes) -> list[str]:
    """Encodings to try, best guess first; GB18030 is a superset of GBK and GB2312."""
    names = []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        if best is not None:
            guess = best.encoding.lower()
            names.append("gb18030" if guess in {"gb2312", "gbk", "gb18030", "hz"} else guess)
    except ImportError:  # pragma: no cover - charset-normalizer is a declared dependency
        pass
    names += ["gb18030", "big5", "big5hkscs", "utf-16-le", "utf-16-be"]
    return list(dict.fromkeys(names))


def _year_of(*texts: str) -> int | None:
    for text in texts:
        m = _YEAR.search(text or "")
        if m:
            return int(m.group(1))
    return None


def _read_bytes(path: Path, source: str, limit: int) -> bytes:
    """At most `limit` bytes, refusing larger files up front (and special files that grow)."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{source}: file is too large ({size:,} bytes; the limit is {limit:,})")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a folder, not a file") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied") from None
    except OSError as exc:
        raise _problem(source, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{source}: file is too large (more than {limit:,} bytes)")
    return data


def _limit_for(name: str) -> int:
    return MAX_BYTES if kind_of(name) in ("docx", "pdf") else MAX_TEXT_BYTES


def extract(data: bytes, source: str, kind: str, encoding: str | None = None) -> Extracted:
    """The text of `data` read as `kind` (html, docx, pdf or text)."""
    from kg.formats.docx import docx_text
    from kg.formats.html import declared_charset, html_text
    from kg.formats.pdf import pdf_text

    if kind == "text" and sniff(data) in ("pdf", "docx"):
        kind = sniff(data)  # a PDF or .docx behind a text suffix is read for what it is
    try:
        if kind == "pdf":
            return pdf_text(data)
        if kind == "docx":
            return docx_text(data)
        if kind == "html":
            declared = None if encoding or any(data.startswith(b) for b, _, _ in _BOMS) else declared_charset(data)
            text = None
            if declared:
                try:
                    text = data.decode(declared)
                except UnicodeDecodeError:
                    text = None  # a page that lies about its encoding: detect it like any text
            return html_text(text if text is not None else decode(data, source, encoding))
    except FormatError as exc:
        raise _problem(source, str(exc)) from None
    return Extracted(decode(data, source, encoding))


def _document(extracted: Extracted, source: str, doc_id: str, name: str) -> Document:
    text = extracted.text
    if not text.strip():
        raise InputError(f"{source}: file has no text")
    if _garbage(text):
        raise InputError(f"{source}: binary file (control characters in the text)")
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = extracted.title or first_line
    return Document(
        id=doc_id,
        text=text,
        source=source,
        title=title[:200],
        year=_year_of(name, title, text[:300]),
        content_hash=content_hash(text),
        page_starts=extracted.page_starts,
    )


def read_file(path: Path, encoding: str | None = None, doc_id: str | None = None) -> Document:
    """Read one file (text, HTML, .docx or PDF) into a Document whose id is its file name
    without suffix."""
    source = str(path)
    data = _read_bytes(path, source, _limit_for(path.name))
    return _document(extract(data, source, kind_of(path.name), encoding), source, doc_id or path.stem, path.name)


def read_stdin(encoding: str | None = None, doc_id: str = "stdin") -> Document:
    """Standard input (`-` on the command line) as one document; its format is sniffed."""
    source = "<stdin>"
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError(f"{source}: standard input is not available")
    try:
        data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _problem(source, f"cannot read ({exc.strerror or exc})") from None
    kind = sniff(data) if data else "text"
    limit = MAX_BYTES if kind in ("pdf", "docx") else MAX_TEXT_BYTES
    if len(data) > limit:
        raise InputError(f"{source}: input is too large (more than {limit:,} bytes)")
    if not data:
        raise InputError(f"{source}: input is empty")
    return _document(extract(data, source, kind if kind in ("pdf", "docx", "html") else "text", encoding),
                     source, doc_id, "")


def _clean_field(value: object) -> str:
    """A metadata value as text without lone surrogates (JSON allows "\\ud800"; UTF-8 does not)."""
    text = str(value)
    return text.encode("utf-8", errors="replace").decode("utf-8") if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    """Stream a JSON Lines corpus; bad lines come out as errors so the rest still builds, and
    a truncated or damaged file ends with one error after the records read so far."""
    number = 0
    try:
        handle = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")
    except FileNotFoundError:
        yield InputError(f"{path}: no such file")
        return
    except PermissionError:
        yield InputError(f"{path}: permission denied")
        return
    except OSError as exc:
        yield _problem(str(path), f"cannot read ({exc.strerror or exc})")
        return
    try:
        with handle:
            for number, raw in enumerate(handle, 1):
                item = _record(path, number, raw)
                if item is not None:
                    yield item
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield _problem(str(path), f"truncated or damaged after line {number} ({exc})")
    except IsADirectoryError:
        yield InputError(f"{path}: is a folder, not a file")
    except OSError as exc:
        yield _problem(str(path), f"cannot read after line {number} ({exc.strerror or exc})")


def _record(path: Path, number: int, raw: bytes) -> Document | InputError | None:
    where = f"{path}:{number}"
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"{where}: not valid UTF-8 ({exc.reason} at byte {exc.start})")
    if not line.strip():
        return None
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(f"{where}: not valid JSON ({exc.msg})")
    except RecursionError:
        return InputError(f"{where}: not valid JSON (nested too deeply)")
    text = row.get("text") if isinstance(row, dict) else None
    if not isinstance(text, str) or not text.strip():
        return InputError(f"{where}: record has no text")
    if _has_surrogates(text):
        return InputError(f"{where}: record text has invalid characters (unpaired UTF-16 surrogates)")
    doc_id = _clean_field(row.get("id") or f"{path.stem}-{number}")
    year = row.get("year")
    title = _clean_field(row.get("title") or "")
    return Document(
        id=doc_id,
        text=text,
        source=where,
        title=title[:200],
        year=int(year) if isinstance(year, (int, str)) and str(year).isdigit() else _year_of(title),
        region=_clean_field(row.get("region") or ""),
        content_hash=content_hash(text),
    )


def iter_paths(inputs: list[Path]) -> Iterator[Path]:
    """Files named directly, and the documents and corpora inside folders, in sorted order."""
    for item in inputs:
        if item != STDIN and item.is_dir():
            for path in sorted(item.rglob("*")):
                if path.is_file() and path.name.lower().endswith(READ_SUFFIXES + CORPUS_SUFFIXES):
                    yield path
        else:
            yield item


def count_documents(inputs: list[Path]) -> int | None:
    """About how many documents `inputs` hold (non-blank lines of a corpus, one per file), for a
    progress bar's ETA; None when it cannot be known cheaply (standard input, unreadable files)."""
    total = 0
    try:
        for path in iter_paths(inputs):
            if path == STDIN:
                return None
            if path.name.lower().endswith(CORPUS_SUFFIXES):
                with gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    except (OSError, EOFError, zlib.error):
        return None
    return total


def read_inputs(inputs: list[Path], encoding: str | None = None) -> Iterator[Document | InputError]:
    """Every document named by `inputs` (`-` is standard input); problems are yielded, not
    raised. Two documents with the same id (a/report.txt, b/report.txt) get -2, -3, … so
    their graphs stay apart."""
    seen: dict[str, int] = {}
    for item in _read_all(inputs, encoding):
        if isinstance(item, Document):
            count = seen.get(item.id, 0) + 1
            seen[item.id] = count
            if count > 1:
                item = _renamed(item, f"{item.id}-{count}", seen)
        yield item


def _renamed(doc: Document, doc_id: str, seen: dict[str, int]) -> Document:
    from dataclasses import replace

    while doc_id in seen:
        doc_id += "-2"
    seen[doc_id] = 1
    return replace(doc, id=doc_id)


def _read_all(inputs: list[Path], encoding: str | None) -> Iterator[Document | InputError]:
    for path in iter_paths(inputs):
        if path == STDIN:
            try:
                yield read_stdin(encoding)
            except InputError as exc:
                yield exc
            continue
        if path.name.lower().endswith(CORPUS_SUFFIXES):
            if path.is_dir():
                yield InputError(f"{path}: is a folder, not a file")
                continue
            yield from read_jsonl(path)
            continue
        try:
            yield read_file(path, encoding)
        except InputError as exc:
            yield exc
