"""Who wrote a document and for which territory: its jurisdiction and its author organ.

Relative names (市委, 省人大, 全市) only mean something once the jurisdiction is known. It is
read, in order of trust, from the title line (unless it is a sentence), the presenter's organ
(我代表北海市人民政府), the 在……人民代表大会 preamble of a work report, and the most-named
division, full or short name, at the level the presenter (我代表市人民政府) or else the text
(我市/全市/市委) speaks of.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.places import PlaceCandidate, choose_division
from kg.gazetteer import Gazetteer
from kg.model import Mention
from kg.reference import Division

_LEVEL_VOTE = re.compile(r"(?:全|我|本)([省市县区州盟旗])|(?<![省市县区各全])([省市县区州盟旗])(?:委|政府|行署|人大|政协)")
# Organs written after their territory, with or without a term: 孝感市 + 第七届 + 人民代表大会.
_TERM = "(?:第?[一二三四五六七八九十]+届)?"
_ORGANS = "|".join(("人民政府", "政府", "行政公署", "人民代表大会常务委员会", "人大常委会", "人民代表大会", "人大",
                    "高级人民法院", "中级人民法院", "人民法院", "人民检察院"))
# The presenter's own organ, by level (我代表市人民政府, 受自治区人大常委会委托): the level the
# report speaks for, surer than counting 省委 and 全市 (a city report quotes its province often);
# and by name (我代表北海市人民政府), the surest evidence after the title.
_PRESENTER_LEVEL = re.compile(f"(?:我代表|受)(自治区|自治州|[省市州县区旗盟]){_TERM}(?:{_ORGANS})")
_PRESENTER_NAMED = re.compile(f"(?:我代表|受)([^，。；、]{{2,16}}?){_TERM}(?:{_ORGANS})")
_ORGAN_AFTER = re.compile(f"{_TERM}(?:{_ORGANS}|委员会|政协|委)")
_PREAMBLE = re.compile(r"在([^，。；！？]{2,20}?)\s*第?[一二三四五六七八九十]+届人民代表大会")  # may break lines
AUTHOR_KINDS = ("npcsc", "government", "court", "procuratorate")


def detect_jurisdiction(clean: str, title: str, candidates: tuple[PlaceCandidate, ...],
                        gazetteer: Gazetteer) -> Division | None:
    """The division a document is about (see the module docstring for the evidence used)."""
    first_line_end = clean.find("\n")
    head_end = first_line_end if 0 < first_line_end < 200 else min(len(clean), 80)
    resolved = []
    for c in candidates:
        if c.hit.divisions and c.hit.full:
            division = choose_division(c.hit, None, gazetteer)
            if division is not None:
                resolved.append((c, division))
    # Without a title line, the text opens with running prose (8月下旬，…到益阳市、株洲市检查):
    # a name there tells whose text it is only when an organ of it is named (张家口市人大常委会开展…).
    organ_after = head_end != first_line_end or _prose(clean[:head_end])
    named = _names_in(title, gazetteer, shorts=True, organ_after=_prose(title)) or \
        _names_in(clean[:head_end], gazetteer, {c.begin for c in candidates}, shorts=True, organ_after=organ_after)
    if named:
        return named[0]
    for found in (_PRESENTER_NAMED.search(clean, 0, 3000), _PREAMBLE.search(clean[:2000])):
        named = _names_in(found.group(1), gazetteer) if found else []
        if named:
            return named[0]  # 我代表北海市人民政府; 在孝感市第七届人民代表大会
    votes = Counter(a or b for a, b in _LEVEL_VOTE.findall(clean))
    counts = Counter(d.code for _, d in resolved)
    by_code = gazetteer.reference.divisions_by_code
    presenter = _PRESENTER_LEVEL.search(clean, 0, 3000)
    level_char = presenter.group(1)[-1] if presenter else votes.most_common(1)[0][0] if votes else ""
    # A report names its own city or province mostly by its short name (宁波, 恩施州, 西藏), and
    # may name a district elsewhere in full more often: short names of the level the text speaks
    # of count too (of any province or city where no level is spoken of).
    for c in candidates:
        division = choose_division(c.hit, None, gazetteer) if c.hit.divisions and not c.hit.full else None
        if division is not None and division.level in ("province", "city") and division.name.endswith(level_char):
            counts[division.code] += 1
    if not counts:
        return None
    ranked = sorted(counts, key=lambda code: (-counts[code], code))
    if level_char:
        for code in ranked:
            if by_code[code].name.endswith(level_char):
                return _city_of_siblings(by_code[code], counts, gazetteer) or by_code[code]
        # Only places below the level spoken of are named (省人大常委会 visits 益阳市 and 株洲市):
        # the division of that level they lie in.
        above: Counter[str] = Counter()
        for code in ranked:
            for ancestor in gazetteer.reference.ancestors(code):
                if ancestor.name.endswith(level_char):
                    above[ancestor.code] += counts[code]
        if above:
            return by_code[min(above, key=lambda code: (-above[code], code))]
    return by_code[ranked[0]]


def _city_of_siblings(division: Division, counts: Counter[str], gazetteer: Gazetteer) -> Division | None:
    """The city above a county-level city when the text names that county no more often than
    its sibling counties together (深入海陵区、姜堰区、兴化市、靖江市: the 市 visiting its
    counties is 泰州市, not 兴化市)."""
    if division.level != "county":
        return None
    parent = next((a for a in gazetteer.reference.ancestors(division.code) if a.level == "city"), None)
    if parent is None:
        return None
    siblings = [code for code in counts if code != division.code
                and parent.code in (a.code for a in gazetteer.reference.ancestors(code))]
    return parent if len(siblings) >= 2 and sum(counts[c] for c in siblings) > counts[division.code] else None


def _names_in(text: str, gazetteer: Gazetteer, starts: set[int] | None = None, shorts: bool = False,
              organ_after: bool = False) -> list[Division]:
    """Divisions named by their full names in a short text such as a title, in order; a name
    written right after its parent's is read inside it and replaces it (北京市朝阳区 is one
    district, not Beijing: 朝阳区 alone could be Changchun's). With `shorts`, a city's or
    province's short name that ends in its level (恩施州, not 广州) or stands before an organ
    (长春政府) counts too; with `organ_after`, only names followed by an organ count."""
    out: list[Division] = []
    previous_end = -1
    for begin, end, hit in sorted(gazetteer.places.hits(text), key=lambda h: (h[0], h[0] - h[1])):
        named = hit.full or (shorts and ((text[end - 1] in "省市州盟" and end - begin >= 3) or _ORGAN_AFTER.match(text, end)))
        if not (named and hit.divisions) or begin < previous_end or (starts is not None and begin not in starts):
            continue  # (`starts`: where the text's place candidates begin, i.e. names that are words)
        if not hit.full and all(d.level not in ("province", "city") for d in hit.divisions):
            continue
        if organ_after and not _organ_follows(text, end, gazetteer):
            continue
        parent = out[-1] if out and begin == previous_end else None
        division = choose_division(hit, None, gazetteer, near=(parent,) if parent else ())
        if division is None:
            continue
        if parent is not None and parent.code in (d.code for d in gazetteer.reference.ancestors(division.code)):
            out[-1] = division
        else:
            out.append(division)
        previous_end = end
    return out


def _prose(line: str) -> bool:
    """A first line that is a sentence, not a title: it ends with 。 or runs long."""
    return line.rstrip().endswith("。") or len(line) > 80


def _organ_follows(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether an organ is named right after `end`, or after a division written there (北京市 +
    朝阳区 + 人民政府)."""
    if _ORGAN_AFTER.match(text, end):
        return True
    return any(b == 0 and hit.divisions and _ORGAN_AFTER.match(text, end + e)
               for b, e, hit in gazetteer.places.hits(text[end:end + 12]))


_TITLE_GENRES = (
    ("npcsc", re.compile(r"常务委员会工作报告|常委会工作报告")),
    ("court", re.compile(r"法院工作报告")),
    ("procuratorate", re.compile(r"检察院工作报告")),
    ("government", re.compile(r"政府工作报告")),
)
# Who presents the report, in the first person: 我代表市人民政府…, 受市人大常委会委托…
_PRESENTER = (
    ("npcsc", re.compile(r"我代表[^，。；]{0,20}?(?:常务委员会|常委会)|受[^，。；]{0,20}?(?:常务委员会|常委会)(?:的)?委托")),
    ("court", re.compile(r"我代表[^，。；]{0,20}?法院")),
    ("procuratorate", re.compile(r"我代表[^，。；]{0,20}?检察院")),
    ("government", re.compile(r"我代表[^，。；]{0,20}?(?:人民政府|政府)")),
)
_NATIONAL = re.compile(r"在第?[一二三四五六七八九十]+届全国人民代表大会|代表国务院|国务院总理")


def is_national(clean: str, title: str) -> bool:
    """A State Council report: delivered to the National People's Congress by the premier."""
    head = clean[:1500]
    return bool(_NATIONAL.search(head)) or title.startswith("国务院")


# The national organ that reports to the National People's Congress, by genre.
NATIONAL_AUTHORS = {"npcsc": "全国人民代表大会常务委员会", "court": "最高人民法院", "procuratorate": "最高人民检察院",
                    "government": "中华人民共和国国务院"}


def _stated_genre(clean: str, title: str) -> str:
    """The genre the title (…常委会工作报告) or else the presenter (我代表市人民政府) states, or ""."""
    first_line = clean[: max(0, clean.find("\n"))] if "\n" in clean[:200] else clean[:100]
    for text in (title, first_line):
        for genre, pattern in _TITLE_GENRES:
            if text and pattern.search(text):
                return genre
    head = clean[:1500]
    presented = [(m.start(), genre) for genre, pattern in _PRESENTER if (m := pattern.search(head))]
    return min(presented)[1] if presented else ""


def national_author(clean: str, title: str = "") -> str:
    """The genre of a national report (its organ in NATIONAL_AUTHORS): the State Council's
    unless the title or the presenter says the standing committee, the court or the procuratorate."""
    return _stated_genre(clean, title) or "government"


def detect_author(clean: str, bodies: list[Mention], jurisdiction: Division | None, title: str = "") -> tuple:
    """The organ that wrote the document, as (organ kind, division code).

    The genre is read from the title first (…常委会工作报告, …法院工作报告), then from who
    presents the report (我代表市人民政府), and only then from the first organ of the
    jurisdiction the text names: a standing committee's report mentions the government early,
    so a mere mention decides nothing."""
    if jurisdiction is None:
        return ()
    genre = _stated_genre(clean, title)
    if genre:
        return (genre, jurisdiction.code)
    for m in sorted(bodies, key=lambda m: m.begin):
        if m.key[0] in AUTHOR_KINDS and m.key[1] == jurisdiction.code:
            return (m.key[0], m.key[1])
    return ()
