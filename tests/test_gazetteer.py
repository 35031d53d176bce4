"""kg.gazetteer: names found all at once, in character offsets."""

import pickle
from collections import Counter

from kg.gazetteer import Matcher, load_gazetteer, longest_hits


def test_hits_are_every_match_in_code_point_offsets():
    matcher = Matcher([("孝感", "city"), ("感市", "noise"), ("𠮷安", "rare")])
    text = "𠮷𠮷安在孝感市"  # a character outside the BMP before the names
    hits = matcher.hits(text)
    assert [(text[b:e], value) for b, e, value in hits] == [("𠮷安", "rare"), ("孝感", "city"), ("感市", "noise")]


def test_longest_hits_do_not_overlap():
    matcher = Matcher([("孝感", 1), ("孝感市", 2), ("感市", 3)])
    assert longest_hits(matcher, "在孝感市") == [(1, 4, 2)]


def test_a_matcher_survives_pickling():
    matcher = Matcher([("孝感", 1), ("武汉", 2)])
    copy = pickle.loads(pickle.dumps(matcher))
    assert copy.hits("武汉和孝感") == matcher.hits("武汉和孝感") == [(0, 2, 2), (3, 5, 1)]


def test_the_place_automaton_knows_divisions_and_short_forms():
    places = load_gazetteer().places
    found = {"孝感市", "孝感"} & {"在孝感市"[b:e] for b, e, _ in places.hits("在孝感市")}
    assert found == {"孝感市", "孝感"}


def test_national_organs_include_party_offices_and_ministries_written_with_国家():
    from tests.helpers import names

    found = names("国家科技部、中国气象局、国务院扶贫办和中央文明办联合部署，教育部门抓好落实。", "Body", "孝感市")
    assert found == {"中华人民共和国科学技术部", "中国气象局", "国务院扶贫开发领导小组办公室",
                     "中央精神文明建设指导委员会办公室", "中华人民共和国国务院"}  # 国务院 is named in 国务院扶贫办


def test_every_name_of_a_national_organ_names_one_organ():
    names = Counter(n for body in load_gazetteer().national_by_name.values() for n in (body.canonical, *body.aliases))
    assert [n for n, count in names.items() if count > 1] == []
