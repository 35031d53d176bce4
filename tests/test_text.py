"""kg.text: the clean view keeps an exact map back to the text as read."""

import pytest

from kg.text import clean, looks_traditional, split_sentences, to_simplified


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


# Traditional characters: extraction reads a simplified view, offsets and surfaces stay original.

TRADITIONAL = "臺北市議會通過《臺北市自治條例》，推動城市建設與發展。"


def test_traditional_text_gets_a_simplified_view_of_the_same_length():
    text = clean(TRADITIONAL)
    assert text.clean == "台北市议会通过《台北市自治条例》，推动城市建设与发展。"
    assert len(text.clean) == len(TRADITIONAL)
    b = text.clean.index("台北市自治条例")
    assert text.to_original(b, b + 7) == (b, b + 7)
    assert text.surface(b, b + 7) == "臺北市自治條例"
    assert text.surface(b - 1, b + 8, found="台北市自治条例") == "臺北市自治條例"


def test_simplification_keeps_the_offset_map_around_removed_noise():
    original = "臺北市議會的工作報告指出，要為全市發展作表率，貢\n下轉4版\n獻智慧〔1〕和力量，臺 北 市推進工作。"
    text = clean(original)
    assert "贡献智慧和力量" in text.clean and "台北市推进" in text.clean
    b = text.clean.index("台北市推进")
    ob, oe = text.to_original(b, b + 3)
    assert original[ob:oe] == "臺 北 市"
    assert text.surface(b, b + 3) == "臺北市"


def test_simplified_text_is_left_alone_and_pays_nothing():
    original = "孝感市人大常委会出台《孝感市文明行为促进条例》。在臺灣的同胞"
    assert not looks_traditional("孝感市人大常委会出台《孝感市文明行为促进条例》，推动城市文明建设。")
    text = clean("孝感市人大常委会出台《孝感市文明行为促进条例》，推动城市文明建设。")
    assert text.native == "" and text.surface(0, 3) == "孝感市"
    assert len(clean(original).clean) == len(original)


def test_a_conversion_that_would_change_the_length_goes_character_by_character(monkeypatch):
    import kg.text

    class Lengthening:
        def convert(self, s):
            return s.replace("臺", "台台") if len(s) > 1 else {"臺": "台", "灣": "湾"}.get(s, s)

    monkeypatch.setattr(kg.text, "_converter", lambda: Lengthening())
    assert to_simplified("臺灣\n臺北") == "台湾\n台北"


@pytest.mark.parametrize("original", ["\x00臺灣\ud800臺北市議會\x1f通過", "臺" * 50 + "\n" * 3 + "\x7f", "𠀀臺灣𠀀議會"])
def test_conversion_survives_control_characters_surrogates_and_astral_characters(original):
    text = clean(original)
    assert len(text.clean) == len(original) - sum(text.shifts[-1:])


# More noise variants found in real reports.

@pytest.mark.parametrize("noise", ["【下转第4版】", "——下转第4版", "下转A4版", "（下转第A2版）"])
def test_more_page_break_forms(noise):
    text = clean(f"为全市发展作表率，我们要不断努力贡\n{noise}\n献智慧和力量。")
    assert "贡献智慧" in text.clean


@pytest.mark.parametrize("marker", ["［1］", "①", "〔123〕", "[注1]"])
def test_more_footnote_forms(marker):
    assert clean(f"三区三线{marker}划定").clean == "三区三线划定"


@pytest.mark.parametrize("space", ["\u200b", "\ufeff", "\u2002", "\u00ad"])
def test_invisible_characters_inside_names(space):
    assert "孝感市" in clean(f"孝{space}感市推进工作").clean


@pytest.mark.parametrize("original, expected", [("孝感｡", "孝感。"), ("孝感､孝南", "孝感、孝南")])
def test_half_width_ideographic_punctuation(original, expected):
    assert clean(original).clean == expected


@pytest.mark.parametrize("noise", ["下转第4版", "下转２版", "〔下转第2版〕", "(上接1版)", "  下转4版  ", "下转第4版）",
                                   "上接第一版"])
def test_page_break_variants_rejoin_the_word(noise):
    original = f"为全市发展作表率，我们要不断努力贡\n{noise}\n献智慧和力量。"
    text = clean(original)
    b = text.clean.index("贡献")
    ob, oe = text.to_original(b, b + 2)
    assert original[ob] == "贡" and original[oe - 1] == "献"


@pytest.mark.parametrize("original, name", [("孝\u3000感市", "孝\u3000感市"), ("孝\xa0感 市", "孝\xa0感 市"),
                                            ("孝\t感市", "孝\t感市"), ("〔 3 〕孝感市", "孝感市")])
def test_space_variants_inside_names_map_back(original, name):
    text = clean(original + "推进工作。")
    b = text.clean.index("孝感市")
    ob, oe = text.to_original(b, b + 3)
    assert original[ob:oe] == name
