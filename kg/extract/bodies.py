"""Body mentions, read by the grammar jurisdiction + (term) + organ head.

The head (人大常委会, 政府, 委, 法院, 公安局 …) is found by one automaton pass; the
jurisdiction is whatever stands right before it: a place already recognised (孝感市委), a
bare level character resolved against the document's jurisdiction (市委, 省人大), or a
coordinated list of places sharing one head (武汉市、随州市人大). National organs come from a
gazetteer. Canonical names are built from the jurisdiction's official name, so 市委 in a 孝感
report and 中共孝感市委 in a 湖北 report become one entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import ahocorasick_rs

from kg.extract.places import LEVEL_WORDS, city_short, level_division, relative_division, town_shorts
from kg.gazetteer import Gazetteer, load_gazetteer, longest_hits
from kg.model import Mention
from kg.organs import (
    DEPARTMENTS,
    MASS_ORGANISATIONS,
    NPC_COMMITTEES,
    NPCSC_COMMITTEES,
    PARTY_DEPARTMENTS,
    court_name,
    expansions,
)
from kg.reference import Division
from kg.segment import is_word, tag

NATIONAL = "CN"
_NPC_COMMITTEE = expansions(NPC_COMMITTEES)
_NPCSC_COMMITTEE = expansions(NPCSC_COMMITTEES)
_PARTY_DEPT = expansions(PARTY_DEPARTMENTS)
_DEPARTMENT = expansions(DEPARTMENTS)
_LEVEL_CHARS = "省市县区州盟旗"
_NUMERAL = "一二三四五六七八九十"
_TERM = re.compile(rf"第?[{_NUMERAL}]+届$")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _numerals(longest: int) -> list[str]:
    """Chinese numerals of one to `longest` characters, for names such as 交警三大队."""
    out = [""]
    for _ in range(longest):
        out = [n + c for n in out for c in _NUMERAL if len(n) < longest] + out
    return sorted({n for n in out if n})


# Organ heads in priority order, as a regular alternation would try them: at one position the
# first kind that matches wins (人大常委会 before 人大, 纪委监委 before 纪委, 党委 before 委).
_HEADS: list[tuple[str, tuple[str, ...]]] = [
    ("npcsc", ("人民代表大会常务委员会", "人大常委会")),
    ("npc", ("人民代表大会",)),
    ("npc_bare", ("人大",)),
    ("discipline_supervision", ("纪委监委",)),
    ("discipline", ("纪律检查委员会", "纪委")),
    ("supervision", ("监察委员会", "监委")),
    # 行政公署: a league's or prefecture's; 特区政府: 香港特区政府 (jieba keeps 特区政府 one word)
    ("government", ("人民政府", "特区政府", "政府", "行政公署", "行署")),
    ("special_court", ("知识产权法院", "互联网法院", "金融法院", "海事法院", "铁路运输中级法院", "铁路运输法院",
                       "铁路运输检察院", "铁路运输检察分院", "林区中级法院", "农垦中级法院",
                       # forest and state-farm areas' own courts and procuratorates (黑龙江, 吉林, 海南)
                       "林区中级人民法院", "林区基层法院", "林区人民法院", "林区人民检察院", "林区检察院",
                       "农垦中级人民法院", "农垦法院", "农垦人民检察院", "农垦检察院", "垦区人民法院", "垦区人民检察院",
                       # a city's specialised tribunals, named like its special courts: 南京知识产权法庭
                       "知识产权法庭", "破产法庭", "金融法庭", "国际商事法庭", "海事法庭")),
    ("court", ("高级人民法院", "中级人民法院", "人民法院", "中级法院", "高级法院", "中院", "高院", "高法院", "法院",
               *(f"第{n}{h}" for n in "一二三四五六七八九" for h in ("中级人民法院", "中院", "人民法院")),
               *(f"{n}中院" for n in "一二三四五六七八九"))),  # 市一中院, 北京二中院
    ("procuratorate", ("人民检察院", "检察院")),
    ("cppcc", ("政协",)),
    ("traffic_police", ("公安局交警支队", "公安局交通警察支队", "交警支队", "交通警察支队")),
    ("traffic_brigade", tuple(f"交警{n}大队" for n in _numerals(3))),
    ("vehicle_office", ("车辆管理所", "车管所")),
    ("police_branch", ("公安分局",)),  # a city district's police: 成都市公安局武侯区分局
    ("department", tuple(_DEPARTMENT)),
    ("mass", tuple(k for k in MASS_ORGANISATIONS if k != "共青团")),
    ("youth", ("团",)),  # only before a level's 委 (团市委): see _YOUTH_BEFORE
    ("party_committee", ("党委",)),
    ("party", ("委",)),
]
_AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")  # whose Party committee is called 党委
_YOUTH_BEFORE = re.compile(f"[{_LEVEL_CHARS}]委")


def _head_table() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]]:
    words: dict[str, str] = {}
    for kind, group in _HEADS:
        for word in sorted(group, key=len, reverse=True):
            words.setdefault(word, kind)
    return ahocorasick_rs.AhoCorasick(list(words)), tuple(words.values())


_HEAD_AUTOMATON, _HEAD_KINDS = _head_table()


def organ_heads(clean: str) -> list[tuple[str, int, int]]:
    """Every organ head as (kind, begin, end), scanning left to right without overlaps.

    One automaton pass (a regular alternation of a few hundred department names costs ten
    times more); at each position the highest-priority head wins, as in _HEADS."""
    best: dict[int, tuple[int, int]] = {}
    for index, begin, end in _HEAD_AUTOMATON.find_matches_as_indexes(clean, overlapping=True):
        if _HEAD_KINDS[index] == "youth" and not _YOUTH_BEFORE.match(clean, end):
            continue
        if begin not in best or index < best[begin][0]:
            best[begin] = (index, end)
    out, last_end = [], 0
    for begin in sorted(best):
        if begin >= last_end:
            index, end = best[begin]
            out.append((_HEAD_KINDS[index], begin, end))
            last_end = end
    return out


_NPC_SUFFIX = re.compile(_alternation(list(_NPC_COMMITTEE)))
_NPCSC_SUFFIX = re.compile(_alternation([*_NPCSC_COMMITTEE, "党组", "主任会议", "机关"]))
_PARTY_SUFFIX = re.compile(_alternation(list(_PARTY_DEPT)))
_DEPARTMENT_AFTER = re.compile(_alternation(list(_DEPARTMENT)))
# 等 + the kind of the places listed before it, right before an organ's head (等沿黄省区人大常委会)
_ETC_KIND = re.compile(r"等(?:[\u4e00-\u9fff]{0,4}?)(?:省区市|省区|省市|省份|省|兄弟城市|城市|市州|地市|市|县市区|县区|县市|县)$")
_LISTED_KINDS = frozenset({"npcsc", "npc_bare", "government", "cppcc", "court", "procuratorate"})
# 第三中级人民法院 in a court's report of a province or municipality: its own numbered court
_NUMBERED_COURT = re.compile("第[一二三四五六七八九]中级人民法院")
_BARE_COMMITTEE = re.compile(_alternation([k for k in _NPC_COMMITTEE if k.endswith("委") and len(k) <= 7]))
# Committees a standing committee's own report names bare: a congress's special committees (财经委,
# 财政经济委员会) and the standing committee's working committees (法工委, 预算工作委员会);
# 办公厅 and 研究室 alone could be anyone's.
_OWN_NPC_COMMITTEE = re.compile(_alternation([k for k in _NPC_COMMITTEE if (k.endswith("委") and len(k) <= 7)
                                              or (k.endswith("委员会") and len(k) >= 6)]))
_OWN_NPCSC_COMMITTEE = re.compile(_alternation([k for k in _NPCSC_COMMITTEE if "工作委员会" in k or "工委" in k
                                                or k.startswith(("代表资格审查", "执法检查组"))]))
# What may stand right before a bare committee name: not part of another organ's name (政协经济委员会).
_BEFORE_BARE_COMMITTEE = frozenset("，。；：、（“和及与在由向对将把经请是为等会听取邀同")
_CENTRAL = re.compile(r"中央(?=和|、|，|部署|决策|精神|要求|领导|的决策|的部署|的要求)")
_HIGHWAY_POLICE = re.compile("高速(?:公路)?(?:交警|交通警察)(?:总队)?")
# A congress's term and session after a bare 人大 (市人大十五届一次会议): the congress, not its committee
_SESSION_AFTER = re.compile(f"第?[{_NUMERAL}]+届(?:[{_NUMERAL}]+次(?:全体)?会议|人民代表大会)")
_CONGRESS_SESSION = re.compile(r"(?:向|请|提请|提交)大会")
# A Party committee and its government written with one place: 自治区党委、政府, 省委和政府 (not 政府工作报告).
_GOVERNMENT_AFTER_PARTY = "、和"
_NOT_THE_GOVERNMENT = re.compile("工作|部门|机构|投资|债务|采购|购买|性|引导|主导|和社会")
# The organs a congress oversees, named together by count: 一府一委两院 (government, supervisory
# commission, court, procuratorate), 一府两院, 法、检两院. A bare 两院 is left alone (两院院士).
_COLLECTIVE = re.compile(r"一府(?:一委)?两院(?:一委)?|一委两院|法[、·]?检两院")
# A commission's name: after a level character (市食品安全委员会) or after 成立/组建/设立.
_ZONE_ORGANS = {"管委会": ("zone_committee", "管理委员会"), "管理委员会": ("zone_committee", "管理委员会"),
                "人民法院": ("zone_court", "人民法院"), "法院": ("zone_court", "人民法院"),
                "人民检察院": ("zone_procuratorate", "人民检察院"), "检察院": ("zone_procuratorate", "人民检察院")}
_ZONE_ORGAN = re.compile(_alternation(list(_ZONE_ORGANS)))
_COMMISSION = re.compile(r"(?:(?P<set_up>成立|组建|设立)|(?<=[省市县区州]))(?P<name>[\u4e00-\u9fff]{2,10}?)委员会")
_NOT_IN_COMMISSION = set("的和与及在是为了等将把对区园")  # a zone's 管委会 belongs to the zone
_GENERIC_COMMISSION = frozenset("管理 工作 专家 咨询 学术 专业 专门 领导 协调".split())  # 新区管理委员会 names no one
_MASS_LIST = re.compile(_alternation([*MASS_ORGANISATIONS]))


@dataclass(frozen=True)
class Jurisdiction:
    """The jurisdiction an organ name carries, with the span of its written form."""

    division: Division
    begin: int
    end: int
    written: str


def _name(division: Division) -> str:
    """The jurisdiction as organ names write it: a district (市辖区) keeps its city, as in the
    official 南京市鼓楼区人民法院; other units by their own official name."""
    if division.level == "county" and division.name.endswith("区") and division.parent:
        parent = load_gazetteer().reference.divisions_by_code.get(division.parent)
        if parent is not None and parent.name.endswith("市") and not division.name.startswith(parent.name):
            return parent.name + division.name
    return division.name


def _party_committee(name: str) -> str:
    """A territory's Party committee by its short official name: 孝感市委, 阿克苏地委 (地区 → 地委);
    an autonomous unit's is written in full (广西壮族自治区委员会, 恩施土家族苗族自治州委员会): its
    short form drops the people's names (恩施州委, 自治区党委), not just 员会."""
    if name.endswith(_AUTONOMOUS):
        return f"{name}委员会"
    return f"{name.removesuffix('地区')}地委" if name.endswith("地区") else f"{name}委"


def _canonical(kind: str, head: str, j: Division, extra: str = "") -> str:
    n = _name(j)
    match kind:
        case "npcsc":
            return f"{n}人大常委会"
        case "npc":
            return f"{n}人民代表大会"
        case "npc_committee":
            return f"{n}人民代表大会{extra}"
        case "npcsc_committee":
            return f"{n}人大常委会{extra}"
        case "npcsc_party":
            return f"中共{n}人大常委会党组"
        case "npcsc_council":
            return f"{n}人大常委会主任会议"
        case "npcsc_office":
            return f"{n}人大常委会机关"
        case "street_office":
            return f"{n}办事处"
        case "npc_presidium":
            return f"{n}人民代表大会主席团"
        case "npcsc_street":
            return f"{extra}{n}工作委员会"  # the standing committee above's (extra) in a subdistrict or prefecture
        case "party":
            return f"中共{_party_committee(n)}"
        case "party_committee" if j.level == "town":
            return f"中共{n}委员会"  # 义堂镇党委
        case "party_committee":
            return f"中共{_party_committee(n)}"
        case "party_dept":
            return f"中共{_party_committee(n)}{extra}"
        case "discipline":
            return f"中共{n}纪律检查委员会"
        case "supervision":
            return f"{n}监察委员会"
        case "government" if n.endswith(("盟", "地区")):
            return f"{n}行政公署"  # a league or prefecture is run by an office of the province
        case "government" if n.endswith("特别行政区"):
            return f"{n}政府"  # 香港特别行政区政府: no 人民 in a special administrative region's name
        case "government":
            return f"{n}人民政府"
        case "gov_office":
            return f"{n}人民政府{extra}"
        case "court":
            return court_name(n, j.level, head)
        case "procuratorate":
            return f"{n}人民检察院"
        case "special_court":
            return f"{n.removesuffix('市').removesuffix('地区')}{head}"  # by the short name: 广州知识产权法院
        case "cppcc":
            return f"中国人民政治协商会议{n}委员会"
        case "traffic_police":
            return f"{n}公安局交通警察支队"
        case "traffic_brigade":
            return f"{n}公安局交通警察支队{head.removeprefix('交警')}"
        case "vehicle_office":
            return f"{n}公安局交通警察支队车辆管理所"
        case "police_branch" if j.level == "county" and len(n) > len(j.name) and n.endswith(j.name):
            return f"{n[:-len(j.name)]}公安局{j.name}分局"
        case "police_branch":
            return f"{n}公安分局"
        case "department":
            return f"{n}{_DEPARTMENT[head]}"
        case "mass":
            return MASS_ORGANISATIONS[head].format(j=n)
        case "youth":
            return f"共青团{_party_committee(n)}"  # the League's committees are named as the Party's
    raise ValueError(kind)


# The organ an internal organ belongs to, by kind (used for subOrganizationOf).
PARENT_KIND = {
    "npc_committee": "npc", "npcsc_committee": "npcsc", "npcsc_party": "npcsc", "npcsc_council": "npcsc",
    "npcsc_office": "npcsc", "party_dept": "party", "department": "government", "gov_office": "government",
    "traffic_police": "department:公安局", "traffic_brigade": "traffic_police", "vehicle_office": "traffic_police",
    "npcsc": "npc", "npc_presidium": "npc",
}
_STREET_COMMITTEE = re.compile("工委|工作委员会")


def _commission_matches(clean: str) -> list[re.Match]:
    """_COMMISSION's matches, tried only before each 委员会 (the pattern is slow to try at every
    character): a match starts at most 12 characters before it (成立 + a 10-character name)."""
    out: list[re.Match] = []
    last, at = 0, clean.find("委员会")
    while at != -1:
        m = _COMMISSION.search(clean, max(last, at - 12), at + 3)
        if m is not None and m.end() == at + 3:
            out.append(m)
            last = m.end()
        at = clean.find("委员会", at + 1)
    return out


def _commission_name(name: str) -> bool:
    """A commission's own name: no function words, no organ inside it (人大, 政协, 党 …)."""
    return len(name) >= 2 and name not in _GENERIC_COMMISSION and not (set(name) & _NOT_IN_COMMISSION) and \
        not name.startswith(("全", "各", "该", "我", "其")) and \
        not any(w in name for w in ("人大", "政协", "常委", "常务", "党", "纪", "监察", "居民", "村民", "业主", "已", "一个",
                                    "两级", "三级"))  # (业主委员会: every estate has one)


# A court's divisions (庭), by their written forms: 立案庭, 刑事审判第一庭 (刑一庭), 行政审判庭 …
_COURT_DIVISIONS = {
    **{d: d for d in ("立案庭", "刑事审判庭", "民事审判庭", "行政审判庭", "审判监督庭", "执行裁判庭", "环境资源审判庭",
                      "知识产权审判庭", "金融审判庭", "少年审判庭", "破产审判庭", "破产法庭", "涉外商事审判庭",
                      "执行局")},
    **{f"{kind}审判第{n}庭": f"{kind}审判第{n}庭" for kind in ("刑事", "民事") for n in "一二三四五六"},
    **{f"{kind[0]}{n}庭": f"{kind}审判第{n}庭" for kind in ("刑事", "民事") for n in "一二三四五六"},
}
# A procuratorate's departments and branches: 第一检察部, 公益诉讼检察部, 第一分院 (北京市人民检察院第一分院).
_PROCURATORIAL_DEPARTMENTS = {
    **{f"第{n}检察部": f"第{n}检察部" for n in "一二三四五六七八九十"},
    **{f"第{n}分院": f"第{n}分院" for n in "一二三四五"},
    **{f"{n}分院": f"第{n}分院" for n in "一二三四五"},  # 市检一分院
    **{d: d for d in ("刑事执行检察部", "控告申诉检察部", "公益诉讼检察部", "未成年人检察部", "民事检察部", "行政检察部",
                      "刑事检察部", "经济犯罪检察部", "检察技术处", "检察技术部", "案件管理办公室", "案件管理部",
                      "法律政策研究室", "检务督察部")},
    # the investigation bureaus of the years before 2018, when the supervisory commissions took them over
    **{d: d for d in ("反贪污贿赂局", "反渎职侵权局", "职务犯罪预防局")},
    "反贪局": "反贪污贿赂局", "反渎局": "反渎职侵权局", "反渎职局": "反渎职侵权局",
}
# A people's tribunal, named after its place, inside a basic court: 孝南区人民法院 + 毛陈人民法庭.
_TRIBUNAL = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:人民)?法庭")
_NOT_TRIBUNAL = re.compile("[的和与及在是为等、]|破产|少年|家事|互联网|巡回|知识产权|金融|环境|审判")

# Internal organs written as their parent's name plus a suffix (市政府党组, 市中院审判委员会):
# kind → (the parent kinds that have it, its suffixes as written → in full, the template of its
# name). The key's third part is the parent's canonical name, how the resolver finds the parent.
INTERNAL_ORGANS = {
    "party_group": (("government", "court", "procuratorate", "department", "supervision"), {"党组": "党组"}, "中共{p}{s}"),
    "judicial_committee": (("court",), {"审判委员会": "审判委员会", "审委会": "审判委员会"}, "{p}{s}"),
    "enforcement_bureau": (("court",), {"执行局": "执行局"}, "{p}{s}"),
    "procuratorial_committee": (("procuratorate",), {"检察委员会": "检察委员会", "检委会": "检察委员会"}, "{p}{s}"),
    "procuratorial_department": (("procuratorate",), _PROCURATORIAL_DEPARTMENTS, "{p}{s}"),
    "court_division": (("court",), _COURT_DIVISIONS, "{p}{s}"),
}
# Organs whose mention key carries the parent's canonical name (the resolver links them by it).
PARENT_IN_KEY = frozenset(INTERNAL_ORGANS) | {"tribunal", "procuratorial_office", "npcsc_street", "branch"}
# What a national organ's office in a place is called after the place's name (国家税务总局 + 成都市 + 税务局)
_BRANCH = re.compile("税务局|营业管理部|中心支行|分行|支行|调查总队|调查队|监管局|监管分局|分局")
_INTERNAL_SUFFIX = {kind: re.compile(_alternation(list(suffixes))) for kind, (_, suffixes, _) in INTERNAL_ORGANS.items()}
_POSTS = ("书记", "副书记", "成员")  # 党组书记 names a post, not the group

# Internal organs whose written name contains their parent's: the parent is named too.
_NAMED_PARENT = {"npc_presidium": "npc",
                 "npcsc_party": "npcsc", "npcsc_council": "npcsc", "npcsc_office": "npcsc", "npcsc_committee": "npcsc",
                 "party_dept": "party", "gov_office": "government", "department": "government"}


class BodyFinder:
    """Finds body mentions in one clean text, given its place mentions and jurisdiction."""

    def __init__(self, clean: str, places: list[Mention], jurisdiction: Division | None, gazetteer: Gazetteer):
        self.clean = clean
        self.jurisdiction = jurisdiction
        self.gazetteer = gazetteer
        self.place_ends = {m.end: m for m in places if m.key and m.key[0] == "division"}
        self.place_begins = {m.begin: m for m in places if m.key and m.key[0] == "division"}
        self.zones = [m for m in places if m.key[:1] == ("zone",) or m.key[:2] == ("feature", "zone")]

    def division(self, mention: Mention) -> Division:
        return self.gazetteer.reference.divisions_by_code[mention.code]

    def jurisdiction_before(self, pos: int, party: bool = False) -> Jurisdiction | None:
        """The jurisdiction written right before `pos`: a place, or a bare level character."""
        place = self.place_ends.get(pos)
        if place is not None:
            if party and place.surface[-1] not in _LEVEL_CHARS:
                return None
            return Jurisdiction(self.division(place), place.begin, place.end, place.surface)
        relative = relative_division(self.clean, pos - 1, self.jurisdiction, self.gazetteer)
        if relative is not None:
            if pos - 1 > 0 and self.clean[pos - 2] in "中国":  # 中国 / 全国 are not a level character
                return None
            start = pos - 3 if self.clean[max(0, pos - 3):pos] == "自治区" else pos - 1
            return Jurisdiction(relative, start, pos, self.clean[start:pos])
        return None

    def coordinated(self, j: Jurisdiction) -> list[Jurisdiction]:
        """Places listed before `j` with 、 that share its head: 万全、怀安、怀来县政府. A short
        name takes the level the shared head shows (万全 + 县 → 万全县, even where it is now 万全区)."""
        out = []
        pos = j.begin
        level_char = j.written[-1:] if j.written[-1:] in _LEVEL_CHARS else ""
        by_name = self.gazetteer.reference.divisions_by_name
        while pos > 0 and self.clean[pos - 1] == "、":
            place = self.place_ends.get(pos - 1)
            if place is None:
                break
            division = self.division(place)
            if level_char and not place.surface.endswith(level_char):
                same_level = [d for d in by_name.get(place.surface + level_char, ())
                              if d.parent == j.division.parent]
                division = same_level[0] if same_level else division
            if division.level != j.division.level and division.parent != j.division.parent:
                break  # (十堰市、神农架林区人大常委会: a city and a county-level unit, both under the province)
            out.append(Jurisdiction(division, place.begin, place.end, place.surface))
            pos = place.begin
        return out

    def _listed_before_etc(self, pos: int, kind: str) -> list[Jurisdiction]:
        """Places listed before 等 and a word for their kind right before a head: 山东、山西、陕西等
        沿黄省区 + 人大常委会, 武汉、长沙等城市 + 人大. Only organs every such place has."""
        if kind not in _LISTED_KINDS:
            return []
        m = _ETC_KIND.search(self.clean, max(0, pos - 12), pos)
        place = self.place_ends.get(m.start()) if m else None
        if place is None or self.clean[place.begin - 1:place.begin] != "、":
            return []  # (one place before 等 is an example, not a list)
        last = Jurisdiction(self.division(place), place.begin, place.end, place.surface)
        listed = [last, *self.coordinated(last)]
        if any(one.division.level != last.division.level for one in listed):
            return []
        return listed[::-1]

    def _prefecture(self, pos: int) -> Jurisdiction | None:
        """The prefecture (地区) a bare 地 before 委 means, if the report is in one."""
        if self.jurisdiction is None or (pos > 1 and self.clean[pos - 2] in "各本当外基两全该此"):
            return None  # 各地委托, 基地委员会: 地 ends another word
        prefecture = level_division("地", self.jurisdiction, self.gazetteer)
        return Jurisdiction(prefecture, pos - 1, pos, "地") if prefecture else None

    def province_and_city(self, pos: int) -> list[Jurisdiction]:
        """省市 before a head (省市委, 省市人大) names both levels: the province's organ and the city's."""
        if self.clean[pos - 2:pos] != "省市" or self.jurisdiction is None or self.place_ends.get(pos) is not None:
            return []
        province = relative_division(self.clean, pos - 2, self.jurisdiction, self.gazetteer)
        city = level_division("市", self.jurisdiction, self.gazetteer)
        if province is None or city is None or city.level == "province":
            return []
        return [Jurisdiction(city, pos - 1, pos, "市"), Jurisdiction(province, pos - 2, pos - 1, "省")]

    def find(self) -> list[Mention]:
        out: list[Mention] = []
        clean = self.clean
        consumed = -1  # end of the last name that already covered the text (政协孝感市委员会)
        named: tuple[int, Division] | None = None  # end and place of the last organ named with its place
        party: tuple[int, Division] | None = None  # end and place of the last Party committee
        for kind, begin, end in organ_heads(clean):
            head = clean[begin:end]
            if begin < consumed:
                continue
            term = _TERM.search(clean, max(0, begin - 6), begin) if kind in ("npcsc", "npc", "npc_bare") else None
            j_end = term.start() if term else begin
            j = self.jurisdiction_before(j_end, party=kind == "party")
            if j is None and kind == "party" and clean[j_end - 1:j_end] == "地":
                j = self._prefecture(j_end)  # 地委: a prefecture's (地区) Party committee
            etc = self._listed_before_etc(j_end, kind)
            if etc:  # 与山东、山西、陕西等沿黄省区人大常委会: each place listed has the organ
                organ = "npcsc" if kind == "npc_bare" else kind
                for one in etc:
                    out.append(Mention("Body", one.begin, end, one.written + head,
                                       _canonical(organ, head, one.division, ""), key=(organ, one.division.code, "")))
                consumed = end
                continue
            if j is None and kind == "government" and head == "政府" and party is not None and party[0] == j_end - 1 \
                    and clean[j_end - 1] in _GOVERNMENT_AFTER_PARTY and not _NOT_THE_GOVERNMENT.match(clean, end):
                j = Jurisdiction(party[1], j_end, j_end, "")  # 自治区党委、政府: the region's government too
            upper = [] if j is not None else self.province_and_city(j_end)
            if upper:
                j, upper = upper[0], upper[1:]
            level_char = clean[j_end - 1:j_end]
            if named is not None and named[0] == j_end - 2 and clean[j_end - 2:j_end - 1] in ("、", "和", "及") \
                    and level_char in _LEVEL_CHARS and named[1].name.endswith(level_char) \
                    and (j is None or self.place_ends.get(j.end) is None):
                j = Jurisdiction(named[1], j_end - 1, j_end, level_char)  # 湖北省委、省政府: the same 省
            if j is not None and self.place_ends.get(j.end) is not None:
                named = (end, j.division)
            if kind == "party_committee" and (j is None or not (j.division.name.endswith(_AUTONOMOUS)
                                                                or j.division.level == "town")):
                continue  # 党委 of a village, a company or a school is not a named organ here
            if kind == "cppcc" and j is None:
                found = self._cppcc_after(begin, end)
                out += found
                consumed = max([consumed] + [f.end for f in found])
                continue
            if j is None:
                if kind in ("traffic_police", "traffic_brigade", "vehicle_office") and self._local():
                    j = Jurisdiction(self.jurisdiction, begin, begin, "")
                else:
                    continue
            if kind == "party" and clean.startswith("员会", end):
                end += 2
            if kind in ("party", "party_committee"):
                party = (end, j.division)
            head_end = end
            kind, end, extra = self._refine(kind, head, end, bool(term))
            if kind is None:
                continue
            if kind == "department" and extra:  # named after its government: known by its own name
                head, extra = extra, ""
            if kind == "npcsc" and head == "人大" and j.division.level == "town":
                kind, end, extra = self._town_congress(end, j)
            elif kind == "npcsc" and head == "人大" and j.division.name.endswith(("地区", "盟")):
                kind, end, extra = self._working_committee(end, j)
            start = j.begin
            if kind in ("party", "party_committee", "party_dept", "discipline") and clean.startswith("中共", start - 2):
                start -= 2
            for jj in [j, *self.coordinated(j), *upper]:
                # The alias is the text as written: the whole span for the first jurisdiction, and
                # for a coordinated one its own name plus the shared rest (随州市 + 人大).
                prefix = clean[start:j.end] if jj is j else jj.written
                kinds = ("discipline", "supervision") if kind == "discipline_supervision" else (kind,)
                for k in kinds:
                    canonical = _canonical(k, head, jj.division, extra)
                    b = start if jj is j else jj.begin
                    out.append(Mention("Body", b, end, prefix + clean[j.end:end], canonical,
                                       key=(k, jj.division.code, extra)))
                    # 市人大常委会党组 also names 市人大常委会; 市委组织部 names 市委.
                    parent = _NAMED_PARENT.get(k)
                    if parent and head_end < end and jj is j:
                        out.append(Mention("Body", b, head_end, prefix + clean[j.end:head_end],
                                           _canonical(parent, head, jj.division), key=(parent, jj.division.code, "")))
            out += self._internal(kind, head, start, end, j)
            if kind == "npc_committee":
                out += self._listed_committees(end, j.division)
            if kind == "npc" and clean.startswith("及其常委会", end):
                # 市人大及其常委会 names the congress and its standing committee
                out.append(Mention("Body", end + 2, end + 5, "常委会", _canonical("npcsc", head, j.division),
                                   key=("npcsc", j.division.code, "")))
        out += self._national()
        out += self._commissions(out)
        out += self._highway_police()
        out += self._zone_committees()
        out += self._street_offices()
        return out

    def _street_offices(self) -> list[Mention]:
        """A subdistrict's office, named by the subdistrict: 唐家墩街道办事处, and the offices of
        subdistricts listed before it (民族街道、唐家墩街道办事处). A town has a people's
        government instead, found with the other heads."""
        out = []
        for place in self.place_begins.values():
            if not (_is_subdistrict(place) and self.clean.startswith("办事处", place.end)):
                continue
            listed = [place]
            while self.clean[listed[-1].begin - 1:listed[-1].begin] == "、" and \
                    _is_subdistrict(self.place_ends.get(listed[-1].begin - 1)):
                listed.append(self.place_ends[listed[-1].begin - 1])
            for one in listed:  # a listed one's alias is its own name plus the shared 办事处, as in coordinated()
                division = self.division(one)
                out.append(Mention("Body", one.begin, place.end + 3, self.clean[one.begin:one.end] + "办事处",
                                   _canonical("street_office", "", division), key=("street_office", division.code, "")))
        return out

    def _zone_committees(self) -> list[Mention]:
        """A zone's administrative committee, court and procuratorate, named by the zone:
        西咸新区管委会 is 西咸新区管理委员会, 苏州工业园区法院 苏州工业园区人民法院 (their
        jurisdiction is the zone, kept in the key)."""
        out = []
        for zone in self.zones:
            written = _ZONE_ORGAN.match(self.clean, zone.end)
            if written is not None:
                kind, full = _ZONE_ORGANS[written.group()]
                code = zone.key[-1] if len(zone.key) > 2 else self.jurisdiction.code if self.jurisdiction else ""
                out.append(Mention("Body", zone.begin, written.end(), self.clean[zone.begin:written.end()],
                                   zone.canonical + full, key=(kind, code, zone.canonical)))
        return out

    def _highway_police(self) -> list[Mention]:
        """A province's highway traffic police detachment in a city: 省高速交警张家口支队 is
        河北省公安厅高速公路交通警察总队张家口支队 (the corps is the province's, the detachment the city's)."""
        out = []
        for m in _HIGHWAY_POLICE.finditer(self.clean):
            place = self.place_begins.get(m.end())
            if place is None or not self.clean.startswith("支队", place.end) or self.jurisdiction is None:
                continue
            city = self.division(place)
            province = self.gazetteer.reference.province_of(city.code)
            if city.level != "city" or province is None:
                continue
            begin = m.start() - 1 if m.start() > 0 and self.clean[m.start() - 1] == "省" else m.start()
            canonical = f"{province.name}公安厅高速公路交通警察总队{city_short(city)}支队"
            out.append(Mention("Body", begin, place.end + 2, self.clean[begin:place.end + 2], canonical,
                               key=("highway_police", city.code, "")))
        return out

    def _commissions(self, found: list[Mention]) -> list[Mention]:
        """A jurisdiction's named commission: 市食品安全委员会, or one the report says was set
        up (成立招商引资决策委员会: the jurisdiction's own). Not inside another organ's name."""
        if self.jurisdiction is None:
            return []
        taken = [(m.begin, m.end) for m in found]
        out = []
        for m in _commission_matches(self.clean):
            begin, name = m.start("name"), m.group("name")
            if any(b < m.end() and begin - 1 < e for b, e in taken) or not _commission_name(name):
                continue
            if m.group("set_up") and name[0] in _LEVEL_CHARS:  # 成立市食品安全委员会
                begin, name = begin + 1, name[1:]
            place = self.place_begins.get(begin) if m.group("set_up") else None
            if place is not None and place.end - begin < len(name) - 1:  # 成立广州市公共卫生委员会: that city's
                division, start, name = self.division(place), begin, name[place.end - begin:]
            elif m.group("set_up") and self.clean[begin - 1] not in _LEVEL_CHARS:
                division, start = self.jurisdiction, begin
            else:
                division = relative_division(self.clean, begin - 1, self.jurisdiction, self.gazetteer)
                start = begin - 1
                if division is None or self.clean[begin - 1:begin + 1] in LEVEL_WORDS:
                    continue
            for own in (_name(division), city_short(division)):  # 成立广州市公共卫生委员会: named already
                if own and name.startswith(own) and len(name) > len(own) + 1:
                    name = name[len(own):]
                    break
            canonical = f"{_name(division)}{name}委员会"
            out.append(Mention("Body", start, m.end(), self.clean[start:m.end()], canonical,
                               key=("commission", division.code, "")))
        return out

    def _internal(self, kind: str, head: str, begin: int, end: int, j: Jurisdiction) -> list[Mention]:
        """An internal organ written right after its parent's name: 市中院 + 党组 / 审判委员会,
        a basic court + its people's tribunal (孝南区人民法院毛陈人民法庭)."""
        out = []
        for internal, (parents, suffixes, template) in INTERNAL_ORGANS.items():
            m = _INTERNAL_SUFFIX[internal].match(self.clean, end) if kind in parents else None
            if m and not self.clean.startswith(_POSTS, m.end()):
                parent = _canonical(kind, head, j.division)
                out.append(Mention("Body", begin, m.end(), self.clean[begin:m.end()],
                                   template.format(p=parent, s=suffixes[m.group()]), key=(internal, j.division.code, parent)))
        tribunal = _TRIBUNAL.match(self.clean, end) if kind == "court" and j.division.level == "county" else None
        if tribunal and not out and self._tribunal_name(tribunal.group(1), j.division):
            parent = _canonical(kind, head, j.division)
            out.append(Mention("Body", begin, tribunal.end(), self.clean[begin:tribunal.end()],
                               f"{parent}{tribunal.group(1)}人民法庭", key=("tribunal", j.division.code, parent)))
        return out

    def _tribunal_name(self, name: str, county: Division) -> bool:
        """A tribunal is named after a town of its county (毛陈) or a place word (城关, 中心); a verb
        there means the text goes on about the court (孝南区人民法院建成智慧法庭)."""
        if _NOT_TRIBUNAL.search(name):
            return False
        return name in _town_names(county, self.gazetteer) or not any(flag == "v" for _, flag in tag(name))

    def _listed_committees(self, pos: int, division: Division) -> list[Mention]:
        """Committees listed after one with 、 share its congress: 省人大环资委、教科文卫委."""
        out = []
        while pos < len(self.clean) and self.clean[pos] == "、":
            m = _BARE_COMMITTEE.match(self.clean, pos + 1)
            if m is None:
                break
            full = _NPC_COMMITTEE[m.group()]
            out.append(Mention("Body", m.start(), m.end(), m.group(), _canonical("npc_committee", "", division, full),
                               key=("npc_committee", division.code, full)))
            pos = m.end()
        return out

    def _town_congress(self, end: int, j: Jurisdiction) -> tuple[str, int, str]:
        """A town has a congress and its presidium (胡集镇人大主席团), no standing committee; a
        subdistrict has neither, but the county's standing committee works there through a
        working committee (沭城街道人大工委)."""
        if self.clean.startswith("主席团", end):
            return "npc_presidium", end + 3, ""
        if _STREET_COMMITTEE.match(self.clean, end):
            return self._working_committee(end, j)
        return "npc", end, ""

    def _working_committee(self, end: int, j: Jurisdiction) -> tuple[str, int, str]:
        """The working committee the standing committee above keeps in a unit without a congress
        of its own (a subdistrict, a prefecture or league: 喀什地区人大工委)."""
        above = self.gazetteer.reference.divisions_by_code.get(j.division.parent)
        if above is None:
            return "npcsc", end, ""
        work = _STREET_COMMITTEE.match(self.clean, end)
        return "npcsc_street", work.end() if work else end, _canonical("npcsc", "", above)

    def _local(self) -> bool:
        return self.jurisdiction is not None and self.jurisdiction.level in ("city", "county")

    def _refine(self, kind: str, head: str, end: int, has_term: bool) -> tuple[str | None, int, str]:
        """Read what follows a head: 人大 + 代表 is not a body; 人大常委会 + 党组 is another."""
        clean = self.clean
        if kind == "npc_bare":
            if clean.startswith("代表", end) or clean.startswith("常委", end):
                return None, end, ""
            if clean.startswith("及其常委会", end):
                return "npc", end, ""
            if has_term or _SESSION_AFTER.match(clean, end):
                return "npc", end, ""  # 市七届人大, 市人大十五届一次会议: the congress by its term
            kind = "npcsc"
        if kind == "npcsc":
            s = _NPCSC_SUFFIX.match(clean, end)
            if clean.startswith("代表", end) and s is None:
                return None, end, ""  # (its 代表工作委员会 is an organ)
            if s:
                word = s.group()
                if word == "党组":
                    return "npcsc_party", s.end(), ""
                if word == "主任会议":
                    return "npcsc_council", s.end(), ""
                if word == "机关":
                    return "npcsc_office", s.end(), ""
                return "npcsc_committee", s.end(), _NPCSC_COMMITTEE[word]
            s = _NPC_SUFFIX.match(clean, end)
            if s:
                return "npc_committee", s.end(), _NPC_COMMITTEE[s.group()]
            return kind, end, ""
        if kind == "npc":
            if clean.startswith("代表", end) and not clean.startswith("代表大会", end):
                return None, end, ""
            s = _NPC_SUFFIX.match(clean, end)
            if s:
                return "npc_committee", s.end(), _NPC_COMMITTEE[s.group()]
            return kind, end, ""
        if kind == "party":
            s = _PARTY_SUFFIX.match(clean, end)
            if s:
                return "party_dept", s.end(), _PARTY_DEPT[s.group()]
            if clean.startswith(("托", "屈", "婉", "派", "任", "员"), end):
                return None, end, ""
        if kind == "government" and clean.startswith(("办公室", "办公厅"), end):
            return "gov_office", end + 3, clean[end:end + 3]
        if kind == "government" and (d := _DEPARTMENT_AFTER.match(clean, end)) is not None:
            return "department", d.end(), d.group()  # 省人民政府法制办公室, 市政府国资委: the department
        if kind == "mass" and not (is_word(clean, end - len(head), end) or is_word(clean, end - len(head) - 1, end)):
            return None, end, ""  # (jieba reads 市妇联 as one word)
        return kind, end, ""

    def _cppcc_after(self, begin: int, head_end: int) -> list[Mention]:
        """政协孝感市委员会: the jurisdiction stands between 政协 and 委员会."""
        place = self.place_begins.get(head_end)
        if place is None or not self.clean.startswith("委员会", place.end):
            return []
        division = self.division(place)
        end = place.end + 3
        return [Mention("Body", begin, end, self.clean[begin:end], _canonical("cppcc", "", division),
                        key=("cppcc", division.code, ""))]

    def _national(self) -> list[Mention]:
        out = []
        for begin, end, body in longest_hits(self.gazetteer.national, self.clean):
            surface = self.clean[begin:end]
            if (end - begin <= 3 and not is_word(self.clean, begin, end)) or self.clean[end:end + 1] == "门":
                continue  # 交通运输部门 is a class of departments
            place = self.place_begins.get(end)
            branch = _BRANCH.match(self.clean, place.end) if place is not None else None
            if branch is not None:
                # 国家税务总局成都市税务局, 人民银行成都分行: the organ's office in a place, under it,
                # named by the place as the office writes it (中国人民银行成都分行, 国家统计局四川调查总队)
                name = f"{body.canonical}{place.surface}{branch.group()}"
                out.append(Mention("Body", begin, branch.end(), self.clean[begin:branch.end()], name,
                                   key=("branch", place.code, body.canonical)))
                continue
            if surface.endswith("人大") and self.clean.startswith("代表", end) and not self.clean.startswith("代表大会", end):
                continue  # 全国人大代表 are deputies, as 市人大代表 are
            out.append(Mention("Body", begin, end, surface, body.canonical, key=("national", NATIONAL, "")))
            parent = self.gazetteer.national_by_name.get(body.parent)
            written = max((n for n in (parent.canonical, *parent.aliases) if surface.startswith(n) and n != surface),
                          key=len, default="") if parent else ""
            if written and not body.canonical.endswith("常务委员会"):
                # 全国人大常委会法工委 names 全国人大常委会 too; as a local 市人大常委会 does not name
                # 市人大, the standing committee does not name the congress
                out.append(Mention("Body", begin, begin + len(written), written, parent.canonical,
                                   key=("national", NATIONAL, "")))
        for m in _CENTRAL.finditer(self.clean):
            if m.start() > 0 and self.clean[m.start() - 1] in "党团":
                continue  # 党中央 is in the gazetteer; 团中央 is the Youth League's
            out.append(Mention("Body", m.start(), m.end(), "中央", "中共中央", key=("national", NATIONAL, "")))
        return out


def author_mentions(clean: str, author: tuple, jurisdiction: Division | None, taken: set[tuple[int, int]],
                    gazetteer: Gazetteer) -> list[Mention]:
    """Bare names that mean the document's own organs: 常委会 and 主任会议 in a standing
    committee's report, 大会 in 向大会报告工作, mass organisations listed together."""
    out: list[Mention] = []
    if jurisdiction is None:
        return out
    division = jurisdiction
    covered = sorted(taken)

    def free(b: int, e: int) -> bool:
        return not any(tb < e and b < te for tb, te in covered)

    if author and author[0] == "npcsc":
        division = gazetteer.reference.divisions_by_code.get(author[1], jurisdiction)
        for m in re.finditer("常委会", clean):
            if free(m.start(), m.end()) and (m.start() == 0 or clean[m.start() - 1] not in "大委党团") \
                    and not _OWN_NPCSC_COMMITTEE.match(clean, m.end()):
                out.append(Mention("Body", m.start(), m.end(), "常委会", _canonical("npcsc", "", division),
                                   key=("npcsc", division.code, "")))
                if clean.startswith("党组", m.end()) and not clean.startswith(_POSTS, m.end() + 2):
                    out.append(Mention("Body", m.start(), m.end() + 2, "常委会党组",
                                       _canonical("npcsc_party", "", division), key=("npcsc_party", division.code, "")))
                elif clean.startswith("机关", m.end()):  # 常委会机关: the committee's own offices
                    out.append(Mention("Body", m.start(), m.end() + 2, "常委会机关",
                                       _canonical("npcsc_office", "", division), key=("npcsc_office", division.code, "")))
                elif clean.startswith(("办公厅", "办公室"), m.end()):
                    office = clean[m.end():m.end() + 3]
                    out.append(Mention("Body", m.start(), m.end() + 3, "常委会" + office,
                                       _canonical("npcsc_committee", "", division, office),
                                       key=("npcsc_committee", division.code, office)))
        for m in re.finditer("主任会议", clean):
            if free(m.start(), m.end()):
                out.append(Mention("Body", m.start(), m.end(), "主任会议", _canonical("npcsc_council", "", division),
                                   key=("npcsc_council", division.code, "")))
        for pattern, kind, table in ((_OWN_NPCSC_COMMITTEE, "npcsc_committee", _NPCSC_COMMITTEE),
                                     (_OWN_NPC_COMMITTEE, "npc_committee", _NPC_COMMITTEE)):
            for m in pattern.finditer(clean):
                # 常委会 + a working committee is one name (常委会预算工作委员会); the committee
                # must not end a longer name (城乡建设环境保护工作委员会 holds 环境保护…)
                b = m.start() - 3 if kind == "npcsc_committee" and clean.startswith("常委会", m.start() - 3) else m.start()
                if free(b, m.end()) and (b == 0 or clean[b - 1] in _BEFORE_BARE_COMMITTEE
                                         or not "\u4e00" <= clean[b - 1] <= "\u9fff"):
                    full = table[m.group()]
                    out.append(Mention("Body", b, m.end(), clean[b:m.end()], _canonical(kind, "", division, full),
                                       key=(kind, division.code, full)))
                    covered.append((b, m.end()))
    if author and author[0] in ("court", "procuratorate"):
        # A court's or procuratorate's own report: 院党组, 审委会 and 检委会 are its own organs.
        division = gazetteer.reference.divisions_by_code.get(author[1], jurisdiction)
        parent = _canonical(author[0], "人民法院", division)  # the court of the author's level
        for internal, (parents, suffixes, template) in INTERNAL_ORGANS.items():
            if author[0] not in parents:
                continue
            written = [s for s in suffixes if s != "党组"] + (["院党组"] if "党组" in suffixes else [])
            for m in re.finditer(_alternation(written), clean):
                if free(m.start(), m.end()) and not clean.startswith(_POSTS, m.end()) \
                        and not _other_court_before(clean, m.start(), covered):
                    full = suffixes[m.group().removeprefix("院")]
                    out.append(Mention("Body", m.start(), m.end(), m.group(), template.format(p=parent, s=full),
                                       key=(internal, division.code, parent)))
        if division.level == "county":
            out += _town_outposts(clean, author[0], parent, division, gazetteer, free)
        if author[0] == "court" and division.level == "province":
            for m in _NUMBERED_COURT.finditer(clean):  # a province's (or municipality's) own numbered courts
                if free(m.start(), m.end()) and (m.start() == 0 or clean[m.start() - 1] in _BEFORE_BARE_COMMITTEE
                                                 or not "\u4e00" <= clean[m.start() - 1] <= "\u9fff"):
                    out.append(Mention("Body", m.start(), m.end(), m.group(), court_name(division.name, "city", m.group()),
                                       key=("court", division.code, "")))
    collective_division = gazetteer.reference.divisions_by_code.get(author[1], jurisdiction) if author else jurisdiction
    for m in _COLLECTIVE.finditer(clean):
        if free(m.start(), m.end()):
            out += _collective(m, collective_division)
    for m in _CONGRESS_SESSION.finditer(clean):
        b = m.end() - 2
        if free(b, m.end()):
            out.append(Mention("Body", b, m.end(), "大会", _canonical("npc", "", jurisdiction),
                               key=("npc", jurisdiction.code, "")))
    # A bare 政协 (政协委员, 接受政协民主监督) is the jurisdiction's CPPCC; a bare 人大 beside it or
    # before 监督 is its standing committee (X人大 means the standing committee).
    for m in re.finditer("政协", clean):
        b = m.start()
        if free(b, m.end()) and (b == 0 or not ("\u4e00" <= clean[b - 1] <= "\u9fff") or clean[b - 1] in "和及与、各位请受"):
            out.append(Mention("Body", b, m.end(), "政协", _canonical("cppcc", "", jurisdiction),
                               key=("cppcc", jurisdiction.code, "")))
    # 接受人大及其常委会的监督: the congress and its standing committee; 提请人大常委会审议: the latter.
    for m in _BARE_CONGRESS.finditer(clean):
        b = m.start()
        before = clean[b - 1] if b else "。"
        if not free(b, m.end()) or ("\u4e00" <= before <= "\u9fff" and before not in "和及与、受在请向经由"):
            continue
        if m.group() == "人大常委会":
            out.append(Mention("Body", b, m.end(), "人大常委会", _canonical("npcsc", "", jurisdiction),
                               key=("npcsc", jurisdiction.code, "")))
        elif clean.startswith("及其常委会", m.end()):
            out.append(Mention("Body", b, m.end(), "人大", _canonical("npc", "", jurisdiction),
                               key=("npc", jurisdiction.code, "")))
            out.append(Mention("Body", m.end() + 2, m.end() + 5, "常委会", _canonical("npcsc", "", jurisdiction),
                               key=("npcsc", jurisdiction.code, "")))
        else:
            out.append(Mention("Body", b, m.end(), "人大", _canonical("npcsc", "", jurisdiction),
                               key=("npcsc", jurisdiction.code, "")))
    # Mass organisations named bare, in a list of at least two: 工会、共青团、妇联.
    hits = [m for m in _MASS_LIST.finditer(clean) if free(m.start(), m.end())]
    for i, m in enumerate(hits):
        neighbours = [h for h in (hits[i - 1] if i else None, hits[i + 1] if i + 1 < len(hits) else None) if h]
        if not any(abs(h.start() - m.end()) <= 1 or abs(m.start() - h.end()) <= 1 for h in neighbours) \
                and not _named_alone(clean, m):
            continue
        if not is_word(clean, m.start(), m.end()):
            continue
        kind = "youth" if m.group() == "共青团" else "mass"
        canonical = _canonical(kind, m.group(), jurisdiction)
        out.append(Mention("Body", m.start(), m.end(), m.group(), canonical, key=(kind, jurisdiction.code, "")))
    return out


# Abbreviations that name one organisation even alone (民主党派和工商联), unlike 工会 (企业工会) or
# 共青团 (共青团员); modified (基层残联, 各级妇联) or as a class (科协组织) they name none.
_ALONE = frozenset("工商联 妇联 科协 残联 侨联 文联 社科联 关工委".split())


def _named_alone(clean: str, m: re.Match) -> bool:
    before = clean[m.start() - 1:m.start()]
    return m.group() in _ALONE and (not before or not "\u4e00" <= before <= "\u9fff" or before in "和与及同") \
        and not clean.startswith(("组织", "系统", "干部", "主席"), m.end())


def _is_subdistrict(place: Mention | None) -> bool:
    return place is not None and place.key == ("division", "town") and place.canonical.endswith("街道")


_OUTPOST = re.compile(r"([\u4e00-\u9fff]{2,5}?)(人民法庭|法庭|检察室)")


def _town_outposts(clean: str, kind: str, parent: str, county: Division, gazetteer: Gazetteer,
                   free: Callable[[int, int], bool]) -> list[Mention]:
    """A county court's people's tribunals and a county procuratorate's outposts named by their
    town in the organ's own report (毛陈法庭, 分水检察室): the town must be one of the county's."""
    towns = _town_names(county, gazetteer)
    organ, noun = ("tribunal", "人民法庭") if kind == "court" else ("procuratorial_office", "检察室")
    out = []
    for m in _OUTPOST.finditer(clean):
        name, suffix = m.group(1), m.group(2)
        start = next((m.start(1) + k for k in range(len(name) - 1) if name[k:] in towns), None)
        if start is None or not free(start, m.end()) or (suffix == "检察室") != (kind == "procuratorate"):
            continue
        place: str | None = clean[start:m.start(2)]
        while place:  # 巴城镇、周市镇检察室: each town listed has one
            out.append(Mention("Body", start, m.end(), clean[start:m.end()], f"{parent}{place}{noun}",
                               key=(organ, county.code, parent)))
            listed = start > 0 and clean[start - 1] in "、和及"
            place = next((clean[b:start - 1] for b in range(max(0, start - 7), start - 2)
                          if clean[b:start - 1] in towns and free(b, start - 1)), None) if listed else None
            start -= len(place) + 1 if place else 0
    return out


def _town_names(county: Division, gazetteer: Gazetteer) -> dict[str, Division]:
    """A county's towns by their full and short names (毛陈镇, 毛陈)."""
    names: dict[str, Division] = {}
    for town in gazetteer.reference.towns_by_parent.get(county.code, ()):
        for name in (town.name, *town_shorts(town)):
            names.setdefault(name, town)
    return names


# A bare 人大 where it oversees (人大和政协, 接受人大的法律和工作监督, 人大及其常委会) or a bare 人大常委会
_BARE_CONGRESS = re.compile("人大常委会(?!委员|组成人员|副主任|主任|秘书长)"
                            "|人大(?=(?:、|和|及)政协|及其常委会|(?:的)?[\u4e00-\u9fff]{0,6}?监督)")


def _other_court_before(clean: str, pos: int, taken: list[tuple[int, int]]) -> bool:
    """Whether the clause before `pos` names a court or procuratorate by its place (苏州中院、
    无锡中院设立破产法庭): a bare organ there is that court's, not the author's."""
    start = max(clean.rfind(c, 0, pos) for c in "，。；！？\n") + 1
    return any(start <= b and e <= pos and "院" in clean[b:e] and clean[b] not in _LEVEL_CHARS for b, e in taken)


def _collective(m: re.Match, division: Division) -> list[Mention]:
    """Each organ a collective name counts (一府一委两院 names four), all at the span of the name."""
    kinds = ["government"] * ("一府" in m.group()) + ["supervision"] * ("一委" in m.group()) + ["court", "procuratorate"]
    return [Mention("Body", m.start(), m.end(), m.group(), _canonical(k, "人民法院", division), key=(k, division.code, ""))
            for k in kinds]


# Mass organisations and congress organs named bare in a State Council report are national.
_NATIONAL_BARE = {
    "工会": "中华全国总工会", "总工会": "中华全国总工会", "共青团": "中国共产主义青年团中央委员会",
    "妇联": "中华全国妇女联合会", "工商联": "中华全国工商业联合会", "科协": "中国科学技术协会",
    "残联": "中国残疾人联合会", "红十字会": "中国红十字会总会", "文联": "中国文学艺术界联合会", "侨联": "中华全国归国华侨联合会",
    "关工委": "中国关心下一代工作委员会",
}


def national_mentions(clean: str, taken: set[tuple[int, int]]) -> list[Mention]:
    """Bare names in a State Council report: 大会 is the National People's Congress, 政协委员
    sit on the national CPPCC, a bare list of mass organisations names the national ones."""
    def free(b: int, e: int) -> bool:
        return not any(tb < e and b < te for tb, te in taken)

    out = []
    for m in _CONGRESS_SESSION.finditer(clean):
        if free(m.end() - 2, m.end()):
            out.append(Mention("Body", m.end() - 2, m.end(), "大会", "全国人民代表大会", key=("npc", NATIONAL, "")))
    for m in re.finditer("全国人大及其常委会", clean):  # the congress and its standing committee
        if free(m.end() - 3, m.end()):
            out.append(Mention("Body", m.end() - 3, m.end(), "常委会", "全国人民代表大会常务委员会",
                               key=("national", NATIONAL, "")))
    for m in re.finditer("政协委员", clean):
        if free(m.start(), m.start() + 2) and (m.start() == 0 or clean[m.start() - 1] not in _LEVEL_CHARS + "国"):
            out.append(Mention("Body", m.start(), m.start() + 2, "政协", "中国人民政治协商会议全国委员会",
                               key=("cppcc", NATIONAL, "")))
    hits = [m for m in _MASS_LIST.finditer(clean) if free(m.start(), m.end()) and m.group() in _NATIONAL_BARE]
    for i, m in enumerate(hits):
        near = [h for h in hits[max(0, i - 1):i + 2] if h is not m]
        if any(abs(h.start() - m.end()) <= 1 or abs(m.start() - h.end()) <= 1 for h in near):
            out.append(Mention("Body", m.start(), m.end(), m.group(), _NATIONAL_BARE[m.group()],
                               key=("national", NATIONAL, "")))
    return out
