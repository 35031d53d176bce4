"""kg.relate: relations stated in the sentences of each genre of work report."""

from tests.helpers import relations


def _rels(text: str) -> set[tuple[str, str, str]]:
    return {r for r in relations(text) if r[1] not in ("jurisdiction", "partOf", "subOrganizationOf")}


def test_a_standing_committee_report():
    text = ("广州市人大常委会工作报告\n一年来，常委会审议通过《广州市城市更新条例》，修改《广州市地名管理规定》，"
            "废止《广州市摩托车管理规定》。报请省人大常委会批准《广州市文物保护规定》。"
            "听取和审议市政府关于国有资产管理情况的报告，对市公安局开展工作评议。"
            "开展《中华人民共和国安全生产法》和《广东省安全生产条例》执法检查。")
    assert _rels(text) >= {
        ("广州市人大常委会", "enacts", "广州市城市更新条例"),
        ("广州市人大常委会", "amends", "广州市地名管理规定"),
        ("广州市人大常委会", "repeals", "广州市摩托车管理规定"),
        ("广东省人大常委会", "approves", "广州市文物保护规定"),
        ("广州市人大常委会", "oversees", "广州市人民政府"),
        ("广州市人大常委会", "oversees", "广州市公安局"),
        ("广州市人大常委会", "inspects", "中华人民共和国安全生产法"),
        ("广州市人大常委会", "inspects", "广东省安全生产条例"),
    }
    assert ("广州市人大常委会", "approves", "广州市文物保护规定") not in _rels(text)


def test_laws_inspected_together_under_a_quoted_nickname():
    text = "孝感市人大常委会工作报告\n开展《中华人民共和国水法》《湖北省水污染防治条例》“一法一条例”执法检查。"
    assert {("孝感市人大常委会", "inspects", "中华人民共和国水法"),
            ("孝感市人大常委会", "inspects", "湖北省水污染防治条例")} <= _rels(text)


def test_a_bare_人大_and_政协_overseeing_a_government_are_its_own_jurisdiction_s():
    rels = _rels("邢台市人民政府工作报告\n在人大和政协的监督支持下，我们奋力拼搏。自觉接受人大依法监督、政协民主监督。")
    assert ("邢台市人大常委会", "oversees", "邢台市人民政府") in rels
    assert ("中国人民政治协商会议邢台市委员会", "oversees", "邢台市人民政府") in rels
    rels = _rels("黑龙江省人民政府工作报告\n自觉接受人大及其常委会的依法监督。接受人大的法律和工作监督。")
    assert {("黑龙江省人民代表大会", "oversees", "黑龙江省人民政府"),
            ("黑龙江省人大常委会", "oversees", "黑龙江省人民政府")} <= rels
    from tests.helpers import names
    found = names("新疆维吾尔自治区人民政府工作报告\n提请人大常委会审议的地方性法规5件。各级人大加强监督。", "Body")
    assert "新疆维吾尔自治区人大常委会" in found


def test_an_approval_told_after_the_title_and_an_assisted_inspection():
    text = ("宜宾市人大常委会工作报告\n出台《宜宾市三江口生态保护条例》，该条例经省十四届人大常委会第八次会议批准。"
            "《宜宾市李庄古镇保护条例》顺利通过省人大常委会审查批准。"
            "配合全国人大常委会执法检查组检查《中华人民共和国长江保护法》实施情况。")
    rels = _rels(text)
    assert ("四川省人大常委会", "approves", "宜宾市三江口生态保护条例") in rels
    assert ("四川省人大常委会", "approves", "宜宾市李庄古镇保护条例") in rels
    assert {("全国人民代表大会常务委员会", "inspects", "中华人民共和国长江保护法"),
            ("宜宾市人大常委会", "inspects", "中华人民共和国长江保护法")} <= rels


def test_an_act_verb_after_the_title():
    text = ("洛阳市人大常委会工作报告\n对《洛阳市大气污染防治条例》进行了修正，将《洛阳市城市绿化管理办法》予以废止。"
            "对《洛阳市牡丹保护条例》修改情况进行跟踪。")
    rels = _rels(text)
    assert ("洛阳市人大常委会", "amends", "洛阳市大气污染防治条例") in rels
    assert ("洛阳市人大常委会", "repeals", "洛阳市城市绿化管理办法") in rels
    assert not any(o == "洛阳市牡丹保护条例" for _, _, o in rels)  # 修改情况 is a noun
    text = ("孝感市人大常委会工作报告\n审议《孝感市物业管理条例（草案）》，其中《孝感市物业管理条例》已表决通过。"
            "《孝感市养犬管理条例（草案）》已通过初审。")
    rels = _rels(text)
    assert ("孝感市人大常委会", "enacts", "孝感市物业管理条例") in rels
    assert ("孝感市人大常委会", "enacts", "孝感市养犬管理条例") not in rels  # a first reading passes no law


def test_a_clause_opened_by_对_takes_the_verb_after_its_title():
    text = ("深圳市人大常委会工作报告\n常委会将修改《深圳经济特区住房公积金管理条例》，对《中华人民共和国科学技术进步法》"
            "开展执法检查。制定《深圳经济特区河湖管理条例》，并对《中华人民共和国森林法》《中华人民共和国草原法》实施情况进行检查。")
    rels = _rels(text)
    assert ("深圳市人大常委会", "amends", "深圳经济特区住房公积金管理条例") in rels
    assert ("深圳市人大常委会", "enacts", "深圳经济特区河湖管理条例") in rels
    for law in ("中华人民共和国科学技术进步法", "中华人民共和国森林法", "中华人民共和国草原法"):
        assert {p for _, p, o in rels if o == law} == {"inspects"}


def test_an_act_named_as_work_done_and_an_inquiry_into_a_title_s_use():
    text = ("江苏省人大常委会工作报告\n完成了《江苏省湖泊保护条例》的修订工作。《江苏省太湖水污染防治条例》的修正工作顺利完成。"
            "完成《江苏省数据条例（草案）》修改。配合全国人大常委会完成《中华人民共和国森林法》修订。"
            "围绕《中华人民共和国乡村振兴促进法》实施开展专题调研。")
    rels = _rels(text)
    assert ("江苏省人大常委会", "amends", "江苏省湖泊保护条例") in rels
    assert ("江苏省人大常委会", "amends", "江苏省太湖水污染防治条例") in rels
    assert ("江苏省人大常委会", "inspects", "中华人民共和国乡村振兴促进法") in rels
    assert not any(o in ("江苏省数据条例", "中华人民共和国森林法") for _, _, o in rels)  # a draft; the nation's law


def test_who_acts_is_the_body_written_before_the_verb_not_always_the_author():
    text = ("山东省人大常委会工作报告\n省政府出台《山东省食品安全监督管理办法》。"
            "青岛市制定《青岛市食品安全监督管理办法》。建议省政府加快修订《山东省食品小作坊管理条例》配套制度。"
            "省市场监管局会同省公安厅制定《山东省行刑衔接工作办法》。")
    rels = _rels(text)
    assert ("山东省人民政府", "enacts", "山东省食品安全监督管理办法") in rels
    assert ("山东省人大常委会", "enacts", "山东省食品安全监督管理办法") not in rels
    assert not any(o in ("青岛市食品安全监督管理办法", "山东省食品小作坊管理条例") for _, p, o in rels if p != "jurisdiction")
    assert ("山东省市场监督管理局", "enacts", "山东省行刑衔接工作办法") in rels  # not its partner
    rels = _rels("河南省人民政府工作报告\n争取国务院出台《关于支持河南省的指导意见》、批准实施《中原经济区规划》。"
                 "国家批准实施《广西北部湾经济区发展规划》。")
    assert ("中华人民共和国国务院", "approves", "中原经济区规划") in rels  # the body sought acts
    assert not any(s == "河南省人民政府" for s, p, _ in rels if p in ("approves", "enacts"))  # nor does the state's


def test_a_verb_inside_a_title_or_before_another_title_governs_nothing_after_it():
    text = ("兰州市人民政府工作报告\n按照全会通过的《中共兰州市委关于制定兰州市国民经济和社会发展第十五个五年规划的建议》，"
            "市政府编制了《兰州市国民经济和社会发展第十五个五年规划纲要（草案）》。")
    assert not any(p == "enacts" for _, p, _ in _rels(text))


def test_the_national_standing_committee_s_report_is_its_own_not_the_state_council_s():
    text = ("全国人民代表大会常务委员会工作报告\n——在第十四届全国人民代表大会第二次会议上\n"
            "我受全国人大常委会委托，向大会报告工作。制定《中华人民共和国粮食安全保障法》，修订《中华人民共和国公司法》。听取审议国务院关于金融工作情况的报告。"
            "检查《中华人民共和国海洋环境保护法》实施情况。")
    rels = _rels(text)
    npcsc = "全国人民代表大会常务委员会"
    assert {(npcsc, "enacts", "中华人民共和国粮食安全保障法"), (npcsc, "amends", "中华人民共和国公司法"),
            (npcsc, "oversees", "中华人民共和国国务院"), (npcsc, "inspects", "中华人民共和国海洋环境保护法")} <= rels
    assert ("全国人民代表大会", "oversees", "中华人民共和国国务院") not in rels  # the standing committee reports here
    rels = _rels("最高人民法院工作报告\n——在第十四届全国人民代表大会第二次会议上\n我代表最高人民法院向大会报告工作。"
                 "在全国人大及其常委会有力监督下，我们依法履职。")
    assert {("全国人民代表大会", "oversees", "最高人民法院"), ("全国人民代表大会常务委员会", "oversees", "最高人民法院")} <= rels


def test_a_court_report_is_overseen_and_names_district_courts_with_their_city():
    text = ("南京市中级人民法院工作报告\n各位代表：现在，我代表南京市中级人民法院向大会报告工作，请予审议。"
            "在市委坚强领导、市人大及其常委会有力监督下，全市法院审结案件28万件。"
            "配合市人大常委会开展《南京市优化营商环境条例》执法检查。鼓楼区人民法院被评为先进集体。")
    rels = _rels(text)
    assert ("南京市人民代表大会", "oversees", "南京市中级人民法院") in rels
    assert ("南京市人大常委会", "oversees", "南京市中级人民法院") in rels
    assert ("南京市人大常委会", "inspects", "南京市优化营商环境条例") in rels
    assert ("南京市中级人民法院", "inspects", "南京市优化营商环境条例") not in rels
    from tests.helpers import names
    assert "南京市鼓楼区人民法院" in names(text, "Body")


def test_a_standing_committee_named_first_hears_a_procuratorate_report():
    text = "浙江省人民检察院工作报告\n省人大常委会听取审议省检察院关于公益诉讼工作情况的报告。会同省公安厅出台工作意见。"
    rels = _rels(text)
    assert ("浙江省人大常委会", "oversees", "浙江省人民检察院") in rels
    assert ("浙江省人民检察院", "cooperatesWith", "浙江省公安厅") in rels


def test_partners_listed_before_the_verb_cooperate_with_the_one_who_acts():
    text = ("南京市中级人民法院工作报告\n与市检察院、市公安局会签《关于规范轻微刑事案件办理的工作指引》。"
            "市委与市政府联合印发实施意见。省人大常委会联合南京市人大常委会开展监督。支持江宁与市科协合作建设基地。")
    rels = {r for r in _rels(text) if r[1] == "cooperatesWith"}
    assert rels == {
        ("南京市中级人民法院", "cooperatesWith", "南京市人民检察院"),
        ("南京市中级人民法院", "cooperatesWith", "南京市公安局"),
        ("中共南京市委", "cooperatesWith", "南京市人民政府"),
        ("江苏省人大常委会", "cooperatesWith", "南京市人大常委会"),
    }


def test_a_standing_committee_works_with_coordinated_committees_and_names_its_party_group_bare():
    from tests.helpers import names

    text = ("江西省人民代表大会常务委员会工作报告\n与湖南省、湖北省人大常委会开展协同立法。"
            "常委会党组认真落实全面从严治党责任。")
    assert {r for r in _rels(text) if r[1] == "cooperatesWith"} == {
        ("江西省人大常委会", "cooperatesWith", "湖南省人大常委会"),
        ("江西省人大常委会", "cooperatesWith", "湖北省人大常委会"),
    }
    assert "中共江西省人大常委会党组" in names(text, "Body")


def test_a_procuratorate_reporting_to_the_standing_committee_and_to_cppcc_members_is_overseen_by_both():
    text = ("绍兴市人民检察院工作报告\n现在，我代表绍兴市人民检察院向大会报告工作，请予审议，并请各位政协委员提出意见。"
            "向市人大常委会专题报告公益诉讼检察工作。")
    rels = _rels(text)
    assert ("绍兴市人大常委会", "oversees", "绍兴市人民检察院") in rels
    assert ("中国人民政治协商会议绍兴市委员会", "oversees", "绍兴市人民检察院") in rels
    rels = _rels("云南省高级人民法院工作报告\n向省人大常委会专项报告环境资源审判工作。")
    assert ("云南省人大常委会", "oversees", "云南省高级人民法院") in rels  # a report on one subject
    rels = _rels("青岛市人民检察院工作报告\n邀请市政协委员参加公开听证。")
    assert not {r for r in rels if r[1] == "oversees"}  # members invited to a hearing give no advice on the report


def test_a_post_legislative_evaluation_inspects_the_regulation():
    text = "宜昌市人大常委会工作报告\n开展《宜昌市城区重点绿地保护条例》立法后评估。初次审议《宜昌市养犬管理条例（草案）》。"
    assert _rels(text) == {("宜昌市人大常委会", "inspects", "宜昌市城区重点绿地保护条例")}


def test_every_body_of_a_reviewed_list_is_overseen():
    text = "台州市人民代表大会常务委员会工作报告\n对市发展改革委、市财政局、市住建局等8个部门开展工作评议。"
    rels = relations(text, "台州市")
    for body in ("台州市发展和改革委员会", "台州市财政局", "台州市住房和城乡建设局"):
        assert ("台州市人大常委会", "oversees", body) in rels
    text = "宜宾市人民代表大会常务委员会工作报告\n对市中级人民法院执行工作、市人民检察院未成年人检察工作开展专题调研。"
    rels = relations(text, "宜宾市")
    for body in ("宜宾市中级人民法院", "宜宾市人民检察院"):  # each with the work reviewed
        assert ("宜宾市人大常委会", "oversees", body) in rels


def test_a_list_of_heard_reports_goes_on_past_a_comma():
    text = ("市十四届人大常委会第十次会议闭幕\n会议在温州闭幕。会议听取和审议了市政府关于审计工作的报告，"
            "市中级人民法院关于商事审判工作情况的报告，市人民检察院关于公益诉讼工作的报告。")
    rels = relations(text)
    for body in ("温州市人民政府", "温州市中级人民法院", "温州市人民检察院"):
        assert ("温州市人大常委会", "oversees", body) in rels
    text = ("四川省人民代表大会常务委员会工作报告\n听取审议省人民政府关于国有资产管理情况的报告，"
            "以及省监察委员会关于整治群众身边腐败和不正之风工作情况的专项报告。")
    assert ("四川省人大常委会", "oversees", "四川省监察委员会") in relations(text, "四川省")


def test_an_approval_said_after_the_titles():
    text = ("浙江省十四届人大常委会第五次会议闭幕\n会议在杭州闭幕。会议审查了《宁波市城市绿化条例》和"
            "《温州市海上交通安全条例》，决定予以批准。")
    rels = relations(text)
    assert ("浙江省人大常委会", "approves", "宁波市城市绿化条例") in rels
    assert ("浙江省人大常委会", "approves", "温州市海上交通安全条例") in rels


def test_supervisions_listed_after_a_first_one_are_oversight_too():
    rels = relations("通辽市政府工作报告\n自觉接受党内监督、人大依法监督、政协民主监督、社会舆论监督。", "通辽市")
    assert ("通辽市人大常委会", "oversees", "通辽市人民政府") in rels
    assert ("中国人民政治协商会议通辽市委员会", "oversees", "通辽市人民政府") in rels


def test_bodies_listed_before_a_joint_verb_work_together():
    rels = relations("江苏省高级人民法院工作报告\n高检院、最高院联合发布典型案例。共青团中央和江西省人民政府联合主办大赛。",
                     "江苏省")
    assert ("最高人民检察院", "cooperatesWith", "最高人民法院") in rels
    assert ("中国共产主义青年团中央委员会", "cooperatesWith", "江西省人民政府") in rels
    assert not any("中共中央" in (s, o) for s, _, o in rels)  # 团中央 is not the Party's 中央


def test_an_act_on_the_title_named_before_by_this_regulation():
    text = ("宜昌市人大常委会工作报告\n"
            "会议听取了关于《宜昌市海绵城市建设管理条例（草案三审稿）》修改情况的说明，表决通过了该条例。"
            "听取了关于《A市甲条例（草案）》《A市乙条例（草案）》修改情况的汇报，关于《武汉市住房租赁条例（草案）》审议意见的报告。")
    rels = relations(text, "宜昌市")
    assert ("宜昌市人大常委会", "enacts", "宜昌市海绵城市建设管理条例") in rels
    assert not any(p in ("amends", "enacts") and "住房租赁" in o for _, p, o in rels)  # 修改情况 is a noun


def test_a_comma_inside_a_title_does_not_end_the_hearing_clause():
    text = ("晋江市人大常委会工作报告\n听取和审议市公安局研究处理《晋江市人大常委会关于打击侵犯企业权益经济犯罪，"
            "助力优化营商环境工作情况的审议意见》情况的报告。")
    rels = relations(text, "晋江市")
    assert ("晋江市人大常委会", "oversees", "晋江市公安局") in rels
    assert not any(p in ("enacts", "inspects") for _, p, _ in rels)  # a 审议意见 is no regulation


def test_lawmakers_named_after_a_title_each_act_with_their_own_verb():
    text = ("孝感市人大常委会公告\n"
            "《孝感市文明行为促进条例》已由孝感市第八届人民代表大会常务委员会第十二次会议于2019年6月28日通过，"
            "湖北省第十三届人民代表大会常务委员会第十次会议于2019年7月26日批准，现予公布。"
            "《孝感市城市绿化条例》经市人大常委会审议通过并报省人大常委会批准。")
    rels = relations(text, "孝感市")
    assert ("孝感市人大常委会", "enacts", "孝感市文明行为促进条例") in rels
    assert ("湖北省人大常委会", "approves", "孝感市文明行为促进条例") in rels
    assert ("孝感市人大常委会", "enacts", "孝感市城市绿化条例") in rels
    assert ("湖北省人大常委会", "approves", "孝感市城市绿化条例") in rels
    rels = relations("洛阳市人大常委会工作报告\n《洛阳市大运河遗产保护条例》于2023年7月28日经市十六届人大常委会第五次会议"
                     "审议通过，9月29日经河南省十四届人大常委会第五次会议批准。", "洛阳市")
    assert ("河南省人大常委会", "approves", "洛阳市大运河遗产保护条例") in rels  # a date before the next lawmaker


def test_a_body_that_only_hands_a_title_on_does_not_act_on_it():
    text = ("恩施土家族苗族自治州人大常委会工作报告\n"
            "《来凤县酉水河保护条例》由州人大常委会审查后报省人大常委会批准。"
            "《恩施土家族苗族自治州自治条例》报经省人大常委会批准。")
    rels = relations(text, "恩施土家族苗族自治州")
    assert ("湖北省人大常委会", "approves", "来凤县酉水河保护条例") in rels
    assert ("湖北省人大常委会", "approves", "恩施土家族苗族自治州自治条例") in rels
    assert not any(s.startswith("恩施") and p == "approves" for s, p, _ in rels)


def test_a_verb_making_measures_that_implement_a_title_does_not_make_the_title():
    rels = _rels("西藏自治区人民政府工作报告\n"
                 "抓紧制定贯彻《国务院关于鼓励支持和引导个体私营等非公有制经济发展的若干意见》的具体措施。"
                 "制定实施《关于推进产业转移和劳动力转移的决定》及配套文件。")
    assert not any(o.startswith("国务院关于") for _, _, o in rels)
    assert ("西藏自治区人民政府", "enacts", "关于推进产业转移和劳动力转移的决定") in rels


def test_partners_deciding_in_step_cooperate():
    rels = _rels("江苏省人大常委会工作报告\n与浙江省、安徽省、上海市人大常委会同步作出关于促进长三角一体化发展的决定。")
    assert {("江苏省人大常委会", "cooperatesWith", f"{p}人大常委会") for p in ("浙江省", "安徽省", "上海市")} <= rels


def test_every_title_of_a_long_inspected_list_is_inspected():
    titles = ["重庆市义务教育条例", "重庆市产品质量条例", "重庆市物业管理条例", "重庆市旅游条例", "重庆市志愿服务条例"]
    text = "重庆市人大常委会工作报告\n常委会分别开展了对" + "".join(f"《{t}》" for t in titles) + "等5件法规的执法检查工作。"
    rels = relations(text, "重庆市")
    assert {t for s, p, t in rels if p == "inspects"} == set(titles)


def test_a_regional_legislation_partner_list_and_an_approval_after_an_amendment():
    text = ("襄阳市人大常委会工作报告\n与十堰市、随州市、神农架林区人大常委会开展汉江流域协同立法。"
            "修改《襄阳市古城保护条例》，经省人大常委会批准后施行。")
    rels = relations(text, "襄阳市")
    for partner in ("十堰市人大常委会", "随州市人大常委会", "神农架林区人大常委会"):
        assert ("襄阳市人大常委会", "cooperatesWith", partner) in rels
    assert ("襄阳市人大常委会", "amends", "襄阳市古城保护条例") in rels
    assert ("湖北省人大常委会", "approves", "襄阳市古城保护条例") in rels


def test_an_agreement_signed_with_a_partner_is_cooperation():
    rels = relations("孝感市人民政府工作报告\n市政府与中国科学院签署战略合作协议。", "孝感市")
    assert ("孝感市人民政府", "cooperatesWith", "中国科学院") in rels


def test_the_national_standing_committee_inspects_and_oversees_as_a_local_one_does():
    text = ("全国人民代表大会常务委员会执法检查组关于检查《中华人民共和国食品安全法》实施情况的报告\n"
            "全国人大常委会组成执法检查组，对食品安全法实施情况进行检查。全国人大常委会听取审议国务院关于食品安全工作情况的报告。")
    rels = relations(text)
    assert ("全国人民代表大会常务委员会", "inspects", "中华人民共和国食品安全法") in rels
    assert ("全国人民代表大会常务委员会", "oversees", "中华人民共和国国务院") in rels


def test_acts_told_of_others_are_not_the_author_s():
    opening = "湛江市人民政府工作报告\n各位代表：现在，我代表市人民政府，向大会报告工作。"
    rels = relations(opening + "国务院批复《北部湾城市群发展规划》；批准《湛江城市总体规划》。"
                     "认真落实新修订的《广东省物业管理条例》。"
                     "研究出台落实《横琴粤澳深度合作区建设总体方案》的行动方案。"
                     "RCEP：中国、日本、韩国等15方成员制定的《区域全面经济伙伴关系协定》。制定《湛江市养犬管理办法》。")
    assert [r for r in rels if r[1] in ("enacts", "amends", "approves")] == [
        ("湛江市人民政府", "enacts", "湛江市养犬管理办法")]  # written as the report's own act, it is
    text = ("市人大常委会开展《洛阳市城市市容和环境卫生管理条例》执法检查\n检查组建议，市政府要进一步落实属地管理责任，"
            "加快修订《洛阳市城市生活垃圾管理办法》。根据市委建议，市政府制定《洛阳市养犬管理办法》。")
    rels = {r for r in relations(text, "洛阳市") if r[1] in ("enacts", "amends")}
    assert rels == {("洛阳市人民政府", "enacts", "洛阳市养犬管理办法")}  # advice given, not advice followed
    text = ("市人大常委会开展《宜昌市城区重点绿地保护条例》执法检查\n检查组要求，市政府要严格落实《条例》，"
            "加快修订《宜昌市城市绿化管理办法》。围绕上述目标要求，市政府制定《宜昌市养犬管理办法》。")
    rels = {r for r in relations(text, "宜昌市") if r[1] in ("enacts", "amends")}
    assert rels == {("宜昌市人民政府", "enacts", "宜昌市养犬管理办法")}  # (目标要求: a noun, no advice)


def test_an_act_verb_qualifying_another_noun_does_not_act_on_the_title():
    opening = "广州市人民政府工作报告\n各位代表：现在，我代表市人民政府，向大会报告工作。"
    rels = relations(opening + "按市人大常委会制定的地方性法规年度计划，做好《广州市土地管理办法》起草工作。"
                     "落实我市已出台的《广州市甲办法》、《广州市乙办法》。")
    acts = {r for r in rels if r[1] in ("enacts", "amends")}
    assert acts == {("广州市人民政府", "enacts", "广州市甲办法"), ("广州市人民政府", "enacts", "广州市乙办法")}


def test_a_procuratorate_s_or_supervisory_commission_s_supervision_accepted_oversees_the_author():
    text = ("宜昌市中级人民法院工作报告\n各位代表：现在，我代表市中级人民法院向大会报告工作。"
            "自觉接受市人大监督和市检察院法律监督。")
    assert ("宜昌市人民检察院", "oversees", "宜昌市中级人民法院") in relations(text)
    text = "宜昌市人民政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。市检察院加强立案监督。"
    assert ("宜昌市人民检察院", "oversees", "宜昌市人民政府") not in relations(text)  # its own work, not accepted


def test_a_title_put_to_use_in_the_next_clause_is_not_made_by_the_verb_before():
    opening = "乐山市人民政府工作报告\n各位代表：现在，我代表市人民政府，向大会报告工作。"
    rels = relations(opening + "制定《嘉州古城保护办法》，落实《乐山市政府工作规则》。")
    assert {r for r in rels if r[1] == "enacts"} == {("乐山市人民政府", "enacts", "乐山市嘉州古城保护办法")}
    rels = relations("宜宾市人民代表大会常务委员会工作报告\n"
                     "修改《宜宾市城市市容和环境卫生管理条例》，审议《宜宾市李庄古镇保护条例（草案）》。")
    assert {r for r in rels if r[1] == "amends"} == {("宜宾市人大常委会", "amends", "宜宾市城市市容和环境卫生管理条例")}


def test_a_court_says_the_higher_courts_supervise_it():
    text = ("赣州市中级人民法院工作报告\n在最高人民法院和省高级人民法院的监督指导下，全市法院认真工作。"
            "加强对章贡区人民法院的审判监督。")
    overseers = {r[0] for r in relations(text) if r[1:] == ("oversees", "赣州市中级人民法院")}
    assert overseers == {"最高人民法院", "江西省高级人民法院"}


def test_a_title_named_by_an_earlier_act_is_still_inspected():
    text = ("南宁市人民代表大会常务委员会工作报告\n开展新修订的《中华人民共和国种子法》执法检查。"
            "对2022年通过的《南宁市物业管理条例》开展立法后评估。")
    rels = relations(text)
    assert {r[2] for r in rels if r[:2] == ("南宁市人大常委会", "inspects")} == {
        "中华人民共和国种子法", "南宁市物业管理条例"}
    assert not {r for r in rels if r[1] == "amends"}  # 新修订的 names the law by its revision


def test_a_word_inside_a_title_is_no_cue_of_oversight():
    for text in ("广西壮族自治区人民检察院工作报告\n落实自治区人大常委会《关于加强新时代检察机关法律监督工作的决定》。",
                 "河南省人民代表大会常务委员会工作报告\n对省政府报送的《河南省行政执法监督办法》进行审查。"):
        assert not {r for r in relations(text) if r[1] == "oversees"}


def test_the_top_court_supervises_after_the_congress_in_one_clause():
    text = ("上海市高级人民法院工作报告\n在中共上海市委坚强领导、市人大及其常委会有力监督和最高人民法院监督指导下，"
            "全市法院坚持公正司法。")
    overseers = {r[0] for r in relations(text) if r[1:] == ("oversees", "上海市高级人民法院")}
    assert overseers == {"上海市人民代表大会", "上海市人大常委会", "最高人民法院"}


def test_courts_signing_an_agreement_on_working_together_cooperate():
    text = "上海市高级人民法院工作报告\n本院与苏州、嘉兴市中级人民法院签署司法协作协议。"
    partners = {r[2] for r in relations(text) if r[:2] == ("上海市高级人民法院", "cooperatesWith")}
    assert partners == {"苏州市中级人民法院", "嘉兴市中级人民法院"}


def test_a_title_that_names_its_issuer_is_not_enacted_by_the_report_s_author():
    opening = "西安市人民政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。"
    rels = relations(opening + "出台《中共西安市委关于加快大西安国际化进程的决定》和《西安市物业管理办法》。")
    assert {r for r in rels if r[1] == "enacts"} == {("西安市人民政府", "enacts", "西安市物业管理办法"),
                                                     ("中共西安市委", "enacts", "中共西安市委关于加快大西安国际化进程的决定")}
    rels = relations(opening + "党中央出台《中共中央关于进一步维护新疆社会稳定的意见》。")
    assert not {r for r in rels if r[1] == "enacts" and r[0] == "西安市人民政府"}


def test_a_count_of_the_titles_before_hands_them_all_to_the_approving_lawmaker():
    text = ("延边朝鲜族自治州人民代表大会常务委员会工作报告\n制定《延边朝鲜族自治州图们江保护条例》，"
            "修改《延边朝鲜族自治州朝鲜语言文字工作条例》，两部条例经吉林省人大常委会批准。")
    approved = {r[2] for r in relations(text) if r[:2] == ("吉林省人大常委会", "approves")}
    assert approved == {"延边朝鲜族自治州图们江保护条例", "延边朝鲜族自治州朝鲜语言文字工作条例"}
    text = ("洛阳市人民代表大会常务委员会工作报告\n制定《洛阳市牡丹保护条例》，修订《洛阳市城市绿化条例》，"
            "上述法规均已经河南省人大常委会批准施行。")
    approved = {r[2] for r in relations(text) if r[:2] == ("河南省人大常委会", "approves")}
    assert approved == {"洛阳市牡丹保护条例", "洛阳市城市绿化条例"}


def test_a_sentence_pointing_back_at_the_titles_before_hands_them_to_the_approving_lawmaker():
    text = ("黔东南苗族侗族自治州人民代表大会常务委员会工作报告\n制定《黔东南苗族侗族自治州民族文化村寨保护条例》，"
            "废止《黔东南苗族侗族自治州森林防火条例》。以上单行条例均报经贵州省第十四届人大常委会第五次会议批准。"
            "开展《贵州省生态环境保护条例》执法检查。该条例由省人大常委会起草。")
    approved = {r[2] for r in relations(text) if r[:2] == ("贵州省人大常委会", "approves")}
    assert approved == {"黔东南苗族侗族自治州民族文化村寨保护条例", "黔东南苗族侗族自治州森林防火条例"}


def test_a_standing_committee_oversees_the_departments_it_follows_up_on():
    text = ("洛阳市人民代表大会常务委员会工作报告\n跟踪监督市文化广电和旅游局、市住房和城乡建设局落实审议意见情况。"
            "支持和监督市政府依法行政。")
    rels = relations(text)
    overseen = {r[2] for r in rels if r[:2] == ("洛阳市人大常委会", "oversees")}
    assert {"洛阳市文化广电和旅游局", "洛阳市住房和城乡建设局", "洛阳市人民政府"} <= overseen


def test_a_law_named_inside_the_amended_title_is_not_amended():
    text = ("浙江省人民代表大会常务委员会工作报告\n作出关于修改《浙江省实施〈中华人民共和国妇女权益保障法〉办法》的决定。"
            "通过《浙江省人民代表大会常务委员会关于修改〈浙江省消防条例〉的决定》。")
    amended = {r[2] for r in relations(text) if r[:2] == ("浙江省人大常委会", "amends")}
    assert amended == {"浙江省实施〈中华人民共和国妇女权益保障法〉办法", "浙江省消防条例"}


def test_titles_listed_together_are_all_approved_and_inspected_where_the_report_says_so():
    text = ("洛阳市人民代表大会常务委员会工作报告\n"
            "制定的《洛阳市城市绿化条例》《洛阳市龙门石窟保护管理条例》经省人大常委会批准施行。"
            "常委会对《中华人民共和国义务教育法》《河南省实施〈中华人民共和国水法〉办法》在我市的贯彻实施情况进行了执法检查。")
    rels = relations(text, "洛阳市")
    assert {("河南省人大常委会", "approves", "洛阳市城市绿化条例"),
            ("河南省人大常委会", "approves", "洛阳市龙门石窟保护管理条例"),
            ("洛阳市人大常委会", "inspects", "中华人民共和国义务教育法"),
            ("洛阳市人大常委会", "inspects", "河南省实施〈中华人民共和国水法〉办法")} <= rels


def test_titles_all_approved_by_the_lawmaker_after_均经():
    text = ("宜宾市人民代表大会常务委员会工作报告\n"
            "制定《宜宾市城市绿化条例》《宜宾市三江口保护条例》，均经四川省第十四届人民代表大会常务委员会第五次会议批准。")
    assert {("四川省人大常委会", "approves", "宜宾市城市绿化条例"),
            ("四川省人大常委会", "approves", "宜宾市三江口保护条例")} <= relations(text, "宜宾市")


def test_the_government_inside_its_department_s_name_is_no_partner():
    text = "江西省人大常委会工作报告\n常委会法制工作委员会会同省人民政府法制办公室开展立法调研。"
    partners = {o for s, p, o in _rels(text) if p == "cooperatesWith"}
    assert partners == {"江西省法制办公室"}


def test_a_title_passed_by_one_lawmaker_and_then_submitted_to_another_is_approved_by_the_second():
    found = relations("《松桃苗族自治县苗绣保护条例》经县十八届人大三次会议审议通过，报经贵州省人民代表大会常务委员会"
                      "第五次会议批准，于2023年10月1日起施行。", "松桃苗族自治县")
    assert ("松桃苗族自治县人民代表大会", "enacts", "松桃苗族自治县苗绣保护条例") in found
    assert ("贵州省人大常委会", "approves", "松桃苗族自治县苗绣保护条例") in found
