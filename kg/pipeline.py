"""The stages wired for one document: clean → sentences → mentions → entities → relations.

`process` is a pure function of a Document (plus an optional jurisdiction override), so a
corpus run can map it over worker processes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.bodies import NATIONAL, BodyFinder, author_mentions, national_mentions
from kg.extract.bodies import _canonical as organ_name
from kg.extract.places import city_short, find_candidates, place_mentions, relative_division, street_namesakes
from kg.extract.projects import LIST_SUFFIXES, WEAK_SUFFIXES, is_city_line, project_mentions, trim_name
from kg.extract.regulations import localised, regulation_mentions
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import Document, DocumentGraph, Mention, Profile, Relation
from kg.profile import NATIONAL_AUTHORS, detect_author, detect_jurisdiction, is_national, national_author
from kg.reference import Division
from kg.relate import relate
from kg.resolve import mention_iri, resolve
from kg.segment import tag
from kg.text import clean as clean_text
from kg.text import simplified, split_sentences


def find_division(name: str, gazetteer: Gazetteer) -> Division | None:
    """A division named by a user (--jurisdiction 孝感市 or 孝感), current units first."""
    matches = gazetteer.reference.divisions_by_name.get(name, ())
    current = [d for d in matches if d.until is None] or list(matches)
    current.sort(key=lambda d: ("province", "city", "county", "town").index(d.level))
    return current[0] if current else None


def process(doc: Document, jurisdiction: str | None = None, gazetteer: Gazetteer | None = None) -> DocumentGraph:
    """Extract the knowledge graph of one document."""
    gaz = gazetteer or load_gazetteer()
    text = clean_text(doc.text)
    clean = text.clean
    sentences = split_sentences(clean)
    warnings: list[str] = []

    candidates = find_candidates(clean, gaz)
    national = not jurisdiction and not doc.region and is_national(clean, simplified(doc.title))
    if national:
        division = None  # a State Council report: relative names mean national organs
    elif jurisdiction:
        division = find_division(jurisdiction, gaz)
        if division is None:
            raise ValueError(f"unknown jurisdiction {jurisdiction!r}")
    elif doc.region and find_division(doc.region, gaz) is not None:
        division = find_division(doc.region, gaz)  # corpus metadata names the region
    else:
        division = detect_jurisdiction(clean, simplified(doc.title), candidates, gaz)
        if division is None:
            warnings.append(f"{doc.id}: jurisdiction not detected; relative names (市委, 省人大) left unresolved")
    places, place_warnings = place_mentions(clean, candidates, division, gaz, doc.year)
    warnings += [f"{doc.id}: {w}" for w in place_warnings]

    bodies = BodyFinder(clean, places, division, gaz).find()
    author = detect_author(clean, bodies, division, simplified(doc.title))
    taken = {(m.begin, m.end) for m in bodies}
    national_kind = national_author(clean, simplified(doc.title)) if national else ""
    if national:
        author = ("national", "CN")
        bodies += national_mentions(clean, taken)
    else:
        bodies += author_mentions(clean, author, division, taken, gaz)
    enacting = ""
    if author and author[0] == "npcsc":
        enacting = gaz.reference.divisions_by_code[author[1]].name + "人民代表大会常务委员会"
    regulations = localised(regulation_mentions(clean, gaz, enacting), clean, places, None if national else division, gaz)
    taken_spans = [(m.begin, m.end) for m in places + bodies + regulations]
    regions = frozenset((m.begin, m.end) for m in places if m.key[:2] == ("feature", "region"))
    named_spans = {(m.begin, m.end) for m in places} | set(street_namesakes(clean, candidates))
    projects = project_mentions(clean, taken_spans, sorted(named_spans), regions)
    projects = [_resolve_relative(p, clean, division, gaz) for p in projects if not _inside_title(p, regulations)]
    projects = [p for p in projects if not _of_any_unit(p)]
    projects = _merge_short_forms(_facility_parts(_name_lines(projects, places, division, gaz), clean), places)

    mentions = sorted(places + bodies + regulations + projects, key=lambda m: (m.begin, m.end, m.type))
    # Aliases in the document's own characters: a traditional report keeps its 臺灣 forms, while
    # canonical names (and so IRIs) stay simplified and shared with every other report.
    named = [replace(m, surface=text.surface(m.begin, m.end, m.surface)) for m in mentions] if text.native else mentions
    resolution = resolve(named, gaz, division.code if division else "")
    iris = [i[0] for i in resolution.mention_iris]
    author_iri = ""
    if national:
        author_iri = next((e.iri for e in resolution.entities if e.canonical == NATIONAL_AUTHORS[national_kind]), "")
    elif author:
        author_division = gaz.reference.divisions_by_code[author[1]]
        name = organ_name(author[0], "法院", author_division)
        author_iri = next((e.iri for e in resolution.entities if e.type == "Body" and e.canonical == name), "")
    stated = relate(clean, sentences, mentions, iris, author_iri, national_kind or (author[0] if author else ""),
                    NATIONAL if national else (author[1] if author else ""))
    relations = _unique(list(resolution.relations) + stated)

    spans = tuple(text.to_original(m.begin, m.end) for m in mentions)
    sentence_spans = tuple(text.to_original(s.begin, s.end) for s in sentences)
    return DocumentGraph(
        document=doc,
        sentences=sentences,
        mentions=tuple(zip(mentions, resolution.mention_iris)),
        entities=resolution.entities,
        relations=relations,
        profile=Profile(division.code if division else ("100000" if national else ""), author,
                        national_kind or (author[0] if author else "")),
        warnings=tuple(warnings),
        spans=spans,
        sentence_spans=sentence_spans,
    )


def _resolve_relative(m: Mention, clean: str, division: Division | None, gaz: Gazetteer) -> Mention:
    """市疾控中心 in a 孝感 report is 孝感市疾控中心: a leading level character names the jurisdiction."""
    owner = relative_division(clean, m.begin, division, gaz)
    if owner is None or not m.canonical.startswith(clean[m.begin]):
        return m
    return replace(m, canonical=owner.name + m.canonical[1:], key=m.key + (owner.code,))


def _of_any_unit(m: Mention) -> bool:
    """县融媒体中心 (市、县融媒体中心) in a city's report: a bare level character the jurisdiction
    does not resolve says "each county's", a kind of facility, not one (镇 opens route names:
    镇广高速 is 镇巴–广元)."""
    return m.canonical[:1] in "县区乡" and m.surface[:1] == m.canonical[:1] and tag(m.canonical)[0][0] == m.canonical[0]


def _name_lines(projects: list[Mention], places: list[Mention], division: Division | None,
                gaz: Gazetteer) -> list[Mention]:
    """地铁3号线 is named by its city: every city has a line 3. So are airports (南郊机场 in a 绵阳
    report is 绵阳南郊机场), in a city's or county's report; a province has many cities."""
    if division is None:
        return projects
    city = next((d for d in (division, *gaz.reference.ancestors(division.code)) if d.level == "city"
                 or (d.level == "province" and d.name.endswith("市"))), None)
    out = []
    for p in projects:
        airport = p.canonical.endswith("机场") and division.level != "province" and not p.canonical.startswith(("市", "县"))
        if (p.key[:1] == ("line",) or is_city_line(p.canonical) or airport) and city is not None and \
                not any(p.begin <= q.begin and q.end <= p.end for q in places):
            p = replace(p, canonical=city_short(city) + p.canonical, key=p.key + (city.code,))  # located there
        out.append(p)
    return out


_PART = re.compile(r"(?:T\d|新|第[二三四五]|[东西南北])?(?:航站楼|跑道|卫星厅)")


def _facility_parts(projects: list[Mention], clean: str) -> list[Mention]:
    """A terminal or runway is its airport's: named right after it (南京禄口机场T1航站楼) or bare
    after the airport earlier in the sentence (南郊机场……，T2航站楼项目 → 绵阳南郊机场T2航站楼)."""
    out = []
    for p in projects:
        if _PART.match(p.canonical):
            if clean.endswith("机场", 0, p.begin):
                start = max(clean.rfind(c, 0, p.begin) for c in "，。；、：\n") + 1
                airport = trim_name(clean[start:p.begin])
                if len(airport) > 2 and airport.endswith("机场"):
                    p = replace(p, canonical=airport + p.canonical)
            else:
                owner = next((q for q in reversed(projects) if q.end <= p.begin and q.canonical.endswith("机场")
                              and p.begin - q.end <= 40 and "。" not in clean[q.end:p.begin]
                              and "机场" not in clean[q.end:p.begin]), None)
                if owner is not None:
                    p = replace(p, canonical=owner.canonical + p.canonical)
        out.append(p)
    return out


_FULL_ROUTE = {"高速": "高速公路", "高铁": "高速铁路", "客专": "客运专线"}


def _merge_short_forms(projects: list[Mention], places: list[Mention]) -> list[Mention]:
    """凤凰机场 after 三亚凤凰机场 in one report is the same airport: a project whose name is
    another's minus a leading place name takes that name. 拉西瓦项目 beside 拉西瓦工程 is the
    same works too, under the 工程 name, and 漳永高速 beside 漳永高速公路 the same road; a name
    beside itself with 工程 or 项目 after it is that project."""
    names = {p.canonical for p in projects}
    place_names = {q.surface for q in places} | {q.canonical for q in places}
    out = []
    for p in projects:
        longer = sorted(n for n in names if n != p.canonical and n.endswith(p.canonical)
                        and n[: len(n) - len(p.canonical)] in place_names)
        p = replace(p, canonical=longer[0]) if len(longer) == 1 else p
        if p.canonical.endswith("项目") and p.canonical[:-2] + "工程" in names:
            p = replace(p, canonical=p.canonical[:-2] + "工程")
        full = next((p.canonical + w for w in ("工程", "项目", "区") if p.canonical + w in names
                     and (w != "区" or p.canonical.endswith("园"))), "")
        if full:
            p = replace(p, canonical=full)  # 1号线一期 beside 1号线一期工程, 临泉庐阳现代产业园 beside …园区
        kinds = _own_kinds(p, names)
        if len(kinds) == 1:
            p = replace(p, canonical=kinds[0])  # 沪乍杭 (in 沪乍杭、通苏嘉甬等项目) beside 沪乍杭铁路 is that railway
        short = next((s for s in _FULL_ROUTE if p.canonical.endswith(s)), "")
        if short and p.canonical[:-len(short)] + _FULL_ROUTE[short] in names:
            p = replace(p, canonical=p.canonical[:-len(short)] + _FULL_ROUTE[short])  # 漳永高速 is 漳永高速公路
        if not _both_named_apart(p.canonical, names):
            out.append(p)
    return out


def _own_kinds(p: Mention, names: set[str]) -> list[str]:
    """The names of a bare list item, completed only by its list's 项目 or 工程, that the report
    gives it elsewhere with a facility's noun (沪乍杭项目 beside 沪乍杭铁路)."""
    bare = p.canonical[:-2]
    if not p.canonical.endswith(WEAK_SUFFIXES) or p.surface != bare:
        return []
    return sorted(n for n in names if n.startswith(bare) and n[len(bare):] in LIST_SUFFIXES
                  and n[len(bare):] not in WEAK_SUFFIXES)


def _both_named_apart(name: str, names: set[str]) -> bool:
    """宁杭和宁安城际铁路 where the report's projects also hold 宁杭城际铁路 and 宁安城际铁路: the
    coordinated name is the two, not a third project (呼和浩特至银川 holds no conjunction)."""
    left, _, right = name.partition("和")
    return len(left) >= 2 and bool(right) and any(n != name and n.endswith(right) for n in names) and any(
        n != name and n.startswith(left) and len(n) < len(name) for n in names)


def _inside_title(m: Mention, regulations: list[Mention]) -> bool:
    return any(r.begin <= m.begin and m.end <= r.end for r in regulations)


def _unique(relations: list[Relation]) -> tuple[Relation, ...]:
    """One relation per (subject, predicate, object, sentence), in a stable order."""
    seen = {}
    for r in relations:
        seen.setdefault((r.subject, r.predicate, r.object, r.sentence), r)
    return tuple(sorted(seen.values(), key=lambda r: (r.subject, r.predicate, r.object,
                                                         r.sentence.begin if r.sentence else -1)))


__all__ = ["process", "find_division", "mention_iri"]
