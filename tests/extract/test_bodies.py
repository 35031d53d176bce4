"""Bodies: jurisdiction + (term) + organ head, canonical names built from the jurisdiction."""

import pytest

from tests.helpers import names, relations


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("在市委的坚强领导下，市人大常委会依法履职。", "孝感市", {"中共孝感市委", "孝感市人大常委会"}),
    ("省委省政府和市委坚强领导。", "绵阳市", {"中共四川省委", "四川省人民政府", "中共绵阳市委"}),
    ("听取审议市法院和市检察院的报告。", "孝感市", {"孝感市中级人民法院", "孝感市人民检察院"}),
    ("省法院工作报告。", "湖北省", {"湖北省高级人民法院"}),
    ("会同武汉市、随州市人大开展协同立法。", "孝感市", {"武汉市人大常委会", "随州市人大常委会"}),
    ("圆满完成市七届人大三次会议确定的任务。", "孝感市", {"孝感市人民代表大会"}),
    ("省十二届人大常委会第三十七次会议召开。", "广东省", {"广东省人大常委会"}),
    ("定期听取市人大常委会党组工作汇报。", "孝感市", {"孝感市人大常委会", "中共孝感市人大常委会党组"}),
    ("省人大环资委、教科文卫委的报告。", "广东省",
     {"广东省人民代表大会环境与资源保护委员会", "广东省人民代表大会教育科学文化卫生委员会"}),
    ("省人大华侨外事民族宗教委员会和州人大民族宗教委员会依法履职。", "甘孜藏族自治州",
     {"四川省人民代表大会华侨外事民族宗教委员会", "甘孜藏族自治州人民代表大会民族宗教委员会"}),
    # a committee's name written in full is its name there, though other congresses name it otherwise
    ("州人大农业农村委员会、环境资源保护委员会和省人大农委依法履职。", "黔东南苗族侗族自治州",
     {"黔东南苗族侗族自治州人民代表大会农业农村委员会", "黔东南苗族侗族自治州人民代表大会环境资源保护委员会",
      "贵州省人民代表大会农业与农村委员会"}),
    ("听取了市政府、万全、怀安、怀来县政府的汇报。", "张家口市",
     {"张家口市人民政府", "万全县人民政府", "怀安县人民政府", "怀来县人民政府"}),
    ("深入市交警支队、交警一大队、市车管所检查。", "张家口市",
     {"张家口市公安局交通警察支队", "张家口市公安局交通警察支队一大队", "张家口市公安局交通警察支队车辆管理所"}),
    ("深入省高速交警张家口支队检查。", "张家口市", {"河北省公安厅高速公路交通警察总队张家口支队"}),
    ("支持工会、共青团、妇联等群团组织发挥作用。", "孝感市", {"孝感市总工会", "共青团孝感市委", "孝感市妇女联合会"}),
    # an autonomous region's Party and League committees are written in full, however the report writes them
    ("在自治区党委领导下，依据《中共广西壮族自治区委员会关于制定规划的建议》。工会、共青团、妇联发挥作用。",
     "广西壮族自治区", {"中共广西壮族自治区委员会", "广西壮族自治区总工会", "共青团广西壮族自治区委员会",
                  "广西壮族自治区妇女联合会"}),
    ("在州委的坚强领导下，工会、共青团、妇联发挥作用。", "恩施土家族苗族自治州",
     {"中共恩施土家族苗族自治州委员会", "恩施土家族苗族自治州总工会", "共青团恩施土家族苗族自治州委员会",
      "恩施土家族苗族自治州妇女联合会"}),
    ("政协孝感市委员会和市纪委监委。", "孝感市",
     {"中国人民政治协商会议孝感市委员会", "中共孝感市纪律检查委员会", "孝感市监察委员会"}),
    ("党中央国务院决策部署和中组部要求。", "孝感市", {"中共中央", "中华人民共和国国务院", "中共中央组织部"}),
    ("市计委、市经贸委、市人事局、市劳动保障局、市地税局联合发文，市妇联参加。", "孝感市",
     {"孝感市计划委员会", "孝感市经济贸易委员会", "孝感市人事局", "孝感市劳动和社会保障局", "孝感市地方税务局",
      "孝感市妇女联合会"}),
    ("市经委、市体改委合并。", "孝感市", {"孝感市经济委员会", "孝感市经济体制改革委员会"}),
    # 工商联 names the jurisdiction's federation even alone; a class of them (各级科协组织, 基层残联) names none
    ("听取民主党派、工商联和无党派人士意见。", "鹤岗市", {"鹤岗市工商业联合会"}),
    ("发挥各级科协组织作用，加强基层残联建设，加强工商联手。", "鹤岗市", set()),
    ("档案、史志、社科联、老龄、关工委等工作取得新进展。", "海口市", {"海口市社会科学界联合会", "海口市关心下一代工作委员会"}),
    ("市委社会工作部、市委金融办挂牌。", "孝感市", {"中共孝感市委", "中共孝感市委社会工作部", "中共孝感市委金融委员会办公室"}),
    ("市规划自然资源委、市住房城乡建设委、市交通委联合发文。", "北京市",
     {"北京市规划和自然资源委员会", "北京市住房和城乡建设委员会", "北京市交通委员会"}),
    ("市高法院、市人大常委会备案审查工委列席。", "重庆市",
     {"重庆市高级人民法院", "重庆市人大常委会", "重庆市人大常委会备案审查工作委员会"}),
])
def test_organ_names(text, jurisdiction, expected):
    assert names(text, "Body", jurisdiction) == expected


@pytest.mark.parametrize("text", [
    "组织部分省、市人大代表开展视察。",      # deputies, not a body
    "各县市区政府要抓好落实。",               # a class of bodies
    "为全市发展贡献人大力量。",
    "公安部门和教育部门联合执法。",           # not 公安部 / 教育部
])
def test_not_bodies(text):
    assert names(text, "Body", "孝感市") == set()


def test_internal_organs_are_suborganizations_when_the_parent_is_named():
    rels = relations("市人大常委会党组和市人大常委会主任会议。", "孝感市")
    assert ("中共孝感市人大常委会党组", "subOrganizationOf", "孝感市人大常委会") in rels
    assert ("孝感市人大常委会主任会议", "subOrganizationOf", "孝感市人大常委会") in rels
    assert ("孝感市人大常委会", "jurisdiction", "孝感市") not in rels  # 孝感市 itself is never named


def test_bodies_get_their_jurisdiction_when_it_is_named():
    rels = relations("孝感市人大常委会和湖北省人民政府。", "孝感市")
    assert {("孝感市人大常委会", "jurisdiction", "孝感市"), ("湖北省人民政府", "jurisdiction", "湖北省")} <= rels


def test_autonomous_region_organs():
    text = ("内蒙古自治区政府工作报告\n在自治区党委坚强领导下，我代表自治区人民政府向大会报告工作。"
            "自治区人大常委会加强监督，区政府出访。")
    assert names(text, "Body") == {"中共内蒙古自治区委员会", "内蒙古自治区人民政府", "内蒙古自治区人大常委会",
                                   "内蒙古自治区人民代表大会"}


def test_a_state_council_report_is_national():
    from tests.helpers import run

    dg = run("政府工作报告\n——2019年3月5日在第十三届全国人民代表大会第二次会议上\n"
             "我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。工会、共青团、妇联发挥作用。")
    assert dg.profile.jurisdiction == "100000"
    label = {e.iri: e.canonical for e in dg.entities}
    assert {"全国人民代表大会", "中华人民共和国国务院", "中华全国总工会", "中华全国妇女联合会"} <= set(label.values())
    assert ("全国人民代表大会", "oversees", "中华人民共和国国务院") in {
        (label[r.subject], r.predicate, label[r.object]) for r in dg.relations}


def test_district_bodies_of_two_cities_never_merge():
    from tests.helpers import run

    iris = [next(e.iri for e in run(f"{city}政府工作报告\n鼓楼区人民法院审结案件。").entities if e.type == "Body")
            for city in ("南京市", "福州市")]
    assert iris[0] != iris[1]


def test_aliases_are_the_text_as_written():
    from tests.helpers import run

    dg = run("绵阳市政府工作报告\n在绵阳市第八届人民代表大会第二次会议上。")
    congress = next(e for e in dg.entities if e.canonical == "绵阳市人民代表大会")
    assert congress.aliases == ("绵阳市第八届人民代表大会",)


def test_internal_organs_named_after_their_parent_and_in_the_parent_s_own_report():
    text = ("南京市中级人民法院工作报告\n院党组严格落实主体责任，审委会讨论案件320件。"
            "市检察院党组、市政府党组书记出席。市检察院检察委员会审议案件。")
    found = names(text, "Body")
    assert {"中共南京市中级人民法院党组", "南京市中级人民法院审判委员会", "中共南京市人民检察院党组",
            "南京市人民检察院检察委员会"} <= found
    assert "中共南京市人民政府党组" not in found  # 党组书记 is a post
    assert {"南京市中级人民法院执行局", "南京市人民检察院第二检察部"} <= names(
        "南京市中级人民法院工作报告\n执行局加大执行力度。市检察院第二检察部被评为先进集体。", "Body")
    assert ("南京市人民检察院检察委员会", "subOrganizationOf", "南京市人民检察院") in relations(text)


def test_departments_of_earlier_years_and_their_abbreviations():
    found = names("市环保局、市国土局、市安监局和市文广旅局联合执法，市旅发委加强协作。", "Body", "孝感市")
    assert {"孝感市环境保护局", "孝感市国土资源局", "孝感市安全生产监督管理局", "孝感市文化广电旅游局",
            "孝感市旅游发展委员会"} <= found
    assert not any("招商局" in n for n in names("香港招商局投资建设码头。", "Body", "汕头市"))  # a company


def test_departments_written_without_their_和_and_departments_of_merged_portfolios():
    found = names("市人力资源社会保障局、市住房城乡建设局、市文化广播电视和旅游局、市教科局和市城管综合执法局联合检查。"
                  "市城市管理和综合执法局参加。", "Body", "南充市")
    assert {"南充市人力资源和社会保障局", "南充市住房和城乡建设局", "南充市文化广播电视和旅游局",
            "南充市教育和科学技术局", "南充市城市管理综合执法局", "南充市城市管理和综合执法局"} <= found
    assert "海南省自然资源和规划厅" in names("省自然资源规划厅、省自然资源和规划厅负责同志到会应询。", "Body", "海南省")


@pytest.mark.parametrize("text, expected", [
    ("成立招商引资决策委员会，构建工作机制。", {"孝感市招商引资决策委员会"}),  # set up by the report's organs
    ("市食品安全委员会办公室印发方案。", {"孝感市食品安全委员会"}),
    ("成立市消防安全委员会。", {"孝感市消防安全委员会"}),
    ("成立新区管理委员会。村民委员会换届。市场监督管理委员会。", set()),
])
def test_a_jurisdiction_s_named_commissions(text, expected):
    assert names(text, "Body", "孝感市") == expected


def test_numbered_courts_and_courts_written_中级法院():
    found = names("北京市第一中级人民法院、市第二中院和东莞市第一人民法院审结案件增长。", "Body", "北京市")
    assert {"北京市第一中级人民法院", "北京市第二中级人民法院", "东莞市第一人民法院"} <= found
    assert "绍兴市中级人民法院" in names("市检察院与市中级法院会签意见。", "Body", "绍兴市")


def test_committees_a_standing_committee_s_own_report_names_bare():
    text = ("广东省人民代表大会常务委员会工作报告\n听取省人大法制委、华侨民族宗教委的审查报告。"
            "常委会预算工作委员会加强预算审查。代表资格审查委员会报告。财政经济委员会审查计划。省政协经济委员会调研。")
    found = names(text, "Body", "广东省")
    assert {"广东省人民代表大会华侨民族宗教委员会", "广东省人大常委会预算工作委员会",
            "广东省人大常委会代表资格审查委员会", "广东省人民代表大会财政经济委员会"} <= found
    assert not any("经济委员会" in n and "财政" not in n for n in found)  # the CPPCC's committee is not the congress's
    assert ("广东省人大常委会预算工作委员会", "subOrganizationOf", "广东省人大常委会") in relations(text, "广东省")
    # a committee's name cut to 委 or 工委: 监察和司法委, 法制工委
    found = names("四川省人民代表大会常务委员会工作报告\n省人大监察和司法委、常委会法制工委开展调研。", "Body", "四川省")
    assert {"四川省人民代表大会监察和司法委员会", "四川省人大常委会法制工作委员会"} <= found


def test_an_autonomous_prefecture_s_党委_is_its_州委():
    text = "博尔塔拉州政府工作报告\n自治区党委坚强领导，自治州党委统筹推进。州委、州政府高度重视。"
    found = names(text, "Body", "博尔塔拉蒙古自治州")
    assert {"中共新疆维吾尔自治区委员会", "中共博尔塔拉蒙古自治州委员会"} <= found
    assert "中共博尔塔拉蒙古自治州委" not in found  # one committee, one name (its full one)


def test_a_court_s_divisions_and_a_basic_court_s_tribunals_are_its_internal_organs():
    text = ("孝感市中级人民法院工作报告\n孝南区人民法院毛陈人民法庭、汉川市法院城隍法庭获评优秀法庭。"
            "市中院立案庭、刑二庭获评先进集体。孝南区法院少年法庭成立。云梦县人民法院建成智慧法庭。")
    rels = relations(text, "孝感市")
    assert ("孝感市孝南区人民法院毛陈人民法庭", "subOrganizationOf", "孝感市孝南区人民法院") in rels
    assert ("汉川市人民法院城隍人民法庭", "subOrganizationOf", "汉川市人民法院") in rels
    assert ("孝感市中级人民法院刑事审判第二庭", "subOrganizationOf", "孝感市中级人民法院") in rels
    assert not any("少年" in s for s, _, _ in rels)  # a juvenile court is a kind of bench, not a place's tribunal
    assert not any("智慧" in s for s, _, _ in rels)  # a verb: the text goes on about the court


def test_a_procuratorate_s_departments_and_branches():
    text = "北京市人民检察院工作报告\n市检察院第一分院、第二分院办理案件。公益诉讼检察部加强监督。"
    rels = relations(text, "北京市")
    for organ in ("北京市人民检察院第一分院", "北京市人民检察院第二分院", "北京市人民检察院公益诉讼检察部"):
        assert (organ, "subOrganizationOf", "北京市人民检察院") in rels
    rels = relations("武汉市人民检察院工作报告\n市检察院反贪局、反渎局查办职务犯罪案件。", "武汉市")  # (before 2018)
    for organ in ("武汉市人民检察院反贪污贿赂局", "武汉市人民检察院反渎职侵权局"):
        assert (organ, "subOrganizationOf", "武汉市人民检察院") in rels


def test_the_national_congress_s_committees_and_the_parent_named_inside_them():
    text = "广东省人民代表大会常务委员会工作报告\n承接全国人大常委会法工委基层立法联系点工作。全国人大宪法和法律委员会来粤调研。"
    rels = relations(text, "广东省")
    assert ("全国人民代表大会常务委员会法制工作委员会", "subOrganizationOf", "全国人民代表大会常务委员会") in rels
    assert ("全国人民代表大会宪法和法律委员会", "subOrganizationOf", "全国人民代表大会") in rels


def test_the_supreme_court_s_circuit_courts_and_the_supreme_procuratorate_s_departments():
    text = ("云南省人民检察院工作报告\n最高人民检察院第八检察厅来滇督导。"
            "配合最高人民法院第二巡回法庭、最高法知识产权法庭办理案件。")
    rels = relations(text, "云南省")
    assert ("最高人民检察院第八检察厅", "subOrganizationOf", "最高人民检察院") in rels
    assert ("最高人民法院第二巡回法庭", "subOrganizationOf", "最高人民法院") in rels
    assert ("最高人民法院知识产权法庭", "subOrganizationOf", "最高人民法院") in rels


def test_a_town_s_congress_and_presidium_and_a_subdistrict_s_working_committee():
    text = "沭阳县人大常委会工作报告\n指导沭城街道人大工委、胡集镇人大主席团开展工作。支持韩山镇人大依法履职。"
    rels = relations(text, "沭阳县")
    assert ("胡集镇人民代表大会主席团", "subOrganizationOf", "胡集镇人民代表大会") in rels
    assert ("沭阳县人大常委会沭城街道工作委员会", "subOrganizationOf", "沭阳县人大常委会") in rels
    found = names(text, "Body", "沭阳县")
    assert "韩山镇人民代表大会" in found
    assert not any(n.endswith("镇人大常委会") or n.endswith("街道人大常委会") for n in found)  # towns have none
    rels = relations("新疆维吾尔自治区人大常委会工作报告\n喀什地区、和田地区人大工委积极履职。", "新疆维吾尔自治区")
    for prefecture in ("喀什地区", "和田地区"):  # nor have prefectures
        assert (f"新疆维吾尔自治区人大常委会{prefecture}工作委员会", "subOrganizationOf", "新疆维吾尔自治区人大常委会") in rels


def test_a_special_administrative_region_s_government_has_no_人民_in_its_name():
    rels = relations("广东省人民政府工作报告\n与香港特区政府、澳门特别行政区政府签署合作协议。", "广东省")
    assert {("广东省人民政府", "cooperatesWith", "香港特别行政区政府"),
            ("广东省人民政府", "cooperatesWith", "澳门特别行政区政府")} <= rels


def test_a_bare_level_word_after_a_named_organ_shares_its_place():
    found = names("博尔塔拉州政府工作报告\n湖北省委、省政府始终站在全局高度。武汉市委和市政府大力支持。", "Body",
                  "博尔塔拉蒙古自治州")
    assert {"中共湖北省委", "湖北省人民政府", "中共武汉市委", "武汉市人民政府"} <= found
    assert {"湖北省人民政府", "孝感市人民政府"} <= names("在省委、省政府和市委、市政府的领导下。", "Body", "孝感市")


def test_a_government_written_after_its_party_committee_shares_its_place():
    found = names("在自治区党委、政府和市委的正确领导下。", "Body", "南宁市")
    assert {"中共广西壮族自治区委员会", "广西壮族自治区人民政府", "中共南宁市委"} <= found
    assert "南宁市人民政府" in names("在市委和政府的领导下。", "Body", "南宁市")
    assert "南宁市人民政府" not in names("市委、政府工作部门精简。", "Body", "南宁市")


def test_a_town_s_party_committee_and_a_county_s_petition_bureau():
    found = names("云梦县人民政府工作报告\n县信访局、义堂镇党委开展工作。镇党委书记参加。", "Body", "云梦县")
    assert {"云梦县信访局", "中共义堂镇委员会"} <= found
    assert not any(n.startswith("中共镇") for n in found)


def test_organs_named_together_by_count_are_each_overseen():
    text = "柳林县人大常委会工作报告\n听取和审议“一府一委两院”专项工作报告12个。听取审议法、检两院关于公益诉讼工作的报告。"
    rels = relations(text, "柳林县")
    for organ in ("柳林县人民政府", "柳林县监察委员会", "柳林县人民法院", "柳林县人民检察院"):
        assert ("柳林县人大常委会", "oversees", organ) in rels
    assert names("加强一府两院联动。新增两院院士3名。", "Body", "信阳市") == {
        "信阳市人民政府", "信阳市中级人民法院", "信阳市人民检察院"}


def test_a_city_s_specialised_tribunals_and_a_bare_division_named_after_another_court():
    assert {"温州海事法庭", "温州知识产权法庭"} <= names(
        "温州市中级人民法院工作报告\n温州海事法庭、温州知识产权法庭审结案件3000件。", "Body")
    text = ("江苏省高级人民法院工作报告\n南京知识产权法庭、苏州破产法庭审结一批案件。"
            "无锡中院设立破产审判庭。省法院设立金融审判庭。")
    found = names(text, "Body", "江苏省")
    assert {"南京知识产权法庭", "苏州破产法庭", "江苏省高级人民法院金融审判庭"} <= found
    assert "江苏省高级人民法院破产审判庭" not in found  # it is 无锡中院's


def test_a_municipality_s_numbered_courts_by_number_alone():
    text = ("上海市高级人民法院工作报告\n第三中级人民法院（上海知识产权法院）审理跨区域行政案件。"
            "市一中院、市二中院深化诉源治理。")
    assert names(text, "Body") == {"上海市高级人民法院", "上海市第三中级人民法院", "上海知识产权法院",
                                   "上海市第一中级人民法院", "上海市第二中级人民法院"}


def test_a_municipal_procuratorate_s_branches_by_number():
    text = "北京市人民检察院工作报告\n市检一分院、市检二分院办理重大案件。北京市人民检察院第四分院集中办理跨区划案件。"
    assert {"北京市人民检察院第一分院", "北京市人民检察院第二分院", "北京市人民检察院第四分院"} <= names(text, "Body")


def test_places_listed_before_etc_and_their_kind_each_have_the_organ():
    text = ("河南省人民代表大会常务委员会工作报告\n与山东、山西、陕西等沿黄省区人大常委会开展协同监督。"
            "学习北京、天津等省市政府的经验。")
    assert {"山东省人大常委会", "山西省人大常委会", "陕西省人大常委会", "北京市人民政府", "天津市人民政府"} <= names(text, "Body")
    assert "北京市人民政府" not in names("学习北京等省市政府的经验。", "Body", "河南省")  # one place is an example


def test_province_and_city_written_before_one_head_name_both_organs():
    assert names("认真贯彻落实中央和省市委部署要求，办理省市政协委员提案。", "Body", "杭州市") == {
        "中共中央", "中共浙江省委", "中共杭州市委", "中国人民政治协商会议浙江省委员会", "中国人民政治协商会议杭州市委员会"}
    assert names("全省市场主体增长。", "Body", "杭州市") == set()


def test_the_national_standing_committee_does_not_name_the_congress():
    found = names("全国人大常委会委员长来杭调研。", "Body", "杭州市")
    assert "全国人民代表大会常务委员会" in found and "全国人民代表大会" not in found
    assert names("邀请全国人大代表、自治区人大代表参加。", "Body", "内蒙古自治区") == set()  # deputies


def test_a_league_s_organs_and_its_administrative_office():
    text = ("锡林郭勒盟行政公署工作报告\n现在，我代表盟行政公署向大会报告工作。在盟委的坚强领导下，全盟经济发展。"
            "盟发改委、盟教育局联合发文。")
    found = names(text, "Body")
    assert {"锡林郭勒盟行政公署", "中共锡林郭勒盟委", "锡林郭勒盟发展和改革委员会", "锡林郭勒盟教育局"} <= found


def test_a_prefecture_s_party_committee_and_office():
    text = "阿克苏地区行政公署工作报告\n在地委的坚强领导下，地委组织部和地区行署。各地委托第三方评估。"
    found = names(text, "Body", "阿克苏地区")
    assert found == {"中共阿克苏地委", "中共阿克苏地委组织部", "阿克苏地区行政公署"}
    assert names("在地委的坚强领导下。", "Body", "孝感市") == set()  # a city has no 地委
    # 地区 before an organ is the prefecture too
    text = "喀什地区政府工作报告\n我代表地区行政公署向大会报告工作，请予审议，并请地区政协委员提出意见。地区人大工委视察。"
    rels = relations(text, "喀什地区")
    assert ("中国人民政治协商会议喀什地区委员会", "oversees", "喀什地区行政公署") in rels
    assert "新疆维吾尔自治区人大常委会喀什地区工作委员会" in names(text, "Body", "喀什地区")
    assert names("各地区政协委员视察。", "Body", "喀什地区") == set()  # every prefecture's


def test_a_zone_s_administrative_committee_is_a_body_serving_the_zone():
    rels = relations("西安市人大常委会工作报告\n听取审议西咸新区管委会关于营商环境建设情况的报告。"
                     "高新区管委会积极配合。", "西安市")
    assert ("西安市人大常委会", "oversees", "陕西西咸新区管理委员会") in rels
    assert ("陕西西咸新区管理委员会", "jurisdiction", "陕西西咸新区") in rels
    assert ("西安高新技术产业开发区管理委员会", "jurisdiction", "西安高新技术产业开发区") in rels


def test_a_zone_s_court_and_procuratorate_serve_the_zone():
    text = "江苏省高级人民法院工作报告\n苏州工业园区人民法院设立数字经济审判庭，与园区检察院会签意见。"
    rels = relations(text, "江苏省")
    assert ("苏州工业园区人民法院", "jurisdiction", "苏州工业园区") in rels
    rels = relations("兰州市人大常委会工作报告\n听取审议兰州新区法院、兰州新区检察院的专项工作报告。", "兰州市")
    assert {("兰州市人大常委会", "oversees", "甘肃兰州新区人民法院"),
            ("兰州市人大常委会", "oversees", "甘肃兰州新区人民检察院")} <= rels


def test_a_standing_committee_s_deputies_committee_is_an_organ_not_its_deputies():
    found = names("洛阳市人大常委会工作报告\n市人大常委会代表工作委员会、市人大常委会代表工委做好服务。", "Body", "洛阳市")
    assert "洛阳市人大常委会代表工作委员会" in found


def test_a_court_s_enforcement_bureau_and_a_procuratorate_s_offices_are_its_organs():
    text = "山东省人民检察院工作报告\n省检察院检察技术处、省检察院案件管理办公室加强协作。青岛市中级人民法院执行局开展专项行动。"
    rels = relations(text, "山东省")
    assert {("山东省人民检察院检察技术处", "subOrganizationOf", "山东省人民检察院"),
            ("山东省人民检察院案件管理办公室", "subOrganizationOf", "山东省人民检察院"),
            ("青岛市中级人民法院执行局", "subOrganizationOf", "青岛市中级人民法院")} <= rels


def test_a_standing_committee_report_names_its_own_offices_bare():
    found = names("洛阳市人大常委会工作报告\n常委会机关开展能力作风建设年活动，常委会办公室做好服务。", "Body", "洛阳市")
    assert {"洛阳市人大常委会机关", "洛阳市人大常委会办公室"} <= found


def test_an_inspection_group_is_an_organ_of_the_standing_committee():
    rels = relations("江苏省人大常委会工作报告\n省人大常委会执法检查组分赴南京开展检查。执法检查组听取汇报。", "江苏省")
    assert ("江苏省人大常委会执法检查组", "subOrganizationOf", "江苏省人大常委会") in rels


def test_a_county_court_s_tribunals_and_a_procuratorate_s_outposts_named_by_their_towns():
    rels = relations("孝昌县人民法院工作报告\n小河人民法庭、花园法庭办结案件，毛陈法庭也来学习。", "孝昌县")
    assert ("孝昌县人民法院花园人民法庭", "subOrganizationOf", "孝昌县人民法院") in rels
    assert not any("毛陈" in s for s, _, _ in rels)  # a town of another county
    found = names("桐庐县人民检察院工作报告\n分水检察室、横村检察室深入乡镇开展工作。", "Body", "桐庐县")
    assert {"桐庐县人民检察院分水检察室", "桐庐县人民检察院横村检察室"} <= found
    found = names("昆山市人民检察院工作报告\n巴城镇、周市镇检察室开展巡回检察。", "Body", "昆山市")
    assert {"昆山市人民检察院巴城镇检察室", "昆山市人民检察院周市镇检察室"} <= found  # towns listed share the noun


@pytest.mark.parametrize("text, expected", [
    ("成立广州市公共卫生委员会。", {"广州市公共卫生委员会"}),  # its city written once
    ("组建包头稀土产业专家咨询委员会。", {"包头市稀土产业专家咨询委员会"}),
    ("指导成立业主委员会，建立县乡三级行政执法监督委员会。", set()),  # a kind of body, not one body
])
def test_a_commission_set_up_is_named_once_by_its_place(text, expected):
    assert {n for n in names("包头市人民政府工作报告\n" + text, "Body", "包头市") if n.endswith("委员会")} == expected


def test_a_subdistrict_office_is_a_body_serving_its_subdistrict():
    rels = relations("武汉市江汉区人民政府工作报告\n民族街道、唐家墩街道办事处推进老旧小区改造。", "江汉区")
    assert ("唐家墩街道办事处", "jurisdiction", "唐家墩街道") in rels
    assert ("民族街道办事处", "jurisdiction", "民族街道") in rels  # listed before it, sharing 办事处


def test_a_district_s_police_branch_is_the_city_bureau_s_branch():
    text = "成都市武侯区人民检察院工作报告\n第五检察部与区公安分局、区司法局建立协作机制。"
    assert {"成都市公安局武侯区分局", "成都市武侯区司法局"} <= names(text, "Body")
    assert "吴忠市公安局红寺堡区分局" in names("红寺堡区公安分局荣获全国公安机关执法示范单位。", "Body", "吴忠市")


def test_special_courts_and_procuratorates_go_by_their_place_s_short_name():
    text = ("黑龙江省人民检察院工作报告\n哈尔滨铁路运输检察院、大兴安岭林区人民检察院、省农垦人民检察院办理案件。"
            "省林区中级人民法院审结。上海金融法院、广州海事法院审结案件。对省监狱管理局所属监狱开展巡回检察。")
    found = names(text, "Body", "黑龙江省")
    assert {"哈尔滨铁路运输检察院", "大兴安岭林区人民检察院", "黑龙江省农垦人民检察院", "黑龙江省林区中级人民法院",
            "上海金融法院", "广州海事法院", "黑龙江省监狱管理局"} <= found


def test_a_department_written_after_its_government_s_name_is_the_department():
    text = "会同省人民政府法制办公室开展立法调研，省政府国资委、省国资委参加。"
    assert names(text, "Body", "江西省") == {"江西省人民政府", "江西省法制办公室", "江西省国有资产监督管理委员会"}
    assert ("江西省法制办公室", "subOrganizationOf", "江西省人民政府") in relations(text, "江西省")


@pytest.mark.parametrize("organ", ["信访局", "法规工作室", "备案审查室"])
def test_a_standing_committee_s_own_offices(organ):
    found = names(f"省人大常委会{organ}开展工作。", "Body", "江西省")
    assert f"江西省人大常委会{organ}" in found


def test_a_national_organ_s_office_in_a_place_is_that_office():
    text = ("成都市人民政府工作报告\n国家税务总局成都市税务局、人民银行成都分行、国家统计局四川调查总队参加。"
            "国家税务总局加强征管。")
    found = names(text, "Body", "成都市")
    assert {"国家税务总局成都市税务局", "中国人民银行成都分行", "国家统计局四川调查总队", "国家税务总局"} <= found
    assert "中国人民银行" not in found and "国家统计局" not in found  # not the national organs themselves
    rels = relations(text, "成都市")
    assert ("国家税务总局成都市税务局", "jurisdiction", "成都市") in rels
    assert ("国家税务总局成都市税务局", "subOrganizationOf", "国家税务总局") in rels


def test_a_bare_人大_before_its_term_and_session_is_the_congress():
    found = names("完成了市人大十五届一次会议确定的各项目标任务。", "Body", "兰州市")
    assert found == {"兰州市人民代表大会"}
