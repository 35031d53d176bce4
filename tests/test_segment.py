"""Word boundaries and tags for candidate spans (kg.segment)."""

from kg.segment import WordBoundaries, frequency, has_unknown_word, is_word, tag

TEXT = "坚持依法国家治理，推动长治久安。孝感市人民代表大会常务委员会审议了报告。\n烟店镇上榜全国千强镇。"


def test_a_place_name_inside_a_longer_word_is_not_a_word():
    assert not is_word(TEXT, TEXT.index("法国"), TEXT.index("法国") + 2)  # 依法|国家
    assert not is_word(TEXT, TEXT.index("长治"), TEXT.index("长治") + 2)  # 长治久安
    assert is_word(TEXT, TEXT.index("孝感市"), TEXT.index("孝感市") + 3)


def test_known_boundaries_count_as_cuts():
    begin = TEXT.index("法国")
    assert is_word(TEXT, begin, begin + 2, frozenset({begin, begin + 2}))


def test_windows_segmented_together_are_cut_as_each_alone():
    spans = [(i, j) for i in range(len(TEXT)) for j in (i, i + 1, i + 2, i + 3) if j <= len(TEXT)]
    together = WordBoundaries(TEXT, spans)
    assert [together.is_word(b, e) for b, e in spans] == [is_word(TEXT, b, e) for b, e in spans]


def test_a_span_not_added_beforehand_is_segmented_on_demand():
    words = WordBoundaries(TEXT)
    begin = TEXT.index("孝感市")
    assert words.is_word(begin, begin + 3)


def test_tags_follow_jieba_posseg_for_numbers_and_codes():
    assert tag("G247国道") == (("G247", "eng"), ("国道", "n"))
    assert tag("等80个") == (("等", "u"), ("80", "eng"), ("个", "q"))


def test_unknown_words_and_frequencies():
    assert has_unknown_word(tag("楚能新能源"))
    assert not has_unknown_word(tag("新能源汽车"))
    assert frequency("中国") > 1000
    assert frequency("楚能") == 0
