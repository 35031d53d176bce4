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

from kg.model import Sentence

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_NUM = "0-9０-９一二三四五六七八九十百"
_PAGE_BREAK = re.compile(
    rf"^[ \t\u3000]*[（(〔\[]?\s*(?:下转|上接|接上|转至|转|见|接)第?[ {_NUM}]+版\s*(?:[）)〕\]])?[ \t\u3000]*(?:\n|$)",
    re.M,
)
_FOOTNOTE = re.compile(r"〔\s*\d{1,2}\s*〕|\[\d{1,2}\]")
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
    for m in _HARD_BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start < 20 or _HEADING.match(text, m.end()):
            continue
        spans.append((m.start(), m.end()))
    return spans


def clean(original: str) -> Text:
    """Build the clean view of `original`, removing noise and recording what moved where."""
    removed: list[tuple[int, int]] = []
    for m in _PAGE_BREAK.finditer(original):
        start = m.start()
        # Joining the lines around a page break: "贡\n下转4版\n献" reads "贡献".
        if start > 0 and original[start - 1] == "\n" and m.end() < len(original) and m.group().endswith("\n"):
            before = original[start - 2] if start >= 2 else ""
            after = original[m.end()]
            if re.match(f"[{_CJK}，、]", before) and re.match(f"[{_CJK}]", after):
                start -= 1
        removed.append((start, m.end()))
    removed += [(m.start(), m.end()) for m in _FOOTNOTE.finditer(original)]
    removed += [(m.start(), m.end()) for m in _SPACES.finditer(original)]
    removed += _hard_breaks(original)
    removed = _merge(removed)

    parts: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    pos = 0
    clean_len = 0
    total = 0
    for start, end in removed:
        parts.append(original[pos:start])
        clean_len += start - pos
        total += end - start
        cuts.append(clean_len)
        shifts.append(total)
        pos = end
    parts.append(original[pos:])
    return Text(original, "".join(parts).translate(_TRANSLATE), tuple(cuts), tuple(shifts))


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
