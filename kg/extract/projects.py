"""Project mentions: named works, facilities and bases.

Reports name projects in two ways, and both are read here:
- a list closed by a category: 楚能新能源、祉星纸业、京港澳高速改扩建等4个百亿级项目 — every
  item is a project, named by the item plus the category's noun where it lacks one;
- a proper name followed by a facility noun: 绵阳南500千伏变电站, 双柳长江大桥, 孝感奥体中心.
A name must carry something proper (a place, a code such as G247, or a word outside the
generic vocabulary of reports), so 老旧小区改造工程 and 重大项目 are not projects.
"""

from __future__ import annotations

import re

from kg.model import Mention
from kg.segment import tag

# Facility nouns that end a project name, longest first in the pattern.
FACILITY_SUFFIXES = (
    "长江大桥", "大桥", "立交桥", "桥", "国际机场", "机场", "航站楼", "高速公路", "高速铁路", "城际铁路", "铁路",
    "高铁", "高速", "轨道交通", "地铁", "变电站", "水电站", "电站", "水库", "水利枢纽", "枢纽港", "枢纽",
    "物流基地", "直播基地", "基地", "产业园", "工业园", "科技园", "物流园", "体育中心", "奥体中心", "体育公园",
    "公园", "大道", "隧道", "港区", "码头", "港", "特色小镇", "小镇", "综合体", "数据中心", "超算中心",
    "项目", "工程", "院区", "门诊楼", "科创中心", "展览馆", "创新馆", "广场", "产业新城",
)
_STRONG = re.compile("(" + "|".join(sorted(FACILITY_SUFFIXES, key=len, reverse=True)) + r")(?:[一二三四五六七八九十]期)?")
_PHASE = re.compile(r"[一二三四五六七八九十]期$")
_CATEGORY = re.compile(
    r"等(?:[0-9一二三四五六七八九十百千余多]+[个条座项家批所处]|一批|一大批)?"
    r"([\u4e00-\u9fff]{0,10}?)(项目|工程|高速公路|铁路|数据中心|算力中心|基地|园区|产业园|水库|设施|大桥|机场)"
)
_BOUNDARY = "，。；：！？\n（）“”《》"
_GENERIC = frozenset(
    "重大 重点 产业 项目 工程 基础设施 基础 设施 民生 水利 交通 新型 城市 农村 乡村 公共 服务 建设 一批 省级 市级 "
    "国家级 县级 示范 试点 标志性 牵引性 互联互通 亿元 以上 百亿 百亿级 十亿级 千亿级 新 老旧 小区 改造 提升 高标准 "
    "农田 污水 处理 管网 保障性 住房 安居 棚户区 公路 道路 招商 引资 在建 新建 续建 开工 竣工 投产 建成 各类 "
    "一大批 多个 数字 智慧 绿色 低碳 生态 环保 文化 旅游 体育 教育 卫生 医疗 养老 托育 社区 街道 乡镇 县城 城区 "
    "中心 工业 农业 服务业 制造业 物流 能源 新能源 储能 光伏 风电 基站 数据 算力 平台 园区 科技 创新 研发 人才 "
    "实训 职业 学校 医院 公园 口袋 绿道 重大项目 产业项目 水利工程 大型 中小型 小型 综合 配套 整治 治理 修复 "
    "保护 防洪 排涝 供水 灌区 高速 铁路 机场 港口 枢纽 骨干 标准化 厂房 标准 项目建设 工程建设 民生工程 "
    "应急 安全 技改 技术改造 改扩建 扩建 智能 一体化 现代 现代化 高质量 发展 全面 加快 推进 实施 重点项目 "
    "千亿 万亿 的 和 与 及 等 个 了 在 为 一 二 三 四 五 六 七 八 九 十 年 年度 今年 明年 全年 全市 全省 全县 "
    "我市 我省 一期 二期 三期 储备 谋划 前期 后续 配套 附属 沿线 区域 片区 地块 片 类 批 项 座 条 处 家".split()
)
_LEADING_TAGS = ("v", "d", "p", "c", "u", "r", "ad", "f", "q", "m")
_TEMPORAL = re.compile(r"\d+(?:周年|年|月|日)|[0-9一二三四五六七八九十]+个")


def _clause_start(clean: str, pos: int, limit: int = 30) -> int:
    start = pos
    while start > 0 and pos - start < limit and clean[start - 1] not in _BOUNDARY:
        start -= 1
    return start


def _strip_leading(name: str) -> str:
    """Drop the verbs, adverbs and prepositions a clause puts before a name (加快/推进/支持)."""
    tokens = tag(name)
    i = 0
    while i < len(tokens) - 1 and tokens[i][1].startswith(_LEADING_TAGS) and not tokens[i][1].startswith("m") \
            or (i < len(tokens) - 1 and tokens[i][0] in ("推动", "推进", "加快", "实施", "完成", "开工", "建设")):
        i += 1
    return "".join(w for w, _ in tokens[i:])


def is_proper(name: str) -> bool:
    """A name is proper when some word in it is not generic report vocabulary."""
    if len(name) < 2 or "的" in name or _TEMPORAL.search(name):
        return False
    if re.search(r"[A-Za-z]", name):
        return True
    words = [w for w, _ in tag(name)]
    return any(w not in _GENERIC and not re.fullmatch(r"[0-9.]+", w) for w in words)


def _complete(item: str, category: str) -> str:
    """The full project name for a list item closed by `category` (项目, 高速公路, 工程 …)."""
    if _STRONG.search(item) and (_STRONG.search(item).end() == len(item) or _PHASE.search(item)):
        return item
    if item.endswith(("改扩建", "改造", "扩建", "整治", "治理")):
        return item + "工程"
    if category in ("高速公路", "铁路", "数据中心", "算力中心", "水库"):
        return item + category
    return item + ("项目" if category == "项目" else category)


def project_mentions(clean: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Projects in the text; `taken` spans (places, bodies, titles) are never project items."""
    out: dict[tuple[int, int], Mention] = {}
    taken_set = set(taken)

    def add(begin: int, end: int, canonical: str, how: str) -> None:
        if (begin, end) in taken_set or end - begin < 2:
            return
        out.setdefault((begin, end), Mention("Project", begin, end, clean[begin:end], canonical, key=(how,)))

    for m in _CATEGORY.finditer(clean):
        start = _clause_start(clean, m.start(), limit=120)
        items = clean[start:m.start()].split("、")
        pos = start
        for index, item in enumerate(items):
            begin = pos
            pos += len(item) + 1
            name = _strip_leading(item) if index == 0 else item
            begin += len(item) - len(name)
            if not (2 <= len(name) <= 25) or not is_proper(name):
                continue
            add(begin, begin + len(name), _complete(name, m.group(2)), "list")
    for m in _STRONG.finditer(clean):
        if m.group(1) in ("项目", "工程", "高速", "港", "桥"):
            # weak nouns: only with a list category (above) or a proper name right before
            pass
        start = _clause_start(clean, m.start())
        if "、" in clean[start:m.start()]:
            start = clean.rfind("、", start, m.start()) + 1
        name = _strip_leading(clean[start:m.start()])
        begin = m.start() - len(name)
        if not name or not is_proper(name) or len(name) > 20:
            continue
        if any(b <= begin < e or b < m.end() <= e for b, e in out):
            continue
        add(begin, m.end(), clean[begin:m.end()], "facility")
    return sorted(out.values(), key=lambda x: (x.begin, x.end))
