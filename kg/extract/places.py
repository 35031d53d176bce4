"""Place mentions: administrative divisions, named features, development zones and regions.

Divisions and features come from one gazetteer scan. A hit is kept when it is a word (jieba
agrees on its boundaries) and, for the short forms of counties and towns that repeat across
China, when the document's jurisdiction makes it unambiguous. Zones and small rivers are
recognised by the grammar of their names: a place, a proper name, and a zone or water suffix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.foreign import foreign_city_mentions
from kg.gazetteer import Gazetteer, PlaceHit, generic_town
from kg.model import Mention
from kg.reference import Division, Feature
from kg.segment import WordBoundaries, frequency, has_unknown_word, is_word, tag

LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "town": 3}
# Zone suffixes and their full forms (高新区 is short for 高新技术产业开发区).
ZONE_SUFFIXES = {
    "高新技术产业开发区": "高新技术产业开发区", "高新区": "高新技术产业开发区",
    "经济技术开发区": "经济技术开发区", "经开区": "经济技术开发区", "经济开发区": "经济开发区",
    "综合保税区": "综合保税区", "综保区": "综合保税区", "保税港区": "保税港区",
    "临空经济示范区": "临空经济示范区", "临空经济区": "临空经济区", "临空区": "临空经济区",
    "自由贸易试验区": "自由贸易试验区", "自贸试验区": "自由贸易试验区", "自贸区": "自由贸易试验区",
    "产业新区": "产业新区", "新区": "新区", "新城": "新城", "工业园区": "工业园区", "工业园": "工业园",
    "开发区": "开发区", "都市圈": "都市圈", "城市圈": "城市圈", "城市群": "城市群", "经济圈": "经济圈",
    "经济带": "经济带", "科创大走廊": "科创大走廊",
    "边境经济合作区": "边境经济合作区", "边合区": "边境经济合作区", "跨境经济合作区": "跨境经济合作区",
}
# Zones whose proper name alone, without a place before it, names them (甘眉工业园区).
_PARK_SUFFIXES = frozenset(("工业园区", "工业园", "经济开发区", "经济技术开发区", "高新技术产业开发区", "开发区",
                            "综合保税区", "保税港区"))
_BONDED = ("综合保税区", "保税港区")
_BOUNDARY_CHARS = "，。；：！？、\n（）“”《》和与及在到向"
# Verbs a zone's name follows in a clause (推动甘眉工业园区, 视察清河工业园区).
_PARK_LEAD = re.compile("(?:推进|推动|加快|打造|共建|建设|实施|建成|创建|申报|获批|设立|争创|支持|视察|考察|调研|检查|走访|"
                        "深化|力争|落户|入驻|进驻|依托|做强|做大|提升|发展|完善|优化|壮大|围绕|聚焦|助推|服务|引导|加强|"
                        "整合|升级|扩区|申建|成功|落地|引进|新建|组建|筹建|启动|开发|对|把|将|以|为|从|了)$")
_NOT_NAME_FLAGS = frozenset(("v", "vn", "vd", "d", "p", "c", "u", "r", "m", "q", "f", "a", "ad", "b", "uj", "ul"))
_CJK = re.compile("[\u4e00-\u9fff]+")
_NOT_IN_PARK = set("的和与及在是为了等将把对至省市县区乡镇全各我年月日个一二三四五六七八九十型")
_RARE_PLACE_WORD = 200  # jieba frequency: 洋浦 13, 中关村 153, 城东 267, 江南 4986
# A distant county's full name read as other words (7项城市设计, 旧城平房区): jieba frequencies of
# the words its suffix ends or opens, and of an ordinary stem; tags of stems that are names.
_COMMON_WORD = 1000  # 城市 25,084, 山区 2,809, 区域 6,406, 县城 1,500
_COMMON_STEM = 150  # 平房 198, 南部 5,612 (海淀 103 is a name anyway)
_NAME_FLAGS = ("ns", "nr", "nz", "nt", "nrt", "nrfg", "j")
_ORGAN_CHARS = "委长政府人法院检党"  # 区委, 县长, 市政府: the place's own organs follow its name
# Zones a city has at most one of, so a bare mention in its report names it.
# Zones a province has one of, so 省自贸区 names it (省高新区 is a grade a zone gets).
_PROVINCE_OWN_ZONES = ("自由贸易试验区", "自贸试验区", "自贸区")
_OWN_ZONES = ("高新技术产业开发区", "高新区", "经济技术开发区", "经开区", "综合保税区", "综保区", "临空经济区", "临空区")
_ZONE = re.compile("(" + "|".join(sorted(ZONE_SUFFIXES, key=len, reverse=True)) + ")")
# Verbs of a report working on its own zone (推进高新区建设); 创建, 申报 and 争创 seek a grade instead.
_ON_OWN_ZONE = ("推进", "推动", "加快", "支持", "促进", "提升", "做强", "做大", "做优", "完善", "优化")
_ZONE_CLAUSE_VERB = re.compile("推进|推动|加快|打造|共建|建设|实施|建成|创建|申报|获批|设立|争创|积极|支持|融入|对接|服务|"
                               "纳入|列入|进入|加入|成为|作为|争取")
_ZONE_WORD = re.compile(_ZONE.pattern + "|自由贸易港|自贸港|示范区|实验区|管理区|新城")
_DIRECTIONS = frozenset("东西南北上下中前后内外大小老新")  # 西辽河, 小清河: a river named after another
_SIZE_OR_SIDE = frozenset("东西南北大小老新")
_RIVER_CUES = ("流域", "干流", "支流", "沿岸", "水系", "两岸", "上游", "中游", "下游", "水环境", "水生态", "水污染", "水质")
# Works on a named river or lake (甸溪河综合治理工程): a cue only where the name opens a clause or
# list item, or follows its verb or place — inside a longer word (山水林田湖, 退垸还湖) it names nothing.
_WORKS_CUES = ("综合治理", "综合整治", "治理工程", "整治工程", "防洪工程", "生态修复", "清淤")
_WORKS_VERB = re.compile("深化|强化|加强|抓好|做好|完成|启动|开展|推进|实施|加快|推动|持续|全面")
# What may follow a river's name (保护, 管理: a place's own river in a title, 《十堰市神定河保护条例》).
_WATER_CUE = "(?=" + "|".join(_RIVER_CUES + _WORKS_CUES) + "|保护|管理|[、，。；等和])"
_WATER = re.compile(r"([\u4e00-\u9fff]{1,3}?(?:河|江|湖))" + _WATER_CUE)
# Characters that cannot sit inside the proper-name part of a zone or river name.
_NOT_IN_NAME = set("的和与及在是为了等将把对至、，。；：“”‘’省市县区乡镇全各我新老大小上下中内外一二三四五六七八九十年月日个")
# (数据湖 is a data lake; 山水林田湖草 a slogan)
_WATER_GENERIC = frozenset("重点 主要 中小 城市 黑臭 臭 垃圾 骨干 重要 河 湖 江 沿 大 小 各 内 外 支 干 界 护城 数据 "
                           "母亲 运 内陆 沟 林田".split())
_FEATURE_CUE = re.compile("流域|干流|支流|沿岸|两岸|水系|河段|江段|湖区|库区|水域|水质|水环境|水生态|河道|风景区|景区|"
                          "山脉|山区|湿地")
_NATURAL = ("river", "lake", "sea", "mountain")
_WATERS_LISTED = re.compile("[、和及与][\u4e00-\u9fff]{1,4}?[江河湖]")  # the next item of a list of waters
# A list of waters that a feature word closes: 巢湖、新安江流域 (巢湖 the lake, not 巢湖市).
_LISTED_WATER_CUE = re.compile("(?:、[\u4e00-\u9fff]{1,4}?[江河湖])+(?:" + "|".join((*_RIVER_CUES, "水域")) + ")")
_PEOPLE_OR_TONGUE = ("族", "语", "文字")
_LOCATIVES = frozenset("前后东西南北中内外上下")
_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十两百千万几多]+)[座个条处棵株所栋]$")
_AFTER_A_WATER = ("河、", "江、", "湖、")  # 淮河、巢湖: the lake, listed after a river
_STREET = re.compile("大道|大街|路|街|巷")
# Characters after which a name can start a word of its own (与黑山, 在盐城市), unlike 大黑山 or 前海城市.
_COMMON_ENDINGS = ("城市", "港区")  # words (city, port area) that end some divisions' names too
# A slogan's adjective before a place's name (幸福宣城, 美丽德阳): a campaign, not the place.
SLOGAN_ADJECTIVES = frozenset("幸福 美丽 平安 健康 法治 文明 魅力 活力 宜居 和谐 多彩 书香 诚信 清廉".split())
# ... and, before a distant place, these too (数字中国会展中心 is a venue's name, 数字宣城 a slogan)
_SLOGAN_BEFORE = SLOGAN_ADJECTIVES | {"数字", "智慧", "生态"}
_ROUTE_AFTER = re.compile("高速|高铁|铁路|公路|城际")
_NUMERALS = "一二三四五六七八九十两"
_BEFORE_NAME = frozenset("与和及同赴到向对在是从至自经为、，。；：（“")
# (大道 keeps its place: 武汉大道 runs to Wuhan; 泰安道 is a Tianjin street, 道县 a county)
_STREET_AFTER_TOWN = re.compile("路|街|巷|道(?![县路德教理歉口])")
_FIRM = re.compile("集团|股份|公司|控股|实业|水泥|玻纤|石膏|啤酒|药业|酒业|纸业|钢铁|电器|银行|证券|保险|舰队")
_RELATIVE = {"省": "province", "市": "city", "县": "county", "区": "county", "州": "city", "盟": "city", "旗": "county"}
_CLASS_BEFORE = set("各县市区省乡镇州级全本我该每两地")


@dataclass(frozen=True)
class PlaceCandidate:
    begin: int
    end: int
    surface: str
    hit: PlaceHit
    # A hit that starts before this one and runs into it but is not a word by jieba's cut (衢江
    # in 衢|江城区): the reading to take instead when this one would name a place far away.
    rival: PlaceCandidate | None = None


def find_candidates(clean: str, gazetteer: Gazetteer) -> tuple[PlaceCandidate, ...]:
    """Every gazetteer hit that is a word; which division it denotes is decided later."""
    # Leftmost-longest among the hits that are words: in 建成安陆 the hit 成安 is not a word, so
    # it must not block 安陆. Word boundaries are asked only of hits that could still be taken.
    out: list[PlaceCandidate] = []
    last_end = -1
    rejected: PlaceCandidate | None = None
    hits = sorted(gazetteer.places.hits(clean), key=lambda h: (h[0], -(h[1] - h[0])))
    towns = gazetteer.reference.towns_by_parent
    words = WordBoundaries(clean, (_checked_span(clean, b, e, hit, towns) for b, e, hit in hits))
    for b, e, hit in hits:
        if b < last_end:
            continue
        if _is_name(clean, b, e, hit, words, frozenset({last_end}), towns):
            rival = rejected if rejected is not None and rejected.begin < b < rejected.end else None
            out.append(PlaceCandidate(b, e, clean[b:e], hit, rival))
            last_end = e
        elif rejected is None or b >= rejected.end:
            rejected = PlaceCandidate(b, e, clean[b:e], hit)
    return tuple(out)


_GLUED_AFTER_PROVINCE = ("地区", "同胞", "各族", "籍", "特区")
# A division suffix that starts a longer word: 安陆市场, 孝南区域, 全县城 are not names.
_SUFFIX_WORDS = {"市": "场民值", "区": "域间块位", "县": "域城", "省": "份", "镇": "", "乡": "村土亲"}


def _full_with_suffix(clean: str, begin: int, end: int, hit: PlaceHit) -> bool:
    return hit.full and end - begin >= 3 and clean[end - 1] in _SUFFIX_WORDS


def _checked_span(clean: str, begin: int, end: int, hit: PlaceHit,
                  towns: Mapping[str, tuple[Division, ...]] | None = None) -> tuple[int, int]:
    """The span whose edges must be word boundaries for a hit to be a name. A full name ending
    in a level suffix (烟店镇) only needs its start checked, since jieba often glues the suffix
    to the next word (烟店镇上榜 → 镇上); so does a foreign name (英国政府, 美国纽约, 汉堡港), and
    a county before one of its towns (平武古城 → 平|武古城)."""
    if _full_with_suffix(clean, begin, end, hit):
        return begin, begin
    if towns is not None and any(d.level == "county" and clean[end:end + 2] in _town_openings(towns.get(d.code, ()))
                                 for d in hit.divisions):
        return begin, begin
    if not hit.divisions and (hit.feature_kind == "city" or (hit.feature_kind == "country" and clean.endswith("国", 0, end))):
        return begin, begin
    if clean.startswith(_GLUED_AFTER_PROVINCE, end) and any(d.level == "province" for d in hit.divisions):
        return begin, begin  # jieba reads 台湾地区, 西藏地区, 台湾同胞, 香港特区 as one word
    if hit.feature_kind in ("river", "lake") and clean.startswith(_RIVER_CUES, end) \
            and clean[begin - 1:begin] not in _DIRECTIONS:
        return begin, begin  # and 长江上游, 黄河流域 (西辽河流域 is another river's)
    return begin, end


def _is_name(clean: str, begin: int, end: int, hit: PlaceHit, words: WordBoundaries,
             after: frozenset[int] = frozenset(), towns: Mapping[str, tuple[Division, ...]] | None = None) -> bool:
    """Word boundaries from jieba (the end of the place just before counts as a start: 美国|纽约);
    a name glued to the word a level suffix starts (安陆市场) is not a name."""
    if _full_with_suffix(clean, begin, end, hit) and end < len(clean) and clean[end] in _SUFFIX_WORDS[clean[end - 1]]:
        return False
    return words.is_word(*_checked_span(clean, begin, end, hit, towns), after)


@cache
def _town_openings(towns: tuple[Division, ...]) -> frozenset[str]:
    """The first two characters of the short forms of a county's towns."""
    return frozenset(short[:2] for town in towns for short in town_shorts(town) if len(short) >= 2)


def _starts_with_place(text: str, gazetteer: Gazetteer) -> bool:
    return any(b == 0 and hit.divisions for b, _, hit in gazetteer.places.hits(text))


_KNOWN_COUNTY_MAX_FREQUENCY = 300  # 晋江 68, 昆山 148, 瑞金 134; ordinary words: 安宁 502, 东方 3,993
_MODEL_AFTER = re.compile("经验|等地")  # “晋江经验”, 昆山等地: a distant county held up as a model


def _among_places(clean: str, c: PlaceCandidate, index: int, candidates: tuple[PlaceCandidate, ...],
                  previous: Division | None, previous_end: int, jurisdiction: Division | None,
                  gazetteer: Gazetteer) -> bool:
    """Whether the text treats the name as a distant place: as a model or one of several places
    (“晋江经验”, 昆山等地), or listed beside another place away from the report's own (赴东莞、义乌、
    扬州; not 钟山、水城、红桥 in a 六盘水 report, where the list is of the city's own)."""
    def away(d: Division) -> bool:
        return jurisdiction is None or not _within(d, jurisdiction.code, gazetteer)

    if _MODEL_AFTER.match(clean, c.end):
        return True
    if previous is not None and previous_end == c.begin - 1 and clean[previous_end] == "、":
        return away(previous)
    after = candidates[index + 1] if index + 1 < len(candidates) else None
    return after is not None and after.begin == c.end + 1 and clean[c.end] == "、" and bool(after.hit.divisions) \
        and all(away(d) for d in after.hit.divisions) and (
            after.hit.full or any(d.level in ("province", "city") for d in after.hit.divisions))


def _known_county(clean: str, c: PlaceCandidate) -> Division | None:
    """A county's short form in another province's report, when it names one county only and is
    no everyday word (借鉴“晋江经验”, 赴义乌招商): a report names a distant county by its short
    form only when the county is well known. Not before a street or institution (长乐路)."""
    current = [d for d in c.hit.divisions if d.until is None]
    if len(current) != 1 or current[0].level != "county" or len(c.surface) < 2 or c.hit.full:
        return None
    if frequency(c.surface) >= _KNOWN_COUNTY_MAX_FREQUENCY or _STREET.match(clean, c.end) \
            or _INSTITUTION.match(clean, c.end) or _FIRM.match(clean, c.end):
        return None
    return current[0]


def _known_short(surface: str, name: str, gazetteer: Gazetteer) -> bool:
    """湘江新区 for 湖南湘江新区: a new area's name less the place it opens with is known country-wide."""
    return surface.endswith("新区") and name.endswith(surface) and _starts_with_place(name, gazetteer)


def ancestors_and_self(division: Division, gazetteer: Gazetteer) -> tuple[str, ...]:
    return (division.code, *(d.code for d in gazetteer.reference.ancestors(division.code)))


def _within(division: Division, root: str, gazetteer: Gazetteer) -> bool:
    return root in ancestors_and_self(division, gazetteer)


def _far_from(division: Division, jurisdiction: Division | None, gazetteer: Gazetteer) -> bool:
    """Whether a division lies in another province than a city's or county's report."""
    if jurisdiction is None or jurisdiction.level not in ("city", "county"):
        return False
    province = gazetteer.reference.province_of(jurisdiction.code)
    return province is not None and not _within(division, province.code, gazetteer)


def choose_division(hit: PlaceHit, jurisdiction: Division | None, gazetteer: Gazetteer,
                    near: tuple[Division, ...] = (), year: int | None = None,
                    named: frozenset[str] = frozenset()) -> Division | None:
    """The division a hit denotes in this document, or None when it cannot be told.

    Units that existed in the document's year count (万全县 in a 2012 report); short forms of
    counties and towns count only inside the jurisdiction's province, since the same short
    names recur across China; a unit the document names in full elsewhere (`named`) and the
    places written next to the hit (`near`) break ties before the jurisdiction does.
    """
    def valid(d: Division) -> bool:
        return d.until is None or (year is not None and year < d.until)

    if jurisdiction is not None:
        own = {jurisdiction.code, *(d.code for d in gazetteer.reference.ancestors(jurisdiction.code))}
        mine = [d for d in hit.divisions if d.code in own]
        if mine:
            return mine[0]  # 恩施 in a 恩施州 report is the prefecture itself, not 恩施市
    in_text = [d for d in hit.divisions if d.code in named]
    if len(in_text) == 1 and not hit.full and len({d.level for d in hit.divisions}) == 1:
        return in_text[0]  # 万全 after 万全县 in the same report is that county
    current = [d for d in hit.divisions if valid(d)]
    if not hit.full and year is not None and all(d.until is not None and year > d.until + 1 for d in hit.divisions):
        return None  # 杏林 in a 2012 Xiamen report: 杏林湾, 杏林大桥, not the district merged away in 2003
        # (a report looks back on the year before: 沧浪 in a 2012 Suzhou report is the district)
    current = current or list(hit.divisions)
    if not current:
        return None
    province = gazetteer.reference.province_of(jurisdiction.code) if jurisdiction else None
    if year is not None:
        # A unit that existed in the report's year and was later replaced is what the report
        # meant (莱芜 in 2004 is 莱芜市, not today's 莱芜区) — unless a unit of the report's own
        # province bears the name (新市区 in a 2014 Urumqi report, not 保定's merged away in
        # 2015) or a current one of a higher level does (九江 in 2011 is 九江市, not 九江县).
        then = [d for d in current if d.until is not None and year < d.until]
        if province is not None and not any(_within(t, province.code, gazetteer) for t in then) \
                and any(_within(d, province.code, gazetteer) for d in current):
            then = []
        if then and not any(d.until is None and LEVEL_RANK[d.level] < min(LEVEL_RANK[t.level] for t in then)
                            for d in current):
            current = then

    def known_here(d: Division) -> bool:
        # (新疆疏附, 西藏波密: a county right after its province or city is known there)
        return d.level in ("province", "city") or (province is not None and _within(d, province.code, gazetteer)) \
            or any(_within(d, root.code, gazetteer) for root in near)

    if not hit.full:
        current = [d for d in current if known_here(d)]
    else:
        # Towns, and two-character county names (成县 in 建成县级, 范县 in 示范县), count only
        # inside the province the document is about.
        current = [d for d in current
                   if (d.level != "town" and not (d.level == "county" and len(d.name) <= 2)) or known_here(d)]
    if len(current) <= 1:
        return current[0] if current else None
    for root in (*near, jurisdiction, province):
        if root is None:
            continue
        inside = [d for d in current if _within(d, root.code, gazetteer)]
        if len(inside) == 1:
            return inside[0]
        if inside:
            current = inside
    present = [d for d in current if d.until is None]
    if len(present) == 1 and not hit.full:
        return present[0]
    ranked = sorted(current, key=lambda d: LEVEL_RANK[d.level])
    if not hit.full and LEVEL_RANK[ranked[0].level] < LEVEL_RANK[ranked[1].level]:
        return ranked[0]
    return None


def street_namesakes(clean: str, candidates: tuple[PlaceCandidate, ...]) -> list[tuple[int, int]]:
    """Spans of place names that open a street's name (门源路, 东京大道): no mention of the place
    wherever it lies, but what makes the street's own name a proper one."""
    return [(c.begin, c.end) for c in candidates if _STREET_AFTER_TOWN.match(clean, c.end)]


def place_mentions(clean: str, candidates: tuple[PlaceCandidate, ...], jurisdiction: Division | None,
                   gazetteer: Gazetteer, year: int | None = None) -> tuple[list[Mention], list[str]]:
    """Resolve candidates to divisions or features; report names left unlinked."""
    mentions: list[Mention] = []
    warnings: list[str] = []
    named = frozenset(d.code for c in candidates if c.hit.full for d in c.hit.divisions
                      if len(c.hit.divisions) == 1)
    previous: Division | None = None
    previous_end = -1
    province = gazetteer.reference.province_of(jurisdiction.code) if jurisdiction else None
    for index, c in enumerate(candidates):
        near: tuple[Division, ...] = ()
        if previous is not None and c.begin == previous_end:
            near = (previous,)  # 三台西平镇: the county right before
        elif previous is not None and c.begin == previous_end + 1 and clean[previous_end] == "、" and previous.parent:
            near = (gazetteer.reference.divisions_by_code[previous.parent],)  # 重庆北碚区、江北区
        division = choose_division(c.hit, jurisdiction, gazetteer, near, year, named) if c.hit.divisions else None
        if division is None and c.hit.divisions and not c.hit.feature and \
                _among_places(clean, c, index, candidates, previous, previous_end, jurisdiction, gazetteer):
            division = _known_county(clean, c)
        if c.rival is not None and jurisdiction is not None and province is not None and \
                (division is None or not _within(division, province.code, gazetteer)):
            local = choose_division(c.rival.hit, jurisdiction, gazetteer, (), year, named) if c.rival.hit.divisions else None
            if local is not None and _within(local, jurisdiction.code, gazetteer):
                c, division = c.rival, local  # 衢江城区 in a 衢州 report: 衢江, not Yangjiang's 江城区
            elif division is not None and c.rival.hit.feature_kind in _NATURAL and province.code in \
                    gazetteer.reference.features_by_name[c.rival.hit.feature].provinces:
                c, division = c.rival, None  # 饶河源 in a 上饶 report: the province's river, not Guangdong's 河源
        if near and near[0] is previous and division is not None and not c.hit.full and _INSTITUTION.match(clean, c.end) \
                and not _within(division, previous.code, gazetteer):
            continue  # 上海中山医院, 南京鼓楼医院: a place's institution named after a landmark, no other place
        town_after = _longer_town_after(clean, c, previous if c.begin == previous_end else None, gazetteer)
        if town_after is not None:  # 鄂托克前旗上海庙: the county's town 上海庙镇, not 上海
            town, end = town_after
            mentions.append(Mention("Place", c.begin, end, clean[c.begin:end], town.name, town.code, ("division", "town")))
            previous, previous_end = town, end
            continue
        own_town = _own_town(c, division, jurisdiction, gazetteer)
        if own_town is not None:
            mentions.append(Mention("Place", c.begin, c.end, c.surface, own_town.name, own_town.code,
                                    ("division", "town")))
            previous, previous_end = own_town, c.end
            continue
        if c.hit.feature and division is not None:
            # An administrative reading wins for provinces and cities and inside the document's own
            # province (黑龙江省, 黄山市, 巴林左旗 in 赤峰); a feature word right after (流域, 干流,
            # 景区) or a foreign country elsewhere takes the feature.
            local = province is not None and _within(division, province.code, gazetteer)
            cue = _FEATURE_CUE.match(clean, c.end) is not None or (
                c.hit.feature_kind in _NATURAL and (_LISTED_WATER_CUE.match(clean, c.end) is not None
                                                    or _after_a_water(clean, c.begin, c.end, mentions)))
            feature_here = province is not None and province.code in \
                gazetteer.reference.features_by_name[c.hit.feature].provinces
            # 海西 in a Fujian report is the 海峡西岸 region, not Qinghai's 海西州; 泰山 outside 泰安's
            # own report is the mountain, not 泰安's 泰山区 (a district named after a mountain or a
            # river is written in full elsewhere; a county-level city, such as 井冈山, is not), unless
            # a district named after a sea is listed after another place (东莞、中山、南海)
            outside_county = division.level == "county" and division.name.endswith("区") \
                and c.surface != division.name and c.hit.feature_kind in _NATURAL and not _ZONE.match(clean, c.end) \
                and feature_here and not (jurisdiction is not None and jurisdiction.level in ("city", "county")
                                          and _within(division, jurisdiction.code, gazetteer)) \
                and not (c.hit.feature_kind == "sea" and previous is not None and c.begin == previous_end + 1
                         and clean[previous_end] == "、")
            # 两江新区: a new area the statistics also list as a county-level unit is the zone
            same_zone = c.hit.feature_kind == "zone" and division.name.endswith("新区")
            # 玄武湖, 浏阳河, 四姑娘山: a bare name shared with a town's short form is the lake, river or
            # mountain the town is named after (the town is written with its 街道, 镇 or 乡)
            town_short = division.level == "town" and not c.hit.full and c.hit.feature_kind in _NATURAL \
                and (feature_here or not local)
            # 四川雅江、九龙: a division inside the place written right before it is that division, unless
            # the feature lies there too (新疆天山, 辽宁千山 are the mountains)
            near_province = gazetteer.reference.province_of(near[0].code) if near else None
            named_near = near_province is not None and _within(division, near[0].code, gazetteer) \
                and near_province.code not in gazetteer.reference.features_by_name[c.hit.feature].provinces
            prefer_feature = cue or (not named_near and (
                (feature_here and not local) or outside_county or same_zone or town_short
                or not (local or division.level in ("province", "city"))))
        else:
            prefer_feature = bool(c.hit.feature)
        if prefer_feature and c.hit.feature_kind in _NATURAL and (_STREET.match(clean, c.end) or _FIRM.match(clean, c.end)
                                                                  or clean.startswith(("社区", "小区"), c.end)):
            continue  # 黄河路, 华山大道, 泰山玻纤, 千山社区: a street, firm or estate named after the river or mountain
        if division is not None and clean[max(0, c.begin - 2):c.begin] in _SLOGAN_BEFORE and province is not None \
                and not _within(division, province.code, gazetteer):
            continue  # 幸福宣城 in a 武宣 report: a slogan's 宣城, not Anhui's city
        if division is not None and division.name.endswith(_COMMON_ENDINGS) and c.surface == division.name and c.begin > 0 \
                and "\u4e00" <= clean[c.begin - 1] <= "\u9fff" and clean[c.begin - 1] not in _BEFORE_NAME \
                and province is not None and not _within(division, province.code, gazetteer) and c.begin != previous_end:
            continue  # 前海城市新中心, 远海港区: "city" and "port area", not a distant 海城市 or 海港区
        if division is not None and c.hit.full and not prefer_feature and division.level == "county" \
                and c.surface == division.name and province is not None \
                and not _within(division, province.code, gazetteer) and not _listed_after(clean, c.begin, previous_end) \
                and _words_not_a_name(clean, c.begin, c.end):
            continue  # 7项城市设计, 向山区倾斜, 新建区域, 旧城平房区: words, not a distant county
        if not prefer_feature and division is not None and not c.hit.full and c.surface[-1] in "江河湖" \
                and c.begin > 0 and "\u4e00" <= clean[c.begin - 1] <= "\u9fff" and clean[c.begin - 1] not in _BEFORE_NAME \
                and (clean.startswith(_RIVER_CUES, c.end) or _WATERS_LISTED.match(clean, c.end)) and province is not None \
                and not _within(division, province.code, gazetteer):
            continue  # 水阳江下游, 青弋江、水阳江、滁河: a river whose name holds a distant city's (阳江)
        if not prefer_feature and division is not None and not c.hit.full and _STREET_AFTER_TOWN.match(clean, c.end) \
                and province is not None and (not _within(division, province.code, gazetteer) or (
                    division.level == "county" and jurisdiction is not None and jurisdiction.level in ("city", "county")
                    and not _within(division, jurisdiction.code, gazetteer))):
            continue  # 苏州路, 阿勒泰路 in an Urumqi report, 魏都路 in a Kaifeng one: streets named after distant places
        if prefer_feature and c.hit.feature_kind == "city" and (street := _STREET.match(clean, c.end)) \
                and is_word(clean, c.end, street.end()):  # (伦敦路透社: the agency's word)
            continue  # 东京大道 in a Kaifeng report: a street named after a foreign city (the old capital's name)
        if not prefer_feature and division is not None and not c.hit.full and clean.startswith("湾", c.end) \
                and province is not None and not _within(division, province.code, gazetteer):
            continue  # 海西湾 in a Qingdao report: a bay of its own, not Qinghai's 海西州
        if prefer_feature and c.hit.feature_kind == "country" and c.hit.divisions and c.begin > 0 \
                and "\u4e00" <= clean[c.begin - 1] <= "\u9fff" and clean[c.begin - 1] not in _BEFORE_NAME:
            continue  # 大黑山, 巴林右旗: a Chinese name that is also a country's (黑山, 巴林) inside a longer one
        if prefer_feature and c.hit.feature_kind == "mountain" and len(c.surface) == 2 and c.begin > 0 \
                and "\u4e00" <= clean[c.begin - 1] <= "\u9fff" and clean[c.begin - 1] not in _BEFORE_NAME \
                and province is not None \
                and province.code not in gazetteer.reference.features_by_name[c.hit.feature].provinces \
                and is_word(clean, c.begin - 1, c.begin):  # (加快|燕山, 汲取|秦岭: the mountain itself)
            if not tag(clean[c.begin - 1])[0][1].startswith(("v", "p", "c", "d", "u")) \
                    and not (mentions and mentions[-1].end >= c.begin):
                local_hill = clean[c.begin - 1:c.end]
                mentions.append(Mention("Place", c.begin - 1, c.end, local_hill, local_hill, "", ("feature", "mountain")))
            previous = None
            continue  # 仙华山 in a Zhejiang report: a local hill whose name holds a distant mountain's (华山)
        if prefer_feature and c.hit.feature_kind in ("lake", "river") and c.begin > 0 \
                and clean[c.begin - 1] in _SIZE_OR_SIDE and province is not None \
                and province.code not in gazetteer.reference.features_by_name[c.hit.feature].provinces \
                and not (is_word(clean, c.begin - 2, c.begin) and tag(clean[c.begin - 2:c.begin])[0][1].startswith("v")):
            continue  # 小西湖 in a 兰州 report: a local place named after a distant lake (加大|通惠河 is the river)
        if prefer_feature and c.hit.feature_kind == "country" and clean.startswith(_PEOPLE_OR_TONGUE, c.end):
            continue  # 朝鲜族, 蒙古语, 朝鲜语言文字: a people or its language, not the country
        if prefer_feature and c.hit.feature_kind == "country" and _ROUTE_AFTER.match(clean, c.end):
            continue  # 文莱高速公路: 文登–莱阳, a road named by the two places it joins
        if not c.hit.full and (division is None or division.level in ("county", "town")) \
                and _COUNTED_BEFORE.search(clean, max(0, c.begin - 6), c.begin):
            continue  # 38座古塔保护工程: a counted common noun, not 古塔区 (4个广东珠西经济带城市 counts the cities)
        if not c.hit.full and c.begin > 0 and clean[c.begin - 1] in "元亿" and clean[c.end:c.end + 1] in "，。；、）":
            continue  # 突破千亿元大关，: a word closing an amount (a milestone), not 大关县 (60亿元宽城…项目 is)
        if not c.hit.full and c.surface[0] in _NUMERALS and c.begin > 1 and clean[c.begin - 2] in _NUMERALS:
            continue  # “一区两路三江”: a slogan's count, not 三江侗族自治县
        if prefer_feature and c.hit.feature_kind == "river" and clean.startswith("联运", c.end):
            continue  # 海河联运, 江海联运: transport by sea and river, not the 海河 of Tianjin
        if prefer_feature and c.hit.feature_kind in ("lake", "river") and _ZONE.match(clean, c.end) and province \
                and (opening := _division_inside_zone(c, (province.code,), jurisdiction, gazetteer, year, named)):
            mentions += opening  # 大冶湖 + 高新区: a zone named after the city and its lake, built on the city
            previous = None
            continue
        if prefer_feature:
            feature = gazetteer.reference.features_by_name[c.hit.feature]
            if feature.kind == "zone" and not c.hit.full and province is not None and feature.provinces \
                    and province.code not in feature.provinces \
                    and not (_ZONE_WORD.search(c.surface) and _starts_with_place(c.surface, gazetteer)) \
                    and not _known_short(c.surface, feature.name, gazetteer):
                # 九华 (湘潭九华示范区) in a Zhejiang report is 九华大道; 医药高新区 (泰州's) in a 通化
                # report is 通化's: away from home a short needs its place (上海自贸区) and its kind
                continue
            canonical = feature.long_name if feature.kind == "country" and feature.long_name else feature.name
            inside = _division_inside_zone(c, feature.provinces, jurisdiction, gazetteer, year, named,
                                           region=feature.kind == "region") if feature.kind in ("zone", "region") else []
            # a zone's key carries the place its name opens with: 洛阳高新技术产业开发区 is 洛阳市's
            key = ("feature", c.hit.feature_kind, *(m.code for m in inside))
            mentions.append(Mention("Place", c.begin, c.end, c.surface, canonical, "", key))
            mentions += inside
            previous = None
        elif division is not None:
            mentions.append(Mention("Place", c.begin, c.end, c.surface, division.name, division.code,
                                    ("division", division.level)))
            previous, previous_end = division, c.end
        elif c.hit.full and len(c.hit.divisions) > 1:
            warnings.append(f"ambiguous place name {c.surface!r} left unlinked")
    zones = zone_mentions(clean, mentions, jurisdiction, gazetteer)
    own_areas = {z.canonical.removesuffix("新区") for z in zones if jurisdiction is not None
                 and z.key == ("zone", "local", jurisdiction.code) and z.surface == z.canonical}
    if own_areas:  # 山南 elsewhere in the report (山南十一中) is that district too, not the distant city
        mentions = [m for m in mentions if not (m.key[:1] == ("division",) and m.surface in own_areas
                                                and _far_from(gazetteer.reference.divisions_by_code[m.code],
                                                              jurisdiction, gazetteer))]
    mentions += zones
    mentions += free_trade_areas(clean, mentions, gazetteer)
    mentions += water_mentions(clean, mentions, gazetteer.waters)
    mentions += listed_water_mentions(clean, mentions)
    mentions += titled_mountain_mentions(clean, mentions)
    mentions += town_mentions(clean, mentions, gazetteer)  # last: 肥西桃花工业园 stays named after 肥西
    mentions += listed_town_mentions(clean, mentions, jurisdiction, gazetteer)
    mentions += listed_word_counties(clean, mentions, jurisdiction, gazetteer, year)
    mentions += own_generic_towns(clean, mentions, jurisdiction, gazetteer)
    spans = {(m.begin, m.end) for m in mentions}
    villages = [v for v in village_mentions(clean, mentions) if (v.begin, v.end) not in spans]  # (汾阳杏花村: the town)
    if villages:  # 湘潭县乌石峰村: no town (乌石) or district (石峰) inside the village's name
        mentions = [m for m in mentions if not any(v.begin <= m.begin and m.end <= v.end for v in villages)]
    return _drop_nested(foreign_city_mentions(clean, mentions + villages)), warnings


# A village named right after its town or county: 南庄镇紫南村, 湘潭县乌石峰村 (not 村民, 村委会, 村级, 村庄 …)
_VILLAGE_AFTER_TOWN = re.compile(r"([\u4e00-\u9fff]{1,4}?村)(?![民委级庄落组干部集务规镇居科产])")
_NOT_IN_VILLAGE = frozenset("各所有全每个两几多一二三四五六七八九十百千的和及与等、村镇乡县区市是在为将对至")
# 特色村, 示范村, 农村: a kind of village, not one's name
_KIND_OF_VILLAGE = re.compile("(?:特色|示范|重点|中心|行政|自然|贫困|美丽|文明|试点|样板|旅游|专业|民族|农|城中|边境|空心|"
                              "传统|文化|红色|脱贫|薄弱|先进|明星|生态|法治|宜居|小康|强|整治|搬迁|移民|"
                              "合并|新建|建制|园中|景中|社区|度假|族|通|渔|专利|民俗|整)$|^中国")


def village_mentions(clean: str, places: list[Mention]) -> list[Mention]:
    """Villages written right after the town or county they are in; each is its own place (the
    town's or county's code in the key keeps two villages of one name apart)."""
    out = []
    starts = {m.begin for m in places}
    for owner in places:
        if owner.key not in (("division", "town"), ("division", "county")):
            continue
        pos, longest = owner.end, 5
        while (village := _village_at(clean, pos, longest)) is not None:  # 南庄镇紫南村、龙津村: the next ones too
            out.append(Mention("Place", village.start(), village.end(), village.group(1), village.group(1), "",
                               ("village", owner.code)))
            if not clean.startswith("、", village.end()) or village.end() + 1 in starts:
                break  # (宜兴张阳村、双江闷乐村: the next one has its own county)
            pos, longest = village.end() + 1, 4  # (…、城中河东村: a long one opens with its own district's short name)
    return out


def _village_at(clean: str, pos: int, longest: int) -> re.Match | None:
    m = _VILLAGE_AFTER_TOWN.match(clean, pos)
    stem = m.group(1)[:-1] if m else ""
    if len(stem) < 2 or len(stem) >= longest or any(ch in _NOT_IN_VILLAGE for ch in stem) \
            or _KIND_OF_VILLAGE.search(stem) \
            or not is_word(clean, m.start(), m.end()) and not is_word(clean, m.start(), m.end() - 1):
        return None  # (洛阳农村, 俄亚 + 大村: a one-character stem is too often a word's end)
    return m


_ZONE_NAME_OPENING = re.compile("中国（|中国\\(|中新")  # 中国（上海）自贸试验区, 中新天津生态城


def _division_inside_zone(c: PlaceCandidate, provinces: tuple[str, ...], jurisdiction: Division | None,
                          gazetteer: Gazetteer, year: int | None, named: frozenset[str],
                          region: bool = False) -> list[Mention]:
    """The province, city or county of `provinces` a listed zone's, region's or lake's name opens
    with (泰州 in 泰州医药高新技术产业开发区, 天津 in 中新天津生态城, 武汉 in 武汉都市圈, 辽宁 in
    辽宁沿海经济带, 大冶 in 大冶湖) is named too, as a pattern-built zone's place is (孝感 in 孝感高新区)."""
    opening = _ZONE_NAME_OPENING.match(c.surface)
    start = opening.end() if opening else 0
    for b, e, hit in sorted(gazetteer.places.hits(c.surface), key=lambda h: h[0] - h[1]):
        if b != start or e >= len(c.surface) or not hit.divisions:
            continue
        division = choose_division(hit, jurisdiction, gazetteer, (), year, named)
        if division is not None and c.surface.endswith(division.name):
            continue  # 两江 in 重庆两江新区 is the zone itself, listed as a county-level unit
        if region and (division is None or division.level not in ("province", "city") or c.surface[e] == "山"):
            continue  # a region is named after a province or city (辽宁沿海经济带); 天山北坡, 武陵山区 and
            # 吕梁山区 are named after mountains, 辽中南 and 鄱阳湖 hold counties' names by chance
        if division is not None and division.level != "town" and \
                gazetteer.reference.province_of(division.code).code in provinces:
            return [Mention("Place", c.begin + b, c.begin + e, c.surface[b:e], division.name, division.code,
                            ("division", division.level))]
    return []


def _longer_town_after(clean: str, c: PlaceCandidate, county: Division | None,
                       gazetteer: Gazetteer) -> tuple[Division, int] | None:
    """A town of the county written right before, whose short form runs past the candidate's
    name (鄂托克前旗上海庙 is 上海庙镇, not 上海) or is the candidate's own short name (开平赤坎 is
    开平's 赤坎镇, not 湛江's 赤坎区): with its end."""
    if county is None or county.level != "county":
        return None
    equal_ok = not c.hit.full and all(d.level in ("county", "town") and not _within(d, county.code, gazetteer)
                                      for d in c.hit.divisions)  # (a city's name stays the city's: 康定榆林)
    for town in gazetteer.reference.towns_by_parent.get(county.code, ()):
        for short in town_shorts(town):
            if (len(short) > len(c.surface) or (equal_ok and len(short) == len(c.surface))) \
                    and clean.startswith(short, c.begin):
                return town, c.begin + len(short)
    return None


def _own_town(c: PlaceCandidate, division: Division | None, jurisdiction: Division | None,
              gazetteer: Gazetteer) -> Division | None:
    """In a county's own report, a short name that is also one of its towns' (古田 in 上杭县's) is
    that town, not the county elsewhere in the province it would otherwise name (古田县). In a
    city's report, a short that would name a county of another province is the town of one of
    the city's counties that bears it."""
    province = gazetteer.reference.province_of(jurisdiction.code) if jurisdiction is not None else None
    distant_feature = bool(c.hit.feature) and province is not None \
        and province.code not in gazetteer.reference.features_by_name[c.hit.feature].provinces  # (木兰柳河 in 哈尔滨)
    if jurisdiction is None or (c.hit.full and not distant_feature) or division is None \
            or division.code == jurisdiction.code:
        return None
    own = _towns_of(jurisdiction, gazetteer)
    if division.level == "county" and own:
        towns = [t for t in own if c.surface in town_shorts(t)]
        return towns[0] if len(towns) == 1 else None
    if jurisdiction.level != "city" or division.level != "county" or province is None \
            or _within(division, province.code, gazetteer):
        return None  # (a distant city's short, 洛阳 or 海口, is that city, not a town named after it)
    towns = [t for county, county_towns in gazetteer.reference.towns_by_parent.items()
             if county[:4] == jurisdiction.code[:4] for t in county_towns if c.surface in town_shorts(t)]
    return towns[0] if len(towns) == 1 else None


def _listed_after(clean: str, begin: int, previous_end: int) -> bool:
    """Whether a name follows the place before it directly or as the next item of a list."""
    return begin == previous_end or (begin == previous_end + 1 and clean[previous_end] in "、和与及")


def _after_a_water(clean: str, begin: int, end: int, mentions: list[Mention]) -> bool:
    """Whether the item listed just before `begin` is a river or lake that is no division's name
    and the list goes on or ends after this one (渭河、灞河、黑河等 lists rivers; 丽江、牡丹江 and
    东湖、西湖 list cities and districts; 建三江、牡丹江机场 lists airports)."""
    if clean[max(0, begin - 2):begin] not in _AFTER_A_WATER or not (
            end == len(clean) or clean[end] in "、，。；等和及" or _FEATURE_CUE.match(clean, end)):
        return False
    return not (mentions and mentions[-1].end == begin - 1 and mentions[-1].key[:1] == ("division",))


def _words_not_a_name(clean: str, begin: int, end: int) -> bool:
    """Whether a distant county's full name (stem + 区/县/市/旗) reads as other words here: its
    suffix ends a common word with the stem's last character (项城市设计, 向山区倾斜) or opens
    one with what follows (新建区域), or the stem is an ordinary word of another kind (平房,
    南部, 合作)."""
    stem_end = end - 1
    if end - begin > 4 or stem_end - begin < 2:
        return False
    suffix, after = clean[stem_end], clean[end:end + 1]
    if suffix == "区" and stem_end - begin == 2 and clean[stem_end - 1] in _LOCATIVES:
        return True  # 站前区, 城东区, 河西区: an area of any city, before it is a distant district
    if frequency(clean[stem_end - 1] + suffix) >= _COMMON_WORD or suffix + after in ("市域", "县域") or (
            after and after not in _ORGAN_CHARS and frequency(suffix + after) >= _COMMON_WORD):
        return True  # (市域 and 县域, the whole of a city or county, are too recent for jieba's counts)
    (word, flag), *rest = tag(clean[begin:stem_end])
    return not rest and flag not in _NAME_FLAGS and frequency(word) >= _COMMON_STEM



def _towns_of(jurisdiction: Division | None, gazetteer: Gazetteer) -> tuple[Division, ...]:
    """The towns right under the report's jurisdiction: a county's, or those of a city without
    counties (东莞, 中山), whose report names them as other cities' reports name counties."""
    if jurisdiction is None or jurisdiction.level not in ("county", "city"):
        return ()
    return gazetteer.reference.towns_by_parent.get(jurisdiction.code, ())


_INSTITUTION = re.compile("医院|大学|学院|中学|小学|公园|广场")
_VILLAGE = ("村", "社", "组")  # 洛隆县康沙村 is a village of that name
# Shorts that are kinds of settlement after a county's name: 平遥古城, 周庄古镇 are landmarks, not 古城街道.
# (On a route they are the town: 高村至古城段, 大余新城机场.)
_KINDS_OF_TOWN = frozenset("古城 古镇 新城 老城 县城 新区 城区 老街 古街 新街 滨江".split())
_ROUTE_ENDS = ("至", "段", "机场", "站")
_ORDINARY_WORD = 2000  # jieba frequency above which a short is an ordinary word: 建设, 和平 (太平 is 1,113)
_TOWN_SUFFIX = re.compile("(?:[\u4e00-\u9fff]{1,3}族)*(?:镇|乡|街道|苏木)$")


@cache  # a few hundred towns are looked at per report, the same ones in every report of a county
def town_shorts(town: Division) -> tuple[str, ...]:
    """A town's short forms, longest first: the listed ones, or its name without 镇/乡/街道 (the
    list leaves out shorts that are ordinary words, such as 太平, which only context licenses)."""
    bare = _TOWN_SUFFIX.sub("", town.name)
    shorts = set(town.short) | ({bare} if len(bare) >= 2 and bare != town.name else set())
    return tuple(sorted(shorts, key=len, reverse=True))


def town_mentions(clean: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Towns written by their short name where their county says which: right after it (江油太平,
    三台秋林) or at the far end of a route from it or from a sibling town (平武至木座段,
    太平至青莲段). Alone, such shorts are ordinary words or recur all over China."""
    towns_by_parent = gazetteer.reference.towns_by_parent
    taken = {m.begin for m in mentions}
    out: list[Mention] = []

    def town_at(pos: int, county: str, route: bool = False) -> Mention | None:
        if pos in taken:
            return None
        for town in towns_by_parent.get(county, ()):
            for short in town_shorts(town):
                end = pos + len(short)
                if clean.startswith(short, pos) and not clean.startswith(town.name, pos) and \
                        clean[end:end + 1] not in _VILLAGE and frequency(short) <= _ORDINARY_WORD \
                        and not _WELL_AFTER.match(clean, end) \
                        and (short not in _KINDS_OF_TOWN or route or clean.startswith(_ROUTE_ENDS, end)):
                    return Mention("Place", pos, end, short, town.name, town.code, ("division", "town"))
        return None

    for m in sorted(mentions, key=lambda m: m.begin):
        if not m.code or m.key[1:] not in (("county",), ("city",), ("town",)):
            continue
        county = m.code if m.key[1] != "town" else gazetteer.reference.divisions_by_code[m.code].parent
        found = town_at(m.end, county) if m.key[1] != "town" else None
        last = found or m
        if found is not None:
            out.append(found)
        while clean.startswith("至", last.end):
            found = town_at(last.end + 1, county, route=True)
            if found is None:
                break
            out.append(found)
            last = found
    return out


_WELL_AFTER = re.compile(r"\d{1,4}(?:-\d+)?井")  # 三台秋林16井: a gas field's well, named like the town


# A list of towns closed by what they are: 府城、巡店等乡镇, 孛畈、王义贞两镇, 城关等6个乡镇.
_TOWN_LIST_END = re.compile(r"(?:等(?:[\d一二三四五六七八九十]+个)?|[两二三四五六七八九十]个?)(?:乡镇|镇街|镇乡|街道|镇|乡)")
_TOWN_LIST_SEPARATORS = "、和及"


def listed_town_mentions(clean: str, mentions: list[Mention], jurisdiction: Division | None,
                         gazetteer: Gazetteer) -> list[Mention]:
    """Towns of a county's own report written by their short names in a list that says they
    are towns (the county is the report's, so the list needs no county before it)."""
    shorts = {short: town for town in _towns_of(jurisdiction, gazetteer) for short in town_shorts(town)}
    if not shorts:
        return []
    taken = [(m.begin, m.end) for m in mentions]
    out: list[Mention] = []
    for closer in _TOWN_LIST_END.finditer(clean):
        end = closer.start()
        while end > 0:
            start = end
            while start > 0 and clean[start - 1] not in _TOWN_LIST_SEPARATORS and end - start < 6 \
                    and "\u4e00" <= clean[start - 1] <= "\u9fff":
                start -= 1
            town = _longest_short_ending(clean, start, end, shorts)
            if town is None or any(b < end and start < e for b, e in taken):
                break
            begin = end - len(town[0])
            out.append(Mention("Place", begin, end, town[0], town[1].name, town[1].code, ("division", "town")))
            if begin == 0 or clean[begin - 1] not in _TOWN_LIST_SEPARATORS:
                break
            end = begin - 1
    return out


_WORD_COUNTY_LINKS = "、和及—–-"  # 宁都、于都、兴国; 七星关—大方同城化 (two places joined by a dash)


def listed_word_counties(clean: str, mentions: list[Mention], jurisdiction: Division | None,
                         gazetteer: Gazetteer, year: int | None = None) -> list[Mention]:
    """The report's own counties and cities whose short form is an ordinary word (兴国, 会同,
    吉安), written in a list right next to a county or city already found: 宁都、于都、兴国入选;
    赣州、吉安、抚州. Alone they stay words. A short shared by a city and its own county names the
    city in a province's report and the county in the city's (朝阳市, 朝阳县). A unit renamed since
    is the one of the report's year (长乐市 in 2009, 长乐区 now)."""
    if jurisdiction is None or jurisdiction.level == "county":
        return []
    found = [m for m in mentions if m.key in (("division", "county"), ("division", "city"))]
    ends, begins = {m.end for m in found}, {m.begin for m in found}
    taken = [(m.begin, m.end) for m in mentions]
    out = []
    for short, divisions in gazetteer.word_shorts.items():
        own = [d for d in divisions if d.code[:2] == jurisdiction.code[:2]  # (same province: a cheap test first)
               and _within(d, jurisdiction.code, gazetteer) and d.code != jurisdiction.code]
        if jurisdiction.level == "province" and any(d.level == "city" for d in own):
            own = [d for d in own if d.level == "city"]  # (its county of the same name is the city's own)
        if year is not None:  # a unit of the report's year, replaced since, before today's
            own = [d for d in own if d.until is not None and year < d.until] or [d for d in own if d.until is None]
        else:
            own = [d for d in own if d.until is None]
        if len(own) != 1:
            continue
        for m in re.finditer(short, clean):
            b, e = m.start(), m.end()
            listed = (b >= 1 and clean[b - 1] in _WORD_COUNTY_LINKS and b - 1 in ends) \
                or (clean[e:e + 1] in _WORD_COUNTY_LINKS and e + 1 in begins)
            if listed and not any(tb < e and b < te for tb, te in taken):
                out.append(Mention("Place", b, e, short, own[0].name, own[0].code, ("division", own[0].level)))
    return out


def own_generic_towns(clean: str, mentions: list[Mention], jurisdiction: Division | None,
                      gazetteer: Gazetteer) -> list[Mention]:
    """A county's own towns with names shared all over China (城关镇, 城郊乡): the gazetteer
    leaves them out, but in the county's own report they can only be its own."""
    taken = [(m.begin, m.end) for m in mentions]
    out = []
    for town in _towns_of(jurisdiction, gazetteer):
        for written in ((town.name,) if generic_town(town.name) else ()) + _former_names(town):
            for m in re.finditer(re.escape(written), clean):
                if not any(b < m.end() and m.start() < e for b, e in taken):
                    out.append(Mention("Place", m.start(), m.end(), written, town.name, town.code, ("division", "town")))
    return out


def _former_names(town: Division) -> tuple[str, ...]:
    """What a county's own town was called before its grade changed (学孔乡, now 学孔镇; 茅台镇
    before it became a subdistrict): older reports name it so, and no other town of the county does."""
    bare = town.name[:-2] if town.name.endswith("街道") else town.name[:-1]
    if len(bare) < 2 or not town.name.endswith(("镇", "乡", "街道")) or "族" in bare:
        return ()
    return tuple(bare + grade for grade in ("镇", "乡") if not town.name.endswith(grade))


def _longest_short_ending(clean: str, start: int, end: int, shorts: dict[str, Division]) -> tuple[str, Division] | None:
    """The longest town short that ends at `end` and starts at or after `start`: in 推进巡店, 巡店."""
    for begin in range(start, end - 1):
        if clean[begin:end] in shorts:
            return clean[begin:end], shorts[clean[begin:end]]
    return None


# Words that open with a level character without it standing for the jurisdiction (市区, 市场,
# 县城): a name starting with one of them is not 市/县 + a name.
LEVEL_WORDS = frozenset("市场 市区 市容 市政 市直 市级 市属 市内 市域 市外 县城 县域 县级 县内 区域 区内 区级 省内 省级 "
                        "省属 省直 省外".split())


def relative_division(clean: str, pos: int, jurisdiction: Division | None, gazetteer: Gazetteer) -> Division | None:
    """The division meant by a bare level character (市 in 市委) at `pos`, if any."""
    if jurisdiction is None or pos < 0 or pos >= len(clean):
        return None
    level_char = clean[pos]
    if clean[pos - 1:pos + 1] == "地区" and (pos < 2 or clean[pos - 2] not in _CLASS_BEFORE):
        return level_division("地", jurisdiction, gazetteer)  # 地区行政公署, 地区政协: the prefecture's
    if level_char not in _RELATIVE or (pos > 0 and (clean[pos - 1] in _CLASS_BEFORE or clean[pos - 1].isdigit())):
        return None
    if level_char == "区" and pos >= 2 and clean[pos - 2:pos] == "自治":
        chain = [jurisdiction, *gazetteer.reference.ancestors(jurisdiction.code)]
        return next((d for d in chain if d.name.endswith("自治区")), None)  # 自治区人民政府
    return level_division(level_char, jurisdiction, gazetteer)


def level_division(level_char: str, jurisdiction: Division, gazetteer: Gazetteer) -> Division | None:
    """The division of the jurisdiction's chain that a level character (省, 市, 县, 区, 州, 盟, 旗, 地) means."""
    chain = [jurisdiction, *gazetteer.reference.ancestors(jurisdiction.code)]
    if level_char == "区" and jurisdiction.level in ("province", "city") and chain[-1].name.endswith("自治区"):
        return chain[-1]  # 区党委, 区政府 in an autonomous region's (or its city's) report
    for division in chain:
        name = division.name
        if level_char == "省" and division.level == "province" and name.endswith("省"):
            return division
        if level_char == "市" and name.endswith("市") and division.level in ("province", "city", "county"):
            return division
        if level_char == "县" and division.level == "county" and name.endswith("县"):
            return division
        if level_char == "区" and division.level == "county" and name.endswith("区"):
            return division
        if level_char in "州盟" and division.level == "city" and name.endswith(level_char):
            return division
        if level_char == "旗" and division.level == "county" and name.endswith("旗"):
            return division  # a league (盟) and a banner (旗) of Inner Mongolia
        if level_char == "地" and division.level == "city" and name.endswith("地区"):
            return division  # a prefecture: 地委, 地区行署
    return None


def city_short(division: Division) -> str:
    """The short form zone names use (孝感 for 孝感市): the shortest listed short form."""
    shorts = [s for s in division.short if len(s) >= 2]
    return min(shorts, key=len) if shorts else division.name


def zone_mentions(clean: str, places: list[Mention], jurisdiction: Division | None,
                  gazetteer: Gazetteer) -> list[Mention]:
    """Zones named as place + proper name (0-4 characters) + zone suffix: 黄石棋盘洲综保区."""
    places = [m for m in places if m.key[:2] != ("feature", "sea")]  # 宁波杭州湾新区: a bay names the zone
    ends = {m.end: m for m in places}
    starts = {m.begin for m in places}
    # a lake or river may stand inside a zone's name after its city (宜兴 + 东氿 + 新城, 吴江 + 汾湖 + 高新区)
    blocking = {m.begin for m in places if m.key[:2] not in _NATURAL_OWNERS}
    out = []
    for m in _ZONE.finditer(clean):
        suffix = m.group(1)
        named = ends.get(m.end())
        if named is not None and named.key[0] == "division" and named.begin < m.start():
            before = ends.get(named.begin)
            if before is None or not before.code or before.code in ancestors_and_self(
                    gazetteer.reference.divisions_by_code[named.code], gazetteer):
                continue  # 上海市浦东新区: the suffix ends a division's own name (茂名滨海新区 is a zone)
        if suffix in _OWN_ZONES and jurisdiction is not None and jurisdiction.level == "city" and \
                (m.start() == 0 or clean[m.start() - 1] in "，。；、：（“\n和与及在"
                 or clean.endswith(_ON_OWN_ZONE, 0, m.start())) and m.start() not in ends:
            # A city report's bare 高新区 is that city's zone
            out.append(Mention("Place", m.start(), m.end(), suffix, city_short(jurisdiction) + ZONE_SUFFIXES[suffix],
                               "", ("zone", jurisdiction.code)))
            continue
        found = len(out)
        for middle_len in range(0, 5):
            start = m.start() - middle_len
            middle = clean[start:m.start()]
            if any(ch in _NOT_IN_NAME or ch.isdigit() for ch in middle) \
                    or any(p in blocking for p in range(start + 1, m.start())):
                break
            if _ZONE_CLAUSE_VERB.search(middle):
                break  # 阳江推进沿海经济带: the report's verb, not the zone's name
            owner = ends.get(start)
            opens_china = owner is not None and clean[max(0, owner.begin - 3):owner.begin] in ("中国（", "中国(")
            if owner is not None and _unbalanced(middle) and not (middle[:1] in "）)" and opens_china):
                break  # (都匀（开发区）, 港科大（广州）创新区: a bracket the name does not hold; 孟连（勐阿）边合区 holds one)
            relative = None
            if owner is None and middle_len == 0 and start > 0:
                relative = relative_division(clean, start - 1, jurisdiction, gazetteer)
                if relative is not None and relative.level == "province" and suffix not in _PROVINCE_OWN_ZONES:
                    relative = None  # 升格为自治区高新技术产业开发区, 省高新区: a grade, not a zone's name
            if owner is None and relative is None:
                continue
            if owner is not None and owner.key[:2] == ("feature", "zone") and not middle:
                # 广州知识城综合保税区: a zone inside a listed zone, under the place that opens its name
                inner = next((p for p in places if p.begin == owner.begin and p.key[0] == "division"), None)
                feature = gazetteer.reference.features_by_name.get(owner.canonical)
                if inner is None and feature is not None and len(feature.provinces) == 1 \
                        and ZONE_SUFFIXES[suffix] in ("科创大走廊", "综合保税区"):
                    # 光谷科创大走廊, 贵安新区综合保税区: a zone of its own, in the listed zone's province
                    inner = replace(owner, code=feature.provinces[0])
                if inner is not None:
                    out.append(Mention("Place", owner.begin, m.end(), clean[owner.begin:m.end()],
                                       owner.surface + ZONE_SUFFIXES[suffix], "", ("zone", inner.code)))
                break
            if owner is not None and owner.key[:2] in _NATURAL_OWNERS and ends.get(owner.begin) is not None \
                    and ends[owner.begin].key[0] == "division":
                continue  # 宜兴东氿新城: the name opens with the city before the lake
            if owner is not None and owner.key[0] != "division":
                if not middle and ZONE_SUFFIXES[suffix] in ("新城", "新区") and owner.key[:2] in _NATURAL_OWNERS \
                        and _own_feature(owner, jurisdiction, gazetteer):
                    # 太湖新城, 蠡湖新城 in a Wuxi report: a new town named after the city's own lake or river
                    out.append(Mention("Place", owner.begin, m.end(), clean[owner.begin:m.end()],
                                       owner.surface + ZONE_SUFFIXES[suffix], "", ("zone", "local", jurisdiction.code)))
                break
            division = gazetteer.reference.divisions_by_code[owner.code] if owner else relative
            if owner and division.level == "province" and clean[owner.begin - 1:owner.begin] in ("—", "–", "-"):
                break  # 埃塞俄比亚—广东工业园: a province's park abroad (贵阳—贵安—安顺都市圈 is a zone)
            if owner and not middle and ZONE_SUFFIXES[suffix] == "新区" and owner.surface != division.name \
                    and _far_from(division, jurisdiction, gazetteer):
                # 山南新区 in a 淮南 report: a new district of the report's own, named by a word
                # that is also a distant city's short name (a distant one is written in full)
                out.append(Mention("Place", owner.begin, m.end(), clean[owner.begin:m.end()],
                                   owner.surface + "新区", "", ("zone", "local", jurisdiction.code)))
                break
            prefix = owner.surface if owner else city_short(relative)
            if owner and owner.surface == division.name and division.level != "province":
                prefix = city_short(division)
            begin = owner.begin if owner else start - 1
            above = ends.get(owner.begin) if owner and division.level in ("county", "town") else None
            if above is not None and above.code and above.code in ancestors_and_self(division, gazetteer)[1:]:
                # 宿州市埇桥经开区, 重庆璧山高新区: the county's zone goes by the place written before it too
                prefix = city_short(gazetteer.reference.divisions_by_code[above.code]) + prefix
                begin = above.begin
            canonical = prefix + middle + ZONE_SUFFIXES[suffix]
            if middle[:1] in ("）", ")"):  # 中国（云南）自贸区, 中国（绵阳）科技城新区: the name opens before the place
                if not (owner and clean[max(0, begin - 3):begin] in ("中国（", "中国(")):
                    break
                begin, middle = begin - 3, middle[1:]
                if middle:
                    canonical = f"中国（{owner.surface}）{middle}{ZONE_SUFFIXES[suffix]}"
                else:
                    canonical = prefix + ZONE_SUFFIXES[suffix]
            if suffix in ("自由贸易试验区", "自贸试验区", "自贸区") and division.level == "province":
                canonical = f"中国（{prefix}）自由贸易试验区"
            out.append(Mention("Place", begin, m.end(), clean[begin:m.end()], canonical, "",
                               ("zone", division.code)))
            if owner and not middle:
                out += _listed_zones(clean, owner, m.end(), suffix, ends, gazetteer)
            break
        if len(out) == found and suffix in _PARK_SUFFIXES and jurisdiction is not None:
            park = _proper_park(clean, m.start(), m.end(), starts, ends, jurisdiction, gazetteer)
            if park is not None:
                out.append(park)
    return _written_in_full(out)


_NATURAL_OWNERS = (("feature", "lake"), ("feature", "river"), ("feature", "mountain"))


def _own_feature(feature: Mention, jurisdiction: Division | None, gazetteer: Gazetteer) -> bool:
    """Whether a city's or county's report can name a zone after this river, lake or mountain:
    it lies in the report's province."""
    if jurisdiction is None or jurisdiction.level not in ("city", "county"):
        return False
    known = gazetteer.reference.features_by_name.get(feature.canonical)
    province = gazetteer.reference.province_of(jurisdiction.code)
    return known is not None and province is not None and province.code in known.provinces


# 自贸试验区南京片区, 江苏自贸区南京片区, 中国（河北）自由贸易试验区正定片区: an area of a pilot free trade zone
_FREE_TRADE_AREA = re.compile("(?:自由贸易试验区|自贸试验区|自贸区)([\u4e00-\u9fff]{2,6}?)片区")


def _unbalanced(text: str) -> bool:
    return text.count("（") != text.count("）") or text.count("(") != text.count(")")


def free_trade_areas(clean: str, places: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Areas of a province's pilot free trade zone named by the place they lie in, under their
    official names (中国（江苏）自由贸易试验区南京片区), and the zone itself where the report
    writes it bare (自贸试验区南京片区 in a Nanjing report)."""
    starts = {m.begin: m for m in places if m.key[0] == "division"}
    ends = {m.end: m for m in places}
    out = []
    for m in _FREE_TRADE_AREA.finditer(clean):
        place = starts.get(m.start(1))
        province = gazetteer.reference.province_of(place.code) if place is not None else None
        zone = _free_trade_zone(province.code, gazetteer) if province is not None else None
        if zone is None:
            continue
        named = ends.get(m.start(1))  # the zone written with its province: 江苏自贸试验区
        if named is not None and named.canonical != zone.name:
            continue  # another province's zone
        if named is None:
            out.append(Mention("Place", m.start(), m.start(1), clean[m.start():m.start(1)], zone.name, "",
                               ("feature", "zone")))
        begin = named.begin if named is not None else m.start()
        area = zone.name + m.group(1) + "片区"
        out.append(Mention("Place", begin, m.end(), clean[begin:m.end()], area, "", ("zone", place.code)))
    return out


def _free_trade_zone(province_code: str, gazetteer: Gazetteer) -> Feature | None:
    return next((f for f in gazetteer.reference.features_by_name.values() if f.kind == "zone"
                 and f.provinces == (province_code,) and f.name.startswith("中国（") and f.name.endswith("自由贸易试验区")),
                None)


def _proper_park(clean: str, begin: int, end: int, starts: set[int], ends: dict[int, Mention],
                 jurisdiction: Division, gazetteer: Gazetteer) -> Mention | None:
    """A zone named by a proper name without a place before it (甘眉工业园区, 洋浦经济开发区,
    清河工业园区 named by one of the county's towns): the report's own, under the report's
    jurisdiction. The name opens a clause or follows its verb (视察清河工业园区); words
    of a description (生态工业园区, 节地型工业园区) name no zone, and a brand's 工业园 (海信工业园)
    is a company's base, left to projects."""
    window = clean[max(0, begin - 16):begin]
    cut = max(window.rfind(ch) for ch in _BOUNDARY_CHARS)
    clause = window[cut + 1:]
    tokens = tag(clause)
    suffix = clean[begin:end]
    # a bonded zone is a State Council designation named by its place, in words jieba may read as a
    # direction or a number (西永, 两路寸滩)
    stops = _NOT_NAME_FLAGS - {"f", "m"} if suffix in _BONDED else _NOT_NAME_FLAGS
    length, i = 0, len(tokens)
    while i > 0 and not (tokens[i - 1][1] in stops or _PARK_LEAD.fullmatch(tokens[i - 1][0])):
        length += len(tokens[i - 1][0])
        i -= 1
        if length > 4:
            return None  # the name opens further back (沙尔沁 is whole, 盐城内河港 is not)
    if i == 0 and cut == -1 and begin > 16:
        return None
    middle = clause[len(clause) - length:]
    if _PARK_LEAD.search(clause, 0, len(clause) - length + 1):
        return None  # the name's first character closes a verb jieba split wrongly (申/建德/众)
    if not 2 <= length <= 4 or begin in ends or middle[0] in _NOT_IN_NAME or not _CJK.fullmatch(middle) or any(
            ch in _NOT_IN_PARK for ch in middle) or any(p in starts for p in range(begin - length, begin)):
        return None
    name = tokens[i:]
    if len(name) > 1 and len(name[0][0]) == 1 and name[1][1] == "ns" and name[0][1] not in _NOT_NAME_FLAGS - stops:
        return None  # a character of the sentence before a place word (“3”指大亚湾开发区)
    # the report's own zone: named after the report's place or one of its units (海东 in a Qinghai report), or its
    # county runs the park named after one of its towns
    own = middle in jurisdiction.short or any(middle in town_shorts(t) for t in _towns_of(jurisdiction, gazetteer)) \
        or any(_within(d, jurisdiction.code, gazetteer) for d in gazetteer.word_shorts.get(middle, ()))
    if suffix in _BONDED:  # a place word names no description of a bonded zone (梅山保税港区)
        own = own or any(f == "ns" for _, f in name) or bool(gazetteer.places.hits(middle))
    if not own and (middle in gazetteer.word_shorts or any(e - b == length for b, e, _ in gazetteer.places.hits(middle))):
        return None  # a division's name that the place passes left as a word (吉安, 清河)
    rare_place = any(len(w) >= 2 and f == "ns" and frequency(w) <= _RARE_PLACE_WORD for w, f in name)
    if not (own or rare_place or (suffix != "工业园" and has_unknown_word(tuple(name)))):
        return None
    return Mention("Place", begin - length, end, middle + suffix, middle + ZONE_SUFFIXES[suffix], "",
                   ("zone", jurisdiction.code))


def _listed_zones(clean: str, owner: Mention, end: int, suffix: str, ends: dict[int, Mention],
                  gazetteer: Gazetteer) -> list[Mention]:
    """Places listed before a zone's own that share its suffix: 临川、东乡经开区 names two zones
    (the first one's span runs to the shared suffix, as coordinated bodies' do)."""
    out = []
    level = gazetteer.reference.divisions_by_code[owner.code].level
    pos = owner.begin
    while pos > 0 and clean[pos - 1] == "、" and (place := ends.get(pos - 1)) is not None and place.key[0] == "division":
        division = gazetteer.reference.divisions_by_code[place.code]
        if division.level != level or division.level == "province" or place.surface == division.name \
                or owner.surface == gazetteer.reference.divisions_by_code[owner.code].name:
            break  # 宜黄县、东乡经济开发区 lists a county and a zone; 临川、东乡经开区 two zones
        prefix = city_short(division) if place.surface == division.name else place.surface
        out.append(Mention("Place", place.begin, end, place.surface + suffix, prefix + ZONE_SUFFIXES[suffix], "",
                           ("zone", division.code)))
        pos = place.begin
    return out


def _written_in_full(zones: list[Mention]) -> list[Mention]:
    """经开区 is short for 经济技术开发区 or for 经济开发区: where the report writes a zone's full
    name once (东乡经济开发区), its abbreviation (东乡经开区) is that zone."""
    written = {z.canonical for z in zones if z.surface.endswith("经济开发区")}
    out = []
    for z in zones:
        alternative = z.canonical.removesuffix("经济技术开发区") + "经济开发区"
        if z.canonical.endswith("经济技术开发区") and not z.surface.endswith("经济技术开发区") and alternative in written:
            z = replace(z, canonical=alternative)
        out.append(z)
    return out


def water_mentions(clean: str, places: list[Mention], known: frozenset[str] = frozenset()) -> list[Mention]:
    """Rivers and lakes named before 流域/干流… or right after a place: 府澴河流域, 十堰茅塔河
    (not a known one with a character before it: 筑牢长江上游)."""
    taken = {(m.begin, m.end) for m in places}
    ends = {m.end: m for m in places if m.key[0] == "division"}
    out = []
    for m in _water_matches(clean):
        name = m.group(1)
        begin = m.start(1)
        if any((b, e) == (begin, m.end(1)) for b, e in taken):
            continue
        # Trim to the shortest name that follows a known place, or drop function characters.
        for offset in range(len(name) - 1):
            if begin + offset in ends:
                name, begin = name[offset:], begin + offset
                break
        after_conjunction = len(name) > 3 and name[0] in "和与及" and begin not in ends
        if after_conjunction:  # 工业园区和东柳河治理工程: the conjunction opens the list's next item
            name, begin = name[1:], begin + 1
        # (a direction or age may open a river's name of three or more characters: 老龙河, 小清河, 新沂河)
        own, directional = name[:-1], False
        if (at := next((i for i in (0, 1) if own[i:i + 1] in _DIRECTIONS), None)) is not None and len(name) - at >= 3 \
                and tag(own[at:])[0][1] != "f":  # (上游潮河: the upper reaches)
            own, directional = own[:at] + own[at + 1:], any(ch in _NOT_IN_NAME for ch in own)
        if len(name) < 2 or any(ch in _NOT_IN_NAME for ch in own) or name[:-1] in _WATER_GENERIC \
                or name[-2] in "入还两引" or name.endswith(("滨江", "滨湖", "沿江", "沿湖", "环湖")):
            continue  # (湖入江, 退圩还湖, 引江, 沁丹两河, 滨江: where water goes, how many rivers or a bank)
        if any(p.begin < begin + len(name) and begin < p.end for p in places):
            continue  # 保护黄河: the river is already a gazetteer name
        first = tag(name[:-1])[0]
        opens_word = False
        if ends.get(begin) is None and len(name) > 2 and clean[begin - 2:begin] not in _AFTER_A_WATER \
                and (first[1].startswith(("v", "d", "p", "c", "a", "b")) or first[0] in _WATER_GENERIC):
            # 深化湘江, 主要入江: a verb or a qualifier, not part of the name (十堰茅塔河 has its place);
            # what follows it may still be one (完成 + 花马湖)
            rest = name[len(first[0]):]
            if len(rest) < 3 or first[0] in _WATER_GENERIC or rest[:-1] in _WATER_GENERIC \
                    or any(p.begin < m.end(1) and begin < p.end for p in places):
                continue
            name, begin, opens_word = rest, begin + len(first[0]), True
        elif after_conjunction:
            opens_word = True
        elif ends.get(begin) is None and len(name) > 3 and not is_word(clean, begin, begin):
            name, begin, opens_word = name[1:], begin + 1, True  # 完成花马湖: the window opened inside 完成
        if any(name[k:] in known and (name[:k] not in _DIRECTIONS or clean[begin - 1:begin] in "底年月日")
               for k in range(1, len(name) - 1)):
            continue  # 筑牢长江上游, 长江黄河, 年底前黄河: a known river after a verb, another river or a
            # time (西辽河 is a river)
        owner = ends.get(begin)
        follows_place = owner is not None
        listed = _LISTED_WATERS.match(clean, m.end(1))  # 整治老观湖、野猪湖水系: the list's cue is each item's
        cue_at = listed.end() if listed else m.end(1)
        cue_at += clean.startswith("等", cue_at)  # 抓好老龙河等流域治理: the river and others like it
        if (not follows_place or directional) and not clean.startswith(_RIVER_CUES, cue_at) and not (
                clean.startswith(_WORKS_CUES, cue_at) and _names_worked_water(clean, begin, name, opens_word)):
            continue  # (隆阳上坪河等水库: a reservoir named by a river after its county needs a river's cue)
        span_begin = owner.begin if owner else begin
        out.append(Mention("Place", span_begin, m.end(1), clean[span_begin:m.end(1)], name, "",
                           ("feature", "river" if name[-1] in "河江" else "lake")))
    return out


_LISTED_WATERS = re.compile("(?:[、和及与][\u4e00-\u9fff]{1,5}[河江湖])+")


def _names_worked_water(clean: str, begin: int, name: str, opens_word: bool) -> bool:
    """Whether `name`, before a works cue (综合治理), is a river or lake: it opens a word or a
    clause, and is no verb phrase (退垸还湖, 深化运河) or generic word (国土江河)."""
    return ((opens_word or begin == 0 or clean[begin - 1] in "、，。；：（“")
            and not (len(name) > 3 and name.endswith(("江河", "河湖", "江湖")))
            and name[-2] not in "还入" and name[:-1] not in _WATER_GENERIC and not _WORKS_VERB.match(name))


_WATER_END = re.compile("[河江湖]" + _WATER_CUE)
_LISTED_WATER = re.compile("[河江湖]、")
# What a list of rivers may end with: 淇河、卫河、汤河综合治理; 香溪河、渔洋河等防洪治理
_WATER_WORDS = "|".join(_RIVER_CUES) + ("|河流|河道|河湖|水系|水域|综合治理|综合整治|治理|整治|防洪|水质|水环境|水生态"
                                         "|生态修复|清淤")
_LIST_CUE = re.compile(f"(?:等)?(?:一批)?(?:[\\d一二三四五六七八九十]+条)?(?:重点|主要)?(?:{_WATER_WORDS})")
# An item of a 、-list: a water name before the list's cue, or any short name before a delimiter.
_LIST_ITEM = re.compile(f"[\u4e00-\u9fff]{{1,4}}?[河江湖](?={_WATER_WORDS})|[\u4e00-\u9fff]{{2,5}}?(?=[、，。；：等]|$)")


# A listed name may hold a direction or a number (新沂河, 三岔河): the list, not the characters, says it is a name.
_NOT_IN_LISTED = _NOT_IN_NAME - set("新老大小上下中内外一二三四五六七八九十")


# A place's own mountain protected by a regulation: 《绍兴市会稽山保护条例》, 《泰安市泰山景观保护办法》.
_TITLED_MOUNTAIN = re.compile("([\u4e00-\u9fff]{1,4}?山)(?:风景名胜区|景观|生态|自然)?(?:保护|管理)"
                              "[\u4e00-\u9fff]{0,8}(?:条例|办法|规定)》")
_NOT_A_MOUNTAIN = re.compile("^[东南西北中]部|矿山$|[省市县区]")  # 北部矿山: mines


def titled_mountain_mentions(clean: str, places: list[Mention]) -> list[Mention]:
    """Mountains named right after a division in a regulation's title (the divisions there are
    already places; the mountain is found only where one ends and 山 closes the next word)."""
    if "山" not in clean:
        return []
    taken = [(m.begin, m.end) for m in places]
    out: list[Mention] = []
    for place in places:
        m = _TITLED_MOUNTAIN.match(clean, place.end) if place.key[:1] == ("division",) else None
        if m is None:
            continue
        begin, end = m.span(1)
        inside_title = clean.rfind("《", 0, begin) > clean.rfind("》", 0, begin)
        if inside_title and end - begin >= 2 and not _NOT_A_MOUNTAIN.search(m.group(1)) \
                and not any(b < end and begin < e for b, e in taken):
            out.append(Mention("Place", begin, end, m.group(1), m.group(1), "", ("feature", "mountain")))
    return out


def listed_water_mentions(clean: str, places: list[Mention]) -> list[Mention]:
    """Rivers and lakes listed with 、 where the list is about waters: next to a river already
    found (伊河、洛河流域), or ending in a water cue (淇河、卫河、汤河综合治理)."""
    spans = sorted((m.begin, m.end) for m in places)
    waters = {(m.begin, m.end) for m in places if m.key[:1] == ("feature",) and m.key[1:2] in (("river",), ("lake",))}
    out: list[Mention] = []
    done = -1
    for anchor in _LISTED_WATER.finditer(clean):
        if anchor.start() < done:
            continue
        items = _list_items(clean, anchor.end() - 1)
        done = items[-1][1]
        cue = _LIST_CUE.match(clean, done)
        if cue is None and (clean.startswith("等", done) or not any(span in waters for span in items)):
            continue  # 临河、掌政、沙湖等特色乡镇: towns listed with a lake
        for begin, end in items:
            name = clean[begin:end]
            if len(name) < 2 or name[-1] not in "河江湖" or name[0] == "沿" or (begin, end) in waters \
                    or _verb_and_water(name) or name[:-1] in _WATER_GENERIC \
                    or any(ch in _NOT_IN_LISTED for ch in name[:-1]) \
                    or any(b < end and begin < e for b, e in spans):
                continue
            out.append(Mention("Place", begin, end, name, name, "", ("feature", "river" if name[-1] in "河江" else "lake")))
    return out


def _verb_and_water(name: str) -> bool:
    """入湖, 还湖: a verb and its water, not a name."""
    words = tag(name)
    return len(words) == 2 and words[0][1][:1] == "v" and len(words[1][0]) == 1


def _list_items(clean: str, comma: int) -> list[tuple[int, int]]:
    """The items of the 、-list around the 、 at `comma`: (begin, end) each, the first one
    without the verb or preposition before it (大力推进淇河、卫河 lists 淇河)."""
    begin = comma
    while begin > 0 and comma - begin < 8 and "\u4e00" <= clean[begin - 1] <= "\u9fff" and clean[begin - 1] != "等":
        begin -= 1
    words = tag(clean[begin:comma])
    kept = 0
    for k, (word, flag) in enumerate(reversed(words)):
        # a one-character "verb" joins the name (兴济河, 舂陵江); 推进 and 开展 end it
        if k and (kept + len(word) > 4 or flag[:1] in ("d", "p", "c", "u", "r", "m", "q", "t")
                  or flag[:1] == "v" and len(word) > 1 or flag == "f" and word not in "东西南北"
                  or word in _NOT_IN_NAME):
            break
        kept += len(word)
    begin = comma - kept
    if begin > 0 and clean[begin - 1] in "一二三四五六七八九十" and (begin == 1 or clean[begin - 2] in "，。；：（“\n"):
        begin -= 1  # 五马河 opening a clause: the number is the name's (jieba reads 五 as a numeral)
    items = [(begin, comma)]
    pos = comma
    while clean.startswith("、", pos):
        m = _LIST_ITEM.match(clean, pos + 1)
        if m is None:
            break
        items.append((m.start(), m.end()))
        pos = m.end()
    return items


def _water_matches(clean: str) -> list[re.Match]:
    """_WATER's matches, tried only where a 河, 江 or 湖 stands before a cue (one pass for the
    rare anchor instead of trying the pattern at every character)."""
    out: list[re.Match] = []
    last = 0
    for anchor in _WATER_END.finditer(clean):
        m = _WATER.search(clean, max(last, anchor.start() - 3), anchor.end() + 4)  # (+4: the cue it looks at)
        if m is not None and m.end(1) == anchor.end():
            out.append(m)
            last = m.end()
    return out


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep a zone or river name and the place inside it, but not two names for one span, nor a
    division that is only the tail of a zone's name (揭阳滨海新区 holds no Tianjin 滨海新区)."""
    seen: dict[tuple[int, int], Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.begin, -m.end)):
        seen.setdefault((m.begin, m.end), m)
    zone_begins = {m.end: m.begin for m in sorted(seen.values(), key=lambda m: -m.begin) if m.key[0] == "zone"}
    return sorted((m for m in seen.values() if not (m.key[0] == "division" and zone_begins.get(m.end, m.begin) < m.begin)),
                  key=lambda m: (m.begin, m.end))
