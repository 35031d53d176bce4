"""kg.pipeline: one document end to end; offsets exact, output deterministic."""

from kg.pipeline import process
from kg.read import read_file
from tests.conftest import EXAMPLES
from tests.helpers import run


def test_every_mention_and_sentence_offset_points_at_its_text():
    doc = read_file(EXAMPLES / "xiaogan-npcsc-2023.txt")
    dg = process(doc)
    assert dg.mentions
    for (mention, _), (b, e) in zip(dg.mentions, dg.spans):
        anchor = doc.text[b:e]
        assert anchor.replace("\n下转4版\n", "") == mention.surface or mention.surface in anchor or mention.type == "Body"
    for b, e in dg.sentence_spans:
        assert 0 <= b < e <= len(doc.text)


def test_the_page_break_does_not_split_entities_or_sentences():
    doc = read_file(EXAMPLES / "xiaogan-npcsc-2023.txt")
    dg = process(doc)
    sentences = [doc.text[b:e] for b, e in dg.sentence_spans]
    assert any("贡\n下转4版\n献智慧和力量" in s for s in sentences)
    assert not any(s.strip() == "下转4版" for s in sentences)


def test_jurisdiction_is_detected_from_the_title_preamble_or_most_named_city():
    assert run("孝感市政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。").profile.jurisdiction == "420900"
    preamble = "政府工作报告\n——2024年1月30日在湖北省第十四届人民代表大会第二次会议上\n省委领导下，全省发展。"
    assert run(preamble).profile.jurisdiction == "420000"
    most_named = ("过去一年的主要工作\n出台《孝感市海绵城市建设管理条例》《孝感市文明行为促进条例》，"
                  "会同武汉市人大立法，全市发展。")
    assert run(most_named).profile.jurisdiction == "420900"


def test_a_report_naming_its_own_city_by_short_name_is_that_city_s():
    # the title names the prefecture by its short form; a county is named in full more often
    text = ("恩施州政府工作报告\n各位代表：现在，我代表州人民政府向大会报告工作。"
            "恩施市、利川市、利川市发展。恩施发展。")
    assert run(text).profile.jurisdiction == "422800"
    # no place in the title: the presenter's level (市) decides over the province quoted more often
    text = ("政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。省委省政府领导，省委部署，省政府支持，"
            "宁波发展，宁波港口，宁波开放，浙江发展。北仑区、北仑区建设。")
    assert run(text).profile.jurisdiction == "330200"
    preamble = "政府工作报告\n2022年4月9日在宁波市\n\n第十六届人民代表大会第一次会议上\n市委领导下。"
    assert run(preamble).profile.jurisdiction == "330200"


def test_the_presenter_s_organ_names_the_jurisdiction_and_prose_first_lines_are_no_titles():
    text = "——2014年1月25日在市十四届人大五次会议上\n各位代表：\n现在，我代表北海市人民政府向大会作政府工作报告。"
    assert run(text).profile.jurisdiction == "450500"
    text = ("——2022年2月10日在州第十五届人民代表大会第一次会议上\n现在，我代表州第十四届人民政府，向大会报告工作。"
            "省委、省政府、省委、省政府领导，文山发展。文山市、广南县建设。")
    assert run(text).profile.jurisdiction == "532600"  # the 州 presents, though the province is named more
    # a news story opening with a sentence: the cities visited are not whose story it is
    text = ("8月下旬，根据省人大常委会党组统一安排，省人大常委会秘书长率执法检查组先后到益阳市、株洲市开展执法检查。"
            "\n执法检查组深入益阳市赫山区、株洲市石峰区检查。")
    assert run(text).profile.jurisdiction == "430000"


def test_a_city_visiting_its_counties_is_their_city_not_one_county_level_city():
    text = ("市人大常委会开展食品安全法执法检查\n执法检查组深入海陵区、姜堰区、兴化市、靖江市等地，"
            "听取市市场监督管理局汇报，我市要压实责任。")
    assert run(text).profile.jurisdiction == "321200"  # 泰州市, not 兴化市
    own = "兴化市人民政府工作报告\n现在，我代表市人民政府向大会报告工作。兴化市发展，戴南镇、张郭镇建设。"
    assert run(own).profile.jurisdiction == "321281"


def test_a_text_speaking_of_no_level_is_the_province_it_names_most_by_its_short_name():
    text = ("（2006年1月12日）\n过去五年，紧紧依靠西藏各族人民，西藏发展，西藏经济增长，西藏农牧民增收。"
            "新建县综合文化活动中心30个。")
    assert run(text).profile.jurisdiction == "540000"  # not Jiangxi's former 新建县


def test_a_district_named_after_its_city_in_the_title_is_the_jurisdiction():
    dg = run("北京市朝阳区人民政府工作报告\n现在，我代表区人民政府向大会报告工作。区委领导下，区人大监督。")
    assert dg.profile.jurisdiction == "110105"  # not Beijing, and not Changchun's 朝阳区
    assert {"北京市朝阳区人民政府", "中共北京市朝阳区委"} <= {e.canonical for e in dg.entities}
    preamble = "区政府工作报告\n——2024年1月在北京市朝阳区第十七届人民代表大会第三次会议上\n区委领导下。"
    assert run(preamble).profile.jurisdiction == "110105"


def test_an_explicit_jurisdiction_overrides_detection():
    dg = run("出台《文明行为促进条例》，市委领导下。", jurisdiction="孝感市")
    assert any(e.canonical == "中共孝感市委" for e in dg.entities)


def test_the_author_is_the_default_subject_of_what_the_report_did():
    dg = run("孝感市人大常委会工作报告\n市人大常委会出台《孝感市文明行为促进条例》，开展《湿地保护法》执法检查。")
    label = {e.iri: e.canonical for e in dg.entities}
    rels = {(label[r.subject], r.predicate, label[r.object]) for r in dg.relations}
    assert ("孝感市人大常委会", "enacts", "孝感市文明行为促进条例") in rels
    assert ("孝感市人大常委会", "inspects", "中华人民共和国湿地保护法") in rels
    assert dg.profile.author == ("npcsc", "420900")


def test_government_reports_are_overseen_by_congress_and_cppcc():
    text = ("绵阳市政府工作报告\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。"
            "在市人大、市政协监督支持下，绵阳市完成目标。")
    dg = run(text)
    label = {e.iri: e.canonical for e in dg.entities}
    rels = {(label[r.subject], r.predicate, label[r.object]) for r in dg.relations if r.predicate == "oversees"}
    assert rels == {
        ("绵阳市人民代表大会", "oversees", "绵阳市人民政府"),
        ("中国人民政治协商会议绵阳市委员会", "oversees", "绵阳市人民政府"),
        ("绵阳市人大常委会", "oversees", "绵阳市人民政府"),
    }


def test_the_cppcc_s_members_asked_for_their_views_in_any_wording():
    for text, cppcc, government in (
            ("孝感市政府工作报告\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协各位委员和其他列席人员提出意见。",
             "中国人民政治协商会议孝感市委员会", "孝感市人民政府"),
            ("政府工作报告\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。",
             "中国人民政治协商会议全国委员会", "中华人民共和国国务院")):
        dg = run(text)
        label = {e.iri: e.canonical for e in dg.entities}
        assert (cppcc, government) in {(label[r.subject], label[r.object]) for r in dg.relations if r.predicate == "oversees"}


def test_processing_is_deterministic():
    doc = read_file(EXAMPLES / "hubei-gov-2024.txt")
    assert process(doc) == process(doc)


def test_a_session_s_news_names_its_city_only_by_short_name():
    dg = run("市十四届人大常委会第十次会议闭幕\n6月28日上午，市十四届人大常委会第十次会议在温州闭幕。市政府报告工作。")
    assert dg.profile.jurisdiction == "330300"
