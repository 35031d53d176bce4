"""A clean view of a document with an exact map back to the original, and sentence splitting.

Real reports carry noise that breaks names and sentences: newspaper page-break lines
(`下转4版` in the middle of 贡献), footnote markers (`〔12〕`), hard line breaks inside
sentences, stray spaces inside names, and half-width punctuation. Extraction runs on the clean
view; every offset it produces maps back to the text exactly as read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from kg.model import Sentence

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_NUM = "0-9０-９一二三四五六七八九十百"
_PAGE_BREAK = re.compile(
    rf"^[ \t\u3000]*(?:——|—|-{{1,2}})?[【（(〔\[［]?\s*(?:下转|上接|接上|转至|转|见|接)第?\s*[A-Za-zＡ-Ｚ]?[ {_NUM}]+版"
    rf"\s*(?:[】）)〕\]］])?[ \t\u3000]*(?:\n|$)",
    re.M,
)
# Footnote markers: 〔12〕 (three digits at most: 〔2023〕 is a document number), [3], ［3］, [注1], ①.
_FOOTNOTE = re.compile(r"〔\s*\d{1,3}\s*〕|[\[［]注?\d{1,2}[\]］]|[\u2460-\u2473]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]|(?<=[\u3400-\u9fff])[\u2000-\u200a]+(?=[\u3400-\u9fff])")
_PUNCT = "，。、；：？！“”‘’《》（）〈〉"
_SPACES = re.compile(rf"(?<=[{_CJK}{_PUNCT}])[ \t\u3000\xa0]+|[ \t\u3000\xa0]+(?=[{_CJK}{_PUNCT}])")
_HARD_BREAK = re.compile(rf"(?<=[{_CJK}，、])[ \t\u3000]*\n[ \t\u3000]*(?=[{_CJK}])")
_HEADING = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|第[一二三四五六七八九十]+|[0-9]+[.、]")

# One-to-one character normalisation: full-width letters and digits to ASCII, half-width
# punctuation to the full-width forms Chinese text uses, so patterns need one form only.
_TRANSLATE = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}
_TRANSLATE.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})
_TRANSLATE.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})
_TRANSLATE.update({ord(a): ord(b) for a, b in zip(",;:?!()", "，；：？！（）")})
_TRANSLATE[0x3000] = 0x20
_TRANSLATE.update({0xFF61: ord("。"), 0xFF64: ord("、"), 0xFF62: ord("「"), 0xFF63: ord("」")})

_TERMINATORS = "。！？；\n"
_CLOSERS = "”’」』）)》"
_SENTENCE = re.compile(rf"[^{_TERMINATORS}]*(?:[{_TERMINATORS}]+[{_CLOSERS}]*|$)")


@dataclass(frozen=True)
class Text:
    """The original text, its clean view and the map between them.

    `cuts[i]` is a clean-text position at which `shift[i]` original characters in total have
    been removed before it; positions between cuts shift by the same amount.
    """

    original: str
    clean: str
    cuts: tuple[int, ...]
    shifts: tuple[int, ...]
    native: str = ""  # the clean view in the original characters, when `clean` was simplified

    def surface(self, begin: int, end: int, found: str | None = None) -> str:
        """The characters of a clean span as the document writes them (traditional stays
        traditional): what a name found on the simplified view should be recorded as. With
        `found` (an extractor's surface, which may drop the span's 《》), the same characters
        of that string where it occurs inside the span."""
        if not self.native:
            return self.clean[begin:end] if found is None else found
        if found is None:
            return self.native[begin:end]
        at = self.clean.find(found, begin, max(end, begin + len(found)))
        return self.native[at:at + len(found)] if at >= 0 else found

    def to_original(self, begin: int, end: int) -> tuple[int, int]:
        """Map a clean span to the original span it came from (inclusive of inner noise)."""
        b = begin + self._shift_at(begin)
        e = end + self._shift_at(end - 1) if end > begin else b
        return b, e

    def _shift_at(self, pos: int) -> int:
        i = bisect_right(self.cuts, pos) - 1
        return self.shifts[i] if i >= 0 else 0


def _hard_breaks(text: str) -> list[tuple[int, int]]:
    """Newlines inside a sentence: the line before is long and the next is not a heading."""
    spans = []
    for m in _hard_break_matches(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < 20 or _HEADING.match(text, m.end()):
            continue
        spans.append((m.start(), m.end()))
    return spans


# The patterns above look behind at every character, which is slow on long texts; these find
# the same spans from their cheap part (a run of spaces, a newline) and check the neighbours.
_SPACE_RUN = re.compile("[ \t\u3000\xa0]+")
_BREAK_RUN = re.compile("[ \t\u3000]*\n[ \t\u3000]*")
_SPACE_NEIGHBOUR = re.compile(f"[{_CJK}{_PUNCT}]")
_BREAK_BEFORE = re.compile(f"[{_CJK}，、]")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_INVISIBLE_CHAR = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff\u2000-\u200a]")


def _space_matches(text: str) -> list[re.Match]:
    """_SPACES's matches: runs of spaces with a Chinese character or punctuation on either side."""
    return [m for m in _SPACE_RUN.finditer(text)
            if (m.start() > 0 and _SPACE_NEIGHBOUR.match(text, m.start() - 1)) or _SPACE_NEIGHBOUR.match(text, m.end())]


def _hard_break_matches(text: str) -> list[re.Match]:
    """_HARD_BREAK's matches: a newline (with its spaces) between Chinese text."""
    return [m for m in _BREAK_RUN.finditer(text)
            if m.start() > 0 and _BREAK_BEFORE.match(text, m.start() - 1) and _CJK_CHAR.match(text, m.end())]


_TRANSLATABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in _TRANSLATE) + "]+")


def _normalised(text: str) -> str:
    """`text` translated by _TRANSLATE: only the runs that need it go through str.translate, which
    costs a dictionary lookup per character (7 times slower on whole reports)."""
    return _TRANSLATABLE.sub(lambda m: m.group().translate(_TRANSLATE), text)


def clean(original: str) -> Text:
    """Build the clean view of `original`, removing noise and recording what moved where.

    A traditional-character text is first simplified character for character, so the noise
    patterns (下轉4版 is 下转4版) and the extractors see one script; the clean view is then
    simplified and `native` keeps the same view in the document's own characters."""
    scan = to_simplified(original) if looks_traditional(original) else original
    removed: list[tuple[int, int]] = []
    for m in _PAGE_BREAK.finditer(scan):
        start = m.start()
        # Joining the lines around a page break: "贡\n下转4版\n献" reads "贡献".
        if start > 0 and scan[start - 1] == "\n" and m.end() < len(scan) and m.group().endswith("\n"):
            before = scan[start - 2] if start >= 2 else ""
            after = scan[m.end()]
            if re.match(f"[{_CJK}，、]", before) and re.match(f"[{_CJK}]", after):
                start -= 1
        removed.append((start, m.end()))
    removed += [(m.start(), m.end()) for m in _FOOTNOTE.finditer(scan)]
    if _INVISIBLE_CHAR.search(scan):
        removed += [(m.start(), m.end()) for m in _INVISIBLE.finditer(scan)]
    removed += [(m.start(), m.end()) for m in _space_matches(scan)]
    removed += _hard_breaks(scan)
    removed = _merge(removed)

    parts: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    pos = 0
    clean_len = 0
    total = 0
    for start, end in removed:
        parts.append(scan[pos:start])
        clean_len += start - pos
        total += end - start
        cuts.append(clean_len)
        shifts.append(total)
        pos = end
    parts.append(scan[pos:])
    view = _normalised("".join(parts))
    if scan is original or scan == original:
        return Text(original, view, tuple(cuts), tuple(shifts))
    native, pos = [], 0
    for start, end in removed:
        native.append(original[pos:start])
        pos = end
    native.append(original[pos:])
    return Text(original, view, tuple(cuts), tuple(shifts), native=_normalised("".join(native)))


_HAN = re.compile(f"[{_CJK}]")
# Traditional forms frequent in any traditional text: a sample without one of them is simplified,
# decided without loading OpenCC.
_FREQUENT_TRADITIONAL = re.compile(
    "[們個國會為時來發說過動經進與關後對開區義實現種從當體機業點應還這樣間長"
    "問題學習議員辦監督條務處縣鄉鎮濟設計劃]"
)


@cache
def _converter():
    """OpenCC's traditional→simplified converter, or None where the package is missing."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        return None
    return opencc.OpenCC("t2s")


@cache
def _traditional_only() -> re.Pattern[str] | None:
    """Traditional forms of the 3,755 most common simplified characters (GB2312 level 1):
    characters a simplified text practically never contains. Built from OpenCC's tables once
    per process, so no list is kept here and nothing is paid by a process that never asks."""
    converter = _converter()
    if converter is None:
        return None
    import opencc

    level1 = bytes(b for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF) for b in (lead, trail))
    common = level1.decode("gb2312", errors="ignore")
    forms = opencc.OpenCC("s2t").convert(common)
    if len(forms) != len(common):  # pragma: no cover - s2t is one to one on single characters
        forms = "".join(opencc.OpenCC("s2t").convert(ch)[:1] or ch for ch in common)
    simplified = set(common)
    traditional = sorted({t for c, t in zip(common, forms) if t != c and t not in simplified and converter.convert(t) != t})
    return re.compile("[" + re.escape("".join(traditional)) + "]")


def looks_traditional(text: str, sample: int = 50_000) -> bool:
    """Whether at least 5% of the Han characters (in the first `sample`) are traditional-only
    forms; a simplified report quoting 臺灣 or 於 once stays as it is."""
    head = text[:sample]
    if not _FREQUENT_TRADITIONAL.search(head):
        return False
    pattern = _traditional_only()
    if pattern is None:
        return False
    traditional = len(pattern.findall(head))
    return traditional > 0 and traditional * 20 >= len(_HAN.findall(head))


def to_simplified(text: str) -> str:
    """`text` in simplified characters, one character for one character (same length, so every
    offset still holds): a line the converter would lengthen or shorten is done char by char."""
    converter = _converter()
    if converter is None:  # pragma: no cover - opencc is a declared dependency
        return text
    out = []
    for line in text.splitlines(keepends=True):
        converted = _convert(converter, line)
        if converted is None or len(converted) != len(line):
            converted = "".join(_one(converter, ch) for ch in line)
        out.append(converted)
    return "".join(out)


def simplified(text: str) -> str:
    """`text` in simplified characters when it has characters outside GB2312 (a cheap test that
    spares simplified text, which is almost all text, the converter)."""
    try:
        text.encode("gb2312")
        return text
    except UnicodeEncodeError:
        return to_simplified(text)


def _convert(converter, chunk: str) -> str | None:
    try:
        return converter.convert(chunk)
    except (UnicodeError, ValueError, TypeError):  # lone surrogates cannot go through UTF-8
        return None


def _one(converter, ch: str) -> str:
    if ch.isascii():
        return ch
    converted = _convert(converter, ch)
    return converted if converted is not None and len(converted) == 1 else ch


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def split_sentences(clean_text: str) -> tuple[Sentence, ...]:
    """Sentences of the clean text, without leading or trailing white space."""
    out = []
    for m in _SENTENCE.finditer(clean_text):
        begin, end = m.start(), m.end()
        while begin < end and clean_text[begin].isspace():
            begin += 1
        while end > begin and clean_text[end - 1].isspace():
            end -= 1
        if end > begin:
            out.append(Sentence(begin, end))
    return tuple(out)
