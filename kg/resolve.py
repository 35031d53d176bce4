"""From mentions to entities: one node per real-world entity, with a stable IRI.

Extractors already give each mention its canonical name (resolved against the jurisdiction),
so identity here is (type, canonical name), or the division code for places: the same entity
gets the same IRI in every document. This stage also derives the relations that follow from
names alone: a body's or regulation's jurisdiction, a place's parent, an organ's parent organ,
a project's place.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.bodies import NATIONAL, PARENT_IN_KEY, PARENT_KIND, _canonical
from kg.gazetteer import Gazetteer
from kg.model import Entity, Mention, Relation
from kg.text import simplified
from kg.vocab import entity_iri, local_place_iri

CHINA = "中华人民共和国"
CHINA_CODE = "100000"  # the national level in the GB/T 2260 code space
CHINA_IRI = str(entity_iri("Place", CHINA, CHINA_CODE))


@dataclass(frozen=True)
class Resolution:
    entities: tuple[Entity, ...]
    mention_iris: tuple[tuple[str, ...], ...]  # per mention, the IRIs it denotes
    relations: tuple[Relation, ...]


def mention_iri(m: Mention) -> str:
    if m.type == "Place" and m.code:
        return _iri("Place", m.canonical, m.code)
    if m.type == "Place" and m.key[:2] == ("zone", "local"):
        return str(local_place_iri(m.canonical, m.key[-1]))  # 太湖新城 of 无锡, not 苏州's: a name many cities give
    if m.type == "Place" and m.key[:1] == ("village",):
        return str(local_place_iri(m.canonical, m.key[1]))  # 紫南村 of 南庄镇: one of many villages so named
    if m.type == "Body" and len(m.key) > 1 and m.key[1] not in ("", NATIONAL):
        return _iri("Body", m.canonical, m.key[1])
    return _iri(m.type, m.canonical, None)


# The same few hundred entities are named thousands of times in a corpus.
@lru_cache(maxsize=1 << 16)
def _iri(entity_type: str, canonical: str, code: str | None) -> str:
    return str(entity_iri(entity_type, canonical, code))


_STREETS = ("路", "街", "大街", "大道")
_ROADS_BETWEEN = ("铁路", "公路", "线路", "水路", "一级路", "链路")  # run to the places they name


def _distant_division(code: str, jurisdiction_code: str, ref) -> bool:
    """Whether a division lies outside the province of the document's jurisdiction: a street
    named after it (兰州路 in a 青岛 report) is not in it."""
    if not code or not jurisdiction_code or jurisdiction_code not in ref.divisions_by_code or code not in ref.divisions_by_code:
        return False
    chain = (code, *(a.code for a in ref.ancestors(code)))
    home = (jurisdiction_code, *(a.code for a in ref.ancestors(jurisdiction_code)))
    return chain[-1] != home[-1]


def resolve(mentions: list[Mention], gazetteer: Gazetteer, jurisdiction_code: str = "") -> Resolution:
    """Group mentions into entities and derive the name-based relations."""
    ref = gazetteer.reference
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(mention_iri(m), []).append(m)
    place_iri_by_code = {m.code: mention_iri(m) for m in mentions if m.type == "Place" and m.code}
    for code, iri in list(place_iri_by_code.items()):
        # A unit named as it was before a rename (襄樊市, now 襄阳市) stands for its code now, so
        # its districts (樊城区, coded under 襄阳市) are part of it.
        successor = ref.divisions_by_code[code].successor
        if "@" in code and successor == code.split("@")[0]:
            place_iri_by_code.setdefault(successor, iri)
    code_by_place_iri = {iri: code for code, iri in place_iri_by_code.items()}
    body_iri_by_name = {m.canonical: mention_iri(m) for m in mentions if m.type == "Body"}
    zone_iri_by_name = {m.canonical: mention_iri(m) for m in mentions if m.type == "Place" and not m.code}
    places_by_begin = sorted((m for m in mentions if m.type == "Place"), key=lambda m: m.begin)
    place_begins = [m.begin for m in places_by_begin]
    relations: set[Relation] = set()
    need_china = False

    def division_place(code: str) -> str:
        """The place of `code`, when the document names it (China for national organs)."""
        if code == NATIONAL:
            return CHINA_IRI
        if code in place_iri_by_code:
            return place_iri_by_code[code]
        return ""

    entities = []
    for iri, group in sorted(groups.items()):
        first = group[0]
        surfaces = {m.surface for m in group} - {first.canonical}
        local = {a for a in surfaces if _is_local(simplified(a), first, ref)}
        aliases = tuple(sorted(surfaces - local))
        jurisdiction = parent = ""
        level = kind = ""
        if first.type == "Place":
            if first.code:
                division = ref.divisions_by_code[first.code]
                level = division.level
                # the direct parent only, when the document names it: 安吉县 is 湖州市's, and a
                # report naming 浙江省 but not 湖州市 states no hierarchy for it
                ancestors = ref.ancestors(first.code)
                if ancestors and ancestors[0].code in place_iri_by_code:
                    parent = place_iri_by_code[ancestors[0].code]
            elif first.key[0] == "village":
                parent = place_iri_by_code.get(first.key[1], "")
                kind = "village"
            elif first.key[0] == "zone" or first.key[:2] == ("feature", "zone") and len(first.key) > 2:
                parent = place_iri_by_code.get(first.key[-1], "")  # the place its name is built on
                kind = "zone"
            else:
                kind = first.key[1] if len(first.key) > 1 else ""
                feature = ref.features_by_name.get(first.canonical)
                # a river, lake or mountain stands outside the administrative hierarchy (府澴河 is no part
                # of 湖北省); a region or zone of one province is part of it
                if feature is not None and len(feature.provinces) == 1 and kind not in ("country", *_NATURAL_FEATURES):
                    parent = place_iri_by_code.get(feature.provinces[0], "")
                elif kind == "city":  # 德国乌波塔尔市: a foreign city is part of the country its name follows
                    parent = zone_iri_by_name.get(next((m.key[2] for m in group if len(m.key) > 2), ""), "")
            if parent:
                relations.add(Relation(iri, "partOf", parent, None, "gazetteer"))
        elif first.type == "Body":
            organ, code, extra = (first.key + ("", "", ""))[:3]
            jurisdiction = zone_iri_by_name.get(extra, "") if organ.startswith("zone_") else division_place(code)
            if organ == "national":
                body = gazetteer.national_by_name.get(first.canonical)
                if body and body.parent in body_iri_by_name:
                    parent = body_iri_by_name[body.parent]
            elif organ in PARENT_IN_KEY:
                parent = body_iri_by_name.get(extra, "")  # the key carries the parent's name
            elif organ in PARENT_KIND and code != NATIONAL:
                parent_kind = PARENT_KIND[organ]
                head = ""
                if parent_kind.startswith("department:"):
                    parent_kind, head = parent_kind.split(":")
                parent_name = _canonical(parent_kind, head, ref.divisions_by_code[code], "")
                parent = body_iri_by_name.get(parent_name, "")
            if parent and parent != iri:
                relations.add(Relation(iri, "subOrganizationOf", parent, None, "name"))
            kind = organ
        elif first.type == "Regulation":
            territory = first.key[2] if len(first.key) > 2 else ""  # kg.extract.regulations.localised gave it
            jurisdiction = place_iri_by_code.get(territory, "") if territory else (
                _regulation_place(first, mentions, place_iri_by_code, gazetteer)
                or place_iri_by_code.get(jurisdiction_code, ""))  # issued for the territory the report is about
            enactor = _enacting_body(first.canonical, body_iri_by_name)
            if enactor:
                relations.add(Relation(enactor, "enacts", iri, None, "name"))
        if jurisdiction:
            need_china |= jurisdiction == CHINA_IRI
            relations.add(Relation(iri, "jurisdiction", jurisdiction, None, "name"))
        if first.type == "Project":
            places = _places_inside(group, places_by_begin, place_begins)
            if not places and first.canonical.endswith("段") and all(m.surface != first.canonical for m in group):
                # 长征 written bare in 长征、长江国家文化公园湖北段: the place of the segment its name took
                places = list(dict.fromkeys(mention_iri(p) for p in places_by_begin if p.code and len(p.surface) >= 2
                                            and first.canonical.endswith(p.surface + "段")))
            owner = next((m.key[-1] for m in group if len(m.key) > 1), "")
            if not places and owner in place_iri_by_code:
                places = [place_iri_by_code[owner]]  # 市疾控中心 → 孝感市
            if first.canonical.endswith(_STREETS) and not first.canonical.endswith(_ROADS_BETWEEN):
                places = [p for p in places if not _distant_division(code_by_place_iri.get(p, ""), jurisdiction_code, ref)]
            for place in places:
                relations.add(Relation(iri, "locatedIn", place, None, "name"))
        entities.append(Entity(first.type, first.canonical, iri, aliases, first.code, level, kind,
                               jurisdiction, parent, tuple(sorted(local))))
    if need_china and CHINA_IRI not in groups:
        entities.append(Entity("Place", CHINA, CHINA_IRI, ("中国",), CHINA_CODE, "country", "country"))
    mention_iris = tuple((mention_iri(m),) for m in mentions)
    return Resolution(tuple(entities), mention_iris, tuple(sorted(relations, key=_relation_key)))


def _is_local(alias: str, mention: Mention, ref) -> bool:
    """True for a body's form that names it only in its own document: 市委, 省人大, 常委会 carry
    no place of their own, so across documents they would name many bodies."""
    if mention.type == "Body":
        organ, code = (mention.key + ("", ""))[:2]
        if organ == "national":
            return alias == "中央"
        division = ref.divisions_by_code.get(code)
        if division is None:
            return False
        return not any(name in alias for name in (division.name, *division.short))
    return False


def _relation_key(r: Relation) -> tuple:
    return (r.subject, r.predicate, r.object, r.sentence.begin if r.sentence else -1)


_NATURAL_FEATURES = ("river", "lake", "sea", "mountain")


def _places_inside(group: list[Mention], places: list[Mention], begins: list[int]) -> list[str]:
    """Places named inside any mention of a project (比亚迪襄阳产业园 → 襄阳市). A river or
    mountain in the name is where the project stands only when no division is named with it:
    长江国家文化公园湖北段 is in 湖北省 (the river is its theme), 长江大桥 is on the river."""
    inside = [p for m in group for p in places[bisect_left(begins, m.begin):bisect_right(begins, m.end)]
              if p.end <= m.end and (p.begin, p.end) != (m.begin, m.end)]  # (`places` sorted by begin)
    divisions = [p for p in inside if p.key[0] != "feature" or p.key[1] not in _NATURAL_FEATURES]
    out: list[str] = []
    for p in divisions or inside:
        iri = mention_iri(p)
        if iri not in out:
            out.append(iri)
    return out


def _enacting_body(title: str, body_iri_by_name: dict[str, str]) -> str:
    """A decision titled "[body]关于……" was enacted by that body (深圳市人民代表大会常务委员会关于修改…)."""
    if "关于" not in title:
        return ""
    author = title[:title.index("关于")].replace("人民代表大会常务委员会", "人大常委会")
    return body_iri_by_name.get(author, "")


def _regulation_place(reg: Mention, mentions: list[Mention], place_iri_by_code: dict[str, str],
                      gazetteer: Gazetteer) -> str:
    """The territory a regulation governs: the place its title starts with, or the country for
    national laws and for instruments of national organs (国务院关于…的意见)."""
    if reg.canonical.startswith(CHINA) or reg.key[1:2] in (("法律",), ("行政法规",), ("宪法",), ("司法解释",)):
        return CHINA_IRI
    if any(reg.canonical.startswith(name) for name in _NATIONAL_ISSUERS):
        return CHINA_IRI
    # 云南省红河哈尼族彝族自治州…条例: an autonomous area's title opens with its province, then itself
    code, rest = "", reg.canonical
    while True:
        best = max((p for p in mentions if p.type == "Place" and p.code and rest.startswith(p.canonical)),
                   key=lambda p: len(p.canonical), default=None)
        if best is None or (code and not best.code.startswith(code[:2])):
            break
        code, rest = best.code, rest[len(best.canonical):]
    if code:
        return place_iri_by_code.get(code, "")
    first_char = reg.begin + (1 if reg.end - reg.begin > len(reg.surface) else 0)  # after 《, if written
    for p in mentions:
        if p.type == "Place" and p.begin == first_char and p.code:
            return place_iri_by_code.get(p.code, "")
    return ""


_NATIONAL_ISSUERS = ("国务院", "中共中央", "中央", "全国人民代表大会", "全国人大", "最高人民法院", "最高人民检察院", "国家")
