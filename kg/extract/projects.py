"""Project mentions: named works, facilities and bases.

Reports name projects in three ways, all read here:
- a list closed by a category: 楚能新能源、祉星纸业、京港澳高速改扩建等4个百亿级项目 — every
  item is a project, named by the item plus the category's noun where it lacks one;
- a list of facilities sharing a construction predicate: 槐荫大道、澴川路、孝汉大道改造提升,
  where a shared facility noun is distributed (安州温泉康养、北川通航特色小镇);
- a proper name followed by a facility noun: 绵阳南500千伏变电站, 双柳长江大桥.
A name must carry something proper (a place, a code such as G247, a proper noun), so
老旧小区改造工程 and 重大项目 are not projects.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

import ahocorasick_rs

from kg.extract.places import LEVEL_WORDS, SLOGAN_ADJECTIVES, ZONE_SUFFIXES
from kg.model import Mention
from kg.segment import RECENT_WORDS, WordBoundaries, has_unknown_word, tag
from kg.segment import frequency as _frequency

# Facility nouns that end a project name on their own.
FACILITY_SUFFIXES = (
    "长江大桥", "大桥", "立交桥", "高架桥", "国际机场", "机场", "航站楼", "高速公路", "高速铁路", "城际铁路", "铁路",
    "高铁", "客运专线", "客专", "高速", "轨道交通", "地铁", "变电站", "水电站", "电站", "水库", "水利枢纽", "枢纽港",
    "铁路港", "公路港", "物流基地", "直播基地", "基地", "产业园", "工业园", "科技园", "软件园", "物流园区", "物流园", "体育中心",
    "奥体中心", "体育公园", "公园", "大道", "隧道", "港区", "码头", "特色小镇", "综合体", "数据中心", "超算中心", "院区",
    "门诊楼", "科创中心", "展览馆", "创新馆", "博物馆", "广场", "产业新城", "电厂", "水厂", "污水处理厂", "铁路枢纽", "项目",
    "工程", "一级公路", "二级公路", "索道", "航电枢纽", "综合枢纽",
)
# Nouns that end a project name only inside a list of facilities (路 alone is too common).
LIST_SUFFIXES = FACILITY_SUFFIXES + ("路", "桥", "街", "馆", "中心", "小镇", "站", "港", "高速", "楼", "场", "船闸")
WEAK_SUFFIXES = ("项目", "工程")  # nouns any list of works closes with: they name no kind of facility
# jieba's words that open with a weak noun (引江济淮 + 工程建设), where they end a clause (not 工程建设领域)
_WEAK_WORDS = ("工程建设", "工程项目", "项目建设")
_CLAUSE_END = frozenset("，。；、和与及")
# water diverted: 引汉济渭, 引黄入冀, 引黄入冀补淀
_DIVERSION = re.compile("引(?![资客才智])[\u4e00-\u9fff]{1,2}(?:[济入补][\u4e00-\u9fff]{1,2}){1,2}$")
_PROGRAMME = re.compile("(?:重大|重点)(?:科技|研发|科研)|(?:计划|专项|基金)$")
_VOLTAGE_ONLY = re.compile(r"(?:±?\d+千伏)(?:输变电|变电|输电|送出|线路|特高压|超高压|交流|直流|电网|配套)*")
_TECHNOLOGY = re.compile(r"(?<![A-Za-z\d])(?:[2-6]G|[348]K|3D|AI|IPv6)(?![A-Za-z\d])")  # 5G基站 is no code
_GRADE_CODE = re.compile(r"\d+千伏|\d+号")  # 500千伏, 3号 (a line's or a unit's number)
_CODE = re.compile(r"[A-Za-z]|" + _GRADE_CODE.pattern)
_WEAK_SUFFIX = re.compile("项目")  # 工程 is also a word inside names: 中化工程, 海洋工程装备
# Infrastructure is named after the places it joins or serves (九绵高速, 槐荫大道, 引通济安工程
# aside): any non-generic name before these nouns is a proper name.
INFRASTRUCTURE = ("长江大桥", "大桥", "立交桥", "高架桥", "国际机场", "机场", "航站楼", "高速公路", "高速铁路", "城际铁路",
                  "铁路", "高铁", "客运专线", "客专", "高速", "轨道交通", "地铁", "变电站", "水电站", "电站", "水库",
                  "水利枢纽", "枢纽港", "大道", "隧道", "港区", "码头", "电厂", "水厂", "铁路枢纽", "路", "桥")
_TRANSPORT = re.compile("快速通道|高速|铁路|高铁|客运专线|客专|机场|大桥|大道|隧道|码头|水库|港区|轨道交通|地铁")
_PHASE = "(?:[一二三四五六七八九十]期)"
# 千万级机场, 世界级…, 型水库 (小型 cut after its size); 惠州千万级干线机场 is named
_SCALE = re.compile("[十百千万亿]+级|国家[一二三]级|世界级|型")
# A stage of works on the facility before it (试桩), or a part of it (武当山机场 + 机坪扩建, 大广高速 + 东方山互通).
_WORKS_PART = re.compile("(?:试桩|桩基|土建|征迁|拆迁|停?机坪|站坪|第?[二三四]?跑道|飞行区|航站区|引桥|匝道|"
                         "[\u4e00-\u9fff]{0,3}互通(?:立交)?)(?:扩建|改扩建|改造|新建|续建|延伸)?")
_PLAN_OF = re.compile("规划(?=[，。；、等”》）]|$)")
_NETWORKS = frozenset(("铁路", "城际铁路", "高速铁路", "高铁", "轨道交通", "公路", "高速公路", "高速"))
_COUNT_AFTER = re.compile(r"(?:\d+|[一二三四五六七八九十两百千]+)[多余]?[个项宗座条处所](?=[，。；、：）]|$)")
_THROUGHWAY = re.compile("快速通道$|快速路$")
# Heads that make a facility word part of another name: 高铁商务区, 机场集团, 港区管委会, an institute
# (川藏铁路技术创新中心), an industry's district or goods (城阳轨道交通产业区, 先进轨道交通装备), a service
# (直达高铁列车), a station (宁乡高铁站, 团结村铁路中心站).
_AREA_AFTER = ("商务区", "片区", "新区", "新城", "经济区", "产业区", "集聚区", "聚集区", "集团", "公司", "管委会", "管理局",
               "指挥部", "技术", "装备", "车辆", "列车", "站", "中心站", "枢纽站", "东站", "南站", "西站", "北站")
# Zones written in full, whole names by themselves (浏阳经开区 in 浏阳经开区和大围山国家森林公园).
_WHOLE_ZONE = ("开发区", "经开区", "高新区", "新区", "园区", "保税区", "试验区", "示范区", "产业园", "工业园")
_NUMBERED_ROUTE = re.compile(r"\d+[国省县]道")  # 316国道快速通道
# China and one or more partner countries by their one-character names open a joint project's
# name (中韩产业园, 中俄贸易产业园, 中吉乌铁路): as proper as a place's name. Characters that also
# make everyday words after 中 (中西医, 中南, 中小, 中巴车, 中保) are left out; 中老年 is an age.
_PARTNERS = re.compile("^中[美英法德俄日韩朝意葡荷瑞奥丹挪芬希捷匈塞乌白哈吉蒙印孟缅泰老柬越马新菲澳墨阿埃以伊沙非欧拉]{1,3}"
                       "(?!年)")
_SUFFIX = re.compile("(" + "|".join(sorted(FACILITY_SUFFIXES, key=len, reverse=True)) + f"){_PHASE}?")
_LIST_SUFFIX = re.compile("(?:" + "|".join(sorted(LIST_SUFFIXES, key=len, reverse=True)) + f"){_PHASE}?$")
_ANY_SUFFIX = re.compile("(?:" + "|".join(sorted(LIST_SUFFIXES, key=len, reverse=True)) + f"){_PHASE}?")
_NAMED_FACILITY = re.compile(f"^[\u4e00-\u9fff]{{2,6}}(?:机场|大桥|港|水库|铁路|高速){_PHASE}")  # 昌北机场三期扩建工程
_PHASED = re.compile(r"[一二三四五六七八九十]期")  # after a Chinese character (checked where it is used)
_SEGMENT = re.compile(r"[\u4e00-\u9fff]{2,3}段")
# A segment of a road or railway written after its name: 漳州段, 江油太平至青莲段, 玉林至兴业段.
_ROUTE_SEGMENT = re.compile(r"[\u4e00-\u9fff]{1,5}(?:至[\u4e00-\u9fff]{1,5})?段")
# A road or railway named before its segment: 九绵高速 in 九绵高速江油太平至青莲段 ...
# ... or before one of its stations: 杭黄高铁 in 杭黄高铁桐庐站综合体, 郑万高铁襄阳东站.
_ROUTE = re.compile(f"(高速公路|高速铁路|城际铁路|高速|高铁|铁路)"
                    f"(?={_ROUTE_SEGMENT.pattern}|(?!中心站|枢纽站|站)[\u4e00-\u9fff]{{2,4}}站)")  # (not 高铁站及站前广场)
# What a bare 高速 after a phrase means in slogans and statistics: 县县通高速, 经济中高速, 10分钟上高速.
_NOT_HIGHWAY = re.compile(r"[通上中由已是到在入]$|^[是指由在至]|[指由对]|县县|镇镇|市市|经济|\d|分钟|信息|持续|"
                         r"第[一二三四五六七八九十]$|^[两双三四五六七八九十多各][省市县区地国]|主体|力求|加密|邻县|跨区|市区|一环|科技|电子|集团|股份|公司")
# Words a route's name is made of besides places: 广安绕城, 甬台温沿海, 铜仁至昆明直达.
_ROUTE_WORDS = frozenset("绕城 环城 沿江 沿海 沿黄 沿边 疏港 直达 复线 旅游 城际 外环 内环 中环 二环 三环".split())

_CONJUNCTION = re.compile("以及|和|及|暨")
_LINE = re.compile(
    r"(?:地铁|轨道交通|城市轨道交通|城轨|轻轨)[0-9一二三四五六七八九十]{1,3}号线"
    r"(?:[一二三四五六七八九十]期|[东南西北]段|[东南西北]延线|延长线)?"
)

_LINE_NUMBER = re.compile("[0-9一二三四五六七八九十]{1,3}号线")  # a line by its number: 地铁 + 1号线
_WELL = re.compile(r"[\u4e00-\u9fff]{1,4}\d{1,4}(?:-\d+)?井")
_CATEGORY_PATTERN = (r"等(?:[0-9一二三四五六七八九十百千余多]+[个条座项家批所处])?(?:一批|一大批)?"
                     r"([\u4e00-\u9fff0-9.]{{0,12}}{lazy})(项目|工程|高速公路|高速|高铁(?![游站城])|铁路|数据中心|算力中心|基地|园区|产业园|水库|主干道|道路|"
                     r"水电站|电站|机场|码头|港区|大桥|水利枢纽)")
_CATEGORY = re.compile(_CATEGORY_PATTERN.format(lazy=""))
_NEAREST_CATEGORY = re.compile(_CATEGORY_PATTERN.format(lazy="?"))  # the kind nearest to 等
# 山东济南地区的园区, 要素向园区, 五大万亩园区: a clause or a count, not a kind
_NOT_IN_KIND = frozenset("的向和与及为在对把被将是地一二三四五六七八九十两几万")
_CLAUSE_IN_KIND = frozenset("在到把被将从")  # prepositions: what follows 等 is a clause, not a kind
# A verb of standing with its object before the kind: 嵩山、神农等实验室成为国家实验室基地 names labs
# that become bases (not 试点创建项目, where the verb is the kind's own word).
_STANDING_IN_KIND = re.compile("(?:成为|作为|纳入|列入|进入|申报|争创|创建|打造|获批)[\u4e00-\u9fff0-9.]{2,}$")


def _clause_in_kind(words: str) -> bool:
    """Whether a clause runs from 等 to the kind: a preposition of its own (等科技成果在园区), not
    one of an aspect (在建, 在谈项目) or inside a relative clause (等分布在各园区的重大产业项目)."""
    words = words[words.rfind("的") + 1:]
    if _STANDING_IN_KIND.search(words):
        return True
    if not set(words) & _CLAUSE_IN_KIND:
        return False
    tokens = tag(words)
    return any(w in _CLAUSE_IN_KIND and not (i + 1 < len(tokens) and tokens[i + 1][1] == "v" and len(tokens[i + 1][0]) == 1)
               for i, (w, _) in enumerate(tokens))
_CLASS_OF_PLACES = re.compile("乡镇|县域|区域|城镇|农村|村级|镇级")
_KIND_QUALIFIER = re.compile("^(?:新型|重点|重大|重要|大型|各类|省级|国家级|市级|县级|特色)+")
_COMPLETION = re.compile(
    r"(?:等[\u4e00-\u9fff]{0,8})?(?:前期工作)?(?:相继|先后|陆续|已|均|全面|正式|顺利|基本|加快|有序|稳步|即将)?(?:实现)?"
    r"(?:建成|通车|开工|竣工|投用|投产|完工|开业|运营|改造|提升|主体完工|加快建设|开工建设|建设|推进|开通|入选|进入|纳入|"
    r"列入|获批|获评)"
)
_BOUNDARY = "，。；：！？\n（）“”‘’《》「」"
# A list that names kinds of institution (技术创新中心、协同创新中心等新型研发机构建设) or domains
# (国资国企、公共资源交易、政府工程建设等领域) lists no facilities.
_INSTITUTIONS_LISTED = re.compile("等[\u4e00-\u9fff]{0,6}?机构")
_DOMAINS_AFTER = re.compile("等(?:重点)?(?:领域|方面|环节|行业)")
# A place, partner or group named in brackets inside a name (上海（蚌埠）微电子产业园, 学校（集团）项目),
# not a section, phase or kind of works after one (渝昆高铁（昆明段）, 丰和大道（南延）, （二期）)
_INNER_BRACKETS = re.compile("(?<=[\u4e00-\u9fff])（(?![^）]*[改扩建])[\u4e00-\u9fff]{1,5}[^段期线延）]）$")
_ITEM_END = re.compile("[" + re.escape(_BOUNDARY) + "、]")
_PREDICATE_INSIDE = re.compile(
    "获批|获评|入选|成为|实现|实施|完成|开展|推进|推动|形成|(?:重点|大力|加快|积极|规范|优先|着力|鼓励)发展|"
    "加快|建成|开工|列入|纳入|获得|荣获|保持|达到|突破|增长|合作|共建|提升|升格|更名|"
    "打造|唯一|签署|启动|举办|成功|全国|全省|全市|以上|以下|左右|累计|新增|新建|续建|在建|通车|投产|投用|完工|进入|引进|"
    "签约|落户|落地|视察|考察|走访|不通|未通|晋升|总投资|投资|用于|跃升|跻身|狠抓|抓好|规上|规模以上|[一二三四五六七八九十]是|筹资|力争|支持|布局|"
    "起于|止于|终于|途经|搬到|迁到|迁至|搬至|迁往|搬往|兴办|启用|连结|面向|这些|那些|一批|一些|创建|首个|首例|首座|首批|首家|首台|入驻|建立|设立|申报|争创|评为|规划建设(?=[\u4e00-\u9fff])(?!展)|年底前|年内|"
    "(?:\\d+|[一二三四五六七八九十]+)月(?:底|初|份|中旬|上旬|下旬)[前后]?|\\d+月[前后]|认定为|列为|授予|命名为|"
    "[一二三四五六七八九十]大(?:中心|工程|项目|基地|行动)|(?:[一二三四五六七八九十两][\u4e00-\u9fff]){2,}[一二三四五六七八九十两]|"
    r"\d+(?:\.\d+)?[万亿]?元")  # an amount ends what came before: 第二单20亿元 + 滨河黄河大桥
# Characters of a clause, a sum or a share (50%路基土石方工程), never of a project's name
_NEVER_IN_NAME = frozenset("的等+＋%％")
_COUNT_OPENS = re.compile(r"[\d一二三四五六七八九十两几百千万]")  # 青龙山五大郊野公园: a count, not a kind
_METAPHORS = frozenset(("信息高速公路", "信息高速", "数字高速公路", "信息高铁"))
_REFORM = re.compile("改革(?:项目|工程)?$")
# Deputies' homes and stations (代表之家, 人大代表联络站) are a class of the congress's bodies, each
# district's and town's, never one project
_DEPUTIES_STATION = re.compile("代表(?:之家|家站|活动站|活动室|活动中心|联络站|联络室|工作站|工作室|服务站)")
_GOOD_DEEDS = "实事"  # 为民办实事项目, 民生实事: the government's yearly pledges, a category of works
_REPORT_SUBJECT = "关于"  # opens what a report is about: 省检察院关于服务保障自由贸易港建设工作情况的报告
_SUPERLATIVE = re.compile("最(?:大|长|高|宽|深|先进|早)")  # 国内最大伺服电机生产基地: a description, not a name
# A rank or grade opens a designation, not a name: 国家级旅游度假区, 省级产业园, 5A级景区, 更多REITs项目.
_DESIGNATION = re.compile(r"(?:国家|省|自治区|市|州|县|区)级|[1-5一二三四五]?A级|国家一类|更多|一批|大批|新一轮")
_COUNTED = re.compile(r"[大中小](?:[ⅠⅡⅢ一二三12]|I{1,3})型|^[大中小]+型|\d+[多余]?(?:个|周年|年|项|家|条|座|批|处|件|套|宗)|"
                      r"(?<![科\d])\d+所(?=[^，。；]{0,6}?(?:学|校|医院|卫生|幼儿园|中心))|"  # 3所中小学 (中电科27所 is named)
                      r"[一二三四五六七八九十两几多]+(?:[个座条项套宗]|周年)|^\d+[.、]|两级|"  # 万达多个…综合体: a count
                      # 六大物流园区, 各县市 (三大乐高速 is 三台–大英–乐至)
                      r"[三四五六七八九十]大(?!连池|山人|道|桥|街|厦|学)(?=[\u4e00-\u9fff]{2}|$)|^\d+大|以内|区域性|^各|"
                      r"^\d+(?:\.\d+)?万?(?:公里|千米|平方米|平方公里|亩)|"  # 9大重点滑雪度假区, 2000公里高速公路
                      r"\d万?(?:公里|千米|米|平方米|平方公里|亩)$|"  # 通车里程655公里、铁路: an amount
                      r"^(?:半|[\d一二三四五六七八九十两]+个?半?)(?:小时|分钟)")  # “半小时高铁圈”: a travel time
# Nouns that name a facility by themselves, so a bare list item is not completed by the
# list's shared noun (文昌阁、老码头、槐荫体育公园 are three facilities).
_STANDALONE = ("阁", "楼", "塔", "寺", "庙", "馆", "院", "园", "场", "站", "港", "码头", "桥", "路", "街", "城", "湖", "山", "河",
               "中心", "基地", "广场", "公园", "段", "线", "期", "校区", "院区", "分院", "园区", "厂", "枢纽", "区", "通道",
               "站房", "厂房", "场所", "宾馆", "饭店", "酒店")
_LEADING = frozenset("在 对 将 把 由 和 与 及 暨 以 为 向 从 其中 包括 如 并 还 要 让 使 使得 了 盼 抓 建 推 促 保 好 我市 我省 "
                     "我县 我区 本市 全市 全省 集中力量 重点 高质量 高标准 高水平 高起点 高规格 扎实 切实 认真 全力 着力 "
                     "大力 积极 努力 继续 加紧 抓紧 深化 谋划 规划 规划建设 提质升级 新建 续建 重建 落实 全面 动工 有序 "
                     "开业 创成 这 是 这是 也 该 到 整治 清淤 除险 改扩建 扩建 改建 迁建 拓宽 美化 绿化 硬化 申报 落地 整体 以及 "
                     "现有 非法 即 壮大 做大 做强 做优 做实 提升 培育 加密".split())
# (深化, 新建, 续建 … are verbs that jieba's dictionary tags as nouns or abbreviations.)
# longest first
_ROUTE_NOUNS = ("高速公路", "城际铁路", "高速铁路", "一级公路", "二级公路", "快速路", "高速", "高铁", "铁路", "公路")
# 县县通, 省市共建, 县乡公路, 市校合作, 省门, 省下达: a level character in another word
_NOT_AFTER_LEVEL = frozenset("省市县区乡镇村校门下")
_EVERY_UNIT = re.compile("([省市县区乡镇村户组])\\1(?!民)")  # 县县通铁路, 村村通公路: a slogan of every unit, no name
_STANDING = ("老工业基地", "老工业")  # 沈阳老工业基地: the city's standing as an old industrial base, no facility
_COUNTED_SCHOOLS = re.compile("[\\d一二三四五六七八九十两几]+所")  # 8所学校建成投用: a count
_INSTITUTION_NAME = re.compile("(?:学校|中学|小学|幼儿园|医院|保健院|卫生院|养老院|福利院|敬老院|疾控中心|"
                              "疾病预防控制中心|学院)(?:（[^）]{1,4}）)?$")
_INSTITUTION_BUILT = re.compile(
    "(?:学校|学院|中学|小学|幼儿园|医院|保健院|卫生院|养老院|福利院|图书馆|文化馆|体育馆|科技馆|美术馆)(?:（[^）]{1,4}）)?"
    "(?=启动建设|开工建设|建成投用|建成使用|竣工|投入使用|主体完工|主体封顶)")
_VERBS_BEFORE_RELATIVE = frozenset(
    "建设 新建 续建 扩建 迁建 改建 改造 提升 推进 启动 完成 建成 实施 打造 加快 开工 竣工 投用".split())
_PREPOSITIONS = frozenset("在 把 将 被 赴 了".split())  # inside a name after its first word (对台, 向马祖, 佛清从 may be)
# 我区 + 铁路, 全区 + 高速公路: "our region's", which jieba may split as 我 + 区 (全州 is a county)
_RELATIVE_LEAD = re.compile("^(?:(?:我|本)[省市县区州旗国]|全[省市县区旗国])")
# Verb + result complements before a name: 做大做强, 用好, 做优做特, 打好, 抓实.
_MAKE_IT = re.compile("^(?:好(?=[做用管办]))?(?:[做用管办打抓建][大强优好活实热精特细新美]){1,3}")
# 高铁下穿天府机场, 新改扩建南新道: the verb of a crossing or of works, before what it is done to
_OPENING_VERB = re.compile("^(?:下穿|上跨|横跨|新改扩建|新改建|新扩建|(?:科学|统筹|合理|高标准|高起点)规划|提档升级|高效运行)")
# Words of these kinds open a clause, not a name (verbs, adverbs, prepositions, 紧盯 tagged z).
_NOT_NAME_TAGS = ("v", "vd", "d", "p", "c", "ad", "vn", "l", "r", "u", "i", "z")
_NOUN_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "eng", "j", "x", "yg")
# What a place's category of projects adds to the place: 四川省重(点), 江苏省市重大, 珠海产业(项目)
_CATEGORY_WORDS = frozenset("重 重大 重点 省 市 县 区 州 省市 市县 市属 省属 市级 省级 一批 民生 产业 企业 建设 工程".split())
# Industries: a name of nothing but an industry is none (集成电路、人工智能等项目), while a park or
# centre named by one is (激光产业园, 集成电路产业园).
_SECTORS = frozenset("会展 集成电路 人工智能 区块链 新材料 生物医药 云计算 物联网 智能制造 通讯 通信 电子信息 "
                     "大数据 新能源 数字经济 战略性新兴产业 新兴产业 战略性 先进制造业 装备制造业 现代服务业".split())
_GENERIC = frozenset(
    "重大 重点 产业 项目 工程 基础设施 基础 设施 民生 水利 交通 新型 城市 农村 乡村 公共 服务 建设 一批 省级 市级 "
    "国家级 县级 示范 试点 标志性 牵引性 互联互通 亿元 百亿 百亿级 十亿级 千亿级 老旧 小区 改造 高标准 农田 污水 "
    "处理 管网 保障性 住房 安居 棚户区 公路 道路 招商 引资 各类 数字 智慧 绿色 低碳 生态 环保 文化 旅游 体育 教育 "
    "卫生 医疗 养老 托育 社区 街道 乡镇 县城 城区 中心 工业 农业 服务业 制造业 物流 能源 新能源 储能 光伏 风电 基站 "
    "数据 算力 平台 园区 科技 创新 研发 人才 实训 职业 学校 医院 公园 口袋 绿道 大型 中小型 小型 综合 配套 整治 "
    "治理 修复 保护 防洪 排涝 供水 灌区 高速 铁路 机场 港口 枢纽 骨干 标准化 厂房 标准 应急 安全 技改 技术改造 "
    "改扩建 扩建 智能 一体化 现代 现代化 高质量 发展 储备 前期 后续 附属 沿线 区域 片区 地块 主干道 干道 投资 "
    "民营 外资 外贸 招商引资 产业链 集群 龙头 企业 头部 链主 优质 新兴 未来 传统 特色 精品 样板 典型 重要 关键 "
    "核心 主要 大 小 新 老 好 多 干线 支线 通用 民用 城际 国际 国内 区域性 货运 客运 专用 快速 一级 二级 三级 主 次 旧 "
    "环线 绕城 特许 经营 编组站 编组 跨境 出省 出海 沿海 沿边 城市轨道 市政 市域 县域 省道 国道 县道 乡道 村道 "
    "人均 人民 民主 实践 全过程 功能 镇区 美好 幸福 生活 示范区 先行区 工作 行动 病险 扶贫 高架 人行 天桥 无公害 "
    "通道 快速通道 桥梁 畜禽 蛋禽 生猪 养殖 种植 博士后 科研 工作站 院士 专家 连接线 燃煤 燃气 燃机 天然气 发 调峰 "
    "热电 联产 热电联产 能效 煤矸石 生物质 垃圾 生活垃圾 焚烧 再生水 地表水 自来水 城镇 集中式 站前 "
    "城市更新 服务中心 爱国主义 抽水蓄能 蓄能 排水 排污 排污管 垃圾焚烧 地区 技术 研究 工程技术 研究中心 "
    "农田水利 回用 中水 水土保持 雨污分流 污水处理 垃圾处理".split()
)


def _clause_start(clean: str, pos: int, limit: int = 30) -> int:
    start = pos
    while start > 0 and pos - start < limit:
        if clean[start - 1] not in _BOUNDARY:
            start -= 1
        elif (inner := _INNER_BRACKETS.search(clean, max(0, start - 9), start)) is not None:
            start = inner.start()  # 上海（蚌埠）微电子产业园, 学校（集团）项目: brackets inside a name
        else:
            break
    return start


def trim_name(text: str, conjunctions: bool = True, facilities: bool = True, by_tags: bool = True) -> str:
    """The name at the end of `text`: after the last 的 (and 、/和 when `conjunctions`), after any
    earlier facility or predicate (货运机场花湖 → 花湖, 合作共建绵阿 → 绵阿), without leading verbs."""
    for sep in ("的", "、", "和", "与", "及", "暨") if conjunctions else ("的",):
        cut = text.rfind(sep)
        if cut != -1 and sep in "和与及暨":  # a conjunction, not a character of a place's name (呼和浩特)
            inside = _inside_place_words(text)
            while cut in inside:
                cut = text.rfind(sep, 0, cut)
        if cut != -1:
            text = text[cut + 1:]
    for pattern in (_SUFFIX, _PREDICATE_INSIDE) if facilities else (_WEAK_SUFFIX, _PREDICATE_INSIDE):
        # (a bare 高速 is no cut point: what follows it is done to the road, 京港澳高速扩容工程)
        matches = [m for m in pattern.finditer(text) if m.end() < len(text) and m.group() != "高速"
                   and not (m.group() == "综合体" and text.startswith("育", m.end()))]  # 综合体育馆
        if pattern is _PREDICATE_INSIDE and matches:  # 续建 in 接续建设 is no predicate: a word edge is
            bounds = {0, *accumulate(len(w) for w, _ in tag(text))}
            matches = [m for m in matches if m.start() in bounds or m.end() in bounds]
        ends = [m.end() for m in matches]
        if pattern is not _PREDICATE_INSIDE:  # 龙岩大道高架桥 is one name: what follows adds nothing proper
            ends = [e for e in ends if not _only_generic(_ANY_SUFFIX.sub("", text[e:])) and not _WORKS_PART.fullmatch(text[e:])
                    and not _ROUTE_SEGMENT.match(text, e) and not _WORKS_ON.fullmatch(text[e:])
                    and not _LINE_NUMBER.match(text, e) and not _EXTENSION.fullmatch(text, e)]
            # (地铁1号线: the line's number, not a new name; 郑开城际铁路延长线: the line's own extension)
            # (沈海高速漳州段改扩建, 沈丹铁路外迁: one name, the works on a named facility)
        if ends and pattern is _PREDICATE_INSIDE and (text[ends[-1] - 1] == "为" or text[ends[-1]] == "为"):
            return ""  # 升格为国际机场, 认定为…基地: what a thing becomes is a grade, not a name
        if ends:
            text = text[ends[-1]:]
    text = _after_middle_verb(text)
    text = _OPENING_VERB.sub("", _MAKE_IT.sub("", text.lstrip("—–-·")))
    tokens = tag(text)
    i = 0
    while i < len(tokens):
        word, flag = tokens[i]
        street = i + 1 < len(tokens) and tokens[i + 1][0].startswith(("路", "街", "大道", "大街"))  # 胜利路, 解放路
        if word.startswith("引") and _DIVERSION.fullmatch("".join(w for w, _ in tokens[i:])):
            break  # 引黄入冀补淀: the water diverted opens the name (jieba tags 引黄 a verb)
        if word in _LEADING or (by_tags and len(word) >= 2 and flag in _NOT_NAME_TAGS and word not in ("沿江",)
                                and not street) \
                or _adverb_and_verb(word) or flag in ("uz", "ul"):  # (承载)着, (建成)了: no name opens so
            i += 1
            continue
        break
    return _RELATIVE_LEAD.sub("", "".join(w for w, _ in tokens[i:]))


def _adverb_and_verb(word: str) -> bool:
    """Whether one word of jieba's is an adverb and a verb (努力提高 tagged nrt, 充分发挥 tagged n)."""
    if len(word) <= 2:
        return False
    verb = tag(word[2:])
    if not verb[0][1].startswith("v"):
        return False
    head = tag(word[:2])
    return word[:2] in _LEADING or (len(word) == 4 and len(head) == len(verb) == 1 and head[0][1] in ("ad", "d"))


# Verbs that join a doer to the facility it builds: 塘厦建设集成电路产业园, 深圳港作为…枢纽港
_MIDDLE_VERBS = frozenset("建设 再建设 开发 作为 以".split())  # (以: 东部三区一市以江门大道为轴)
# 土地开发整理 (two activities, one works), 建设用地, 中航建设集团: the verb is part of a noun
_NOUN_AFTER = frozenset("整理 复垦 利用 运营 管理 经营 用地 集团 公司 兵团 股份 有限公司".split())


def _after_middle_verb(text: str) -> str:
    """What follows a verb between a doer and its object (塘厦建设 + 集成电路 + 产业园): a name
    before the facility's noun. 三北防护林建设 + 工程 and 综合开发利用 + 基地 keep theirs: nothing,
    or only a further verb, follows the verb."""
    if "建设" not in text and "开发" not in text and "作为" not in text and "以" not in text:
        return text
    tokens = tag(text)
    pos = len(tokens[0][0]) if tokens else 0
    for (before, _), (word, _), (after, flag) in zip(tokens, tokens[1:], tokens[2:]):
        pos += len(word)
        if word == "以" and (before == "中" or text[pos:pos + 1] in "（东南西北上下内外前后"
                            or any(w == "为" for w, _ in tokens)):
            continue  # 中以 (China–Israel) 产业园, 合肥以北段, 以钦州为基地: not a doer's preposition
        if word in _MIDDLE_VERBS and not flag.startswith(("v", "c", "u", "p")) \
                and after not in _NOUN_AFTER and not _only_generic(text[pos:]) and not _PHASE_AFTER.match(text, pos):
            return text[pos:]
    return text


def _inside_place_words(text: str) -> set[int]:
    """Positions inside the words jieba tags as place names (呼和浩特), and in proper names that a
    conjunction character opens (和田, tagged nz): no conjunction stands there."""
    inside, pos = set(), 0
    for word, flag in tag(text):
        if flag == "ns":
            inside.update(range(pos + 1, pos + len(word)))
        if len(word) > 1 and word[0] in "和与及暨" and flag in ("ns", "nz", "nr", "nrt"):
            inside.add(pos)
        pos += len(word)
    return inside


def _only_generic(text: str) -> bool:
    return all(w in _GENERIC for w, _ in tag(text)) if text else True


def _rare(word: str, flag: str) -> bool:
    """A word that makes a name proper: unknown to jieba's dictionary (楚能, 祉), a rare
    proper noun (三棵树, 文昌阁), or a brand-like other proper noun (长虹, 京东方)."""
    freq = _frequency(word)
    if len(word) == 1:
        return freq < 50
    return flag == "nz" or (flag in ("nr", "ns", "nrt", "nrfg") and freq <= 60)


def _recent_pairs(tokens: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """Tokens with single characters that form a recent word joined (蓄 + 能 → 蓄能, a common
    word jieba's dictionary lacks, not a rare character)."""
    out: list[tuple[str, str]] = []
    for word, flag in tokens:
        if out and len(word) == 1 and len(out[-1][0]) == 1 and out[-1][0] + word in RECENT_WORDS:
            out[-1] = (out[-1][0] + word, "n")
        else:
            out.append((word, flag))
    return out


def is_proper(name: str, places: bool = False, strict: bool = True, infrastructure: bool = False) -> bool:
    """Whether a candidate is a project's proper name rather than a category.

    `places` says the name contains a recognised place. Strict names (a facility noun after
    free text) need a code (G247, 500千伏), a place or a rare word; list items (licensed by a
    category such as 等4个百亿级项目) may instead be long descriptive names ending in a noun.
    """
    if len(name) < 2 or not _NEVER_IN_NAME.isdisjoint(name) or _SUPERLATIVE.search(name) \
            or _PREDICATE_INSIDE.search(name) or _COUNTED.search(name) or _EVERY_UNIT.match(name) \
            or name.endswith(_STANDING) or _DEPUTIES_STATION.search(name) or _REPORT_SUBJECT in name or _GOOD_DEEDS in name \
            or _ANY_SUFFIX.fullmatch(name) or _DESIGNATION.search(name) or _SCALE.match(name) \
            or not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", name[:-1] or name):
        return False
    if _NUMBERED_ROUTE.search(name) or _PARTNERS.match(name):
        return True  # a numbered route, a joint project of China and its partners
    if _VOLTAGE_ONLY.fullmatch(name):
        return False  # 220千伏变电站, 500千伏输变电工程: a grade of line, named by nothing
    tokens = tag(name)
    if name in _SECTORS or all(w in _GENERIC or w in _SECTORS or w.isdigit() for w, _ in tokens) \
            or any(w in _PREPOSITIONS for w, _ in tokens[1:]) \
            or (not infrastructure and len(bare := _LIST_SUFFIX.sub("", name)) >= 2 and bare in _GENERIC):
        # (抽水蓄能项目: one generic word jieba cuts apart)
        return False  # (东北三省在产业项目: a preposition opens a phrase inside a clause, not a name)
    if len(tokens) >= 2 and tokens[0][0] in SLOGAN_ADJECTIVES and tokens[1][1] == "ns":
        # 美丽德阳建设工程: a campaign
        return False
    rest = tokens[1:] if tokens[0][1] == "ns" else tokens
    if rest and all(w in _CATEGORY_WORDS for w, _ in rest):
        return False  # 四川省重(点项目), 江苏省市重大(项目): a place's category of projects
    if places or re.search(r"[A-Za-z]+\d|\d+[A-Za-z]|[A-Za-z]{4,}", _TECHNOLOGY.sub("", name)) \
            or _GRADE_CODE.search(name):
        return True
    if infrastructure and len(name) <= 8 and _naming_length(tokens) >= 2:
        return True  # named after the places it joins or serves: 九绵, 茂盐, 槐荫, 京港澳
    if has_unknown_word(tokens) or any(_rare(w, f) for w, f in _recent_pairs(tokens) if w not in _GENERIC):
        return True
    # a long descriptive name ending in a noun, named by its city (市一医院新院) or with a word less
    # common than those of a programme's description (居民健康档案, 农村环境综合整治 are everyday words)
    short_park = len(name) == 5 and name.endswith(_PARKS) and name[:2] not in _GENERIC  # 激光产业园: its industry
    if tokens[0][0][:2] in _UNIT_CLASSES or _two_kinds(tokens):
        return False  # 社区卫生服务中心, 乡镇综合文化站: every unit's kind of facility
    return not strict and (len(name) >= 6 or short_park) and tokens[-1][1].startswith("n") and (
        name[0] in "市县区"
        or any(w not in _GENERIC and len(w) > 1 and (f in _PROPER_TAGS or _frequency(w) < _COMMON_NAME) for w, f in tokens))


def _two_kinds(tokens: tuple[tuple[str, str], ...]) -> bool:
    """Whether a conjunction joins two kinds of facility (农家书屋和社区文化中心, 养护大中修及农村公路)
    rather than two things one facility serves (玄武岩纤维及制品生产基地): a facility noun
    closes the first, the second is every unit's, or either is nothing but generic words."""
    for i, (_, flag) in enumerate(tokens):
        if flag != "c" or i == 0 or i == len(tokens) - 1 or len(tokens[i - 1][0]) == len(tokens[i + 1][0]) == 1:
            continue  # (新和成: a firm's name, not a conjunction)
        before = "".join(w for w, _ in tokens[:i])
        after = tokens[i + 1:]
        if after[0][0].startswith(_ITS_OWN):
            continue  # 过江通道及其接线, 客运枢纽及配套设施: the facility's own parts
        if len(after) > 1 and _ANY_SUFFIX.fullmatch(after[-1][0]):
            after = after[:-1]  # the noun the two share, if any
        if before.endswith(_STANDALONE) or _LIST_SUFFIX.search(before) or after[0][0][:2] in _UNIT_CLASSES \
                or all(w in _GENERIC or w in _SECTORS for w, _ in after) \
                or all(w in _GENERIC or w in _SECTORS for w, _ in tokens[:i]):
            return True
    return False


_ITS_OWN = ("其", "配套", "接线", "连接线", "附属")
_PARKS = ("产业园", "工业园", "科技园", "物流园")
# Words for every unit of a level (社区, 乡镇): a facility named after one is a kind each unit has.
_UNIT_CLASSES = frozenset("社区 乡镇 农村 村级 镇级 县级 街道 城乡 基层 村 镇村 县乡 乡村 村镇 城市社区".split())
_STREET_NOUNS = frozenset(("大道", "路", "街", "大街", "广场"))


def _naming_length(tokens: tuple[tuple[str, str], ...]) -> int:
    """Characters of a facility's name that can name places it serves or the street it is:
    abbreviations (九, 绵) and words other than the commonest (国家铁路, 地方铁路) or recent
    common words written as single characters (蓄能电站, 疏港铁路)."""
    length, i = 0, 0
    while i < len(tokens):
        word, flag = tokens[i]
        if i + 1 < len(tokens) and word + tokens[i + 1][0] in RECENT_WORDS:
            i += 2
            continue
        if (word not in LIST_SUFFIXES or word in _STREET_NOUNS) and (len(word) == 1 or (
                word not in _GENERIC and (flag in _PROPER_TAGS or _frequency(word) < _EVERYDAY))):
            length += len(word)  # (a facility noun names nothing, 城市 + 地铁; streets take any name: 人民大道)
        i += 1
    return length


_WORKS_IN_KIND = re.compile("(?:新建|扩建|改扩建|改建|扩容|提标|改造|升级|扩能|技改|增量|整治|建设|[一二三四]期|重点)*")


def _facility_kind(category: str, phrase: str) -> str:
    """What a list's kind that opens with a facility noun adds to each item: 兰渝、成兰等铁路项目
    are railways (铁路), 白沙门、长流等污水处理厂扩容工程 the works on each plant (the whole kind);
    empty when the kind opens otherwise or goes on into a clause (铁路纳入国家中长期铁路)."""
    kind = _ANY_SUFFIX.match(phrase)
    works_end = len(phrase) - len(category)
    if kind is None or kind.end() > works_end or not _WORKS_IN_KIND.fullmatch(phrase, kind.end(), works_end):
        return ""
    return kind.group() if kind.end() == works_end else phrase


def _complete(item: str, category: str, phrase: str = "") -> str:
    """The full project name for a list item closed by `category` (项目, 高速公路, 工程 …);
    `phrase` is the category as written (物流园区, 新型工业园区)."""
    facility = _facility_kind(category, phrase)
    if facility and not _ANY_SUFFIX.search(item):
        return item + facility
    kind = _park_kind(category, phrase)
    if kind:
        # 枣山、临港等物流园区: 枣山物流园区 (台湾农民创业园、东方工业园区 are parks already; 斗尾原油码头 is one;
        # 金安桥、景洪等水电站: a place's short name ending in a facility's character is not one)
        suffix = _ANY_SUFFIX.search(item)
        short_place = suffix is not None and len(item) <= 3 and len(suffix.group()) == 1 and item[-1] != "港"
        named = item.endswith(_PARK_ENDS) if category in _PARK_KINDS else suffix is not None and not short_place
        return item if named else item + kind
    if item.endswith(("高速", "段", "线", "枢纽")) or _WELL.fullmatch(item):
        return item
    if category in ("高速", "高速公路", "高铁", "铁路") and _bare_route(item):
        return item + category  # 六景至钦州港 + 高速公路: the port is where the road ends
    if _LIST_SUFFIX.search(item) or item.endswith(_WHOLE_ZONE):
        return item  # (正大工业园区 in a list of 项目 names itself)
    if item.endswith(("改扩建", "改造", "扩建", "整治", "治理")) or re.search("[一二三四五六七八九十]期$", item):
        return item + "工程"
    if category in ("高速", "高速公路", "高铁", "铁路", "数据中心", "水库"):
        return item + (category if category not in item else "项目")  # (广茂铁路扩能等铁路: a project on one)
    if category in _FACILITY_KINDS:  # 东流-尧渡等4大港区, 旭龙等11座…的水电站: each one of the kind
        noun = _LIST_SUFFIX.search(phrase)
        return item + (noun.group() if noun else category)
    if category in ("主干道", "道路"):
        return item
    return item + ("工程" if category == "工程" else "项目")


# Kinds whose list items are each one of that kind, named by the item: parks (枣山、临港等物流园区)
# and facilities (朝阳、兴城等抽水蓄能电站).
_PARK_KINDS = ("园区", "产业园", "基地")
_FACILITY_KINDS = ("水电站", "电站", "机场", "码头", "港区", "大桥", "水利枢纽")
_NAMED_BY_KIND = _PARK_KINDS + _FACILITY_KINDS
_PARK_ENDS = ("园", "区", "城", "基地", "中心", "谷", "大厦")  # an item ending so names its own park or building


def _park_kind(category: str, phrase: str) -> str:
    """The kind of park a list closes with (物流园区 from 等物流园区), or empty: only parks and
    bases name their items by their kind, and only a short noun phrase is a kind."""
    if category in _NAMED_BY_KIND and phrase and len(phrase) <= 8 \
            and not (set(phrase[:len(phrase) - len(category)]) & _NOT_IN_KIND) and not re.search(r"\d", phrase) \
            and not _CLASS_OF_PLACES.search(phrase) \
            and not re.search("重点|重大", _KIND_QUALIFIER.sub("", phrase)):
        # (巡店、接官等乡镇工业园区: the towns' parks, unnamed; 等文化重点园区: a grade, not a kind)
        return _KIND_QUALIFIER.sub("", phrase)
    return ""


_NAME_KINDS = "段线窑河湖江山港站桥路园城岛湾寺塔馆阁村镇伏"  # characters that close a name (or a voltage: 千伏)


def _shared_tail(item: str, last: str) -> str:
    """The part of the list's last item that the bare items share: G247平武古城至林家坝段 takes
    改建工程 from S209梓潼段改建工程 (both end in 段 before it); empty when nothing is shared."""
    k = last.rfind(item[-1])
    if k < 1 or k >= len(last) - 1 or not _SUFFIX.search(last[k + 1:]):
        return ""
    # The shared part follows the last item's own name, a word of its own: as long as the item
    # (南车、北车合肥造修基地) or closed by a kind both share (德化窑、永春苦寨坑窑国家考古遗址公园); not
    # 宁杭 + 杭州铁路东站扩建 (inside a word) or 乘用车 + 南车集团武汉生产基地 (a firm's name).
    word_ends = set(accumulate(len(w) for w, _ in tag(last)))
    if k + 1 not in word_ends or (k + 1 != len(item) and item[-1] not in _NAME_KINDS):
        return ""
    return last[k + 1:]


_NOT_PORT = frozenset("澳台区口务湾城股资人商")  # 港澳, 港区, 港口, 港务, 港股, 港资, 港人
_BEFORE_PORT = frozenset("与和及在到至经是从对把将、使让")
_WORKS_BEFORE = frozenset("扩建 改建 改造 新建 续建 迁建 建设 治理 整治 提升 一期 二期 三期 四期".split())
# A road named by its number or a segment: 107国道, G312, 国道324线, …云梦段 (not 国省道, 低洼地段)
_NAMED_ROAD = re.compile(r"(?<![国省])[国省县]道|[GSX]\d+|\d+线|(?<=[\u4e00-\u9fff][\u4e00-\u9fff])(?<!地)段")
_EXTENSION = re.compile("延长线|延伸线|[东南西北]延(?:线|段)?|支线|联络线")  # what is added to a line or road
_WORKS_ON = re.compile("(?:改扩建|扩能改造|提质改造|提升改造|升级改造|扩容|扩建|改建|改造|改线|整治|拓宽|加固|外迁|搬迁|迁建)$")


def _works_on_facility(name: str) -> bool:
    """Whether a name ends in works on a facility it names (沈丹铁路外迁, 宝成铁路扩能改造)."""
    works = _WORKS_ON.search(name)
    return works is not None and _ANY_SUFFIX.search(name, 0, works.start()) is not None


_RING = re.compile("(?:环城|绕城|外环|内环|中环|[二三四五六]环)(?:高速公路|高速|快速路|公路|路|线)?")


def is_city_line(name: str) -> bool:
    """A metro or light-rail line named by its number alone (地铁1号线, 轨道交通2号线一期工程) or a
    ring road by its ring (二环路, 环城高速公路): every city has a line 1 and a ring, so the name
    needs its city."""
    line = _LINE.match(name) or _RING.match(name)
    return line is not None and name[line.end():] in ("", "工程", "项目")


def _bare_route(item: str) -> bool:
    """A route named by its ends alone (六景至钦州港): no road or works word, so the list's road
    noun is its own, even where its far end is a port or station."""
    return "至" in item and not re.search("高速|铁路|高铁|公路|快速路|城际|轨|客专|干道|大桥|大道|线|段|通道|工程|项目|"
                                         + _WORKS_ON.pattern, item)


_ROUTE_SECTION = re.compile("(" + "|".join(_ROUTE_NOUNS) + ")[\u4e00-\u9fff]{1,6}段$")


def _distribute(item: str, last: str) -> str:
    """Give a bare list item the facility noun of the list's last item: 安州温泉康养 + 特色小镇
    (empty when the noun is a single character, which says too little of what the item is)."""
    if _bare_route(item) and last.endswith(_ROUTE_NOUNS):
        return item + next(n for n in _ROUTE_NOUNS if last.endswith(n))  # 周家店至西湖 + 公路
    if item.endswith(("河", "湖", "江", "山")) and (tail := _shared_tail(item, last)) and "等" not in tail \
            and not _COUNT_OPENS.match(tail) and tag(last[len(last) - len(tail) - 1:])[0][0] == item[-1]:
        return item + tail  # 桃河、义井河湿地公园: a river's park, like the last one's (not 秦潭湖 + 口…)
    if item.endswith(_STANDALONE) and (not item.endswith(("段", "线")) or _ANY_SUFFIX.search(item[:-1])
                                       or re.search("线|通道|环", item[:-1])):
        return item  # 文昌阁; 武深高速咸宁段 and 三环线南段 have their facility already
    if any(_WORKS_PART.fullmatch(item, m.end()) for m in _ANY_SUFFIX.finditer(item)):
        return item  # 沈阳桃仙机场第二跑道: a part of a named facility
    works = _WORKS_ON.search(item)
    if works:
        # Works take no facility noun (107国道云梦段改扩建 is not 府河大道's 大道), only the list's 工程 or 项目;
        # without those, only works on a named facility or road are one (京哈高速改扩建; not 城中村改造)
        weak = next((w for w in WEAK_SUFFIXES if last.endswith(w)), "")
        named = _NAMED_ROAD.search(item, 0, works.start()) or _ANY_SUFFIX.search(item, 0, works.start())
        return item + weak if weak or named else ""
    tail = _shared_tail(item, last)
    if tail:
        return item + tail
    section = _ROUTE_SECTION.search(last)
    if section and len(item) <= 4 and not _ANY_SUFFIX.search(item):
        return item + section.group(1)  # 郑阜、商合杭高铁河南段: the railway, not its section
    ends = [_PHASE_AFTER.sub("", m.group()) for m in _ANY_SUFFIX.finditer(last) if m.end() == len(last)]  # (三期 is its own)
    if ends and len(ends[-1]) == 1:
        return ""  # one character is too little to share: 家政服务网络、标准化菜市场 is no 网络场
    if ends and any(item.endswith(ends[-1][k:]) for k in range(len(ends[-1]) - 1)):
        return item  # 成高子—宾西专线、哈尔滨—大连客运专线: a 专线 already
    return item + ends[-1] if ends else item


def project_mentions(clean: str, taken: list[tuple[int, int]], places: list[tuple[int, int]] = (),
                     regions: frozenset[tuple[int, int]] = frozenset()) -> list[Mention]:
    """Projects in the text; `taken` spans (places, bodies, titles) are never project items,
    `places` spans make a name proper; `regions` are the places among them that are regions."""
    out: dict[tuple[int, int], Mention] = {}
    taken_set = set(taken)
    places = sorted(places)
    place_starts = [b for b, _ in places]
    starts_of_places = set(place_starts)
    reach = list(accumulate((e for _, e in places), max))  # the furthest end among places[:i + 1]

    def has_place(begin: int, end: int) -> bool:
        # 市疾控中心: a leading level character stands for the jurisdiction
        relative = clean[begin:begin + 1] in ("市", "县", "区", "省") and end - begin >= 4 and \
            clean[begin:begin + 2] not in LEVEL_WORDS and clean[begin + 1:begin + 2] not in _NOT_AFTER_LEVEL and \
            (begin == 0 or clean[begin - 1] in _BOUNDARY or clean[begin - 1] == "、"
             or clean[begin - 2:begin] in _VERBS_BEFORE_RELATIVE)  # 扩建提升 + 市青少年综合实践基地
        if relative:
            return True
        i = bisect_left(place_starts, begin)
        while i < len(places) and places[i][0] < end:
            if places[i][1] <= end:
                return True
            i += 1
        return False

    place_ends = {e: b for b, e in places}
    widest_end = {e: b for b, e in reversed(places)}  # each end → the earliest start of a place ending there
    # each position inside a short division's name → its start (和龙, not 吉安县工业园区 or a list)
    inside_short_place = {pos: b for b, e in reversed(places) if e - b <= 4 and "、" not in clean[b:e] for pos in range(b + 1, e)}
    place_spans = set(places)
    place_length = {b: e - b for b, e in sorted(places, key=lambda p: p[0] - p[1])}  # the shortest at each start
    organ_ends = sorted(e for b, e in taken_set - place_spans)  # bodies and titles: no name runs across one

    def name_start(start: int, pos: int) -> int:
        """After a body acting on the project (国务院批准…); a body naming it stays (中科院…基地)."""
        i = bisect_right(organ_ends, pos)
        if not i or organ_ends[i - 1] <= start:
            return start
        end = organ_ends[i - 1]
        after = tag(clean[end:min(pos, end + 4)])
        return end if after and after[0][1][:1] == "v" else start

    def back_to_place(floor: int, begin: int, name: str) -> tuple[int, str]:
        """A name whose leading place was trimmed as a verb (加快开化 + 水库: jieba tags 开化
        "to civilise") or cut inside (和龙: 和 read as a conjunction) gets it back, if the place
        lies within the text the name was cut from."""
        b = place_ends.get(begin)
        if b is None:
            b = inside_short_place.get(begin)
        if b is not None and b >= floor:
            return b, clean[b:begin] + name
        if name.startswith(("至", "赴")):  # 开辟至江北国际机场的通道, 至郑州高铁, 赴俄锰铁矿项目: where to
            return begin, ""
        return begin, name

    def from_place_after_verb(begin: int, end: int, name: str) -> tuple[int, str]:
        """A name with a verb right before a place inside it (专班24小时驻守 + 双流国际机场) starts at
        the place: the verb ends the clause that does something to the facility."""
        i = bisect_right(place_starts, begin)
        while i < len(places) and places[i][0] < end:
            p = places[i][0]
            verb = tag(clean[begin:p])[-1]
            if len(verb[0]) >= 2 and verb[1] == "v" and verb[0] not in _NAMING_VERBS \
                    and not place_reaches(p - 1, p - 1):  # (包头 and 兴化 are tagged verbs)
                return p, clean[p:end]
            i += 1
        return begin, name

    def place_reaches(before: int, pos: int) -> bool:
        """Whether a place starting at or before `before` ends at or after `pos`."""
        i = bisect_right(place_starts, before)
        return i > 0 and reach[i - 1] >= pos

    def overlaps(begin: int, end: int) -> bool:
        return any(b < end and begin < e for b, e in out)

    organs = sorted(taken_set - place_spans)
    organ_starts = [b for b, _ in organs]

    def inside_organ(pos: int) -> bool:
        """Whether `pos` falls inside a body's or title's name (西安铁路运输法院|依法审理涉铁路)."""
        i = bisect_left(organ_starts, pos)
        return any(b < pos < e for b, e in organs[max(0, i - 8):i])

    def add(begin: int, end: int, canonical: str, how: str) -> None:
        if (begin, end) in taken_set or end - begin < 2 or overlaps(begin, end) or inside_organ(begin) \
                or widest_end.get(end, end) < begin:
            return  # (和龙边合区 is a zone: its name's tail is no project)
        if _REFORM.search(canonical):
            return  # 施工图审查改革项目: a reform of how things are done, nothing built
        if canonical in _METAPHORS:
            return  # 打造信息高速公路: a network figured as a road
        if _INSTITUTION_NAME.search(canonical):
            canonical += "项目"  # 市疾控中心 built: the project of the institution, which is a body of its own
        if canonical.endswith("井") and _WELL.fullmatch(canonical):
            # 盐亭角探1井 is 角探1井 in 盐亭县: the field and number name a well, the county says where
            county = next((e for b, e in places if b == begin and _WELL.fullmatch(clean, e, end)), None)
            canonical = clean[county:end] if county is not None else canonical
        if canonical.endswith("产业园") and clean.startswith("区", end) and not clean.startswith("区域", end) \
                and clean[begin:end] == canonical:
            end, canonical = end + 1, canonical + "区"  # 中马钦州产业园区: the park's full name, not 产业园 + 区
        out[(begin, end)] = Mention("Project", begin, end, clean[begin:end], canonical, key=(how,))

    def items_before(pos: int) -> list[tuple[int, str]]:
        start = _clause_start(clean, pos, limit=120)
        items, cursor = [], start
        for item in clean[start:pos].split("、"):
            items += split_coordination(cursor, item)
            cursor += len(item) + 1
        return items

    def split_coordination(begin: int, item: str) -> list[tuple[int, str]]:
        """A和B as two items when A ends with a facility noun or works on one (开杞路改建和祥港大道), B starts with a place
        (南宁机场第二跑道和玉林项目) or both are full names (晶明科技高纯氧化铝和中兴智慧城市大数据一期),
        not in one name such as 龙华薄膜OLED显示和5G通讯膜材."""
        for m in _CONJUNCTION.finditer(item):
            left, right = item[:m.start()], item[m.end():]
            if left and right and (m.group() == "以及" or _LIST_SUFFIX.search(left) or _works_on_facility(left)
                                   or begin + m.end() in starts_of_places
                                   or _two_names(left, right)):  # (以及 names no one thing)
                return [(begin, left), *split_coordination(begin + m.end(), right)]
        return [(begin, item)]

    for m in _CATEGORY.finditer(clean):
        if len(m.group(1)) >= 5 and m.start() > 0 and _frequency(clean[m.start() - 1:m.start() + 1]) >= _COMMON_WORD:
            continue  # 苏州高等幼儿师范学校迁建工程: 等 inside a word (高等) with a name going on (正中等项目 ends a list)
        if _clause_in_kind(m.group(1)):
            # 测试仪、天线滤波器等科技成果在园区产业化: a clause runs on to the 园区, no kind, unless a
            # kind comes first (兰州电机等项目在…园区)
            m = _NEAREST_CATEGORY.match(clean, m.start())
            if m is None or _clause_in_kind(m.group(1)):
                continue
        elif set(m.group(1)) & set("和与及") and (nearest := _NEAREST_CATEGORY.match(clean, m.start())) is not None \
                and not set(nearest.group(1)) & set("和与及"):
            m = nearest  # 等一批重大产业项目和铁路、机场: the list's kind ends before the next list
        items = items_before(m.start())
        for index, (begin, item) in enumerate(items):
            name = trim_name(item, conjunctions=False, facilities=False, by_tags=index == 0)
            begin, name = back_to_place(begin, begin + len(item) - len(name), name)
            if begin > 0 and clean[begin - 1] in "”’》":
                continue  # a quoted slogan plus a noun: “一江三河”水系综合治理
            if name.endswith("建设") and name[-3:-2] not in "与和及" and _ANY_SUFFIX.search(name, 0, len(name) - 2):
                name = name[:-2]  # 范家坪热电厂建设等…项目: the works on a named facility
            infra = m.group(2) in ("高速公路", "高速", "高铁", "铁路", "水库", "主干道", "道路") or bool(_TRANSPORT.search(name))
            if 2 <= len(name) <= 25 and is_proper(name, has_place(begin, begin + len(name)), False, infra):
                last = items[-1][1]
                tail = _shared_tail(name, last) if index < len(items) - 1 else ""
                if index < len(items) - 1 and m.group(2) in WEAK_SUFFIXES and _bare_route(name) \
                        and last.endswith(_ROUTE_NOUNS):
                    tail = next(n for n in _ROUTE_NOUNS if last.endswith(n))  # 纳雍至晴隆、六枝至安龙高速公路等
                canonical = name + tail if tail else _complete(name, m.group(2), m.group(1) + m.group(2))
                span = (begin, begin + len(name))
                kind = m.group(1) + m.group(2)
                if span in place_spans and canonical != name and not overlaps(*span) \
                        and (_park_kind(m.group(2), kind) or _facility_kind(m.group(2), kind)):
                    # 邻水、华蓥等物流园区, 白沙门、长流等污水处理厂: each place's, written as the place alone
                    out[span] = Mention("Project", begin, span[1], name, canonical, key=("list",))
                else:
                    add(begin, begin + len(name), canonical, "list")

    for m in re.finditer("[、]", clean):
        # Facility lists sharing a construction predicate; handled once, at the list's last 、.
        stop = _ITEM_END.search(clean, m.end())
        end = stop.start() if stop else len(clean)
        if stop and stop.group() == "、":
            continue
        tail = clean[m.end():end]
        last_end = None
        for sm in _ANY_SUFFIX.finditer(tail):
            segment = _SEGMENT.match(tail, sm.end())  # 长江国家文化公园 + 湖北段
            end = segment.end() if segment else sm.end()
            if (completion := _COMPLETION.match(tail, end)) is not None:
                if not (_INSTITUTIONS_LISTED.match(completion.group()) or _DOMAINS_AFTER.match(tail, completion.end())):
                    last_end = m.end() + end
                break
        if last_end is None:
            continue
        items = items_before(m.start()) + split_coordination(m.end(), clean[m.end():last_end])
        last = trim_name(items[-1][1])
        for index, (begin, item) in enumerate(items):
            name = trim_name(item) if index == 0 else item
            begin, name = back_to_place(begin, begin + len(item) - len(name), name)
            # 长城、长征、黄河国家文化公园: a bare name takes the kind of the next item that has one,
            # even where its own span is a place's (长城 the wall, 长江 the river)
            later_begin, later = next(((b, it) for b, it in items[index + 1:] if _ANY_SUFFIX.search(it)), (0, ""))
            kind = _shared_kind(later, place_length.get(later_begin, 0)) if later else ""
            is_place = (begin, begin + len(name)) in place_spans
            if not kind and later and is_place and name[-1] in "湖河江山" and later.find(name[-1]) >= 1:
                # 花亭湖、菜子湖、嬉子湖国家湿地公园: the last one is a lake too, whatever jieba makes of it
                kind = _shared_kind(later, later.find(name[-1]) + 1, sibling=True)
            if (is_place and name.endswith(_WHOLE_ZONE)) or name in ZONE_SUFFIXES:
                continue  # 浏阳经开区和大围山国家森林公园, 咸宁综合保税区、外贸综合服务中心: a zone is its own item
            if kind and _one_name(name, is_place) and (is_place or not (
                    clean[begin - 1:begin] in ("和", "及", "与") and _ANY_SUFFIX.search(clean, begin - 3, begin - 1))):
                # (钱江隧道及接线: 接线 is the tunnel's own; 物流园及砀山、灵璧物流园 lists a place)
                if not overlaps(begin, begin + len(name)):
                    out[(begin, begin + len(name))] = Mention("Project", begin, begin + len(name), name, name + kind,
                                                               key=("facilities",))
                continue
            infra = bool(_TRANSPORT.search(name)) or last.endswith(INFRASTRUCTURE) \
                or (len(name) <= 4 and bool(_ROUTE_SECTION.search(last)))  # 郑万、郑阜、商合杭高铁河南段
            if not (2 <= len(name) <= 25) or not (is_proper(name, has_place(begin, begin + len(name)), False, infra)
                                                  or _named_like_siblings(name, index, items)):
                continue
            if begin > 0 and clean[begin - 1] in "”’》":
                continue
            canonical = name if _LIST_SUFFIX.search(name) else _distribute(name, last)
            if not canonical:
                continue  # its kind is unknown (电力、油气、天然气管网站): no project name to give
            add(begin, begin + len(name), canonical, "facilities")

    for m in _LINE.finditer(clean):
        add(m.start(), m.end(), m.group(), "line")

    for m in _INSTITUTION_BUILT.finditer(clean):
        # 市职业技术教育学校（集团）启动建设: an institution's new buildings, told by the works on them
        begin = m.start() - len(trim_name(clean[_clause_start(clean, m.start()):m.start()]))
        if begin < m.start() and is_proper(clean[begin:m.start()], has_place(begin, m.start())) \
                and not _COUNTED_SCHOOLS.search(clean, begin, m.start()):
            add(begin, m.end(), clean[begin:m.end()], "facility")

    for well_begin, well_end in _wells(clean):
        name = trim_name(clean[_clause_start(clean, well_begin):well_begin]) + clean[well_begin:well_end]
        add(well_end - len(name), well_end, name, "facility")

    suffixes = [f for f in _facility_suffixes(clean) if not _continues(clean, f[1])]  # 三江闸坝桥 + 头公园
    words = WordBoundaries(clean, (f[:2] for f in suffixes))
    for suffix_begin, suffix_end, suffix in suffixes:
        in_word = False  # 工程 opening a word of jieba's (工程建设): the name needs more than its verb after
        if not words.is_word(suffix_begin, suffix_end) and not (
                suffix in WEAK_SUFFIXES and clean[suffix_begin - 2:suffix_begin] in _WORKS_BEFORE):
            in_word = suffix in WEAK_SUFFIXES and clean.startswith(_WEAK_WORDS, suffix_begin) and \
                clean[suffix_begin + 4:suffix_begin + 5] in _CLAUSE_END and words.is_word(suffix_begin, suffix_begin + 4)
            if not in_word:
                continue  # 工程 in 工程师; 铁路 in 铁路网 (扩建工程 is one word to jieba, and still 工程)
        start = _clause_start(clean, suffix_begin)
        if start > 0 and clean[start - 1] in "”’》":
            continue  # the name goes on before a quotation: “米”字形高速铁路
        start = name_start(start, suffix_begin)  # 国家发展改革委批复 + 宜昌至兴山高速公路
        name = trim_name(clean[start:suffix_begin])
        begin, name = back_to_place(start, suffix_begin - len(name), name)
        begin, name = from_place_after_verb(begin, suffix_begin, name)
        weak = suffix in WEAK_SUFFIXES
        if _COUNT_AFTER.match(clean, suffix_end):
            continue  # 承接京津冀项目232个, 新增110千伏变电站3座: a count of projects or facilities
        if suffix in _NETWORKS and _PLAN_OF.match(clean, suffix_end):
            continue  # 纳入国家中长期铁路规划: the plan of a network, not one railway (饶河源国家湿地公园规划 is the park's)
        if weak and place_reaches(begin + 1, suffix_begin):
            continue  # 市临空区项目: the projects of a place, not a named project
        if clean[begin:suffix_end] in ZONE_SUFFIXES:
            continue  # 保税港区: a kind of zone
        if suffix == "项目" and _PROGRAMME.search(name):
            continue  # 省重大科技计划项目, 重点研发项目: grants of a programme
        infra = suffix in INFRASTRUCTURE or (weak and bool(_THROUGHWAY.search(name)))  # 郑新快速通道 + 项目
        if not name or len(name) > 20 or not is_proper(name, has_place(begin, suffix_begin), infrastructure=infra):
            continue
        if infra and _ends_in_verb(name) and suffix_begin not in place_ends and not _works_on_facility(name):
            continue  # 居民尽早享受轨道交通, 三镇全部开通地铁: the facility is the verb's object (包头 is tagged a verb)
        if suffix == "高速" and (not _route_name(name) or (begin, suffix_begin) in place_spans):
            continue  # 海南高速, 安庆高速: a company or a place's roads, not one road
        if weak and not has_place(begin, suffix_begin) and not re.search(r"[A-Za-z0-9]", name) \
                and not _COMPLETION.match(clean, suffix_end) and not _NAMED_FACILITY.search(name) \
                and not _works_on_facility(name) and not _DIVERSION.search(name):  # (引江济巢工程 names its waters)
            continue
        if in_word and not has_place(begin, suffix_begin) and not _CODE.search(name) and not _DIVERSION.search(name):
            continue  # 引江济淮工程建设, 500千伏输变电工程建设; not 农田水利工程建设, 诚信工程建设
        add(begin, suffix_end, clean[begin:suffix_end], "facility")
    for m in _PHASED.finditer(clean):
        if not (m.start() > 0 and "\u4e00" <= clean[m.start() - 1] <= "\u9fff") or not _COMPLETION.match(clean, m.end()):
            continue
        name = trim_name(clean[_clause_start(clean, m.start()):m.end()])
        if is_proper(name[:-2], has_place(m.end() - len(name), m.end()), strict=False, infrastructure=True):
            add(m.end() - len(name), m.end(), name, "facility")
    for b, e in places:  # 武汉港集装箱吞吐量: a port is named by its place (not 港澳, 港区, 港口)
        if e - b >= 2 and clean.startswith("港", e) and clean[e + 1:e + 2] not in _NOT_PORT and \
                (b == 0 or b in place_ends or clean[b - 1] in _BEFORE_PORT or not "\u4e00" <= clean[b - 1] <= "\u9fff"):
            b = place_ends.get(b, b)  # 宁波舟山港: a port named by two places
            add(b, e + 1, clean[b:e + 1], "port")  # last: a longer name (南沙港三期) wins
    for m in _ROUTE.finditer(clean):
        name = trim_name(clean[_clause_start(clean, m.start()):m.start()])
        begin, name = back_to_place(m.start() - len(name) - 2, m.start() - len(name), name)
        if (begin, m.end()) not in out and 2 <= len(name) and _route_name(name, m.group(1) == "高速") \
                and (begin, m.end()) not in taken_set \
                and ((begin, m.start()) not in place_spans or (begin, m.start()) in regions) \
                and is_proper(name, has_place(begin, m.start()), infrastructure=True):
            # the road inside its segment's name (九绵高速 in 九绵高速江油太平至青莲段), itself a project too
            out[(begin, m.end())] = Mention("Project", begin, m.end(), clean[begin:m.end()], clean[begin:m.end()],
                                            key=("route",))
    return sorted(out.values(), key=lambda x: (x.begin, x.end))


# Verbs that a works' name holds before a place (滇中引水大理项目, 文化遗产保护青岛基地, 一汽解放青岛基地)
_NAMING_VERBS = frozenset("保护 治理 引水 调水 供水 解放 整治 修复 配置 创新 输电 转化 排放 示范 合作 共建".split())
# Verbs that are part of a facility's kind (通用机场, 换乘枢纽), not a clause's predicate.
_FACILITY_VERBS = frozenset("通用 民用 储备 配套 综合 快速 换乘 试验 应急 集散 转运 疏港 连接 穿越 过江 跨江 跨海 直达 滚装 "
                            "示范 联接 扩建 改建 新建 续建 迁建".split())


_PROPER_TAGS = ("ns", "nz", "nt", "nr")
_COMMON_WORD = 50  # jieba frequency from which a word is a common word (抽水 102), not part of a name (古宅 3)
_EVERYDAY = 50000  # and from which a word is among the commonest (国家 79,520; 石首 30,746 still names a bridge)
_COMMON_NAME = 2000  # and from which a noun is a common noun (山区 2,809), not a name (长征 865)
_NOT_SHARED = r"[等和及与\d一二三四五六七八九十两几百千万个县市区镇乡]|重大|重点"  # 阜平等通用机场, 新邵4个…项目


def _shared_kind(last: str, place_length: int = 0, sibling: bool = False) -> str:
    """What a list's last item adds to the proper name it opens with (黄河 + 国家文化公园), when
    it opens with one (a place of `place_length` characters, or a proper word) and the rest holds
    a facility noun; empty otherwise. A `sibling` name (a lake after lakes: 艾溪湖、青山湖排涝工程)
    ends where the place word ends, whatever word follows."""
    if place_length:
        tags = ((last[:place_length], "ns"), *tag(last[place_length:]))
    else:
        tags = tag(last)
        if len(tags) < 2 or len(tags[0][0]) < 2 or not (
                tags[0][1] in _PROPER_TAGS or (tags[0][1] == "n" and _frequency(tags[0][0]) < _COMMON_NAME)):
            return ""
    rest = last[len(tags[0][0]):]
    ends_as_kind = _LIST_SUFFIX.search(rest) or (rest.endswith("段") and _ANY_SUFFIX.search(rest))
    if len(rest) < 3 or not ends_as_kind or _COUNTED.search(rest) or re.search(_NOT_SHARED, rest):
        return ""
    if tags[1][0] in _LEADING or tags[1][1] in ("d", "p", "c", "u", "r") or _PREDICATE_INSIDE.search(rest):
        return ""  # 南涧要抓好沪滇协作产业园: a clause, not a kind
    if not sibling and _frequency(tags[1][0]) < _COMMON_WORD:
        return ""  # 江永古宅水库: a rare word after the place belongs to the name (古宅), not to a kind
    return rest if is_proper(last, places=True, strict=False, infrastructure=True) else ""


def _named_like_siblings(name: str, index: int, items: list[tuple[int, str]]) -> bool:
    """A facility of a list whose name is one ordinary noun (航空公园 in 航空公园、董湖公园、理丝公园二期
    建成) is a named one when another item of that kind bears a proper name: the list names them all."""
    noun = next((s for s in FACILITY_SUFFIXES if name.endswith(s)), "")
    head = name[:-len(noun)] if noun and noun not in WEAK_SUFFIXES and noun not in _ROUTE_NOUNS else ""
    words = tag(head) if len(head) >= 2 and head not in _GENERIC and head not in _SECTORS else ()
    if len(words) != 1 or words[0][1][:1] != "n":
        return False
    return any(i != index and noun in item and is_proper(item[:item.find(noun)]) for i, (_, item) in enumerate(items))


_FACILITY_END = ("园", "馆", "院", "站", "场", "中心", "基地")  # 创业园、创业孵化基地: two facilities, not 创业园孵化基地


def _one_name(item: str, is_place: bool) -> bool:
    """A bare list item that is a place or one rare noun of two or more characters (长征, 大运河),
    with no facility noun of its own (精品工程, 复线桥 are whole names)."""
    if _ANY_SUFFIX.search(item) or len(item) < 2 or _PREDICATE_INSIDE.search(item) or item.endswith(_FACILITY_END):
        return False
    tags = tag(item)
    return is_place or (len(tags) == 1 and tags[0][1] in (*_PROPER_TAGS, "n") and _frequency(item) < _COMMON_NAME)


def _ends_in_verb(name: str) -> bool:
    last, flag = tag(name)[-1]
    return len(last) > 1 and flag == "v" and last not in _FACILITY_VERBS


def _route_name(name: str, highway: bool = True) -> bool:
    """Whether a name before a bare 高速 names a road: place abbreviations and route words, not a
    clause (辽宁已经形成了, 力求合宁) or a slogan (县县通)."""
    if _NOT_HIGHWAY.search(name) or len(name) > 8 or (highway and name in _ROUTE_WORDS):
        return False  # (环城高速 alone: whose? 沿江高铁 is one railway)
    return not any(len(w) > 1 and w not in _ROUTE_WORDS and (f.startswith(("v", "d", "p", "c", "r", "u")) or f == "ad")
                   for w, f in tag(name))


def _two_names(left: str, right: str) -> bool:
    """Whether A和B joins two project names: each long enough to be a name, A ending in a noun
    (氧化铝, not 显示) and B opening with a proper noun of its own (a firm or place: 中兴)."""
    if len(left) < 5 or len(right) < 5:
        return False
    last, first = tag(left)[-1], tag(right)[0]
    return last[1].startswith("n") and len(first[0]) >= 2 and first[1] in ("ns", "nz", "nr", "nrt", "nt") \
        and first[0] not in _GENERIC and _frequency(first[0]) <= 1000  # rare enough to be a name: 中兴, not 高山


_SUFFIX_AUTOMATON = ahocorasick_rs.AhoCorasick(list(FACILITY_SUFFIXES), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
_PHASE_AFTER = re.compile(_PHASE)
_WELL_NUMBER = re.compile(r"\d{1,4}(?:-\d+)?井")


def _facility_suffixes(clean: str) -> list[tuple[int, int, str]]:
    """Every facility noun, with its phase (二期), as (begin, end, noun): what _SUFFIX.finditer
    gives, from one automaton pass (the regular alternation of 60 nouns costs several times more)."""
    out: list[tuple[int, int, str]] = []
    last = 0
    for index, begin, end in _SUFFIX_AUTOMATON.find_matches_as_indexes(clean):
        if begin < last:
            continue  # inside the phase of the one before
        phase = _PHASE_AFTER.match(clean, end)
        last = phase.end() if phase else end
        out.append((begin, last, FACILITY_SUFFIXES[index]))
    return out


def _wells(clean: str) -> list[tuple[int, int]]:
    """Wells named by place and number (平1井, 川西12-3井) as spans: _WELL's matches, found from
    their numbers rather than by trying the pattern at every character."""
    out: list[tuple[int, int]] = []
    if "井" not in clean:
        return out
    for m in _WELL_NUMBER.finditer(clean):
        begin, floor = m.start(), max(0, m.start() - 4, out[-1][1] if out else 0)
        while begin > floor and "\u4e00" <= clean[begin - 1] <= "\u9fff":
            begin -= 1
        if begin < m.start():
            out.append((begin, m.end()))
    return out


def _continues(clean: str, pos: int) -> bool:
    """True when a longer facility name goes on after `pos` (三江闸坝桥 + 头公园)."""
    if clean.startswith(_AREA_AFTER, pos):
        return True  # 杨春湖高铁 + 商务区: a district named after the station, not the railway
    strong = _SUFFIX.match(clean, pos)
    if strong and strong.group(1) not in WEAK_SUFFIXES:
        return True  # 龙岩大道 + 高架桥, 天河机场 + 航站楼
    if _ROUTE_SEGMENT.match(clean, pos) and clean[pos - 2:pos] in ("高速", "铁路", "高铁", "公路", "国道", "省道"):
        return True  # 沈海高速 + 漳州段改扩建工程
    # A road's name runs on to what is done to it: 京港澳高速扩容工程, 京哈高速九门口复线河北段项目.
    ahead = clean[pos:pos + (10 if clean[pos - 2:pos] == "高速" else 4)]
    for k in range(1, len(ahead) + 1):
        if ahead[k - 1] in _BOUNDARY or ahead[k - 1] in "、和与及暨等" or _PREDICATE_INSIDE.search(ahead[:k]):
            return False
        if _SUFFIX.match(clean, pos + k):
            return True
    return False


