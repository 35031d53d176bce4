"""Tests of the shipped reference data (kg/data/*.tsv) and its loader (kg/reference.py)."""

from __future__ import annotations

from importlib.resources import files

import pytest

from kg.reference import Division, ReferenceData, load_reference

HUBEI, SICHUAN, CHONGQING = "420000", "510000", "500000"


@pytest.fixture(scope="module")
def ref() -> ReferenceData:
    return load_reference()


def one(ref: ReferenceData, name: str, **where: str) -> Division:
    """The single current division called ``name`` (optionally filtered by attributes)."""
    found = [
        d for d in ref.divisions_by_name.get(name, ())
        if d.current and d.name == name and all(getattr(d, k) == v for k, v in where.items())
    ]
    assert len(found) == 1, (name, found)
    return found[0]


def current_county_units(ref: ReferenceData, province: str) -> list[Division]:
    return [
        d for d in ref.divisions
        if d.level == "county" and d.current and ref.province_of(d.code).code == province
    ]


@pytest.mark.parametrize(("province", "count"), [(HUBEI, 103), (SICHUAN, 183)])
def test_every_county_level_unit_present_with_chain_to_province(ref, province, count):
    units = current_county_units(ref, province)
    assert len(units) == count
    for d in units:
        chain = ref.ancestors(d.code)
        assert chain[-1].code == province and chain[-1].level == "province"
        assert all(a.level in ("city", "province") and a.current for a in chain)
        assert d.code[:2] == province[:2]


def test_named_county_units_of_hubei_and_sichuan(ref):
    for name in ("孝南区", "安陆市", "神农架林区", "恩施市", "利川市", "潜江市", "天门市"):
        assert ref.province_of(one(ref, name).code).code == HUBEI
    for name in ("北川羌族自治县", "三台县", "涪城区", "郫都区", "会理市", "马尔康市"):
        assert ref.province_of(one(ref, name).code).code == SICHUAN


def test_province_administered_units_point_at_province(ref):
    assert one(ref, "仙桃市").parent == HUBEI
    assert one(ref, "济源市").parent == "410000"
    assert one(ref, "石河子市").parent == "650000"


def test_municipality_districts_point_at_municipality(ref):
    beibei = one(ref, "北碚区")
    assert beibei.parent == CHONGQING
    assert ref.ancestors(beibei.code) == (ref.divisions_by_code[CHONGQING],)
    assert one(ref, "海淀区").parent == "110000"


def test_no_pseudo_level_rows(ref):
    names = {d.name for d in ref.divisions}
    assert not names & {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def test_short_forms(ref):
    assert [d.code for d in ref.divisions_by_name["孝南"]] == ["420902"]
    assert ref.divisions_by_name["恩施州"][0].name == "恩施土家族苗族自治州"
    assert "北川" in one(ref, "北川羌族自治县").short
    assert "连南" in one(ref, "连南瑶族自治县").short
    for short, full in (("内蒙古", "内蒙古自治区"), ("广西", "广西壮族自治区"), ("宁夏", "宁夏回族自治区"),
                        ("新疆", "新疆维吾尔自治区"), ("西藏", "西藏自治区")):
        assert ref.divisions_by_name[short][0].name == full
    for generic in ("城区", "郊区", "新区", "矿区", "市中", "城关"):
        assert all(generic not in d.short for d in ref.divisions)
    for d in ref.divisions:
        assert d.name not in d.short
        assert all(len(s) >= 2 for s in d.short)


def test_repeated_names_across_provinces(ref):
    gulou = [d for d in ref.divisions_by_name["鼓楼区"] if d.current]
    assert len({ref.province_of(d.code).code for d in gulou}) >= 2


def test_towns(ref):
    anlu = one(ref, "安陆市")
    yandian = [d for d in ref.divisions_by_name["烟店镇"] if d.parent == anlu.code]
    assert len(yandian) == 1 and yandian[0].level == "town" and len(yandian[0].code) == 9
    santai = one(ref, "三台县")
    assert any(d.parent == santai.code for d in ref.divisions_by_name["西平镇"])


def test_historical_unit_with_successor(ref):
    (wanquan_county,) = ref.divisions_by_name["万全县"]
    assert wanquan_county.until == 2016 and not wanquan_county.current
    successor = ref.divisions_by_code[wanquan_county.successor]
    assert successor.name == "万全区" and successor.current
    assert ref.province_of(wanquan_county.code).code == "130000"
    xiangfan = [d for d in ref.divisions_by_name["襄樊市"] if not d.current]
    assert xiangfan and ref.divisions_by_code[xiangfan[0].successor].name == "襄阳市"


def test_current_units_have_no_end(ref):
    for d in ref.divisions:
        if d.until is None:
            assert d.successor is None
        if d.successor:
            assert d.successor in ref.divisions_by_code


@pytest.mark.parametrize(("cited", "title"), [
    ("立法法", "中华人民共和国立法法"),
    ("湿地保护法", "中华人民共和国湿地保护法"),
    ("道路交通安全法", "中华人民共和国道路交通安全法"),
    ("宪法", "中华人民共和国宪法"),
    ("反分裂国家法", "反分裂国家法"),
    ("中华人民共和国立法法", "中华人民共和国立法法"),
])
def test_law_titles(ref, cited, title):
    assert ref.laws_by_name[cited].title == title


def test_law_decisions_not_prefixed(ref):
    titles = {law.title for law in ref.laws}
    assert "全国人民代表大会常务委员会议事规则" in titles
    assert not any(t.startswith("中华人民共和国全国人民代表大会常务委员会关于") for t in titles)


def test_features(ref):
    russia = ref.features_by_name["俄罗斯"]
    assert russia.kind == "country" and russia.long_name == "俄罗斯联邦"
    assert ref.features_by_name["俄罗斯联邦"] is russia
    assert ref.features_by_name["美国"].long_name == "美利坚合众国"
    changjiang = ref.features_by_name["长江"]
    assert changjiang.kind == "river" and HUBEI in changjiang.provinces
    assert ref.features_by_name["上海自贸区"].name == "中国（上海）自由贸易试验区"
    assert ref.features_by_name["长三角"].kind == "region"
    assert ref.features_by_name["雄安新区"].kind == "zone"
    kinds = {f.kind for f in ref.features}
    assert kinds == {"river", "lake", "sea", "mountain", "region", "zone", "country", "city"}
    assert ref.features_by_name["杭州湾"].kind == "sea" and "330000" in ref.features_by_name["杭州湾"].provinces
    assert ref.features_by_name["莫斯科"].kind == "city" and ref.features_by_name["海参崴"].name == "符拉迪沃斯托克"
    assert sum(f.kind == "country" for f in ref.features) >= 190
    province_codes = {d.code for d in ref.divisions if d.level == "province"}
    assert all(set(f.provinces) <= province_codes for f in ref.features)


def _tsv(name: str) -> list[list[str]]:
    text = (files("kg") / "data" / name).read_text(encoding="utf-8")
    assert "\r" not in text and text.endswith("\n")
    return [line.split("\t") for line in text.split("\n")[:-1]]


@pytest.mark.parametrize("name", ["divisions.tsv", "laws.tsv", "features.tsv"])
def test_tsv_sorted_unique(name):
    rows = _tsv(name)
    header, body = rows[0], rows[1:]
    assert all(len(r) == len(header) for r in body)
    keys = [r[0] for r in body]
    assert keys == sorted(keys), "not sorted by the first column"
    assert len(keys) == len(set(keys)), "duplicate keys"


def test_divisions_parents_exist(ref):
    for d in ref.divisions:
        if d.level == "province":
            assert d.parent is None
        else:
            assert ref.divisions_by_code[d.parent].level != "town"


def test_load_is_cached(ref):
    assert load_reference() is ref
