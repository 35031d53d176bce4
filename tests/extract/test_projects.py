"""Projects: list items closed by a category, facility lists, proper names + facility nouns."""

import pytest

from kg.extract.projects import is_proper, trim_name
from tests.helpers import names, relations


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("楚能新能源、祉星纸业、京港澳高速改扩建、武天高速等4个百亿级项目开工建设。", "孝感市",
     {"楚能新能源项目", "祉星纸业项目", "京港澳高速改扩建工程", "武天高速"}),
    ("武汉至阳新、襄阳绕城等7条高速公路建成通车。", "湖北省", {"武汉至阳新高速公路", "襄阳绕城高速公路"}),
    ("槐荫大道、澴川路、孝汉大道改造提升。", "孝感市", {"槐荫大道", "澴川路", "孝汉大道"}),
    ("游仙电梯智造特色小镇入选省特色小镇，安州温泉康养、北川通航特色小镇进入省特色小镇创建名单。", "绵阳市",
     {"游仙电梯智造特色小镇", "安州温泉康养特色小镇", "北川通航特色小镇"}),
    ("绵阳南500千伏变电站建成投用。", "绵阳市", {"绵阳南500千伏变电站"}),
    ("双柳长江大桥、燕矶长江大桥等17个互联互通重大项目加速推进。", "湖北省", {"双柳长江大桥", "燕矶长江大桥"}),
    ("盐亭角探1井、三台秋林16井等项目加快推进。", "绵阳市", {"角探1井", "秋林16井"}),
    ("加快成都国际铁路港陆港型国家物流枢纽建设。", "成都市", {"成都国际铁路港"}),  # a rail port, not a railway
    ("争取孝感至云梦一级公路开工，建成宿灵泗一级公路，改造二级公路120公里。", "孝感市",
     {"孝感至云梦一级公路", "宿灵泗一级公路"}),  # a grade of road, named by the places it joins
])
def test_named_projects(text, jurisdiction, expected):
    assert names(text, "Project", jurisdiction) == expected


@pytest.mark.parametrize("text", [
    "集中开工亿元以上项目600个，23个省级重点项目超额完成投资计划。",
    "完成老旧小区改造工程，推进高标准农田建设项目。",
    "持续掀起大抓项目、抓大项目的热潮。",
    "4名个人获得国家卓越工程师奖。",
    "超米字形高速铁路网加快形成。",
    "尽快解决高速公路货运车辆乱占道问题。",
    "6016套保交楼项目全部交付。",
    "永宁三座黄河大桥等项目加快推进。",
    "累计建成并网光伏扶贫电站1125个。",
    "完成病险水库除险加固32座。",
    "除险加固病险水库，整治非法码头，改扩建现有机场。",
    "实施新一轮退耕还林还草工程，推进新一轮振兴东北老工业基地。",
    "完成56宗中小型水库除险加固。",
    "推动罗湖区、龙岗区人大常委会规范代表活动站建设，建成南山区人大代表联络站。",  # a class of the congress's bodies
    "全面完成25项省、市为民办实事项目，湖北省重点民生实事项目全部完成。",  # the government's pledges
    "投资3.4亿元，农田水利工程竣工37项。",
])
def test_categories_and_slogans_are_not_projects(text):
    assert names(text, "Project", "湖北省") == set()


def test_the_subject_of_a_report_is_no_project():
    assert names("听取审议省高级人民法院、省人民检察院关于服务保障自由贸易港建设工作情况的报告。", "Project", "海南省") == set()


def test_works_verbs_jieba_tags_as_nouns_do_not_open_a_name():
    assert names("督促整治升钟湖水库周边违建，改扩建井冈山机场。", "Project", "南充市") >= {"升钟湖水库", "井冈山机场"}


def test_an_inspection_visit_and_a_trip_are_no_part_of_a_project_s_name():
    assert names("组织代表视察清河工业园区和东柳河治理工程。", "Project", "大竹县") == {"东柳河治理工程"}
    assert names("组团赴广州项目推介，纪念峒山十周年机场开通。", "Project", "鄂州市") == set()


def test_a_relative_prefix_names_the_jurisdiction():
    assert names("市中心医院东城院区、航天医院门诊楼建成投用。", "Project", "孝感市") == {
        "孝感市中心医院东城院区", "航天医院门诊楼"}


def test_metro_lines_are_named_by_their_city():
    found = names("地铁3号线、5号线建成通车，地铁16号线北段顺利开通。", "Project", "长沙市")
    assert found >= {"长沙地铁3号线", "长沙地铁16号线北段"}
    # also listed before another kind of facility, or with its phase's works
    found = names("启动地铁1号线、南湖路过江隧道建设。加快轨道交通2号线一期工程。", "Project", "长沙市")
    assert {"长沙地铁1号线", "南湖路过江隧道"} <= found
    assert all(n.startswith("长沙") for n in found if "号线" in n)
    # a ring road is named by its city too
    assert {"成都三环路", "成都环城高速公路"} <= names("环城高速公路通车。推进二环路、三环路改造。", "Project", "成都市")


def test_coordinated_facilities_are_separate_projects_but_one_name_with_和_stays_whole():
    assert names("南宁机场第二跑道和玉林机场等项目加快建设。", "Project", "广西壮族自治区") >= {"玉林机场"}
    assert names("龙华薄膜OLED显示和5G通讯膜材等项目加快建设。", "Project", "绵阳市") == {"龙华薄膜OLED显示和5G通讯膜材项目"}


def test_two_full_names_joined_by_和_or_暨_are_two_projects():
    found = names("轨道轴承、晶明科技高纯氧化铝和中兴智慧城市大数据一期等项目建成投用。", "Project", "银川市")
    assert {"晶明科技高纯氧化铝项目", "中兴智慧城市大数据一期"} <= found
    assert names("建成银川通航产业园暨通用机场一期。", "Project", "银川市") >= {"银川通航产业园"}


@pytest.mark.parametrize("text, expected", [
    ("发行全国第二单20亿元滨河黄河大桥项目收益债。", "滨河黄河大桥"),  # an amount is not part of a name
    ("高质量编制杭宿产业园发展规划。", "杭宿产业园"),  # nor a manner and a verb before it
    ("建设管理好三江源国家公园。", "三江源国家公园"),
    ("做大做强邯山区河北之江物流园。", "邯山区河北之江物流园"),
    ("龙岩大道高架桥加快建设。", "龙岩大道高架桥"),  # one name, not two
])
def test_what_comes_before_a_name_is_left_out(text, expected):
    assert names(text, "Project", "宿州市") == {expected}


def test_a_short_form_of_a_project_is_an_alias_of_the_long_one():
    from tests.helpers import run

    dg = run("三亚市政府工作报告\n三亚凤凰机场改扩建。凤凰机场旅客吞吐量增长。", "三亚市")
    airports = [e for e in dg.entities if e.type == "Project" and "凤凰机场" in e.canonical]
    assert len(airports) == 1 and airports[0].canonical == "三亚凤凰机场"
    dg = run("三明市政府工作报告\n漳永高速公路建成通车。漳永高速沿线开发加快。", "三明市")
    roads = [e for e in dg.entities if e.type == "Project"]
    assert [(e.canonical, e.aliases) for e in roads] == [("漳永高速公路", ("漳永高速",))]
    dg = run("南京市政府工作报告\n禄口机场二期工程开工。禄口机场二期建成投用。", "南京市")
    assert [(e.canonical, e.aliases) for e in dg.entities if e.type == "Project"] == [("禄口机场二期工程", ("禄口机场二期",))]


def test_an_airport_is_named_by_the_city_of_a_city_report_but_not_of_a_province_report():
    assert "绵阳南郊机场" in names("南郊机场旅客吞吐量增长。", "Project", "绵阳市")
    assert ("绵阳南郊机场", "locatedIn", "绵阳市") in relations("绵阳市政府工作报告\n南郊机场旅客吞吐量增长。", "绵阳市")
    assert names("花湖机场建成投运。", "Project", "湖北省") == {"花湖机场"}


def test_works_jieba_reads_as_one_word_with_工程_still_close_a_project_name():
    assert names("义乌中心医院扩建工程、浙大四院二期开工。", "Project", "义乌市") == {"义乌中心医院扩建工程", "浙大四院二期"}


def test_a_name_holding_a_number_and_大_is_not_a_count():
    text = "八大山人纪念馆和新四军军部旧址陈列馆改扩建、江西名人雕塑园、市群众艺术馆建设加快。"
    assert "八大山人纪念馆" in names(text, "Project", "南昌市")  # a painter's name, not "eight big"
    assert "三大乐高速" in names("三大乐高速开工建设。", "Project", "绵阳市")  # 三台–大英–乐至


def test_a_bare_name_completed_by_a_segment_stands_in_the_segment_s_place():
    from tests.helpers import relations

    rels = relations("湖北省人民政府工作报告\n长征、长江国家文化公园湖北段加快建设。", "湖北省")
    assert {("长征国家文化公园湖北段", "locatedIn", "湖北省"), ("长江国家文化公园湖北段", "locatedIn", "湖北省")} <= rels


def test_a_port_is_named_by_its_place():
    found = names("武汉港集装箱吞吐量第1，推进宁波舟山港、南沙港三期建设，深化粤港澳合作。", "Project", "湖北省")
    assert {"武汉港", "宁波舟山港", "南沙港三期"} <= found and "南沙港" not in found  # the longer name wins
    assert names("铁山东港产业园建设加快。", "Project", "北海市") <= {"铁山东港产业园"}  # no 山东 inside a word


def test_a_terminal_is_its_airport_s():
    found = names("南郊机场年旅客吞吐量298万人次，T2航站楼项目主体完工。", "Project", "绵阳市")
    assert "绵阳南郊机场T2航站楼" in found and "T2航站楼" not in found
    found = names("抓好苏南硕放机场改造，完成南京禄口机场T1航站楼改扩建工程。", "Project", "江苏省")
    assert "南京禄口机场T1航站楼改扩建工程" in found  # the airport right before it, not the one before that


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("长征、长江国家文化公园湖北段加快建设。", "湖北省", {"长江国家文化公园湖北段"}),  # a segment after the facility
    ("武深高速咸宁段和嘉鱼长江大桥、赤壁长江大桥建成通车。", "咸宁市",
     {"武深高速咸宁段", "嘉鱼长江大桥", "赤壁长江大桥"}),  # the last item splits at 和 too
    ("龙阳湖、墨水湖、黄家湖截污工程和南湖清淤一期工程完工。", "武汉市", {"黄家湖截污工程", "南湖清淤一期工程"}),
])
def test_the_last_item_of_a_facility_list(text, jurisdiction, expected):
    assert expected <= names(text, "Project", jurisdiction)


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("——项目建设走在全省前列。", "三明市", set()),  # punctuation names nothing
    ("市区人均公园绿地面积达到15平方米。", "三明市", set()),  # 市区 is a word, not 市 + a name
    ("全省最大单体农业项目温氏集团肉鸭一体化等项目落地建设。", "三明市", {"温氏集团肉鸭一体化项目"}),
    ("市一中新校区、二中滨河校区、公共文化中心开工。", "乌海市", {"乌海市一中新校区", "二中滨河校区"}),
    ("紧盯包银高铁乌海段等13个投资50亿元以上项目。", "乌海市", {"包银高铁乌海段", "包银高铁"}),
    ("中化工程己内酰胺等项目加快建设。", "福州市", {"中化工程己内酰胺项目"}),
    ("完成小Ⅱ型水库除险加固，推进大中型水库建设，扎实做好南湾水库建设。", "信阳市", {"南湾水库"}),
    ("——天山胜利隧道建成通车。", "新疆维吾尔自治区", {"天山胜利隧道"}),
    ("深化湖南镇水库防洪能力提升工程前期工作。", "衢州市", {"湖南镇水库"}),  # 深化 is a verb jieba tags j
    ("加快开化水库等建设。", "衢州市", {"开化水库"}),  # 开化 is the county, though jieba tags it a verb
    ("常山江航电枢纽、钱江源通用机场等开工建设。", "衢州市", {"常山江航电枢纽", "衢州钱江源通用机场"}),
    ("七是北水南调入连工程全面竣工通水。", "大连市", {"北水南调入连工程"}),  # the enumeration is no part of it
    ("一是聚力狠抓项目建设，实现新进展。", "安康市", set()),
    ("233个市重项目完成投资，省重项目推进有望入列全省红榜。", "遂宁市", set()),  # 市重点项目: a category
    ("商贸流通业要抓好万达多个大型城市综合体。", "哈尔滨市", set()),
    ("规上铁路船舶增加值增长40%。", "大连市", set()),
    ("实施美丽德阳建设工程、幸福德阳建设工程。", "德阳市", set()),  # campaigns, not projects
    ("加快六大现代物流园区建设，推进各县市物流园区建设。", "福州市", set()),  # counts and classes of parks
    ("规划建设东营港综合物流园区。", "东营市", {"东营港综合物流园区"}),
    ("10月底前唐山记忆风情小镇、年内鑫丰锂电材料项目建成。", "唐山市", {"唐山记忆风情小镇", "鑫丰锂电材料项目"}),
    ("以市场方式规划建设半钢文化创意产业园。", "唐山市", {"半钢文化创意产业园"}),
    ("广西城市规划建设展览馆建成。", "南宁市", {"广西城市规划建设展览馆"}),  # a name holding the words
    ("西安铁路运输法院依法审理涉铁路案件。", "西安市", set()),  # no name starts inside a body's name
    ("这是我区铁路建设史上新的里程碑，全区高速公路通车里程突破1000公里。", "宁夏回族自治区", set()),  # ours, all ours
    ("加快我区宁东基地建设。", "宁夏回族自治区", {"宁东基地"}),
    ("加强与东北三省在产业项目、基础设施等方面的对接。", "内蒙古自治区", set()),  # a preposition inside
    ("努力提高农畜产品基地的生产能力。", "内蒙古自治区", set()),  # 努力提高 (jieba: a person's name)
    # 充分发挥: an adverb and a verb, one word to jieba
    ("充分发挥肉牛种源繁育基地、农业试验基地等9个基地作用。", "赤峰市", {"肉牛种源繁育基地", "农业试验基地"}),
    ("加强创业园、创业孵化基地建设。", "赤峰市", {"创业孵化基地"}),  # two kinds of facility, not 创业园孵化基地
    ("加快风电、光电、抽水蓄能项目建设。", "永州市", set()),  # one generic word jieba cuts apart (抽水|蓄|能)
    ("龙蒲高速完成50%路基土石方工程。", "延边朝鲜族自治州", {"龙蒲高速"}),  # a share of the works, no name
    ("临港高新区建成国内最大伺服电机生产基地。", "岳阳市", set()),  # a superlative describes, it does not name
    # every community's or town's kind of facility, and two kinds joined by a conjunction
    ("推进社区事务受理服务中心、社区卫生服务中心建设。", "上海市", set()),
    ("积极推进乡镇综合文化站、农家书屋和社区文化中心建设。", "兰州市", set()),
    ("加快推进国省道升级改造、养护大中修及农村公路建设。", "南昌市", set()),
    ("推进连江向马祖船运供水工程。", "福州市", {"连江向马祖船运供水工程"}),  # 向马祖: inside the name
    ("加快呼和浩特新机场建设。", "呼和浩特市", {"呼和浩特新机场"}),  # 和 inside a place's name joins nothing
    ("建立公司＋基地＋农户模式，平川区实施筑巢引凤工程。", "白银市", set()),  # a model; a clause
])
def test_what_a_project_name_is_not(text, jurisdiction, expected):
    assert names(text, "Project", jurisdiction) == expected


def test_a_body_acting_on_a_project_is_not_part_of_its_name_but_one_naming_it_is():
    assert names("国家发展改革委批复宜昌至兴山高速公路。", "Project", "宜昌市") == {"宜昌至兴山高速公路"}
    assert names("中科院香港创新院河套基地落地。", "Project", "深圳市") == {"中科院香港创新院河套基地"}


def test_works_on_a_named_facility_take_no_other_facility_noun_from_the_list():
    found = names("京哈高速改扩建、本桓宽、凌绥高速全面开工。", "Project", "辽宁省")
    assert {"京哈高速改扩建", "本桓宽高速", "凌绥高速"} <= found and "京哈高速改扩建高速" not in found
    assert "哈绥铁路电气化改造工程" in names("加快绥大高速公路、哈绥铁路电气化改造、中俄天然气管道支线工程建设。", "Project",
                                       "绥化市")


def test_a_conjunction_inside_one_project_s_name_is_kept():
    found = names("墨砾石墨产业园、玄武岩纤维及制品生产基地等一批项目竣工。", "Project", "双鸭山市")
    assert "玄武岩纤维及制品生产基地" in found  # one base for the fibre and its products
    assert is_proper("五峰山过江通道及其接线高速公路", strict=False)  # a crossing and its own link road
    assert is_proper("新和成香料产业园", strict=False)  # 和 inside a firm's name joins nothing


def test_list_items_take_the_facility_noun_their_kind_opens_with():
    assert names("推动佛清从、汕湛等高速公路项目加快建设。", "Project", "清远市") >= {"佛清从高速公路", "汕湛高速公路"}
    found = names("汉西、三金潭等污水处理厂改扩建工程加快建设。", "Project", "武汉市")
    assert found == {"汉西污水处理厂改扩建工程", "三金潭污水处理厂改扩建工程"}
    assert names("长昌九、武咸昌等铁路纳入国家中长期铁路网规划。", "Project", "南昌市") == {"长昌九铁路", "武咸昌铁路"}


def test_a_place_opening_with_a_conjunction_character_keeps_its_project():
    text = "达成战略合作意向，和龙长白山雪岭森林生态旅游小镇、珲春华唐大数据服务外包等一批项目落地。"
    assert "和龙长白山雪岭森林生态旅游小镇" in names(text, "Project", "延边朝鲜族自治州")  # not 龙长白山…


def test_routes_listed_before_a_section_of_the_last_take_its_route_noun():
    found = names("郑万、郑阜、商合杭高铁河南段开通运营。", "Project", "河南省")
    assert {"郑万高铁", "郑阜高铁", "商合杭高铁"} <= found and "郑阜" not in found
    assert "中安煤化一体化高铁" not in names("中安煤化一体化、商合杭高铁淮南段等加快建设。", "Project", "淮南市")


def test_list_items_closed_by_a_kind_of_base_are_bases_of_that_kind():
    text = "着力建设南京软件、苏州电子信息、无锡微电子等产业基地。"
    assert {"南京软件产业基地", "苏州电子信息产业基地", "无锡微电子产业基地"} <= names(text, "Project", "江苏省")


def test_list_items_closed_by_a_kind_of_plant_airport_or_port_are_each_one():
    found = names("有序推进朝阳、兴城、大雅河等抽水蓄能电站建设。", "Project", "辽宁省")
    assert found == {"朝阳抽水蓄能电站", "兴城抽水蓄能电站", "大雅河抽水蓄能电站"}  # (朝阳, 兴城 are places too)
    assert {"阜平通用机场", "涞源通用机场"} <= names("加快建设阜平、涞源等通用机场。", "Project", "保定市")
    found = names("加快建设溪洛渡、金安桥、功果桥等大型水电站。", "Project", "云南省")
    assert found == {"溪洛渡水电站", "金安桥水电站", "功果桥水电站"}  # (named after a place, not a bridge)


def test_a_list_s_kind_ends_before_the_next_list_joined_to_it():
    found = names("推进宁德时代、福州京东方、漳州核电等一批重大产业项目和铁路、高速公路、机场等重大基础设施建设。",
                  "Project", "福建省")
    assert found == {"宁德时代项目", "福州京东方项目", "漳州核电项目"}
    found = names("加快广茂铁路扩能、贵阳至广州等铁路建设。", "Project", "广东省")
    assert found == {"广茂铁路扩能项目", "贵阳至广州铁路"}  # (a railway's works take no second 铁路)
    found = names("加强佛山创意产业园、39°艺术创意空间等文化重点园区和产业基地建设。", "Project", "佛山市")
    assert not any(n.endswith("重点园区") for n in found)  # a grade of park is no kind to name items by


def test_works_on_a_named_facility_before_工程_are_one_name():
    found = names("推进宝成铁路扩能改造工程，沈丹铁路外迁工程全面启动，沈海热电厂搬迁工程完成。", "Project", "沈阳市")
    assert found == {"宝成铁路扩能改造工程", "沈丹铁路外迁工程", "沈海热电厂搬迁工程"}


def test_a_predicate_inside_a_longer_word_cuts_no_name():
    found = names("新一代信息技术产业，接续建设长鑫、晶合、维信诺等重大项目。", "Project", "合肥市")
    assert {"长鑫项目", "晶合项目", "维信诺项目"} <= found  # 续建 inside 接续建设 is no predicate


def test_an_area_in_a_list_of_streets_does_not_take_the_street_noun():
    found = names("加速推进正定西城区、新乐京新大街等重点片区更新改造。", "Project", "石家庄市")
    assert "新乐京新大街" in found and "正定西城区街" not in found


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("九绵高速江油太平至青莲段通车。", "绵阳市", {"九绵高速"}),  # the road inside its segment's name
    ("沈海高速漳州段改扩建工程开工。", "漳州市", {"沈海高速", "沈海高速漳州段改扩建工程"}),
    ("京港澳高速扩容工程、长株攸高速等加快推进。", "株洲市", {"京港澳高速扩容工程", "长株攸高速"}),
    ("双永高速北互通连接线基本完成。", "龙岩市", {"双永高速"}),
    ("沿江高铁武荆宜段开工。", "荆门市", {"沿江高铁"}),
    ("杭黄高铁桐庐站综合体投用。", "桐庐县", {"杭黄高铁"}),  # the railway before one of its stations
    ("抓好京沪高铁枣庄站东广场改造提升工程。", "枣庄市", {"京沪高铁"}),
])
def test_highways_named_by_the_places_they_join(text, jurisdiction, expected):
    assert expected <= names(text, "Project", jurisdiction)


@pytest.mark.parametrize("text", [
    "实现县县通高速。", "经济由高速增长阶段转向高质量发展阶段。", "全市实现15分钟上高速。", "加快环城高速建设。",
    "海南高速股份公司发展。", "推进友谊县对俄铁路货运场站项目。",
])
def test_a_bare_高速_in_a_slogan_or_after_a_place_alone_is_no_highway(text):
    assert not any(n.endswith(("高速", "铁路")) for n in names(text, "Project", "海口市"))


@pytest.mark.parametrize("text, jurisdiction, absent", [
    ("开工建设机场线，让新城区居民尽早享受轨道交通的便利。", "武汉市", "新城区居民尽早享受轨道交通"),  # its verb's object
    ("加快杨春湖高铁商务区等服务业聚集区建设。", "武汉市", "杨春湖高铁"),  # a district named after the station
    ("建成姑嫂树路快速通道、三环线南段、东湖通道和汉江大道。", "武汉市", "三环线南段大道"),  # has its road already
])
def test_what_a_facility_word_does_not_end(text, jurisdiction, absent):
    assert absent not in names(text, "Project", jurisdiction)


def test_a_place_jieba_tags_as_a_verb_still_names_its_airport():
    assert "包头机场" in names("包头机场旅客吞吐量增长。", "Project", "包头市")


@pytest.mark.parametrize("text, expected", [
    ("推进长城、大运河、长征、长江、黄河国家文化公园建设。",
     {"长城国家文化公园", "大运河国家文化公园", "长征国家文化公园", "长江国家文化公园", "黄河国家文化公园"}),
    ("长征、长江国家文化公园湖北段加快建设。", {"长征国家文化公园湖北段", "长江国家文化公园湖北段"}),
    ("积极推进长城、长征国家文化公园和河西走廊国家遗产线路建设。",
     {"长城国家文化公园", "长征国家文化公园", "河西走廊国家遗产线路"}),
    ("加快推动易县、阜平抽水蓄能项目建设。", {"易县抽水蓄能项目", "阜平抽水蓄能项目"}),
    ("推进山区、平原、甬江防洪排涝工程建设。", {"甬江防洪排涝工程"}),  # 山区 and 平原 are common nouns
])
def test_bare_names_listed_before_a_name_take_its_kind(text, expected):
    assert names(text, "Project", "河北省") == expected


def test_a_rare_word_after_the_last_name_is_part_of_that_name_not_a_shared_kind():
    found = names("抓好涔天河、双牌、江永古宅水库等大中型灌区建设。", "Project", "湖南省")
    assert "江永古宅水库" in found and "双牌古宅水库" not in found  # 古宅 is the reservoir's own name


def test_a_project_stands_in_the_division_its_name_holds_not_in_the_river_it_is_named_after():
    from tests.helpers import relations

    rels = relations("湖北省人民政府工作报告\n长征、长江国家文化公园湖北段加快建设。", "湖北省")
    assert ("长江国家文化公园湖北段", "locatedIn", "湖北省") in rels
    assert ("长江国家文化公园湖北段", "locatedIn", "长江") not in rels


def test_a_project_completed_with_实现():
    assert names("楚能新能源锂电池项目顺利实现投产。", "Project", "孝感市") == {"楚能新能源锂电池项目"}


@pytest.mark.parametrize("text", [
    "支持荆州区申报国家级石油装备外贸出口转型升级基地。",   # a designation applied for, not a project
    "推动长山群岛争创国家级旅游度假区、旅顺太阳沟争创5A级景区。",
    "支持各县市区工业园申报绿色循环产业园。",
    "建设湖北省级现代农业示范基地。",
])
def test_designations_and_applications_for_them_are_not_projects(text):
    assert names(text, "Project", "荆州市") == set()


@pytest.mark.parametrize("text, expected", [
    ("黄山屯溪机场升格为国际机场，航空口岸对外开放。", {"黄山屯溪机场"}),
    ("力争将咸阳机场升格为门户枢纽机场。", {"咸阳机场"}),
])
def test_what_a_facility_becomes_is_a_grade_not_a_second_name(text, expected):
    assert names(text, "Project", "黄山市") == expected
    assert "西部陆海新通道铁路物流基地" not in names("改貌铁路物流枢纽成为西部陆海新通道铁路物流基地。", "Project", "贵阳市")


def test_items_of_a_listed_kind_of_park_take_that_kind():
    found = names("推进枣山、临港等物流园区建设。加快建设高滩、罗渡等新型工业园区。", "Project", "广安市")
    assert {"枣山物流园区", "临港物流园区", "高滩工业园区", "罗渡工业园区"} <= found
    assert not any(n.endswith("项目") for n in found)
    assert names("推进邻水、华蓥等物流园区建设。", "Project", "广安市") == {"邻水物流园区", "华蓥物流园区"}  # places' parks
    assert names("推进孝南、汉川等地项目建设。", "Project", "孝感市") == set()  # places' projects: no name
    found = names("武胜街子工业园被评为四川省小企业创业示范基地。", "Project", "广安市")
    assert not any("被评为" in n for n in found)
    found = names("推进新疆高端人才创新创业大厦、科技领军人才创新驱动中心等基地建设。", "Project", "乌鲁木齐市")
    assert found == {"新疆高端人才创新创业大厦", "科技领军人才创新驱动中心"}  # a building and a centre already


def test_a_river_or_hill_listed_before_another_s_park_or_works_is_named_like_it():
    found = names("桃河、义井河湿地公园建成开放。艾溪湖、青山湖排涝工程完工。", "Project", "阳泉市")
    assert {"桃河湿地公园", "义井河湿地公园", "艾溪湖排涝工程"} <= found
    found = names("完成秦潭湖、青山湖口环境整治工程。建设牛首山、青龙山五大郊野公园。", "Project", "南京市")
    assert not any(n.startswith(("秦潭湖口", "牛首山五大")) for n in found)  # a word or a count goes on, no kind


def test_a_list_item_ending_in_part_of_the_last_item_s_facility_noun_has_one():
    found = names("成高子—宾西专线、哈尔滨—大连客运专线已开工。", "Project", "黑龙江省")
    assert found == {"成高子—宾西专线", "哈尔滨—大连客运专线"}


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("推动德化窑、永春苦寨坑窑国家考古遗址公园建设。", "泉州市", {"德化窑国家考古遗址公园", "永春苦寨坑窑国家考古遗址公园"}),
    ("加快南车、北车合肥造修基地建设。", "合肥市", {"南车合肥造修基地", "北车合肥造修基地"}),
    ("东风自主品牌乘用车、南车集团武汉生产基地等项目开工。", "武汉市", {"东风自主品牌乘用车项目", "南车集团武汉生产基地"}),
    ("推进宁杭、杭州铁路东站扩建等工程。", "杭州市", {"宁杭工程", "杭州铁路东站扩建工程"}),
])
def test_bare_items_share_what_follows_the_last_item_s_own_name_only(text, jurisdiction, expected):
    assert names(text, "Project", jurisdiction) == expected


def test_a_station_a_travel_time_or_a_plan_s_verb_is_no_route_s_name():
    text = ("启动嘉兴高铁南站扩容提升工程，打造“半小时高铁圈、一小时通勤圈”。科学规划市域轨道交通网络。"
            "提档升级雁江现代食品产业园，高效运行成资协同创新总部基地。")
    found = names(text, "Project", "嘉兴市")
    assert not any(n.endswith("高铁") or "小时" in n or n.startswith(("科学", "提档", "高效")) for n in found)


def test_a_route_s_far_end_or_a_trip_s_destination_opens_no_name():
    found = names("开辟至江北国际机场的海关监管专用通道。赴俄锰铁矿项目有序推进。", "Project", "重庆市")
    assert not any(n.startswith(("至", "赴")) for n in found)


def test_where_a_road_starts_or_ends_is_no_part_of_its_name():
    found = names("水东路起于水口寺红岩大桥，止于乌当区东风镇高新路。", "Project", "贵阳市")
    assert not any(("起于" in n or "止于" in n) for n in found)


def test_a_reform_is_no_project():
    assert names("实施施工图审查改革等一批重点审改项目。加快咸宁市城区城管体制改革项目。", "Project", "咸宁市") == set()


def test_high_speed_in_a_company_s_product_is_no_highway():
    assert names("华丰科技高速连接器研制取得突破。沈海高速扩容。", "Project", "绵阳市") == {"沈海高速"}


def test_a_one_character_facility_noun_is_not_shared_with_the_other_items_of_a_list():
    found = names("加强社区商业服务网点、家政服务网络、标准化菜市场等建设。", "Project", "乌鲁木齐市")
    assert not any(n.endswith(("网点场", "网络场")) for n in found)


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("建成玉林至铁山港、六景至钦州港、兴安至桂林等3条高速公路。", "广西壮族自治区",
     {"玉林至铁山港高速公路", "六景至钦州港高速公路", "兴安至桂林高速公路"}),  # a port at the far end
    ("汉寿县城至太子庙、澧县黄桥至垱市公路建成。", "常德市", {"汉寿县城至太子庙公路", "澧县黄桥至垱市公路"}),
    ("承德到北京高铁开工，随着一大批铁路、机场等项目建成。", "承德市", {"承德到北京高铁"}),
])
def test_a_route_named_by_its_ends_takes_the_list_s_road_noun(text, jurisdiction, expected):
    assert names(text, "Project", jurisdiction) == expected


def test_works_in_a_list_take_no_facility_noun_of_the_items_after_them():
    text = "汉孝城际铁路云梦段、107国道云梦段改扩建、府河大道建设顺利推进。城中村改造、滨湖公园建设加快。"
    found = names(text, "Project", "孝感市")
    assert "107国道云梦段改扩建" in found and "府河大道" in found
    assert not any(n.endswith(("改扩建大道", "改造公园")) for n in found)


def test_a_project_and_works_of_one_name_are_one_entity():
    found = names("拉西瓦工程建成。推进拉西瓦项目配套建设，加快湟水北干渠工程和湟水北干渠项目前期工作。", "Project", "青海省")
    assert "拉西瓦项目" not in found and "湟水北干渠项目" not in found
    assert {"拉西瓦工程", "湟水北干渠工程"} <= found
    # a bare list item that a list of projects completes with 项目 is the railway another list makes it
    text = "沪乍杭、通苏嘉甬等项目前期全面展开。积极争取接入沪乍杭、通苏嘉甬、嘉湖城际等铁路线。"
    assert names(text, "Project", "嘉兴市") == {"沪乍杭铁路", "通苏嘉甬铁路", "嘉湖城际铁路"}


def test_recent_common_words_jieba_lacks_do_not_make_a_kind_of_facility_a_name():
    found = names("建成实训基地、森林康养基地和国家骨干冷链物流基地。楚能新能源锂电池、中一科技电解铜箔等项目开工。",
                  "Project", "孝感市")
    assert found == {"楚能新能源锂电池项目", "中一科技电解铜箔项目"}


def test_a_facility_named_by_the_commonest_words_or_recent_common_words_is_a_kind_not_a_name():
    found = names("推进国家铁路、疏港铁路建设，石首长江大桥、大广高速建成。", "Project", "荆州市")
    assert found == {"石首长江大桥", "大广高速"}


def test_a_list_item_described_only_in_everyday_words_is_a_programme_not_a_project():
    found = names("实施居民健康档案、农村环境综合整治等工程，推进市第二人民医院新院等项目。", "Project", "佛山市")
    assert "农村环境综合整治工程" not in found
    assert "佛山市第二人民医院新院项目" in found


def test_a_coordinated_name_whose_parts_the_report_names_apart_is_those_parts():
    found = names("推进宁杭城际铁路、宁安城际铁路前期工作，宁杭和宁安城际铁路开工建设。", "Project", "南京市")
    assert found == {"宁杭城际铁路", "宁安城际铁路"}
    assert "呼和浩特至银川高速公路" in names("呼和浩特至银川高速公路建成通车。", "Project", "银川市")


def test_an_apposition_s_即_and_a_prefecture_s_grade_open_no_name():
    assert names("加快成丽高速（即成都至丽江高速公路）建设。", "Project", "凉山彝族自治州") >= {"成都至丽江高速公路"}
    assert not any("即" in n for n in names("加快成丽高速（即成都至丽江高速公路）建设。", "Project", "凉山彝族自治州"))
    assert names("创建凉山彝族自治州级重点产业园。", "Project", "凉山彝族自治州") == set()


def test_a_kind_of_facility_each_county_has_is_no_project_but_a_route_opening_with_镇_is():
    assert names("抓好市、县融媒体中心建设，推进县道升级改造工程。", "Project", "三明市") == set()
    assert "镇广高速" in names("镇广高速建成通车。", "Project", "巴中市")


def test_passenger_dedicated_lines_are_named_railways():
    assert names("合福客运专线和宁安城际铁路建成通车，武九客专项目开工。", "Project", "安徽省") == {
        "合福客运专线", "宁安城际铁路", "武九客专"}


def test_verbs_with_a_result_complement_or_聚力_open_no_name():
    assert names("坚持聚力项目建设，打好项目建设攻坚战。", "Project", "佛山市") == set()
    assert names("建好用好佛山港澳青年创业孵化基地。", "Project", "佛山市") == {"佛山港澳青年创业孵化基地"}


def test_a_named_facility_s_phase_of_works_is_a_project_without_a_completion_verb():
    assert names("邀请代表视察昌北机场三期扩建工程周边矛盾化解工作。", "Project", "南昌市") == {"昌北机场三期扩建工程"}


def test_a_route_not_yet_reached_crossed_or_run_as_a_train_service_is_no_project():
    text = ("结束了川西北高原地区不通铁路的历史，首次实现两省高速互通。高铁下穿天府机场，"
            "成都至香港直达高铁列车开通运营，国家川藏铁路技术创新中心建成投用。")
    assert names(text, "Project", "四川省") == {"天府机场"}


def test_an_express_route_is_named_by_its_places_or_its_number():
    assert names("美兰机场快速通道、三永公路建成通车。", "Project", "海口市") == {"美兰机场快速通道", "三永公路"}
    assert names("开工建设三永快速通道、316国道快速通道等项目。", "Project", "三明市") == {
        "三永快速通道项目", "316国道快速通道项目"}
    assert names("完成312国道快速化改造工程。", "Project", "南京市") == {"312国道快速化改造工程"}
    assert names("加快建设城际快速通道项目。", "Project", "南京市") == set()


def test_kinds_of_facility_industries_and_zones_are_no_project():
    text = ("加快推进七台河高铁站及站前广场、道路建设。发挥保税港区优势。建设爱国主义教育基地。"
            "围绕集成电路、人工智能等推进一批重大项目。")
    assert names(text, "Project", "七台河市") - {"站前广场"} == {"七台河高铁站"}  # (the station's square is one)
    # a park named by its industry is one park being built
    assert names("核医疗健康产业园、激光产业园建设加快推进。", "Project", "绵阳市") == {"核医疗健康产业园", "激光产业园"}
    assert names("现代产业园、配套产业园建设加快推进。", "Project", "绵阳市") == set()
    text = "合柴1972文创园等一批城市更新项目建成。推进5G基站、算力中心建设。统筹兰州铁路枢纽及枢纽区域的规划建设。"
    assert names(text, "Project", "兰州市") == {"合柴1972文创园项目", "兰州铁路枢纽"}


def test_a_voltage_alone_names_no_line_or_substation():
    text = "新建220千伏变电站3座，建成500千伏输变电工程。阿合奇220千伏输变电工程投运。"
    assert names(text, "Project", "克孜勒苏柯尔克孜自治州") == {"阿合奇220千伏输变电工程"}


def test_the_grants_of_a_programme_are_no_project():
    text = "省重大科技计划项目中企业牵头占比超过80%。实施市重点研发项目50项。推进海兴科技项目建设。"
    assert names(text, "Project", "浙江省") == {"海兴科技项目"}


def test_the_facilities_of_two_levels_of_government_are_no_project():
    assert names("发挥省、市两级战新基地引领作用。建成市县两级公共图书馆。", "Project", "淮南市") == set()


def test_a_count_of_projects_a_scale_or_a_museum_s_grade_is_no_project_name():
    text = ("辽西地区承接京津冀项目232个。鞍钢博物馆晋升为国家一级博物馆。白塔机场成为千万级机场。"
            "推进惠州千万级干线机场建设，完成岷江龙溪口至合江门航道一期工程4个险滩整治。")
    assert names(text, "Project", "辽宁省") == {"白塔机场", "惠州千万级干线机场", "岷江龙溪口至合江门航道一期工程"}


def test_a_zone_in_a_list_of_facilities_does_not_take_their_kind():
    text = "视察长沙经开区浏阳片区、浏阳经开区和大围山国家森林公园建设情况。"
    assert "浏阳经开区国家森林公园" not in names(text, "Project", "浏阳市")
    assert names("全力推进高新区、陶瓷工业园、北汽昌河新基地建设。", "Project", "景德镇市") == {"陶瓷工业园", "北汽昌河新基地"}
    assert "咸宁综合保税区综合服务中心" not in names("推进咸宁综合保税区、外贸综合服务中心建设。", "Project", "咸宁市")
    assert "大围山国家森林公园" in names(text, "Project", "浏阳市")
    assert names("长城、长征、黄河国家文化公园建设加快推进。", "Project", "河北省") >= {"长城国家文化公园", "黄河国家文化公园"}


def test_a_count_after_a_facility_noun_makes_a_category():
    assert names("新增110千伏变电站3座，建成闽宁产业园12个。", "Project", "宁夏回族自治区") == set()
    assert names("池州长江公路大桥试桩工程开工。", "Project", "池州市") == {"池州长江公路大桥试桩工程"}


def test_a_street_named_after_a_distant_place_is_not_in_it_but_a_railway_to_it_is():
    rels = relations("延安路、兰州路、北京西路改造完成，青岛至西安铁路开工。", "青岛市")
    located = {(s, o) for s, p, o in rels if p == "locatedIn"}
    assert ("兰州路", "兰州市") not in located and ("北京西路", "北京市") not in located
    assert ("青岛至西安铁路", "西安市") in located
    assert ("深圳大道", "深圳市") in {(s, o) for s, p, o in relations("深圳大道改造完成。", "广东省") if p == "locatedIn"}


def test_a_length_an_area_a_count_of_kinds_or_a_world_class_opens_no_name():
    text = ("新增2000公里高速公路，建设3万亩粮食生产基地，打造9大重点滑雪度假区项目，建设世界级机场。"
            "开业武汉京东购物中心、越秀国金天地等6个大型商业项目。")
    assert names(text, "Project", "湖北省") == {"武汉京东购物中心", "越秀国金天地项目"}


def test_a_railway_s_station_is_no_railway():
    assert names("加快建设宁乡高铁站综合交通枢纽，推进石长铁路复线建设。", "Project", "宁乡市") == {"石长铁路"}


def test_a_list_s_last_phase_is_its_own_and_a_sports_hall_is_no_complex():
    text = "太行山高速公路邯郸段、邯郸火车站新站房、邯郸机场三期等竣工投用。市综合体育馆、市一中体育馆开工建设。"
    assert names(text, "Project", "邯郸市") == {"太行山高速公路邯郸段", "邯郸火车站新站房", "邯郸机场三期",
                                                "邯郸市综合体育馆", "邯郸市一中体育馆"}
    assert names("白鹭湾湿地公园、东沙城市绿道公园一期建成开放。", "Project", "广州市") == {
        "白鹭湾湿地公园", "东沙城市绿道公园一期"}


def test_等_inside_a_word_with_a_name_going_on_ends_no_list():
    assert names("苏州高等幼儿师范学校迁建工程开工建设。", "Project", "苏州市") == set()
    assert names("加快推进OPPO、vivo、正中等项目。", "Project", "东莞市") >= {"OPPO项目", "vivo项目"}


def test_a_count_of_schools_or_a_railway_s_central_station_is_no_project():
    text = "淮南南站综合客运枢纽、3所中小学、和悦街邻里中心等53个亿元以上项目加快建设。团结村铁路中心站建成。"
    assert names(text, "Project", "淮南市") == {"淮南南站综合客运枢纽", "和悦街邻里中心"}
    assert "中电科27所郑州电子信息产业园" in names("中电科27所郑州电子信息产业园开工建设。", "Project", "郑州市")


def test_an_aspect_particle_inside_a_candidate_makes_it_a_clause():
    text = "充分发挥了铁路、民航、邮电等中直企业的重要作用，长海县兴建了城镇供水应急工程。"
    assert names(text, "Project", "内蒙古自治区") == set()


def test_works_before_a_word_of_jieba_s_that_opens_with_工程_are_named_when_placed_or_coded():
    text = "推进引汉济渭工程建设。加快孝义500千伏输变电工程建设。"
    assert names(text, "Project", "陕西省") >= {"引汉济渭工程", "孝义500千伏输变电工程"}
    assert names("推进上犹江引水工程建设。", "Project", "赣州市") == {"上犹江引水工程"}
    text = "严肃查处工程建设、土地出让等领域的腐败问题。加强农田水利工程建设。我们既要抓重大民生工程建设，也要办好小事。"
    assert names(text, "Project", "陕西省") == set()


def test_power_and_water_plants_are_facilities_named_by_their_place_not_their_fuel():
    text = "开工建设潘集电厂，北仑电厂二期建成，建设城东水厂和麦岛污水处理厂。关停燃煤电厂，新建城镇污水处理厂。"
    assert names(text, "Project", "淮南市") == {"潘集电厂", "北仑电厂二期", "城东水厂", "麦岛污水处理厂"}


def test_works_on_a_part_of_a_named_facility_keep_the_facility_s_name():
    assert names("武当山机场机坪扩建工程建成投用。", "Project", "十堰市") == {"武当山机场机坪扩建工程"}
    assert "天河机场第二跑道" in names("推进天河机场第二跑道、鄂州花湖机场建设。", "Project", "湖北省")
    text = "加快沈阳桃仙机场第二跑道、大连新机场、锦州机场前期工作。"
    assert "沈阳桃仙机场第二跑道机场" not in names(text, "Project", "辽宁省")


def test_a_listed_named_facility_s_construction_is_the_facility():
    text = "兰铝资源综合利用、范家坪热电厂建设等节能减排重点项目进展良好。抓好范家坪热电厂项目建设。"
    assert names(text, "Project", "兰州市") >= {"范家坪热电厂项目"}  # (范家坪热电厂 its alias)
    assert "范家坪热电厂建设项目" not in names(text, "Project", "兰州市")


def test_a_verb_of_furthering_opens_no_project_name():
    text = "强力推动津潍高铁建设。青峰药谷重点推动威高南方制造基地建设。冀中南地区形成环京津一小时快速铁路。"
    found = names(text, "Project", "山东省")
    assert {"津潍高铁", "威高南方制造基地"} <= found
    assert not any("推动" in n or "形成" in n for n in found)


def test_a_street_takes_any_name_while_a_facility_named_by_its_kind_is_none():
    found = names("推进机场大道、创新大道、城市地铁、过江隧道建设。", "Project", "南昌市")
    assert {"机场大道", "创新大道"} <= found and not {"城市地铁", "过江隧道"} & found


def test_a_listed_facility_named_by_an_ordinary_noun_is_named_when_its_siblings_are():
    assert names("航空公园、董湖公园、理丝公园二期建成。", "Project", "孝感市") == {"航空公园", "董湖公园", "理丝公园二期"}
    assert names("湿地公园、森林公园、城市公园建成。", "Project", "孝感市") == set()


@pytest.mark.parametrize("text, expected", [
    ("水乡地区建设大罗沙文化产业园。", "大罗沙文化产业园"),       # a doer builds a named park
    ("提质建设伦教黄金珠宝产业园。", "伦教黄金珠宝产业园"),
    ("支持伊春建设汤旺河国家公园。", "汤旺河国家公园"),
    ("推进贵州三线建设博物馆建设。", "贵州三线建设博物馆"),     # nothing after 建设: part of the name
    ("实施黄河故道综合开发项目。", "黄河故道综合开发项目"),
    ("建设招远绿色能源综合开发利用基地。", "招远绿色能源综合开发利用基地"),  # 开发利用: two activities
    ("新疆生产建设兵团草湖产业园加快建设。", "新疆生产建设兵团草湖产业园"),
])
def test_a_verb_between_a_doer_and_the_facility_it_builds_opens_the_name(text, expected):
    found = names(text, "Project", "东莞市")
    assert expected in found
    assert not [n for n in found if n != expected and n.endswith(expected)]


@pytest.mark.parametrize("text, expected, not_expected", [
    ("开工建设上海（蚌埠）微电子产业园、超薄光伏盖板玻璃等项目。", "上海（蚌埠）微电子产业园", "微电子产业园"),
    ("推进中韩（惠州）产业园建设。", "中韩（惠州）产业园", "产业园"),
    ("推进渝昆高铁（昆明段）建设。", "", "渝昆高铁（昆明段）"),  # a section in brackets is no part of a name
])
def test_a_place_or_partner_in_brackets_inside_a_name_is_part_of_it(text, expected, not_expected):
    found = names(text, "Project", "蚌埠市")
    assert not expected or expected in found
    assert not_expected not in found


def test_a_clause_between_a_list_and_a_park_gives_the_items_no_kind():
    found = names("加快推进测试仪、射频器件、天线滤波器等科技成果在园区产业化。", "Project", "蚌埠市")
    assert not found
    # an aspect (在建, 在谈) or a relative clause before the kind is no such clause
    text = "兰新铁路第二双线、阿克苏至喀什高速公路等170项重点在建项目加快建设。"
    assert "兰新铁路第二双线" in names(text, "Project", "新疆维吾尔自治区")
    text = "加快建设东风日产整车基地、华晨专用车基地等分布在各园区的重大产业项目。"
    assert "东风日产整车基地" in names(text, "Project", "大连市")


def test_works_verbs_open_no_name_and_a_street_named_by_a_verb_keeps_it():
    found = names("拓宽改造胜利路西段等城市道路。新、改、扩建长丰大道、关山二路等城区道路19条。", "Project", "大连市")
    assert {"胜利路西段", "长丰大道", "关山二路"} <= found
    assert not [n for n in found if n.startswith(("拓宽", "扩建"))]


def test_a_facility_named_by_the_report_s_level_after_a_works_verb_is_the_jurisdiction_s():
    found = names("扩建提升市青少年综合实践基地。", "Project", "日照市")
    assert "日照市青少年综合实践基地" in found
    # a level character inside another word names no facility of the jurisdiction
    assert not names("推进县县通天然气工程。加快县乡公路改造工程。", "Project", "日照市") & \
        {"日照市县通天然气工程", "县县通天然气工程", "县乡公路改造工程"}


def test_a_listed_institution_keeps_its_own_name_and_a_conjunction_opening_a_proper_name_is_none():
    found = names("加快巴州人民医院南市区新院、自治区级区域医疗中心建设。", "Project", "巴音郭楞蒙古自治州")
    assert "巴州人民医院南市区新院" in found and "巴州人民医院南市区新院中心" not in found
    found = names("和田至若羌铁路、依吞布拉克至若羌高速贯通运行。", "Project", "巴音郭楞蒙古自治州")
    assert "和田至若羌铁路" in found  # 和田 (tagged nz), not the conjunction 和


def test_a_name_after_the_preposition_以_is_the_facility_but_not_in_中以_or_以北():
    assert "江门大道" in names("东部三区一市以江门大道为轴，加快融合。", "Project", "江门市")
    found = names("推进中以（酒泉）绿色生态产业园、广州中以生物产业孵化基地建设。", "Project", "酒泉市")
    assert {"中以（酒泉）绿色生态产业园", "广州中以生物产业孵化基地"} <= found


def test_a_slogan_of_every_unit_is_no_project():
    assert not names("实现县县通高速公路、村村通自来水工程。", "Project", "宜昌市")
    assert "福州市市民服务中心" in names("加快建设市市民服务中心、市图书馆等项目。", "Project", "福州市")


def test_a_place_s_standing_as_an_old_industrial_base_is_no_project():
    assert not names("以振兴老工业基地为契机，推动沈阳老工业基地全面振兴。", "Project", "沈阳市")


def test_a_kind_of_research_centre_is_no_project_but_a_named_one_is():
    found = names("加强企业技术中心、工程技术研究中心建设。建成国家脐橙工程技术研究中心、赣南医学院等项目。", "Project", "赣州市")
    assert "工程技术研究中心" not in found and "国家脐橙工程技术研究中心" in found


def test_a_well_is_named_by_its_field_and_number_and_stands_in_the_county_written_before_it():
    text = "绵阳市人民政府工作报告\n盐亭角探1井、三台秋林16井等项目加快推进，盐亭金浅512井测试获高产。"
    rels = relations(text, "绵阳市")
    assert {("角探1井", "locatedIn", "盐亭县"), ("秋林16井", "locatedIn", "三台县"),
            ("金浅512井", "locatedIn", "盐亭县")} <= rels
    assert "秋林镇" not in names(text, "Place", "绵阳市")  # the field's name, not 三台's town


def test_an_institution_being_built_is_the_project_of_the_institution():
    text = "孝感市人民政府工作报告\n市职业技术教育学校（集团）启动建设。市疾控中心、市妇幼保健院东城院区建成投用。"
    found = names(text, "Project", "孝感市")
    assert {"孝感市职业技术教育学校（集团）项目", "孝感市疾控中心项目", "孝感市妇幼保健院东城院区"} <= found
    assert not names("新建8所学校建成投用。", "Project", "孝感市")  # a count of schools


def test_a_name_keeps_no_verb_or_aspect_particle_before_it():
    assert names("壮大保定汽车、石家庄通用航空等先进装备制造基地。", "Project", "河北省") == {
        "保定汽车先进装备制造基地", "石家庄通用航空先进装备制造基地"}  # (壮大 is tagged an adjective)
    assert trim_name("完成了南京长江大桥") == "南京长江大桥"
    assert trim_name("过溪水库") == "过溪水库"  # 过 opens a place's name
    assert trim_name("承载着湖北人民") == "湖北人民"


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("成立专班24小时驻守双流国际机场。", "成都市", "双流国际机场"),
    ("民航重点要迁建昆明国际机场。", "云南省", "昆明国际机场"),
    ("包头黄河国家湿地公园建成开放。", "包头市", "包头黄河国家湿地公园"),  # 包头 is tagged a verb
    ("推进滇中引水大理项目建设。", "云南省", "滇中引水大理项目"),  # a verb that names the works
])
def test_a_verb_right_before_a_place_ends_the_clause_before_the_name(text, jurisdiction, expected):
    found = names(text, "Project", jurisdiction)
    assert expected in found and not any(n.endswith(expected) and n != expected for n in found)


@pytest.mark.parametrize("text, expected", [
    ("支持宁波加快建设中意产业园、温州加快建设中韩产业园。", {"中意产业园", "中韩产业园"}),
    ("建设中俄贸易产业园。", {"中俄贸易产业园"}),
    ("持续推进中德、中法、中日以及新川等国别合作园区建设。",  # 以及 joins two list items
     {"中德国别合作园区", "中法国别合作园区", "中日国别合作园区"}),
    ("建设中老年活动中心和中西医结合医院。", set()),  # an age and a kind of medicine, no partner country
])
def test_a_joint_park_of_china_and_its_partner_countries_is_named(text, expected):
    assert names(text, "Project", "宁波市") == expected


def test_a_list_item_that_is_an_amount_or_a_densified_route_names_no_project():
    assert names("新增高速公路通车里程655公里、铁路运营里程134公里。", "Project", "广东省") == set()
    assert names("培育和加密月照机场航线。", "Project", "六盘水市") == {"六盘水月照机场"}  # 加密 is tagged a place


def test_a_water_diversion_works_is_named_by_its_waters():
    assert names("力争开工建设引江济巢工程。", "Project", "安徽省") == {"引江济巢工程"}
    assert names("推进招商引资入统项目。", "Project", "安徽省") == set()  # investment counted, no works


def test_a_zone_to_be_set_up_in_a_city_is_no_project():
    assert names("积极争取在青岛设立保税港区。", "Project", "山东省") == set()


def test_lakes_listed_before_a_park_named_after_the_last_one_share_its_kind():
    assert names("花亭湖、菜子湖、嬉子湖国家湿地公园获批。", "Project", "安庆市") == {
        "花亭湖国家湿地公园", "菜子湖国家湿地公园", "嬉子湖国家湿地公园"}


@pytest.mark.parametrize("text", [
    "加强国资国企、公共资源交易、政府工程建设等领域监管。",  # domains, not facilities
    "推动科技综合体、技术创新中心、协同创新中心等新型研发机构建设。",  # kinds of institution
])
def test_a_list_of_domains_or_kinds_of_institution_names_no_facility(text):
    assert names(text, "Project", "宿迁市") == set()


def test_a_venue_or_hotel_takes_no_shared_noun_of_the_list():
    found = names("加快宾馆饭店、文化娱乐场所、旅游集散中心等建设。", "Project", "宿迁市")
    assert "文化娱乐场所中心" not in found


def test_a_cableway_named_after_its_mountain_is_a_project():
    assert "天子山索道" in names("改造提升天子山索道，建成运营游客中心。", "Project", "张家界市")
    assert "梅岭索道" in names("加快推进梅岭索道规划建设。", "Project", "南昌市")


def test_a_software_park_is_a_project_and_a_reservoir_s_grade_is_no_name():
    assert "海南生态软件园" in names("海南生态软件园入驻企业达到752家。", "Project", "海南省")
    assert not names("小I、小II型水库统一收归市县管理。", "Project", "海南省")


def test_a_route_named_by_its_ends_takes_the_road_noun_of_the_last_item_in_a_list_of_projects():
    found = names("盘兴铁路、金州大桥和纳雍至晴隆、六枝至安龙高速公路等重点项目有序推进。", "Project", "黔西南布依族苗族自治州")
    assert {"纳雍至晴隆高速公路", "六枝至安龙高速公路", "盘兴铁路", "金州大桥"} <= found
    found = names("加快推进环江至东江、东兰泗孟至武篆二级公路等14条重点路网项目。", "Project", "河池市")
    assert "环江至东江二级公路" in found
    # a list of 高速公路 names its kind itself
    assert "重庆至遂宁高速公路" in names("加快建设重庆至遂宁、绕城公路等高速公路。", "Project", "重庆市")


def test_a_navigation_and_power_hub_is_a_project():
    found = names("湘江长沙综合枢纽蓄水通航，株洲航电枢纽建成投产。", "Project", "湖南省")
    assert {"湘江长沙综合枢纽", "株洲航电枢纽"} <= found


def test_a_list_of_facilities_about_to_be_completed_shares_its_noun():
    assert {"镇赫高速", "赫六高速"} <= names("镇赫、赫六高速即将建成。", "Project", "毕节市")


def test_an_industrial_park_written_with_区_keeps_it_in_its_name():
    found = names("中马钦州产业园区排名提升至全国第34位。", "Project", "钦州市")
    assert found == {"中马钦州产业园区"}


def test_what_a_list_becomes_is_no_kind_of_its_items():
    # labs that become bases are no projects; the kind before the verb still names a list's items
    assert not names("支持嵩山、神农等实验室成为国家实验室基地。", "Project", "河南省")
    found = names("积极争取离石天源等物流园区申报省级示范园区。", "Project", "吕梁市")
    assert found == {"离石天源物流园区"}


def test_a_list_of_high_speed_railways_names_each_and_a_network_plan_is_none():
    found = names("积极争取太原至长春、太原经徐州至上海等高铁纳入国家中长期铁路规划。", "Project", "太原市")
    assert found == {"太原至长春高铁", "太原经徐州至上海高铁"}
    assert names("争取十堰至安康等高铁纳入国家铁路中长期规划。", "Project", "十堰市") == {"十堰至安康高铁"}


def test_an_extension_written_after_its_line_is_one_project():
    found = names("启动郑开城际铁路延长线项目建设。江海大道东延工程顺利开工。", "Project", "开封市")
    assert found == {"郑开城际铁路延长线项目", "江海大道东延工程"}


def test_works_on_a_road_and_another_road_are_two_items():
    found = names("启动开尉路、开杞路改建和祥港大道建设工程。", "Project", "开封市")
    assert {"开尉路", "祥港大道"} <= found and not any("和" in n for n in found)


def test_an_industrial_park_in_a_list_of_projects_keeps_its_own_name():
    found = names("组织代表视察松桃至铜仁高速公路、正大工业园区、苗王湖水库等重点项目。", "Project", "松桃苗族自治县")
    assert found == {"松桃至铜仁高速公路", "正大工业园区", "苗王湖水库"}


def test_water_diverted_through_two_regions_names_its_works():
    assert names("引黄入冀补淀工程全线开工。", "Project", "河北省") == {"引黄入冀补淀工程"}


def test_a_district_named_after_an_industry_is_no_facility():
    assert not names("崂山金融聚集区、城阳轨道交通产业区加快建设。", "Project", "青岛市")


def test_sectors_listed_before_a_kind_of_project_and_figures_of_speech_are_no_projects():
    text = ("重点推进新能源、智能电网、物联网、云计算等一批应用示范项目。强化战略性新兴产业、先进装备制造业等项目招商。"
            "实施农村道路、垃圾污水处理、燃气等项目建设。做大做强先进轨道交通装备产业。打造信息高速公路。")
    assert not names(text, "Project", "南京市")


def test_a_move_from_one_facility_to_another_is_no_name():
    found = names("五里冲农副产品批发市场搬到石板农产品物流园，城区内疏外拓取得重大进展。", "Project", "贵阳市")
    assert not any("搬到" in n for n in found)


def test_verbs_of_opening_founding_or_joining_end_what_came_before_a_name():
    found = names("推动大小门岛港区对外启用大小门岛港区。海五路连结汾江路。", "Project", "温州市")
    assert not any(w in n for n in found for w in ("启用", "连结"))
