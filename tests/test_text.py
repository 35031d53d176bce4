"""kg.text: the clean view keeps an exact map back to the text as read."""

import pytest

from kg.text import clean, split_sentences


def test_page_break_line_is_removed_and_the_split_word_rejoined():
    original = "为全市发展作表率，贡\n下转4版\n献智慧和力量。"
    text = clean(original)
    assert "贡献智慧" in text.clean
    b = text.clean.index("贡献")
    ob, oe = text.to_original(b, b + 2)
    assert original[ob:oe] == "贡\n下转4版\n献"  # the span covers the noise between the halves


@pytest.mark.parametrize("noise", ["上接第3版", "（下转第二版）", "转4版"])
def test_other_page_break_forms(noise):
    text = clean(f"第一句话写得很长很长很长很长很长很长，\n{noise}\n第二句。")
    assert noise not in text.clean


def test_footnote_markers_and_stray_spaces_go_away():
    original = "“三区三线〔13〕”划定，孝 感 市推进工作。"
    text = clean(original)
    assert text.clean == "“三区三线”划定，孝感市推进工作。"
    b = text.clean.index("孝感市")
    ob, oe = text.to_original(b, b + 3)
    assert original[ob:oe] == "孝 感 市"


def test_half_width_punctuation_and_full_width_digits_are_normalised_one_to_one():
    original = "2023年,在市委领导下(一)Ｇ２４７改建;完成。"
    text = clean(original)
    assert text.clean == "2023年，在市委领导下（一）G247改建；完成。"
    assert len(text.clean) == len(original)
    assert text.to_original(5, 7) == (5, 7)


def test_hard_line_breaks_inside_sentences_are_joined_but_headings_are_not():
    original = ("市人大常委会坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻\n习近平法治思想。"
                "\n一、坚持党的领导\n市人大常委会牢牢把握。")
    text = clean(original)
    assert "贯彻习近平法治思想" in text.clean
    assert "\n一、坚持党的领导\n" in text.clean


def test_every_clean_span_maps_to_the_same_characters_when_nothing_was_removed():
    original = "出台《孝感市文明行为促进条例》。"
    text = clean(original)
    for b in range(len(original)):
        for e in range(b + 1, len(original) + 1):
            assert text.to_original(b, e) == (b, e)


def test_sentences_split_on_terminators_and_keep_closing_quotes():
    clean_text = "他说：“好。”我们同意！下一句；最后一句\n标题"
    sentences = [clean_text[s.begin:s.end] for s in split_sentences(clean_text)]
    assert sentences == ["他说：“好。”", "我们同意！", "下一句；", "最后一句", "标题"]
