"""Places: divisions by full and short name, resolved by jurisdiction; zones and rivers."""

import pytest

from tests.helpers import names, relations, run


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("安陆、孝昌、孝南、大悟建成实践基地。", "孝感市", {"安陆市", "孝昌县", "孝南区", "大悟县"}),
    ("建成安陆基地。", "孝感市", {"安陆市"}),                      # 成安 (成安县) is not a word here
    ("三台西平镇、盐亭九龙镇纳入试点。", "绵阳市", {"三台县", "西平镇", "盐亭县", "九龙镇"}),
    ("与重庆北碚区、江北区合作。", "绵阳市", {"重庆市", "北碚区", "江北区"}),
    ("恩施州和神农架林区加快发展。", "湖北省", {"恩施土家族苗族自治州", "神农架林区"}),
    ("杭州亚运会上湖北健儿表现出色。", "湖北省", {"杭州市", "湖北省"}),
    ("湖北茶出口俄罗斯。", "湖北省", {"湖北省", "俄罗斯联邦"}),
])
def test_divisions_and_countries(text, jurisdiction, expected):
    assert names(text, "Place", jurisdiction) == expected


@pytest.mark.parametrize("text, jurisdiction", [
    ("建成县级物流配送中心105个。", "湖北省"),     # 成县 (甘肃) inside 建成县级
    ("宜都、大冶等5个县市区获评国家乡村振兴示范县。", "湖北省"),  # 范县 inside 示范县
    ("公安机关依法办案，维护长治久安。", "湖北省"),    # 公安县, 长治市
    ("打通内陆开放“空中出海口”。", "湖北省"),           # 海口市
    ("全市城区基础设施补短板。", "孝感市"),
])
def test_words_that_only_contain_a_place_name_are_not_places(text, jurisdiction):
    assert not ({"成县", "范县", "公安县", "长治市", "海口市", "城区"} & names(text, "Place", jurisdiction))


def test_county_short_forms_count_only_inside_the_jurisdictions_province():
    assert "三台县" in names("三台入选首批名单。", "Place", "绵阳市")
    assert "三台县" not in names("三台入选首批名单。", "Place", "孝感市")


def test_zones_are_named_from_their_place_and_partof_it():
    text = "孝感高新区、市临空区和黄石棋盘洲综保区加快建设，武汉都市圈建设提速。"
    found = names(text, "Place", "孝感市")
    assert {"孝感高新技术产业开发区", "孝感临空经济区", "黄石棋盘洲综合保税区", "武汉都市圈"} <= found
    rels = relations(text, "孝感市")
    assert ("孝感高新技术产业开发区", "partOf", "孝感市") in rels
    assert ("黄石棋盘洲综合保税区", "partOf", "黄石市") in rels


def test_a_city_report_s_bare_zone_after_a_verb_working_on_it_is_its_own():
    assert "景德镇高新技术产业开发区" in names("全力推进高新区建设。", "Place", "景德镇市")
    assert "景德镇综合保税区" in names("加快综保区二期建设。", "Place", "景德镇市")
    assert names("争创国家高新区。申报高新区。", "Place", "景德镇市") == set()


def test_districts_are_part_of_their_city_under_the_name_it_had_then():
    rels = relations("襄樊市人民政府工作报告\n樊城区、襄城区、枣阳市经济稳定增长。", "襄樊市", year=2005)
    assert {("樊城区", "partOf", "襄樊市"), ("襄城区", "partOf", "襄樊市"), ("枣阳市", "partOf", "襄樊市")} <= rels


def test_an_institution_named_after_a_landmark_after_its_city_names_no_other_place():
    found = names("大丰与上海中山医院共建苏北健康管理中心。", "Place", "盐城市")
    assert "上海市" in found and "中山市" not in found  # 中山 (Sun Yat-sen), not Guangdong's city
    assert "咸阳市" in names("西安咸阳国际机场三期建成。", "Place", "西安市")  # a place's airport named for two


def test_a_road_named_by_two_places_and_a_slogan_s_count_name_no_place():
    assert names("加快荣文高速公路、文莱高速公路建设。", "Place", "威海市") == set()  # 文登–莱阳, not Brunei
    assert "文莱达鲁萨兰国" in names("与文莱开展合作。", "Place", "威海市")
    assert names("加快构建“一区两路三江”生态格局。", "Place", "玉林市") == set()  # not 三江侗族自治县


def test_a_route_s_end_and_the_word_small_towns_name_no_place():
    found = names("加快辽源至长春、靖宇至松江河等铁路建设。继续突出发展中小城市、小城镇。", "Place", "吉林省")
    assert not any(n.startswith("至") for n in found) and "小城镇" not in found


def test_slogans_estates_and_quoted_names_name_no_distant_place():
    assert "宣城市" not in names("武宣县着力打造产业新城、生态水城、幸福宣城。", "Place", "来宾市")
    assert "千山" not in names("完成襄城区千山社区建设。", "Place", "襄阳市")  # an estate, not Liaoning's mountain
    assert not any("”" in n for n in names("打造“大三亚”旅游经济圈。", "Place", "海南省"))


def test_a_listed_zone_is_part_of_the_city_its_name_opens_with():
    rels = relations("洛阳高新技术产业开发区、苏州工业园区获评先进。", "河南省")
    assert ("洛阳高新技术产业开发区", "partOf", "洛阳市") in rels
    assert ("苏州工业园区", "partOf", "苏州市") in rels
    assert ("洛阳高新技术产业开发区", "partOf", "河南省") not in rels  # the direct parent only


def test_rivers_named_before_a_basin_word():
    assert "府澴河" in names("府澴河流域生态补偿整合优化。", "Place", "孝感市")


@pytest.mark.parametrize("text, expected", [
    ("甸溪河综合治理工程完成投资3.2亿元。", {"甸溪河"}),  # a works cue after a name that opens the clause
    ("开展岐江河综合整治行动。", {"岐江河"}),  # after its verb
    ("推进山水林田湖生态修复，开展国土江河综合整治试点，实施退垸还湖生态修复。", set()),  # slogans, verb phrases
    ("深化运河综合整治，加快母亲河综合治理。", set()),  # generic words
])
def test_rivers_named_before_works_on_them(text, expected):
    assert names(text, "Place", "弥勒市") - {"弥勒市"} == expected


@pytest.mark.parametrize("text, expected", [
    ("对伊河、洛河流域生态保护开展视察。", {"伊河", "洛河"}),  # listed with a river already known
    ("大力推进淇河、卫河、汤河综合治理。", {"淇河", "卫河", "汤河"}),  # a list that ends in a water cue
    ("完成兴济河、工商河等一批河道治理工程。", {"兴济河", "工商河"}),  # 兴 is part of the name, 完成 is not
    ("开展退圩还湖、入湖河道整治。", set()),  # verbs and their waters
    ("建设临河、掌政、沙湖等特色示范乡镇。", {"沙湖"}),  # towns listed with a lake
    ("围绕伊河、甸溪河水域生态保护办理案件。", {"伊河", "甸溪河"}),  # a list about waters (水域)
])
def test_rivers_listed_together(text, expected):
    assert names(text, "Place", "洛阳市") - {"洛阳市"} == expected


def test_partof_goes_to_the_direct_parent_only_when_the_document_names_it():
    rels = relations("湖北省安陆市烟店镇上榜。", "孝感市")
    assert ("烟店镇", "partOf", "安陆市") in rels
    assert ("安陆市", "partOf", "湖北省") not in rels  # 孝感市 is not named: no hierarchy is stated
    assert ("安陆市", "partOf", "孝感市") in relations("湖北省孝感市安陆市烟店镇上榜。", "孝感市")


def test_a_short_name_follows_the_unit_the_report_names_in_full():
    # 万全县 became 万全区 in 2016; a report that says 万全县 means it by 万全 too.
    found = names("执法检查组到万全县检查，听取万全、怀安县政府汇报。", "Place", "张家口市")
    assert "万全县" in found and "万全区" not in found


def _county_units(province_code: str):
    from kg.gazetteer import load_gazetteer

    ref = load_gazetteer().reference
    return [d for d in ref.divisions_by_code.values()
            if d.level == "county" and d.until is None and ref.province_of(d.code).code == province_code]


@pytest.mark.parametrize("province, code, count", [("湖北省", "420000", 103), ("四川省", "510000", 183)])
def test_every_county_level_unit_of_a_province_resolves_by_its_full_name(province, code, count):
    from kg.gazetteer import load_gazetteer
    from tests.helpers import run

    ref = load_gazetteer().reference
    units = _county_units(code)
    assert len(units) == count
    # Each written as its city + its own name (乐山市市中区, 内江市市中区: the name alone repeats).
    text = "，".join(ref.divisions_by_code[d.parent].name + d.name for d in units) + "加快发展。"
    found = {m.code for m, _ in run(f"{province}政府工作报告\n{text}", province).mentions if m.type == "Place"}
    assert {d.code for d in units} <= found


def test_the_same_name_in_two_cities_is_two_places():
    from tests.helpers import run

    nanjing = run("南京市政府工作报告\n鼓楼区加快老城更新。")
    fuzhou = run("福州市政府工作报告\n鼓楼区加快老城更新。")
    code = {dg.document.id: next(e.code for e in dg.entities if e.canonical == "鼓楼区") for dg in (nanjing, fuzhou)}
    assert code["t"] in ("320106", "350102")
    assert next(e.iri for e in nanjing.entities if e.canonical == "鼓楼区") != \
        next(e.iri for e in fuzhou.entities if e.canonical == "鼓楼区")


def test_an_ambiguous_name_is_left_unlinked_with_a_warning():
    from tests.helpers import run

    dg = run("报告\n鼓楼区和朝阳区加快发展。")   # no jurisdiction: which 鼓楼区?
    assert not any(e.canonical == "鼓楼区" for e in dg.entities)
    assert any("鼓楼区" in w for w in dg.warnings)


def test_a_report_means_the_units_of_its_own_year():
    assert "莱芜市" in names("济南市政府工作报告\n莱芜加快发展。", "Place", "济南市", year=2004)
    assert "莱芜区" in names("济南市政府工作报告\n莱芜加快发展。", "Place", "济南市", year=2022)


def test_the_province_is_not_the_river_and_ordinary_words_are_not_counties():
    assert "黑龙江省" in names("黑龙江、吉林等地区粮食丰收。", "Place", "哈尔滨市")
    assert "黑龙江" in names("黑龙江流域生态保护。", "Place", "黑河市")
    assert not names("大力推进院地校企合作，勇于创新是发展的强大动力。", "Place", "兰州市") - {"兰州市"}


def test_foreign_countries_and_cities_glued_to_the_next_word():
    text = "中欧（南昌—莫斯科）班列开行，上海港-汉堡港航线开通，与美国纽约缔结友好城市，经过同英国政府的平等协商。"
    assert names(text, "Place", "南昌市") >= {"莫斯科", "汉堡", "纽约", "美利坚合众国", "大不列颠及北爱尔兰联合王国"}


def test_a_town_written_by_its_short_name_after_its_county_or_along_a_route():
    text = "九绵高速江油太平至青莲段通车、平武至木座段建成。"
    assert {"太平镇", "青莲镇", "木座藏族乡"} <= names(text, "Place", "绵阳市")
    assert ("木座藏族乡", "partOf", "平武县") in relations(text, "绵阳市")
    # an ordinary word (建设) or a village of that name is not the town
    assert "建设街道" not in names("海拉尔区建设五道街。", "Place", "呼伦贝尔市")
    assert "康沙镇" not in names("洛隆县康沙村。", "Place", "昌都市")
    # a kind of settlement after a county is a landmark (平遥古城), but a town on a route (高村至古城段)
    assert "古城街道" not in names("推进平遥古城基础设施提升改造。", "Place", "晋中市")
    assert "古城镇" in names("广平高速平武高村至古城段建成。", "Place", "绵阳市")


def test_a_river_s_basin_is_the_river():
    found = names("推动黄河流域生态保护和高质量发展，年底前黄河流域国考断面全部退出劣V类。", "Place", "吕梁市")
    assert "黄河" in found and not {"黄河流域", "前黄河"} & found


def test_a_listed_river_opening_a_clause_keeps_its_number():
    assert {"五马河", "盐津河"} <= names("长岗镇创建卫生乡镇，五马河、盐津河水质达标。", "Place", "遵义市")
    assert "马河" not in names("长岗镇创建卫生乡镇，五马河、盐津河水质达标。", "Place", "遵义市")


def test_a_qualifier_before_a_water_word_is_not_a_river():
    found = names("基本消除外秦淮河等主要入江支流劣Ⅴ类水质断面，府澴河流域综合治理。", "Place", "南京市")
    assert "府澴河" in found and not any("入江" in n for n in found)


def test_streets_and_firms_named_after_rivers_and_mountains_do_not_name_them():
    assert names("持续推进华山大道建设，黄河路改造提升，保护黄河。", "Place", "铜陵市") == {"黄河"}
    assert names("泰山玻纤、祁连山水泥等项目加快建设。", "Place", "太原市") == set()


def test_a_river_name_starts_where_the_word_before_it_ends():
    found = names("完成花马湖水系生态保护规划，实施茅洲河流域治理。", "Place", "鄂州市")
    assert {"花马湖", "茅洲河"} <= found and not {"成花马湖", "施茅洲河"} & found


def test_a_zones_bare_short_form_counts_only_in_its_own_province():
    # 九华 is 湘潭九华示范区 in Hunan, a road elsewhere; 海南自贸港 carries its zone word.
    assert "湘潭九华示范区" not in names("九华大道隧道建成通车。", "Place", "衢州市")
    assert "湘潭九华示范区" in names("九华加快发展。", "Place", "湘潭市")
    assert "海南自由贸易港" in names("主动对接海南自贸港建设。", "Place", "广州市")
    assert "泰州医药高新技术产业开发区" not in names("医药高新区深化体制机制创新。", "Place", "通化市")  # 通化's own


def test_a_local_name_that_jieba_cuts_apart_wins_over_a_distant_one():
    # jieba cuts 衢|江城区, but 衢江 is a district of the report's city; 江城区 is in Guangdong.
    found = names("推进衢江城区等片区城市有机更新。", "Place", "衢州市")
    assert "衢江区" in found and "江城区" not in found
    assert "江城区" in names("对口帮扶阳江市江城区。", "Place", "衢州市")


def test_a_county_report_lists_its_towns_by_short_name():
    text = ("安陆市人民政府工作报告\n府城、南城、巡店、接官等乡镇工业园区加快建设。推进孛畈、王义贞两镇发展旅游。"
            "巡店加快发展。")
    found = names(text, "Place", "安陆市")
    assert {"府城街道", "南城街道", "巡店镇", "接官乡", "孛畈镇", "王义贞镇"} <= found
    assert not names(text, "Project", "安陆市")  # the towns are not projects of a 乡镇工业园区 list
    assert "巡店镇" not in names("巡店加快发展。", "Place", "安陆市")  # alone, a short needs the list
    assert "巡店镇" not in names("府城、巡店等乡镇加快建设。", "Place", "孝感市")  # only the county's own report


def test_a_county_s_own_town_with_a_name_shared_across_china():
    text = "云梦县人民代表大会常务委员会工作报告\n城关镇、义堂镇人大代表之家建成。"
    assert {"城关镇", "义堂镇"} <= names(text, "Place", "云梦县")
    assert "城关镇" not in names("城关镇人大代表之家建成。", "Place", "孝感市")  # whose 城关镇 is not said


def test_a_county_s_own_town_under_the_name_it_had_before_its_grade_changed():
    rels = relations("仁怀市人民政府工作报告\n支持学孔乡、九仓镇发展高粱种植。", "仁怀市")
    assert {("学孔镇", "partOf", "仁怀市"), ("九仓镇", "partOf", "仁怀市")} <= rels
    assert "学孔镇" not in names("支持学孔乡发展高粱种植。", "Place", "孝感市")


def test_a_street_named_after_a_distant_city_does_not_name_the_city():
    found = names("推进新疆路快速路、福州路打通和重庆路改造。苏州路东延工程开工。", "Place", "青岛市")
    assert not found & {"新疆维吾尔自治区", "福州市", "重庆市", "苏州市"}
    assert "福州市" in names("与福州开展合作。", "Place", "青岛市")
    # nor does a bay (海西湾 in Qingdao is no 海西州), while a bay of its own place still names it (崂山湾)
    assert "海西蒙古族藏族自治州" not in names("加快实施海西湾修造船基地建设。", "Place", "青岛市")
    assert "崂山区" in names("加快崂山湾国际生态健康城建设。", "Place", "青岛市")


def test_provinces_glued_to_a_region_word_and_more_foreign_cities():
    found = names("深化与台湾地区合作，推动西藏地区发展。开通至越南河内、泰国清迈的航线。", "Place", "成都市")
    assert {"台湾省", "西藏自治区", "河内", "清迈"} <= found


def test_a_zone_s_name_holds_no_verb_or_count_of_the_report():
    found = names("阳江推进沿海经济带建设，平江3家高新技术产业开发区获批。", "Place", "岳阳市")
    assert not any("推进" in n or "3家" in n for n in found)


def test_a_feature_of_the_report_s_province_wins_over_a_distant_division_of_its_name():
    assert names("加快海西建设。", "Place", "福州市") == {"海峡西岸经济区"}  # not Qinghai's 海西州
    assert "海西蒙古族藏族自治州" in names("加快海西建设。", "Place", "西宁市")
    assert "黑河" in names("黑河流域综合治理。", "Place", "西宁市")  # the river, not Heilongjiang's city


def test_names_that_look_like_foreign_or_water_places_inside_longer_words():
    found = names("加快西盟大黑山通道建设，启动普洱数据湖建设，列入中国（云南）自贸区联动创新区。", "Place", "普洱市")
    assert not found & {"黑山共和国", "数据湖"}
    assert "中国（云南）自由贸易试验区" in found
    assert "黑山共和国" in names("与黑山、塞尔维亚开展合作。", "Place", "普洱市")


def test_a_district_named_after_a_mountain_or_river_is_the_feature_outside_its_city():
    assert names("提升泰山产业领军人才工程。", "Place", "山东省") == {"泰山"}
    assert "泰山区" in names("泰山、岱岳两区加快发展。", "Place", "泰安市")
    assert "北江" in names("推进北江引水工程建设。", "Place", "广州市")


def test_城市_ending_a_longer_word_is_not_a_distant_city_s_name():
    found = names("建设前海城市新中心，开展迎全运城市综合整治，与江苏盐城市合作。", "Place", "深圳市")
    assert not found & {"海城市", "运城市"} and "盐城市" in found


def test_zones_listed_with_one_suffix_and_an_abbreviation_the_report_writes_in_full():
    text = "宜黄县、东乡经济开发区入选试点园区。力争临川、东乡经开区工业营业收入过五百亿。"
    found = names(text, "Place", "抚州市")
    assert {"东乡经济开发区", "临川经济技术开发区"} <= found
    assert not found & {"东乡经济技术开发区", "宜黄经济开发区"}  # one zone, one name; a county is no zone


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("推进横琴合作区、前海深港现代服务业合作区和深汕特别合作区建设。", "广东省",
     {"横琴粤澳深度合作区", "前海深港现代服务业合作区", "深汕特别合作区"}),
    ("东湖高新区新增企业。", "武汉市", {"武汉东湖新技术开发区"}),
    ("中新天津生态城、平潭综合实验区。", "福建省", {"中新天津生态城", "天津市", "平潭综合实验区", "平潭县"}),
    ("平潭综合实验区。", "河北省", {"平潭综合实验区"}),  # a county's short name counts only in its province
    ("推进广州知识城综合保税区建设。", "广州市", {"广州市", "中新广州知识城", "广州知识城综合保税区"}),
])
def test_zones_of_national_strategy_and_the_place_their_name_opens_with(text, jurisdiction, expected):
    assert names(text, "Place", jurisdiction) == expected


def test_a_national_new_area_is_named_officially_and_known_by_its_short_name_everywhere():
    # the State Council's names carry the province or city; the short form is known country-wide
    assert names("支持雄安新区建设，对接湘江新区和天府新区。", "Place", "河北省") == \
        {"河北雄安新区", "湖南湘江新区", "四川天府新区"}
    # 两江新区 is also a county-level unit of the statistics: one zone, part of 重庆市
    rels = relations("重庆市人民政府工作报告\n两江新区加快发展，重庆两江新区获批。", "重庆市")
    assert ("重庆两江新区", "partOf", "重庆市") in rels
    assert names("重庆市人民政府工作报告\n两江新区加快发展，重庆两江新区获批。", "Place", "重庆市") == \
        {"重庆两江新区", "重庆市"}


def test_a_county_s_own_town_by_short_name_beats_a_county_elsewhere_in_the_province():
    assert names("心连心艺术团走进古田慰问演出。", "Place", "上杭县") == {"古田镇"}  # 上杭县's town
    assert names("心连心艺术团走进古田慰问演出。", "Place", "龙岩市") == {"古田县"}  # in a city report: 宁德's county


def test_a_short_name_of_a_division_gone_long_before_the_report_names_no_division():
    assert names("杏林湾皮划赛艇训练基地投入使用。", "Place", "厦门市", year=2012) == set()  # merged away in 2003
    assert "沧浪区" in names("沧浪新城建设加快。", "Place", "苏州市", year=2012)  # merged that year: still there


def test_a_port_area_inside_a_longer_word_is_not_a_distant_district():
    assert names("支持中远集团建设远海港区装卸设备自动化工程。", "Place", "厦门市") == set()
    assert names("赴海港区考察。", "Place", "厦门市") == {"海港区"}


@pytest.mark.parametrize("text, expected", [
    ("实施水阳江下游近期防洪治理工程。", {"水阳江"}),      # holds 阳江, a distant city's short name
    ("推进白洋河下游段防洪工程建设。", {"白洋河"}),
    ("深化西辽河流域综合治理。", {"西辽河"}),
    ("筑牢长江上游生态屏障，构筑珠江下游屏障。", {"长江", "珠江"}),  # jieba's 长江上游; not 牢长江, 构筑珠江
])
def test_rivers_before_their_reaches(text, expected):
    assert names(text, "Place", "宣城市") == expected


def test_a_district_named_新区_is_no_zone_but_another_city_s_新区_is():
    assert names("上海市浦东新区人民政府工作报告\n推进上海市浦东新区综合改革。", "Place", "浦东新区") == {"上海市", "浦东新区"}
    assert "茂名滨海新区" in names("加快茂名滨海新区建设。", "Place", "广东省")


def test_a_county_whose_short_form_is_a_word_counts_listed_beside_its_neighbours():
    found = names("宁都、于都、兴国入选全国试点。兴国节约集约用地获激励。", "Place", "赣州市")
    assert "兴国县" in found
    assert "兴国县" not in names("振兴中华，科教兴国。", "Place", "赣州市")
    assert "长乐市" in names("闽侯、长乐加快发展。", "Place", "福州市", year=2009)  # a district since 2017
    # a district named by a common word (老城区, 郊区) counts listed beside its neighbours too
    assert "老城区" in names("检查组深入涧西区、西工区、老城区检查。", "Place", "洛阳市")
    assert "郊区" in names("桦川、郊区为两翼。", "Place", "佳木斯市")
    assert "郊区" not in names("城区和郊区同步推进。", "Place", "佳木斯市")
    assert "大方县" in names("七星关—大方同城化步伐加快。", "Place", "毕节市")  # joined to its neighbour by a dash


def test_a_zone_named_by_a_proper_name_alone_is_the_report_s_own():
    text = "甘孜州全力推动甘眉工业园区建设，成甘工业园区扩区。"
    assert {"甘眉工业园区", "成甘工业园区"} <= names(text, "Place", "甘孜藏族自治州")
    assert ("甘眉工业园区", "partOf", "甘孜藏族自治州") in relations(text, "甘孜藏族自治州")
    # a town of the county report's own names its zone, under the town's county
    text = "大竹县人大常委会组织代表视察清河工业园区。"
    assert ("清河工业园区", "partOf", "大竹县") in relations(text, "大竹县")


def test_a_zone_named_like_a_distant_district_is_the_zone_only():
    found = names("加快揭阳滨海新区建设。", "Place", "揭阳市")
    assert "揭阳滨海新区" in found and "滨海新区" not in found  # not Tianjin's district
    assert "滨海新区" in names("学习天津滨海新区经验。", "Place", "揭阳市")


def test_a_bonded_zone_is_named_by_its_place_in_words_jieba_reads_otherwise():
    text = "两江新区、西永综合保税区上报国家审批，两路寸滩保税港区一期即将封关运行。发挥综合保税区作用。"
    found = names(text, "Place", "重庆市")
    assert {"西永综合保税区", "两路寸滩保税港区"} <= found  # a direction, a number
    assert not any(n.startswith("发挥") for n in found)
    assert not any("综合保税区" in n for n in names("积极申建德众综合保税区。", "Place", "焦作市"))  # a verb split wrongly


@pytest.mark.parametrize("text", [
    "推进生态工业园区、县区工业园区和新一轮开发区建设，建设节地型工业园区。",
    "支持海信工业园扩能。",  # a company's base
])
def test_words_of_a_description_or_a_brand_name_no_zone(text):
    assert not any(n.endswith(("园区", "开发区", "工业园")) for n in names(text, "Place", "青岛市"))


def test_a_river_after_a_conjunction_names_its_works():
    assert ("东柳河治理工程", "locatedIn", "东柳河") in relations("视察清河工业园区和东柳河治理工程。", "大竹县")


def test_a_bare_short_names_the_city_even_where_a_county_of_that_name_was_later_merged_away():
    # 九江县 (until 2016) and 上饶县 (until 2019) existed in 2011, but 九江 and 上饶 are the cities
    found = names("九江、上饶两市加快发展。", "Place", "江西省", year=2011)
    assert {"九江市", "上饶市"} <= found and not found & {"九江县", "上饶县"}


def test_a_city_without_counties_names_its_towns_as_a_county_does():
    text = "厚街、寮步、谢岗等镇加快发展，长安镇、虎门镇携手共建。"
    found = names(text, "Place", "东莞市")
    assert {"厚街镇", "寮步镇", "谢岗镇", "长安镇", "虎门镇"} <= found
    assert ("长安镇", "partOf", "东莞市") in relations("东莞市长安镇加快发展。", "东莞市")


@pytest.mark.parametrize("text", [
    "完成了7项城市设计。", "资金重点向山区倾斜。", "推进旧城平房区改造。", "新建县城污水处理厂。", "加快南部县（市）发展。",
    "推动至通州市域铁路建设。",  # 市域: the whole of a city
])
def test_a_distant_county_s_full_name_read_as_other_words_names_no_place(text):
    assert names(text, "Place", "宁波市") == set()


def test_a_distant_county_named_after_its_city_or_in_a_list_is_still_named():
    assert {"巴宜区", "高昌区"} <= names("支援西藏林芝市巴宜区、吐鲁番市高昌区。", "Place", "东莞市")
    assert "大兴区" in names("推进察右前旗和大兴区合作园区建设。", "Place", "乌兰察布市")
    # a unit of the report's own province wins over a distant one of that name merged away since
    assert "沙湾区" in names("乐山市沙湾区加快发展。", "Place", "乐山市", year=2014)


def test_a_city_s_own_town_wins_over_a_distant_county_of_that_short_but_not_over_a_distant_city():
    found = names("修编《万山区总体规划》，创建珠海（万山）海洋科技示范园。", "Place", "珠海市")
    assert "万山镇" in found and "万山区" not in found  # 香洲区万山镇, not Guizhou's 万山区
    assert "洛阳市" in names("与洛阳开展合作。", "Place", "泉州市")  # not 泉州's 洛阳镇


def test_a_county_s_town_whose_short_runs_past_another_place_s_name_is_that_town():
    rels = relations("鄂托克前旗上海庙经济开发区加快建设。", "鄂尔多斯市")
    assert ("上海庙镇", "partOf", "鄂托克前旗") in rels
    assert "上海市" not in names("鄂托克前旗上海庙经济开发区加快建设。", "Place", "鄂尔多斯市")


def test_a_lake_listed_before_another_water_s_basin_is_the_lake_not_the_city_of_its_name():
    found = names("顺利实施巢湖行政区划调整。启动巢湖、新安江流域综合治理项目建设。", "Place", "安徽省")
    assert {"巢湖市", "巢湖", "新安江"} <= found


def test_a_listed_river_holding_a_distant_city_s_short_names_no_city():
    found = names("加快青弋江分洪道、水阳江、滁河等长江重要支流治理项目建设。", "Place", "安徽省")
    assert "阳江市" not in found and "青弋江" in found


def test_a_lake_or_river_listed_after_a_river_is_the_water_not_the_city_named_after_it():
    assert names("淮河、巢湖水质稳定向好。", "Place", "安徽省") == {"淮河", "巢湖"}
    assert names("继续抓好渭河、灞河、黑河等河道水系治理。", "Place", "西安市") >= {"渭河", "黑河"}
    assert "丽江市" in names("强化与丽江、牡丹江的旅游协作。", "Place", "张家界市")
    assert "牡丹江市" in names("强化与丽江、牡丹江的旅游协作。", "Place", "张家界市")


def test_a_counted_common_noun_is_no_county_s_short_name():
    assert "古塔区" not in names("全面启动38座古塔保护工程。", "Place", "辽宁省")
    assert "广东省" in names("与4个广东珠西经济带城市开展合作。", "Place", "梧州市")


def test_a_place_s_own_river_or_lake_in_a_protection_regulation_s_title_is_a_place():
    text = "会议批准了《十堰市神定河保护条例》《玉溪市星云湖保护条例》。"
    assert names(text, "Place", "湖北省") >= {"神定河", "星云湖", "十堰市", "玉溪市"}


def test_a_distant_district_named_like_an_area_of_any_city_is_no_place():
    assert names("推进站前区电子商务园区建设，加快高新北区升级改造。", "Place", "池州市") == set()


def test_a_people_or_its_language_named_like_a_country_is_no_country():
    text = "修改《延边朝鲜族自治州朝鲜语言文字工作条例》，建设蒙古族学校，推广蒙古语文，与蒙古国合作。"
    assert names(text, "Place", "吉林省") == {"延边朝鲜族自治州", "蒙古国"}


def test_a_place_s_own_mountain_in_a_protection_regulation_s_title_is_a_place():
    text = "表决通过了《绍兴市会稽山保护条例》《新乡市北部矿山生态保护与修复条例》。"
    assert names(text, "Place", "浙江省") == {"绍兴市", "会稽山", "新乡市"}


def test_a_province_grade_of_zone_is_no_zone_but_the_province_s_free_trade_zone_is():
    assert names("固原经开区升格为自治区高新技术产业开发区。", "Place", "固原市") == {"固原市", "固原经济技术开发区"}
    assert "中国（安徽）自由贸易试验区" in names("省自贸试验区建设全面推进。", "Place", "安徽省")


def test_a_well_known_county_of_another_province_counts_as_a_model_or_listed_beside_distant_places():
    found = names("学习借鉴“晋江经验”，赴东莞、义乌、扬州招商。", "Place", "梅州市")
    assert {"晋江市", "义乌市", "东莞市", "扬州市"} <= found
    # the report's own places listed with it make it one of the city's own, not a distant county
    assert "红桥街道" not in names("加快推进钟山、水城、红桥同城化发展。", "Place", "六盘水市")
    assert "金山区" not in names("绿水青山就是金山银山。", "Place", "梅州市")  # and not a word's part


def test_a_county_written_right_after_its_province_or_city_is_known_anywhere():
    found = names("对口支援新疆疏附、西藏波密。四川汶川特大地震。", "Place", "广州市")
    assert {"疏附县", "波密县", "汶川县"} <= found


def test_a_county_s_zone_keeps_the_city_written_before_the_county():
    found = names("徐州高新区与宿州市埇桥经开区、重庆璧山高新区产业合作。", "Place", "徐州市")
    assert {"宿州埇桥经济技术开发区", "埇桥区", "重庆璧山高新技术产业开发区", "璧山区"} <= found


def test_foreign_cities_of_sister_city_ties_and_air_routes_are_places():
    found = names("举办与法国波尔多、意大利威尼斯结好活动，开通至卡塔尔多哈、格鲁吉亚第比利斯航线。", "Place", "武汉市")
    assert {"波尔多", "威尼斯", "多哈", "第比利斯"} <= found
    assert "阿斯塔纳" in names("联合研究中心落户哈萨克斯坦努尔苏丹。", "Place", "武汉市")  # its name in 2019–2022


def test_a_county_s_town_written_after_it_beats_a_distant_district_of_that_name():
    rels = relations("江门市人民政府工作报告\n推进开平赤坎古镇项目。", "江门市")
    assert ("赤坎镇", "partOf", "开平市") in rels  # not 湛江's 赤坎区


def test_a_river_before_its_water_environment_or_in_a_list_before_a_cue_is_named():
    assert "龙须河" in names("加强龙须河水环境治理。", "Place", "孝感市")
    assert {"滚子河", "澴河"} <= names("推进澴河、滚子河流域综合治理。", "Place", "孝感市")
    # where water goes, how many rivers, or a bank: no river's name
    assert not names("推进徐汇滨江开发，实施退垸还湖，治理沁丹两河。", "Place", "上海市") & {"滨江", "还湖", "两河"}


def test_a_county_before_one_of_its_towns_is_named_though_jieba_glues_them():
    # jieba cuts 平|武古城 and 平|南丹竹: the county is still named, and is not 南丹县
    rels = relations("绵阳市人民政府工作报告\n加快G247平武古城至林家坝段改建工程建设。", "绵阳市")
    assert ("G247平武古城至林家坝段改建工程", "locatedIn", "平武县") in rels
    found = names("实施平南丹竹港公用码头项目。", "Place", "贵港市")
    assert {"平南县", "丹竹镇"} <= found and "南丹县" not in found


def test_a_corridor_or_bonded_zone_named_after_a_listed_zone_is_a_zone_of_its_own():
    rels = relations("湖北省人民政府工作报告\n推进光谷科创大走廊建设。", "湖北省")
    assert ("光谷科创大走廊", "partOf", "湖北省") in rels
    assert "武汉东湖新技术开发区" in names("光谷实验室揭牌。", "Place", "湖北省")  # 光谷, its best-known name


def test_a_word_closing_an_amount_is_no_place():
    assert "大关县" not in names("地区生产总值突破千亿元大关，达1000亿元。", "Place", "临沧市")
    assert "宽城满族自治县" in names("加快实施总投资60亿元宽城科丰磷钛一体化开发项目。", "Place", "承德市")


def test_seas_bays_and_straits_are_places():
    assert {"渤海", "黄海", "辽东湾"} <= names("统筹黄海、渤海沿岸开发，推进辽东湾生态修复。", "Place", "大连市")
    assert {"宁波杭州湾新区", "杭州湾"} <= names("推进宁波杭州湾新区建设，加强杭州湾水质保护。", "Place", "宁波市")
    assert "南海" in names("打造南海资源开发服务保障基地。", "Place", "海南省")
    assert names("推动渤海银行、长江证券等金融机构入驻。", "Place", "兰州市") == set()  # firms named after waters


def test_a_district_named_after_a_sea_is_the_district_at_home_and_in_a_list():
    assert names("南海软件科技园建成。", "Place", "佛山市") == {"南海区"}
    found = names("东莞、中山、南海、顺德发展迅速，开发南海油气资源。", "Place", "广东省")
    assert {"南海区", "南海"} <= found  # the listed district, then the sea


def test_an_area_of_a_pilot_free_trade_zone_goes_by_its_official_name():
    found = names("高标准建设自贸试验区南宁片区。", "Place", "南宁市")
    assert {"中国（广西）自由贸易试验区", "中国（广西）自由贸易试验区南宁片区", "南宁市"} <= found
    assert "中国（江苏）自由贸易试验区南京片区" in names("江苏自贸试验区南京片区政策落地。", "Place", "南京市")
    assert relations("统筹自贸试验区正定片区建设。", "石家庄市") >= {
        ("中国（河北）自由贸易试验区正定片区", "partOf", "正定县")}


def test_border_economic_cooperation_zones_are_named_from_their_place():
    text = "推动珲春国际合作示范区、延吉高新区、和龙边合区等各级各类园区加快发展。"
    assert "和龙边境经济合作区" in names(text, "Place", "延边朝鲜族自治州")
    assert names(text, "Project", "延边朝鲜族自治州") == set()  # not 龙边合区 (和 read as a conjunction)


def test_a_city_whose_short_name_is_a_word_counts_when_listed_beside_places():
    assert {"吉安市", "赣州市", "抚州市"} <= names("赣州、吉安、抚州加快发展。", "Place", "江西省")
    # a province's report means the city; the city's own report means its county of that name
    assert "朝阳市" in names("支持阜新、朝阳发展陆上风光新能源。", "Place", "辽宁省")
    assert "朝阳县" in names("北票、凌源、朝阳加快发展。", "Place", "朝阳市")
    assert "海东工业园区" in names("加强海东工业园区招商引资。", "Place", "青海省")  # a zone of one of its cities


def test_a_bracket_opening_before_a_zone_word_makes_no_zone_name():
    found = names("支持都匀（开发区）规划建设大数据产业聚集区。", "Place", "黔南布依族苗族自治州")
    assert "都匀市" in found and not any("（" in n for n in found)
    assert "孟连（勐阿）边境经济合作区" in names("建设孟连（勐阿）边合区。", "Place", "普洱市")  # a bracket inside a name
    assert not any("）" in n for n in names("推进环港科大（广州）创新区建设。", "Place", "广州市"))


def test_a_local_hill_whose_name_holds_a_distant_mountain_s_is_its_own_place():
    assert names("组织代表视察仙华山景区提升工程。", "Place", "浦江县") >= {"仙华山"}
    assert "华山" not in names("组织代表视察仙华山景区提升工程。", "Place", "浦江县")
    # a verb's word before it leaves the mountain itself: 加快|燕山
    assert "燕山" in names("加快燕山、太行山山脉生态涵养区建设。", "Place", "乌兰察布市")


def test_a_new_district_named_by_a_distant_city_s_short_name_is_the_report_s_own():
    text = ("淮南市政府工作报告\n山南新区完成固定资产投资166亿元，山南十一中等项目开工。"
            "灵璧县对接徐州空港新区。")
    assert names(text, "Place") == {"淮南市", "山南新区", "灵璧县", "徐州市", "徐州空港新区"}
    assert ("山南新区", "partOf", "淮南市") in relations(text)


def test_a_village_written_after_its_town_is_a_place_inside_it():
    text = "佛山市人民政府工作报告\n南庄镇紫南村荣获称号，西樵镇各村、陈村镇农村和杏坛镇特色村全面发展。"
    assert names(text, "Place") == {"佛山市", "南庄镇", "紫南村", "西樵镇", "陈村镇", "杏坛镇"}
    assert ("紫南村", "partOf", "南庄镇") in relations(text)
    text = "佛山市人民政府工作报告\n南庄镇紫南村、龙津村获评全国文明村。"
    assert ("龙津村", "partOf", "南庄镇") in relations(text)  # listed after the first, in the same town
    text = "湘潭市人民政府工作报告\n湘潭县乌石峰村入选中国美丽休闲乡村，湘潭县城中村改造和韶山市中国红色村建设推进。"
    assert names(text, "Place") == {"湘潭市", "湘潭县", "乌石峰村", "韶山市"}


def test_a_distant_city_s_short_name_before_dao_is_a_street_or_a_corridor():
    assert names("着力打造津湾广场、泰安道地区等现代商业集聚区。", "Place", "天津市") == set()
    assert "南通市" not in names("开工建设合六南通道。", "Place", "合肥市")
    assert "道县" in names("湖南道县推进乡村振兴。", "Place", "湖南省")  # 道县 is a county


@pytest.mark.parametrize("text, expected", [
    ("抓好老龙河等流域污染治理。", {"老龙河"}),  # a direction or age opens the name, 等 before the cue
    ("推进小清河流域综合治理。", {"小清河"}),
    ("横河、减马横河、老马颊河等综合治理。", {"横河", "减马横河", "老马颊河"}),  # a list item keeps its first character
    ("加强上游潮河流域治理。", {"潮河"}),  # the upper reaches open no river's name (上游潮河)
    ("力争开工建设隆阳上坪河等水库。", {"隆阳区"}),  # a reservoir named by a river: no river without a cue
])
def test_a_river_s_name_may_open_with_a_direction_or_an_age(text, expected):
    assert names(text, "Place", "保山市") - {"保山市"} == expected


def test_a_province_s_park_abroad_is_no_zone_of_the_province_but_a_shared_metropolitan_area_is():
    assert "广东工业园" not in names("建设埃塞俄比亚—广东工业园等境外园区。", "Place", "广东省")
    assert "安顺都市圈" in names("围绕建设贵阳—贵安—安顺都市圈。", "Place", "安顺市")


def test_a_new_town_named_after_the_city_s_own_lake_is_its_zone_and_no_other_city_s():
    text = "努力提高太湖新城公共服务配套能力。"
    assert ("太湖新城", "partOf", "无锡市") in relations("无锡市人民政府工作报告\n" + text, "无锡市")
    iris = {city: {e.iri for e in run(text, city).entities if e.canonical == "太湖新城"} for city in ("无锡市", "苏州市")}
    assert iris["无锡市"] and iris["苏州市"] and not iris["无锡市"] & iris["苏州市"]  # two towns, one name
    assert "太湖新城" not in names(text, "Place", "江苏省")  # a province's report names no city's town so


def test_a_region_is_a_place_and_names_the_province_or_city_its_name_opens_with():
    found = names("推进辽宁沿海经济带建设，融入天山北坡经济带、黄河三角洲高效生态经济区。", "Place", "大连市")
    assert {"辽宁沿海经济带", "辽宁省", "天山北坡经济带", "黄河三角洲高效生态经济区"} <= found
    assert "天山区" not in found  # a mountain's name, not Urumqi's district
    assert "东北地区" not in names("加快渝东北地区发展。", "Place", "重庆市")


def test_a_railway_named_by_a_region_s_abbreviation_and_a_title_opening_with_one():
    assert "苏锡常城际铁路" in names("开工建设苏锡常城际铁路太仓先导段。", "Project", "苏州市")
    text = "湖北省人民政府工作报告\n省人大常委会制定《武汉城市圈资源节约型和环境友好型社会建设综合配套改革试验促进条例》。"
    assert "湖北省武汉城市圈资源节约型和环境友好型社会建设综合配套改革试验促进条例" in names(text, "Regulation", "湖北省")


def test_a_river_named_like_a_distant_city_is_the_river():
    found = names("推进韩江、黄冈河综合治理。", "Place", "潮州市")
    assert "黄冈河" in found and "黄冈市" not in found
    assert "洛阳市" not in names("加强洛阳江流域治理。", "Place", "泉州市")


@pytest.mark.parametrize("text, jurisdiction, expected", [
    ("推进大冶湖高新区建设。", "黄石市", "大冶湖高新技术产业开发区"),  # the city's lake, named after the city
    ("推进宜兴东氿新城建设。", "无锡市", "宜兴东氿新城"),  # a lake inside the name after its city
    ("吴江汾湖高新技术产业开发区获批。", "苏州市", "吴江汾湖高新技术产业开发区"),
])
def test_a_zone_named_after_a_city_and_its_lake(text, jurisdiction, expected):
    assert expected in names(text, "Place", jurisdiction)


def test_a_river_stands_outside_the_administrative_hierarchy():
    rels = relations("湖北省人民政府工作报告\n推进府澴河流域综合治理，保护湖北省水资源。", "湖北省")
    assert not any(s == "府澴河" and p == "partOf" for s, p, o in rels)


def test_a_zone_named_after_china_and_its_city_in_brackets():
    rels = relations("推进中国（绵阳）科技城新区建设。", "绵阳市")
    assert ("中国（绵阳）科技城新区", "partOf", "绵阳市") in rels
    assert "中国（云南）自由贸易试验区" in names("建设中国（云南）自贸区。", "Place", "云南省")


def test_a_bare_name_shared_with_a_town_s_short_form_is_the_lake_or_mountain():
    assert names("市民漫步玄武湖。", "Place", "南京市") == {"玄武湖"}  # not 玄武湖街道
    assert names("玄武湖街道开展活动。", "Place", "南京市") == {"玄武湖街道"}  # written in full, the subdistrict


def test_sea_and_river_transport_is_no_river():
    assert "海河" not in names("着力构建海河联运发展引领区，发展江海联运。", "Place", "嘉兴市")
    assert "海河" in names("推进海河综合治理。", "Place", "天津市")


def test_a_verb_between_a_place_and_a_region_s_word_names_no_region():
    found = names("推动资阳企业融入都市圈产业链，融入成都都市圈。", "Place", "资阳市")
    assert "成都都市圈" in found and not any(n.endswith("融入都市圈") for n in found)


def test_a_local_name_built_on_a_distant_lake_or_river_is_not_that_water():
    assert "西湖" not in names("小西湖等5个立体交通节点改造启动实施。", "Place", "兰州市")
    assert "长江" not in names("湖北长江医药等龙头企业落户固原。", "Place", "固原市")
    assert "通惠河" in names("加大通惠河污染综合整治力度。", "Place", "眉山市")  # 加大, a verb, before the river


def test_a_river_of_the_province_wins_over_a_distant_city_of_the_same_name():
    assert names("完善黑河枢纽配套工程。", "Place", "陕西省") == {"黑河"}
    assert names("黑河口岸进出口货物增长。", "Place", "黑龙江省") >= {"黑河市"}


def test_a_street_named_after_a_district_of_another_city_or_a_foreign_city_is_no_place():
    found = names("魏都路东延（五一路-中山路）、东外环路北延（东京大道-复兴大道）开工建设。", "Place", "开封市")
    assert not found & {"魏都区", "东京"}
    assert "魏都区" in names("魏都区、建安区老旧小区改造全面完成。", "Place", "许昌市")
    # the place's name still makes the street's a proper one
    text = "开工建设门源路、博文路南延段等项目。"
    assert "门源路" in names(text, "Project", "西宁市") and not names(text, "Place", "西宁市")
    assert "伦敦" in names("完成英国伦敦路透社总部大楼收购。", "Place", "海南省")


def test_a_river_of_the_province_wins_over_a_distant_city_read_across_its_end():
    # 饶河源: jieba reads 饶|河源, but in a Jiangxi report it is the source of the 饶河
    assert names("编制饶河源国家湿地公园规划。", "Place", "上饶市") == {"饶河"}
    assert names("编制饶河源国家湿地公园规划。", "Place", "河源市") >= {"河源市"}


def test_rivers_that_share_a_distant_county_s_name_are_the_rivers():
    assert "榕江" in names("榕江、练江流域考核断面水质有所改善。", "Place", "揭阳市")
    assert "雅鲁藏布江" in names("雅江流域山水林田湖草保护修复项目成功获批。", "Place", "山南市")


def test_a_place_written_right_before_a_shared_name_says_which_it_is():
    found = names("做好四川雅江、九龙对口帮扶支援。支持新疆天山生态保护。", "Place", "东莞市")
    assert {"雅江县", "九龙县", "天山"} <= found and "雅鲁藏布江" not in found
    # a town of the city's county, not a distant province's river
    assert "柳河镇" in names("重点抓好木兰柳河提水泵站建设。", "Place", "哈尔滨市")
    # a town named like a distant mountain is the town
    assert "天山镇" in names("争取乌丹至天山高速公路具备开工条件。", "Place", "赤峰市")


def test_a_verb_between_a_place_and_a_zone_word_ends_the_zone_s_name():
    assert "天水纳入国家城市群" not in names("争取将兰州和天水纳入国家城市群名单。", "Place", "甘肃省")
