"""Foreign cities: a country, a transliterated name and its unit word name a city abroad."""

import pytest

from tests.helpers import names, relations


def test_a_sister_city_after_its_country_is_a_place_of_that_country():
    text = "我市与德国乌波塔尔市、美国富兰克林郡、蒙古国东戈壁省结为友好城市。"
    found = relations(text, "东莞市")
    assert ("乌波塔尔市", "partOf", "德意志联邦共和国") in found
    assert ("富兰克林郡", "partOf", "美利坚合众国") in found
    assert ("东戈壁省", "partOf", "蒙古国") in found


def test_a_city_the_gazetteer_knows_takes_the_country_it_follows():
    assert ("汉堡", "partOf", "德意志联邦共和国") in relations("与德国汉堡市开展合作。", "东莞市")


def test_a_foreign_name_that_reads_as_a_chinese_county_is_the_foreign_city():
    found = names("与韩国江陵市缔结友好城市。", "Place", "孝感市")
    assert "江陵市" in found and "江陵县" not in found


@pytest.mark.parametrize("text", [
    "巩固美国、日本等传统市场，开拓俄罗斯等新兴市场。",
    "筹建美国硅谷兰州科技创新工作站。",          # a Chinese city further on
    "召开俄罗斯远东边境市长合作会议。",          # mayors
    "拓展俄罗斯远东重点城市航线。",
    "深化与韩国清州等友好城市的交流。",
    "开展中国—丹麦清洁取暖试点市建设。",
])
def test_markets_clauses_and_chinese_places_after_a_country_name_no_city(text):
    found = names(text, "Place", "孝感市")
    assert not {n for n in found if n.endswith(("市", "州", "省")) and n not in ("兰州市", "孝感市")}, found
