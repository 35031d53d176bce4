"""Regulations: titles in 《》 (nested 〈〉 too), short law titles, unbracketed decisions."""

import pytest

from tests.helpers import names, relations, run


@pytest.mark.parametrize("text, expected", [
    ("围绕《立法法》赋予的立法权限。", {"中华人民共和国立法法"}),
    ("开展《湿地保护法》执法检查。", {"中华人民共和国湿地保护法"}),
    ("出台《孝感市海绵城市建设管理条例》。", {"孝感市海绵城市建设管理条例"}),
    ("贯彻实施《中华人民共和国道路交通安全法》和《河北省实施〈中华人民共和国道路交通安全法〉办法》。",
     {"中华人民共和国道路交通安全法", "河北省实施〈中华人民共和国道路交通安全法〉办法"}),
    ("阅读《人民日报》和《政府工作报告》。", set()),        # newspapers and reports are not regulations
    ("依据《山西省实施<中华人民共和国各级人民代表大会常务委员会监督法>办法》开展监督。",  # <> nests inside 《》
     {"山西省实施〈中华人民共和国各级人民代表大会常务委员会监督法〉办法", "中华人民共和国各级人民代表大会常务委员会监督法"}),
    ("增长率<5%，《条例》>3项。", set()),
])
def test_titles(text, expected):
    assert names(text, "Regulation", "孝感市") == expected


def test_an_unbracketed_decision_is_named_with_its_enacting_body():
    text = ("省十二届人大常委会第三十七次会议召开。会议表决通过了《广东省气瓶安全条例》、"
            "关于广东省大气污染物和水污染物环境保护税适用税额的决定。")
    found = names(text, "Regulation", "广东省")
    assert "广东省人民代表大会常务委员会关于广东省大气污染物和水污染物环境保护税适用税额的决定" in found
    rels = relations(text, "广东省")
    assert ("广东省人大常委会", "enacts", "广东省气瓶安全条例") in rels
    # its maker written before it, by name or as the report's own committee
    for maker in ("江西省人民代表大会常务委员会", "省人大常委会"):
        text = f"江西省十四届人大常委会第七次会议闭幕\n会议表决通过了{maker}关于修改《江西省水资源条例》等五部地方性法规的决定。"
        decision = "江西省人民代表大会常务委员会关于修改《江西省水资源条例》等五部地方性法规的决定"
        assert ("江西省人大常委会", "enacts", decision) in relations(text, "江西省")
    # a title nested inside the amended one's is not a second title amended
    text = "会议表决通过了省人大常委会关于修改《江西省实施〈中华人民共和国村民委员会组织法〉办法》等五部法规的决定。"
    decision = "江西省人民代表大会常务委员会关于修改《江西省实施〈中华人民共和国村民委员会组织法〉办法》等五部法规的决定"
    assert ("江西省人大常委会", "enacts", decision) in relations("江西省人大常委会会议闭幕\n" + text, "江西省")


def test_a_bracketed_decision_after_its_standing_committee_goes_by_the_committee_s_name():
    for maker, place in (("自治区人大常委会", "广西壮族自治区"), ("江西省人大常委会", "江西省"), ("区人大", "广西壮族自治区")):
        text = f"广西壮族自治区人民检察院工作报告\n落实{maker}《关于加强新时代检察机关法律监督工作的决定》。"
        decision = f"{place}人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决定"
        assert decision in names(text, "Regulation", "广西壮族自治区")


def test_a_standing_committee_makes_the_decision_it_is_written_before():
    text = "临沂市人民检察院工作报告\n市人大常委会作出《关于加强新时代检察机关法律监督工作的决定》。"
    decision = "临沂市人民代表大会常务委员会关于加强新时代检察机关法律监督工作的决定"
    assert ("临沂市人大常委会", "enacts", decision) in relations(text, "临沂市")
    text = "临沂市人民检察院工作报告\n省人大常委会作出关于修改《山东省森林条例》的决定。"
    assert "山东省人民代表大会常务委员会关于修改《山东省森林条例》的决定" in names(text, "Regulation", "临沂市")
    # a meeting is no body: its decision is not the report's subject's
    text = "山东省人民政府工作报告\n党的十四届三中全会作出《关于建立社会主义市场经济体制若干问题的决定》。"
    assert not {r for r in relations(text, "山东省") if r[1] == "enacts"}


def test_a_decision_to_approve_several_titles_approves_each():
    text = ("省人大常委会会议召开。会议表决通过了关于批准《广州市湿地保护规定》、"
            "《深圳市人民代表大会常务委员会关于修改〈深圳市节约用水条例〉等三项法规的决定》、"
            "《佛山市扬尘污染防治条例》的决定。")
    rels = relations(text, "广东省")
    assert ("广东省人大常委会", "approves", "广州市湿地保护规定") in rels
    assert ("广东省人大常委会", "approves", "佛山市扬尘污染防治条例") in rels
    assert ("深圳市人大常委会", "amends", "深圳市节约用水条例") in rels
    assert ("深圳市人大常委会", "enacts",
            "深圳市人民代表大会常务委员会关于修改〈深圳市节约用水条例〉等三项法规的决定") in rels
    assert ("广东省人大常委会", "enacts", "广州市湿地保护规定") not in rels


def test_national_laws_are_under_the_jurisdiction_of_the_country():
    rels = relations("开展《湿地保护法》执法检查。", "孝感市")
    assert ("中华人民共和国湿地保护法", "jurisdiction", "中华人民共和国") in rels


@pytest.mark.parametrize("short, full", [
    ("环保法", "中华人民共和国环境保护法"),              # a contraction keeps the first character
    ("监督法", "中华人民共和国各级人民代表大会常务委员会监督法"),  # or only the last words
])
def test_contracted_law_titles_resolve_to_the_full_title(short, full):
    assert names(f"贯彻《{short}》。", "Regulation", "孝感市") == {full}


def test_ambiguous_contractions_and_bare_kinds_are_not_resolved_or_kept():
    found = names("贯彻《企业法》，落实《准则》《总体方案》《若干意见》。", "Regulation", "孝感市")
    assert found == {"企业法"}   # 企业法 fits several laws: left as written


def test_a_regulation_without_a_place_belongs_to_the_report_territory():
    rels = relations("孝感市政府工作报告\n孝感市出台《政府投资项目管理办法》。", "孝感市")
    assert ("政府投资项目管理办法", "jurisdiction", "孝感市") in rels
    assert ("孝感市人民政府", "enacts", "政府投资项目管理办法") in rels   # 办法 is not a 法


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("坚持“三城同创”，出台《城市管理条例》。", "合肥市", {"合肥市城市管理条例"}),  # issued here: the city's
    ("《养犬管理条例》即将出台。", "嘉峪关市", {"嘉峪关市养犬管理条例"}),
    ("率先出台《优化营商环境条例》。", "石家庄市", {"石家庄市优化营商环境条例"}),  # a national title, issued here
    ("贯彻落实《优化营商环境条例》。", "南京市", {"优化营商环境条例"}),  # implemented: the State Council's
    ("第一部地方性法规《饮用水源保护条例》施行。", "鹤岗市", {"鹤岗市饮用水源保护条例"}),  # called a local instrument
    ("制定政府规章《气象灾害防御规定》。", "江门市", {"江门市气象灾害防御规定"}),
    ("修正饮用水水源保护条例，封停地下水源井76眼。", "包头市", {"包头市饮用水水源保护条例"}),  # amended here
    ("修订并实施村民住房建设管理办法。", "西宁市", {"西宁市村民住房建设管理办法"}),  # the title after the second verb
    ("贯彻行政法规《城镇燃气管理条例》。", "江门市", {"城镇燃气管理条例"}),  # the State Council's
    ("制定落实《物业管理条例》实施办法。", "北京市", {"物业管理条例"}),
    ("贯彻省《安全生产条例》。", "哈尔滨市", {"黑龙江省安全生产条例"}),
    ("严格执行《重大事项请示报告条例》。", "哈尔滨市", {"重大事项请示报告条例"}),  # whose is not said
    ("编制《流域综合治理和统筹发展规划》。", "孝感市", {"流域综合治理和统筹发展规划"}),  # plans are left as written
])
def test_a_title_without_its_territory_takes_the_territory_that_issued_it(text, jurisdiction, expected):
    assert names(text, "Regulation", jurisdiction) == expected


def test_a_state_council_regulation_is_one_entity_with_or_without_the_country():
    assert names("贯彻《中华人民共和国政府信息公开条例》和《政府信息公开条例》。", "Regulation", "孝感市") == {"政府信息公开条例"}


def test_an_autonomous_area_s_title_opening_with_its_province_is_under_the_area():
    rels = relations("贯彻《云南省红河哈尼族彝族自治州民族文化保护条例》《四川省凉山彝族自治州禁毒条例》。", "弥勒市")
    assert ("云南省红河哈尼族彝族自治州民族文化保护条例", "jurisdiction", "红河哈尼族彝族自治州") in rels
    assert ("四川省凉山彝族自治州禁毒条例", "jurisdiction", "凉山彝族自治州") in rels
    assert ("四川省凉山彝族自治州禁毒条例", "jurisdiction", "四川省") not in rels


def test_a_localised_title_is_under_the_territory_it_was_given():
    rels = relations("哈尔滨市政府工作报告\n黑龙江省推进。贯彻省《安全生产条例》。出台《城市管理条例》。", "哈尔滨市")
    assert ("黑龙江省安全生产条例", "jurisdiction", "黑龙江省") in rels
    assert ("哈尔滨市城市管理条例", "jurisdiction", "哈尔滨市") in rels
    assert ("黑龙江省安全生产条例", "jurisdiction", "哈尔滨市") not in rels


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("废止预算外资金管理条例等3部法规。", "陕西省", {"陕西省预算外资金管理条例"}),
    ("重点审议西咸新区条例、现代农业园区条例等9部地方性法规。", "陕西省",
     {"陕西省西咸新区条例", "陕西省现代农业园区条例"}),  # the next item of the list shares the territory
    ("审查批准西安市城市绿化条例。", "陕西省", {"西安市城市绿化条例"}),  # its territory is in its name
    ("出台省反不正当竞争条例。", "南昌市", {"江西省反不正当竞争条例"}),  # a level word before it says whose
    ("出台托育服务条例，千人口托位数增长。", "泰州市", {"泰州市托育服务条例"}),
])
def test_titles_written_without_brackets_after_an_enacting_verb(text, jurisdiction, expected):
    assert names(text, "Regulation", jurisdiction) == expected


@pytest.mark.parametrize("text", [
    "出台新的拆迁补偿办法。",               # not a title: 新的
    "完善养老保险关系转移接续办法。",         # no enacting verb before it
    "制定防止致贫返贫实施意见和监测帮扶管理办法。",  # two instruments or one: not told
    "出台全国首部高标准粮田保护条例。",       # a description around the title
    "出台考核办法。",                       # names nothing but its kind
    "制定省级工业产业集群综合评价办法。",     # 省级 is a word, not the province's name
    "根据有关精神，制定本实施办法。",         # the document itself
])
def test_phrases_ending_like_a_title_are_not_titles_without_brackets(text):
    assert names(text, "Regulation", "南昌市") == set()


def test_an_unbracketed_title_takes_the_relation_of_its_verb():
    rels = relations("陕西省人民代表大会常务委员会工作报告\n省人大常委会废止预算外资金管理条例。", "陕西省")
    assert ("陕西省人大常委会", "repeals", "陕西省预算外资金管理条例") in rels


def test_a_judicial_interpretation_is_a_regulation_but_a_bare_kind_is_not():
    text = "贯彻《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》，学习《司法解释》。"
    assert names(text, "Regulation", "广东省") == {
        "最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释", "中华人民共和国民法典"}


def test_a_list_of_unbracketed_titles_after_one_verb():
    text = "制定街道办事处条例、促进科技成果转化条例，修订城乡规划条例，修改实施残疾人保障法办法、生活垃圾管理条例。"
    assert names(text, "Regulation", "北京市") == {
        "北京市街道办事处条例", "北京市促进科技成果转化条例", "北京市城乡规划条例", "北京市生活垃圾管理条例"}


def test_laws_and_regulations_without_brackets_before_an_inspection():
    text = ("江西省人民代表大会常务委员会工作报告\n开展大气污染防治法、江西省大气污染防治条例执法检查。"
            "对食品安全法和省食品安全条例的实施情况进行检查。检查方法执法检查。")
    rels = relations(text, "江西省")
    for title in ("中华人民共和国大气污染防治法", "江西省大气污染防治条例", "中华人民共和国食品安全法", "江西省食品安全条例"):
        assert ("江西省人大常委会", "inspects", title) in rels
    assert not any("方法" in t for _, p, t in rels)  # a 法 that is no law in the list is no title


def test_an_inspection_said_after_its_subject_or_with_the_law_after_its_verb():
    text = ("四川省人民代表大会常务委员会工作报告\n联动21个市（州）人大常委会开展乡村振兴促进法执法检查。"
            "对种子法开展执法检查。组织开展对外贸易法执法检查。")
    rels = relations(text, "四川省")
    for law in ("乡村振兴促进法", "种子法", "对外贸易法"):
        assert ("四川省人大常委会", "inspects", f"中华人民共和国{law}") in rels
    aliases = {a for e in run(text, "四川省").entities for a in e.aliases}
    assert "对外贸易法" in aliases and "外贸易法" not in aliases  # the 对 is the law's own


def test_an_amendment_of_an_autonomous_area_s_rules_is_approved_under_their_title():
    text = ("四川省人民代表大会常务委员会工作报告\n批准《阿坝藏族羌族自治州施行〈中华人民共和国婚姻法〉的补充规定（修正案）》"
            "《木里藏族自治县自治条例（修正案）》。")
    rels = relations(text, "四川省")
    assert ("四川省人大常委会", "approves", "阿坝藏族羌族自治州施行〈中华人民共和国婚姻法〉的补充规定") in rels
    assert ("四川省人大常委会", "approves", "木里藏族自治县自治条例") in rels
    assert ("四川省人大常委会", "approves", "中华人民共和国婚姻法") not in rels  # the law it adapts is only cited


def test_a_law_newer_than_the_reference_list_is_still_a_national_law():
    found = names("孝感市人大常委会工作报告\n贯彻《民营经济促进法》《担保法》，制定《孝感市物业管理办法》。", "Regulation")
    assert {"中华人民共和国民营经济促进法", "中华人民共和国担保法", "孝感市物业管理办法"} == found  # 办法 is no 法
    found = names("孝感市人大常委会工作报告\n贯彻《中华人民共和国食品卫生法》。", "Regulation")
    assert found == {"中华人民共和国食品卫生法"}  # a repealed law cited in full keeps its name once
    found = names("温州市人民政府工作报告\n《温州市民间融资管理条例》通过省人大立法。", "Regulation", "温州市")
    assert found == {"温州市民间融资管理条例"}  # its city once, though 市民 reads as a word
    found = names("海南省人民政府工作报告\n抓紧制定《海南经济特区企业基本条例》。", "Regulation", "海南省")
    assert found == {"海南经济特区企业基本条例"}  # a title opening with its territory's short form


def test_an_amendment_to_a_law_is_a_regulation():
    found = names("孝感市人大常委会工作报告\n学习贯彻《刑法修正案（十二）》。", "Regulation")
    assert found == {"中华人民共和国刑法修正案（十二）"}


def test_a_treaty_the_standing_committee_ratifies_is_a_regulation():
    rels = relations("全国人民代表大会常务委员会工作报告\n——在第十四届全国人民代表大会第二次会议上\n"
                     "我受全国人大常委会委托，向大会报告工作。批准《中华人民共和国和某国引渡条约》。")
    assert ("全国人民代表大会常务委员会", "approves", "中华人民共和国和某国引渡条约") in rels


def test_a_title_opening_with_an_autonomous_prefecture_s_short_form_carries_its_full_name():
    found = names("凉山彝族自治州人民政府工作报告\n实施《凉山州行政程序规定》。", "Regulation", "凉山彝族自治州")
    assert found == {"凉山彝族自治州行政程序规定"}
    found = names("广州市人民政府工作报告\n实施《广州国家创新型城市规划纲要》。", "Regulation", "广州市")
    assert found == {"广州国家创新型城市规划纲要"}  # a city's short form ending in 州 is no prefecture's


def test_national_laws_carried_out_are_named_without_brackets():
    text = "深入学习宣传贯彻民法典，全面实施外商投资法和安全生产法。改进工作方法，依法办事。"
    assert names(text, "Regulation", "孝感市") == {"中华人民共和国民法典", "中华人民共和国外商投资法",
                                                  "中华人民共和国安全生产法"}
    assert not {r for r in relations(text, "孝感市") if r[1] in ("enacts", "amends")}


def test_titles_in_quotation_marks_instead_of_brackets():
    text = "江西省人民代表大会常务委员会工作报告\n一年来，常委会制定了“江西省森林条例”、“江西省水资源条例”。"
    made = {o for s, p, o in relations(text) if (s, p) == ("江西省人大常委会", "enacts")}
    assert {"江西省森林条例", "江西省水资源条例"} <= made
    # quoted slogans and ways of working are no titles
    assert names("推广“枫桥式工作法”、“广州办法”，落实“一法一条例”。", "Regulation", "广州市") == set()


def test_a_preposition_before_an_unbracketed_inspected_title_is_not_part_of_it():
    text = "江西省人民代表大会常务委员会工作报告\n一年来，对江西省环境保护条例的实施情况进行了执法检查。"
    assert ("江西省人大常委会", "inspects", "江西省环境保护条例") in relations(text)
    assert "中华人民共和国对外贸易法" in names("开展对外贸易法执法检查。", "Regulation", "江西省")


def test_a_title_before_the_work_of_making_it_is_the_territory_s_own():
    found = names("启动甘南州民族团结进步条例立法工作。完成养犬管理条例起草工作。", "Regulation", "甘南藏族自治州")
    assert found == {"甘南藏族自治州民族团结进步条例", "甘南藏族自治州养犬管理条例"}
    # a title opening with another city's short name governs that city
    assert ("曲靖城市管理条例", "jurisdiction", "曲靖市") in relations("加快曲靖城市管理条例修订工作。", "甘南藏族自治州")


def test_a_state_council_regulation_carried_out_without_brackets_is_named():
    found = names("严格执行重大行政决策程序暂行条例，贯彻落实优化营商环境条例。", "Regulation", "甘南藏族自治州")
    assert found == {"重大行政决策程序暂行条例", "优化营商环境条例"}


def test_a_list_of_titles_before_the_work_of_making_them_are_each_the_territory_s_own():
    found = names("配合做好主城区规划建设监督管理条例、海绵城市建设管理条例、东风堰世界灌溉工程遗产保护条例等立法工作。",
                  "Regulation", "乐山市")
    assert found == {"乐山市主城区规划建设监督管理条例", "乐山市海绵城市建设管理条例", "乐山市东风堰世界灌溉工程遗产保护条例"}


def test_an_inspecting_body_before_the_title_is_no_part_of_it():
    assert names("接受省人大秦岭保护条例等执法检查4次。", "Regulation", "陕西省") == {"秦岭保护条例"}


def test_a_title_after_made_and_carried_out_starts_after_the_second_verb():
    found = names("制定并落实好保护民营企业合法权益办法，提振民营经济发展信心。", "Regulation", "四川省")
    assert found == {"四川省保护民营企业合法权益办法"}


def test_the_longest_listed_title_carried_out_is_named():
    found = names("贯彻食品安全法实施条例，学习宣传安全生产法、消防法。", "Regulation", "杭州市")
    assert found == {"食品安全法实施条例", "中华人民共和国安全生产法", "中华人民共和国消防法"}
