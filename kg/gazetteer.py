"""Automata over the reference data, built once per process.

One Aho-Corasick automaton finds every place name (divisions, their short forms, rivers,
lakes, regions, countries) and every national organ name in a single pass over the text;
extractors then decide which hits are real mentions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Generic, TypeVar

import ahocorasick_rs

from kg.reference import Division, ReferenceData, load_reference

# Short forms that are also ordinary words; they count only as full names (公安县, 和平区).
COMMON_WORD_SHORTS = frozenset(
    "公安 和平 新华 东方 开发 城区 郊区 矿区 长安 太平 青山 白云 永安 兴业 安全 中心 高新 "
    "新城 新区 老城 城中 城东 城西 城南 城北 江北 江南 河东 河西 河南 河北 山东 山西 "
    "市中 宁安 长治 安康 吉安 和田 海东 海南 海北 通州 红旗 东风 前进 胜利 光明 团结 "
    "建设 友谊 向阳 铁西 铁东 朝阳 永和 平安 和顺 大方 普安 长寿 丰收 文明 富民 "
    "民主 勤劳 华容 石首 监利 清河 静安 龙泉 白山 双城 新兴 宏伟 金平 南山 北海 "
    # ordinary words that are also the short name of some county or district
    "资源 合作 武功 平原 比如 南部 动力 港口 友好 通道 河口 中方 凤凰 安定 商城 延长 江山 运河 四方 万年 光泽 南岸 "
    "会同 兴国 大名 龙门 富裕 清水 前锋 长子 清新 平定 芙蓉 洞口 阿里 太和 路桥 温泉 石门 三元 新河 大方 互助 新华 "
    "金台 建平 天桥 威信 莲花 安宁 平和 沿河 名山 东坡 黄龙 六合 海港 开元 桃源 建华 大观 永和 二七 台前 江城 双桥 "
    "月湖 文峰 高台 银海 小河 二道 上街 兴隆 无为 河间 民权 小店 同心 长乐 宝塔 元宝 石棉 丰满 永福 永新 石龙 "
    "北湖 中原 安居 江海 惠民 龙江 新城 城中 矿区 向阳 东区 西区 中区 南区 北区 和顺 江南 城厢 ".split()
) - frozenset({"河南", "河北", "山东", "山西", "海南"})  # provinces: always places


# Full names of (mostly former) units that are also generic words: 新区, 市区, 城区.
GENERIC_NAMES = frozenset("新区 市区 城区 郊区 矿区 开发区 高新区 经开区 老城区 新城区".split())


_TOWN_SUFFIX = ("街道", "镇", "乡", "苏木")
# Town names made of an ordinary word and a suffix (中心镇, 交通镇, 城关镇) are far more often
# that word than that town.
_GENERIC_TOWN_STEMS = frozenset(
    "中心 城关 城郊 城厢 城中 城东 城西 城南 城北 新城 老城 工业 开发 高新 经济 新区 交通 中华 人民 建设 和平 胜利 "
    "解放 团结 红旗 前进 光明 幸福 友谊 东风 新华 先锋 新兴 民主 向阳 复兴 振兴 繁荣 立新 跃进 曙光 共和 联合 文化 "
    "黎明 黄金 花园 车站 站前 大桥 新村 新民 新生 新建 新街 新市 太平 平安 城区 市区 郊区 示范 生态 旅游 小城 特色 重点 "
    "集".split()
)


def generic_town(name: str) -> bool:
    """A town name shared by hundreds of towns (城关镇, 新城街道): no clue to where it is."""
    for suffix in _TOWN_SUFFIX:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return stem in _GENERIC_TOWN_STEMS or stem in COMMON_WORD_SHORTS
    return False


@dataclass(frozen=True)
class NationalBody:
    canonical: str
    aliases: tuple[str, ...]
    parent: str


@dataclass(frozen=True)
class PlaceHit:
    """What a surface string can denote: divisions (by code) and/or a named feature."""

    divisions: tuple[Division, ...]
    feature: str = ""
    feature_kind: str = ""
    full: bool = False  # the surface is an official full name, not a short form


V = TypeVar("V")


class Matcher(Generic[V]):
    """Names to values, found all at once in a text by one Aho-Corasick automaton.

    ahocorasick_rs (Rust) scans about ten times faster than pyahocorasick, and the place scan
    runs over every character of every report."""

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        pairs = sorted(dict(entries).items())
        self.names = tuple(name for name, _ in pairs)
        self.values = tuple(value for _, value in pairs)
        self._automaton = ahocorasick_rs.AhoCorasick(self.names)

    def hits(self, text: str) -> list[tuple[int, int, V]]:
        """Every match, overlapping ones included, as (begin, end, value) in character offsets."""
        values = self.values
        return [(begin, end, values[i]) for i, begin, end in self._automaton.find_matches_as_indexes(text, overlapping=True)]

    def __len__(self) -> int:
        return len(self.names)

    def __reduce__(self):  # the automaton is rebuilt rather than pickled
        return (Matcher, (list(zip(self.names, self.values)),))


@dataclass(frozen=True)
class Gazetteer:
    reference: ReferenceData
    places: Matcher[PlaceHit]
    national: Matcher[NationalBody]
    national_by_name: dict[str, NationalBody]
    laws_by_last_char: dict[str, tuple]  # national laws in force by last character, for contractions
    waters: frozenset[str] = frozenset()  # names and short forms of the listed rivers and lakes
    # Counties whose short form is an ordinary word (兴国, 会同), kept out of `places`: only a
    # list of their neighbours licenses them (kg.extract.places.listed_word_counties).
    word_shorts: dict[str, tuple[Division, ...]] = field(default_factory=dict)


def _national_bodies() -> tuple[NationalBody, ...]:
    rows = []
    text = resources.files("kg.data").joinpath("national_bodies.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if not line.strip() or line.startswith("#") or line.startswith("canonical\t"):
            continue
        canonical, aliases, parent = (line.split("\t") + ["", ""])[:3]
        names = [a for a in aliases.split("|") if a]
        if canonical.startswith("中华人民共和国") and canonical.endswith("部"):
            # Reports also write a ministry as 国家 + its short name: 国家科技部, 国家商务部.
            names += ["国家" + a for a in names if not a.startswith("国家") and "国家" + a not in names]
        rows.append(NationalBody(canonical, tuple(names), parent))
    return tuple(rows)


@cache
def load_gazetteer() -> Gazetteer:
    ref = load_reference()
    surfaces: dict[str, dict] = {}

    def add(surface: str, division: Division | None = None, feature: str = "", kind: str = "",
            full: bool = False) -> None:
        if len(surface) < 2:
            return
        entry = surfaces.setdefault(surface, {"divisions": [], "feature": "", "kind": "", "full": False})
        if division is not None and division not in entry["divisions"]:
            entry["divisions"].append(division)
        if feature and not entry["feature"]:
            entry["feature"], entry["kind"] = feature, kind
        entry["full"] = entry["full"] or full

    word_shorts: dict[str, list[Division]] = {}
    for division in ref.divisions_by_code.values():
        if division.name in GENERIC_NAMES and division.level == "county":
            word_shorts.setdefault(division.name, []).append(division)  # 洛阳's 老城区 listed beside 西工区
            continue
        if division.name in GENERIC_NAMES or (division.level == "town" and generic_town(division.name)):
            continue
        add(division.name, division, full=True)
        if division.level == "town":
            continue  # town short forms (绿水, 万家, 龙头) are ordinary words far too often
        for short in division.short:
            if short not in COMMON_WORD_SHORTS:
                add(short, division)
            elif division.level in ("city", "county"):
                word_shorts.setdefault(short, []).append(division)
    for feature in ref.features_by_name.values():
        add(feature.name, feature=feature.name, kind=feature.kind, full=True)
        for short in feature.short:
            if short not in COMMON_WORD_SHORTS:
                add(short, feature=feature.name, kind=feature.kind)

    places = Matcher(
        (surface, PlaceHit(tuple(sorted(entry["divisions"], key=lambda d: (d.until is not None, d.code))),
                           entry["feature"], entry["kind"], entry["full"]))
        for surface, entry in surfaces.items())
    bodies = _national_bodies()
    national = Matcher((name, body) for body in bodies for name in (body.canonical, *body.aliases))
    laws: dict[str, list] = {}
    for name, law in ref.laws_by_name.items():
        if law.level == "法律" and not law.expired and not name.startswith("中华人民共和国"):
            laws.setdefault(name[-1], []).append((name, law))
    waters = frozenset(n for f in ref.features_by_name.values() if f.kind in ("river", "lake") for n in (f.name, *f.short))
    return Gazetteer(ref, places, national, {b.canonical: b for b in bodies},
                     {k: tuple(sorted(v, key=lambda x: x[0])) for k, v in laws.items()}, waters,
                     {k: tuple(sorted(v, key=lambda d: d.code)) for k, v in word_shorts.items()})


def longest_hits(matcher: Matcher[V], text: str,
                 hits: list[tuple[int, int, V]] | None = None) -> list[tuple[int, int, V]]:
    """Leftmost-longest, non-overlapping matches as (begin, end, value)."""
    hits = sorted(matcher.hits(text) if hits is None else hits, key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, object]] = []
    last_end = -1
    for begin, end, value in hits:
        if begin >= last_end:
            out.append((begin, end, value))
            last_end = end
    return out
