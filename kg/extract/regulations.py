"""Regulation mentions: titles in 《》 (and 〈〉 inside them), unbracketed decision titles, and
legal titles written without brackets where a verb licenses them (废止预算外资金管理条例,
开展大气污染防治法执法检查).

A title is a regulation when it ends like a legal instrument (法, 条例, 办法, 规定, 决定 …);
books, reports and newspapers in 《》 are not. National laws cited by their short title
(《立法法》) resolve to the full title from the shipped list of laws.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.places import LEVEL_WORDS, relative_division
from kg.gazetteer import Gazetteer
from kg.model import Mention
from kg.reference import Division
from kg.segment import is_word, tag

LEGAL_SUFFIXES = (
    "法", "法典", "条例", "办法", "规定", "细则", "规则", "决定", "决议", "章程", "准则", "规程", "通则",
    "纲要", "规划", "意见", "方案", "守则", "公约", "协定", "条约", "解释",  # 解释: a judicial interpretation
)
_QUALIFIER = re.compile(r"[（(](?:试行|草案|修订草案|修正草案|修正案草案|修正案|暂行|修订|修正|\d{4}年?修订|\d{4}年?修正"
                        r"|(?:修订|修正)?草案[^（）()]{0,8}稿|征求意见稿|送审稿)[）)]$")  # 草案三审稿, 草案修改稿
_AMENDMENT = re.compile(r"法修正案(?:[（(][^（）()]{1,6}[）)])?$")
_DECISION = re.compile(
    r"关于(?:[^，。；：！？、《》〈〉“”]|《[^《》]{1,80}》|〈[^〈〉]{1,80}〉)"
    r"{2,120}?的(?:决定|决议)"
)
# (a bare 人大 is its standing committee; 市人大常委会作出《关于…的决定》: its verb may stand between)
_DECISION_OWNER = re.compile("(?:人民代表大会常务委员会|人大常委会|人大)(?:(?:审议|表决)?(?:作出|通过|出台|制定)了?)?$")
_DECISION_CUE = re.compile(r"(?:通过|作出|审议|批准|制定|出台)(?:了)?$")
_GENERIC_TITLE = re.compile(
    "若干|实施|暂行|试行|具体|有关|相关|指导|规划|纲要|意见|方案|办法|规定|决定|决议|条例|细则|规则|法|的|和|及|与|"
    "总体|整改|管理|工作|行动|准则|章程|守则|公约|协定|通则|规程|解释|司法|总|三年|五年"
)
_NOT_REGULATION = ("报告", "公报", "日报", "晚报", "杂志", "白皮书", "讲话", "回信", "贺信", "读本", "选编", "文选",
                   "审议意见")  # a standing committee's opinion on a report it heard


@dataclass(frozen=True)
class Title:
    """A bracketed title: outer span (with brackets) and inner text span."""

    begin: int
    end: int
    inner_begin: int
    inner_end: int
    depth: int


def bracketed_titles(clean: str) -> list[Title]:
    """Every 《…》 and 〈…〉 title, nested ones included, in text order. Inside a title, <…>
    also nests (《山西省实施<…监督法>办法》); outside one, < is no bracket."""
    out = []
    stack: list[int] = []
    for m in _BRACKET_OR_STOP.finditer(clean):  # only the characters that matter, not every one
        i, ch = m.start(), m.group()
        if ch in "《〈" or (ch in "<＜" and stack):
            stack.append(i)
        elif ch in "》〉" or (ch in ">＞" and stack and clean[stack[-1]] in "<＜"):
            if stack:
                start = stack.pop()
                out.append(Title(start, i + 1, start + 1, i, len(stack)))
        else:
            stack.clear()  # an unclosed bracket never runs past a sentence
    return sorted(out, key=lambda t: (t.begin, -t.end))


_BRACKET_OR_STOP = re.compile("[《〈》〉<>＜＞\n。]")


def is_legal_title(title: str) -> bool:
    """A title of a legal instrument: it ends like one and names something besides the kind
    (《决定》, 《若干意见》 and 《实施纲要》 alone name nothing)."""
    core = _QUALIFIER.sub("", title)
    if _AMENDMENT.search(core):
        return len(core) > 5  # 《刑法修正案（十二）》 amends a law and is one
    if not (2 <= len(core) <= 120 and core.endswith(LEGAL_SUFFIXES) and not core.endswith(_NOT_REGULATION)):
        return False
    return bool(_GENERIC_TITLE.sub("", core))


def canonical_title(title: str, gazetteer: Gazetteer) -> tuple[str, str]:
    """(canonical title, legal level): national laws by their full official title, also when
    cited by a contraction (《环保法》 is 环境保护法, 《监督法》 the 各级人大常委会监督法)."""
    core = _QUALIFIER.sub("", title).strip()
    laws = gazetteer.reference.laws_by_name
    law = laws.get(core) or laws.get(title)
    if law is None and core.startswith("中华人民共和国"):
        # State Council regulations are cited with or without the country: one title for both.
        law = laws.get(core.removeprefix("中华人民共和国"))
        law = law if law is not None and law.level == "行政法规" else None
    ambiguous = False
    if law is None and core.endswith("法") and 3 <= len(core) <= 8:
        law = _contracted_law(core, gazetteer.laws_by_last_char)
        ambiguous = law is None and _could_contract(core, gazetteer.laws_by_last_char)
    if law is not None:
        return law.title, law.level
    if _LAW_NAME.fullmatch(core) and not ambiguous and not core.startswith("中华人民共和国"):
        # a law newer than the reference list (《民营经济促进法》, 2025): only the national
        # legislature makes a 法, and national laws carry the country's name
        return "中华人民共和国" + core, ""
    return core.replace("<", "〈").replace(">", "〉"), ""


_LAW_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}(?<![办方做])法典?")


def _contracted_law(short: str, index: dict[str, tuple]):
    """The law in force that a contraction names, or None when that is not clear.

    A contraction keeps the first character and drops inner ones (环保法 → 环境保护法, the
    shortest such law), or keeps only the last words (监督法 → …常务委员会监督法, if only one)."""
    laws = index.get(short[-1], ())
    initial = [(name, law) for name, law in laws if name[0] == short[0] and _is_subsequence(short[:-1], name[:-1])
               and not name.startswith(short[:-1])]  # 企业法 is not 企业破产法: a contraction skips characters
    if initial:
        shortest = min(len(name) for name, _ in initial)
        best = {law.title: law for name, law in initial if len(name) == shortest}
        return next(iter(best.values())) if len(best) == 1 else None
    tail = {law.title: law for name, law in laws if name.endswith(short)}
    return next(iter(tail.values())) if len(tail) == 1 else None


def _could_contract(short: str, index: dict[str, tuple]) -> bool:
    """Whether some law in force could be what a contraction names (企业法: several could)."""
    return any((name[0] == short[0] and _is_subsequence(short[:-1], name[:-1]) and not name.startswith(short[:-1]))
               or name.endswith(short) for name, _ in index.get(short[-1], ()))


def _is_subsequence(part: str, whole: str) -> bool:
    it = iter(whole)
    return all(ch in it for ch in part)


def regulation_mentions(clean: str, gazetteer: Gazetteer, enacting_body: str = "") -> list[Mention]:
    """Regulations named in the text.

    `enacting_body` is the full name of the standing committee that wrote the document, used
    to complete decision titles that omit it (关于……的决定 passed at its session).
    """
    out: list[Mention] = []
    bracketed = bracketed_titles(clean)
    for t in bracketed:
        title = clean[t.inner_begin:t.inner_end]
        if not is_legal_title(title):
            continue
        canonical, level = canonical_title(title, gazetteer)
        if canonical.startswith("关于") and enacting_body and _DECISION_CUE.search(clean, max(0, t.begin - 6), t.begin):
            canonical = enacting_body + canonical
        out.append(Mention("Regulation", t.begin, t.end, title, canonical, key=("title", level)))
    inside = [(t.begin, t.end) for t in bracketed if t.depth == 0]
    for m in _DECISION.finditer(clean):
        if any(b <= m.start() < e for b, e in inside):
            continue
        decision = m.group()
        # 关于批准《A》、《B》的决定 approves several instruments in one decision; only a decision
        # about a single instrument has a name of its own worth a node.
        top = re.sub("《[^《》]*》", "《》", decision)  # (a title nested in a title is not a second one)
        if top.count("《") + top.count("〈") > 1:
            continue
        begin, canonical = m.start(), (enacting_body + decision) if enacting_body else decision
        owner = _DECISION_OWNER.search(clean, max(0, begin - 12), begin)
        place = _division_named_before(clean, owner.start(), gazetteer) if owner else None
        if place:
            # 通过了江西省人民代表大会常务委员会关于修改《…》等五部地方性法规的决定: its maker named first
            begin, canonical = owner.start() - len(place), f"{place}人民代表大会常务委员会{decision}"
        elif owner and enacting_body and clean[owner.start() - 1:owner.start()] in ("省", "市", "县", "区", "州"):
            begin = owner.start() - 1  # 通过了省人大常委会关于…的决定: the report's own committee
        if not _DECISION_CUE.search(clean, max(0, begin - 6), begin) and not (
            begin > 0 and clean[begin - 1] in "、，；"
        ):
            continue
        out.append(Mention("Regulation", begin, m.end(), clean[begin:m.end()], canonical, key=("decision", "")))
    out += quoted_titles(clean, gazetteer, [(m.begin, m.end) for m in out])
    out += unbracketed_titles(clean, gazetteer, [(m.begin, m.end) for m in out])
    out += inspected_titles(clean, gazetteer, [(m.begin, m.end) for m in out])
    out += implemented_laws(clean, gazetteer, [(m.begin, m.end) for m in out])
    return out


# 贯彻实施民法典, 学习宣传新修订的安全生产法、外商投资法, 严格执行重大行政决策程序暂行条例: national
# laws and State Council regulations named without brackets where the report carries them out (only
# titles of the shipped list, whole: a bare 条例 of another title may be the province's own)
_CARRIED_OUT = re.compile(r"(?:贯彻|实施|落实|学习|宣传|宣讲|执行|施行|遵守|普及|依据|根据|依照|按照)(?:好|实施|落实|宣传)?"
                          r"(?:新修订的|新修改的|修订后的|新颁布的|新)?")
_LAW_ITEM = re.compile(r"([\u4e00-\u9fff]{1,20}?(?:法典?|条例))(?=[，。；、和及与等”“（]|实施|宣传|颁布|施行|$)")
_LAW_ITEM_LONGEST = re.compile(_LAW_ITEM.pattern.replace("{1,20}?", "{1,20}"))
_LAW_LEVELS = ("法律", "宪法", "行政法规")


def implemented_laws(clean: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """National laws and regulations written without brackets right after a verb of carrying them
    out, and those listed after them; only names in the shipped list, as whole words."""
    laws = gazetteer.reference.laws_by_name
    out: list[Mention] = []
    for cue in _CARRIED_OUT.finditer(clean):
        pos = cue.end()
        while (m := _LAW_ITEM.match(clean, pos)) is not None:
            longest = _LAW_ITEM_LONGEST.match(clean, pos)  # 食品安全法实施条例, not the law it implements
            if longest is not None and longest.end() > m.end() and longest.group(1) in laws:
                m = longest
            law = laws.get(m.group(1))
            if law is None or law.level not in _LAW_LEVELS or any(b < m.end() and m.start() < e for b, e in taken) \
                    or not is_word(clean, m.start(), m.end()):
                break
            out.append(Mention("Regulation", m.start(), m.end(), m.group(1), law.title, key=("title", law.level)))
            if not clean.startswith(("、", "和", "及", "与"), m.end()):
                break
            pos = m.end() + 1
    return out


_QUOTED = re.compile("“([^“”《》]{4,60})”")
_QUOTED_KINDS = ("条例", "办法", "规定", "细则", "决定", "决议")


def quoted_titles(clean: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Titles in quotation marks instead of 《》, as older reports write them (制定了“江西省森林条例”):
    only national laws of the shipped list, decisions, and instruments of legal kinds that open with
    their territory's full name, since quoted slogans end in such words too (“一法一条例”,
    “枫桥式工作法”, “广州办法”)."""
    out = []
    divisions = gazetteer.reference.divisions_by_name
    for m in _QUOTED.finditer(clean):
        title = m.group(1)
        if not is_legal_title(title) or any(b < m.end() and m.start() < e for b, e in taken):
            continue
        canonical, level = canonical_title(title, gazetteer)
        territory = any(d.name == title[:k] for k in range(2, 12) for d in divisions.get(title[:k], ()))
        if level or (title.endswith(_QUOTED_KINDS) and (territory or title.startswith("关于"))):
            out.append(Mention("Regulation", m.start(), m.end(), title, canonical, key=("title", level)))
    return out


# Titles written without 《》, as reports do in long lists: 废止预算外资金管理条例等3部法规,
# 审议西咸新区条例、现代农业园区条例. Only right after a verb that makes, changes or ends an
# instrument, or as the next item of such a list, and only titles of legal kinds: elsewhere a
# phrase ending in 办法 or 规定 is rarely a title.
# (修订并实施X办法: the title follows the second verb)
_AND_THEN = r"(?:并(?:实施|施行|颁布|公布|印发|发布|落实好|落实|执行)了?)?"
_UNBRACKETED_CUE = re.compile(r"(?:出台|制定|制订|修订|修改|修正|废止|颁布|公布|审议通过|表决通过|通过|审议|审查批准|批准)了?"
                              + _AND_THEN)
_UNBRACKETED = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:条例|实施细则|细则|办法|规定)(?:（(?:草案|试行|修订草案|修正草案)）|草案)?"
                          r"(?=[、等和，。；]|$)")
_NOT_IN_TITLE = re.compile("[的和及与或等]|我省|我市|我县|我区|本省|本市|新的|新办法|有关|相关|一批|系列|配套|若干项|首[个部批]")
# A level word before the title says whose it is (出台省反不正当竞争条例): `localised` reads it there.
_LEVEL_PREFIX = re.compile("(?:自治区|自治州|省|市|县|区|州)(?=[\u4e00-\u9fff]{4})")
# A title opens with a noun or a verb of its subject (促进科技成果转化条例, 生活垃圾管理条例); a
# function word or a verb of the report's own doing (完善, 加强, 实施) opens a clause instead.
_NOT_TITLE_START = ("d", "p", "c", "r", "ad", "m", "q", "u", "f")
_CLAUSE_VERBS = frozenset(
    "完善 加强 建立 健全 落实 推动 推进 实施 贯彻 执行 研究 探索 制定 制订 出台 修订 修改 印发 发布 开展 深化 加快 "
    "编制 起草 启动 完成 组织 配合 做好 结合 认真 积极 全面 进一步 逐步 抓紧 及时 依法 严格 不断 加大 强化 提高 "
    "争取 推行 试行 创新 改革 清理 废止 审议 通过 颁布 公布 落地 形成".split())
_DRAFT = re.compile("（?(?:草案|试行|修订草案|修正草案)）?$")


def unbracketed_titles(clean: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Legal titles without brackets after an enacting verb, and the titles listed after them."""
    out: list[Mention] = []
    seen: set[int] = set()
    for cue in _UNBRACKETED_CUE.finditer(clean):
        pos = cue.end()
        while (m := _UNBRACKETED.match(clean, pos)) is not None:
            mention = _unbracketed_title(m, gazetteer, taken)
            if mention is None and pos == cue.end() and not clean.startswith("、", m.end()):
                break  # what follows the verb is no title (a list may go on: 修改实施残疾人保障法办法、…)
            if mention is not None and mention.begin not in seen:
                seen.add(mention.begin)
                out.append(mention)
            if not clean.startswith(("、", "和"), m.end()):
                break
            pos = m.end() + 1
    return out


def _unbracketed_title(m: re.Match, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> Mention | None:
    """The title a match of _UNBRACKETED or _INSPECTED_ITEM holds, if it is one. A law (…法)
    counts only if it is in the shipped list: 方法, 做法 and 办法 end in 法 too."""
    title = _DRAFT.sub("", m.group())
    prefix = _LEVEL_PREFIX.match(title)
    begin = m.start() + (prefix.end() if prefix else 0)
    title = title[begin - m.start():]
    first = tag(title)[0]
    kind = next(k for k in ("实施细则", "条例", "细则", "办法", "规定", "法") if title.endswith(k))
    if _NOT_IN_TITLE.search(title.removeprefix("中华人民共和国")) or m.group()[:2] in LEVEL_WORDS \
            or title.startswith(("全", "本", "该", "此", "这")) \
            or (len(first[0]) > 1 and (first[1].startswith(_NOT_TITLE_START) or first[0] in _CLAUSE_VERBS)) \
            or (len(title) - len(kind) < 3 and title not in gazetteer.reference.laws_by_name) \
            or not is_legal_title(title) \
            or any(b < m.end() and m.start() < e for b, e in taken):
        return None
    canonical, level = canonical_title(title, gazetteer)
    if kind == "法" and not level:
        return None
    return Mention("Regulation", begin, begin + len(title), title, canonical, key=("title", level))


# Titles without 《》 before an inspection: 开展大气污染防治法、省大气污染防治条例执法检查.
# …and before the work of making them: 启动甘南州民族团结进步条例立法工作, 完成养犬管理条例起草工作.
_INSPECTION = re.compile("执法检查|贯彻实施情况|实施情况|(?:立法|起草|制定|修订|修改|修正)(?:工作|调研|论证)")
_INSPECTION_OPENER = re.compile("(?:开展|组织开展|组织|对|就|检查|进行|同步|联动|首次|重点|围绕|听取|审议|"
                                "启动|推进|完成|做好|加快|抓好|着手|配合)+")
# An inspecting body may open the clause before its verb (各市人大常委会开展乡村振兴促进法执法检查).
_INSPECTION_VERB = re.compile("开展|进行|组织|启动")
_VERB_BEFORE_INSPECTION = re.compile("(?:组织开展|开展|进行|组织)了?$")
_INSPECTED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:法|条例|实施细则|细则|办法|规定)(?=[、和及与]|$)")
_CLAUSE_END = re.compile("[，。；：！？\n（）“”《》]")
_ORGAN_IN_CLAUSE = re.compile("(?:[省市县区州旗]|自治区)(?:人大常委会|人大)")


def inspected_titles(clean: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Legal titles without brackets listed right before 执法检查 or 实施情况, or the work of
    making them (立法工作, 起草工作)."""
    out = []
    for inspection in _INSPECTION.finditer(clean):
        end = inspection.start() - (clean[inspection.start() - 1:inspection.start()] == "的")
        end -= clean[end - 1:end] == "等"  # A条例、B条例等立法工作
        if verb_before := _VERB_BEFORE_INSPECTION.search(clean, max(0, end - 6), end):  # 对食品安全法开展执法检查
            end = verb_before.start()
        start = max(0, end - 80)
        for stop in _CLAUSE_END.finditer(clean, start, end):
            start = stop.end()
        verb = _INSPECTION_VERB.search(clean, start, end)
        opener = _INSPECTION_OPENER.match(clean, start, end) or (verb and _INSPECTION_OPENER.match(clean, verb.start(), end))
        pos = opener.end() if opener else start
        if opener and clean[pos - 1] in "对就":  # 开展对外贸易法执法检查: the 对 may open the title
            longer = _INSPECTED_ITEM.match(clean, pos - 1, end)  # (对|江西省…条例: a preposition does not)
            pos -= bool(longer and len(tag(longer.group())[0][0]) > 1 and _unbracketed_title(longer, gazetteer, taken))
        organs = [o.end() for o in _ORGAN_IN_CLAUSE.finditer(clean, pos, end)]
        pos = max(pos, *organs) if organs else pos  # 接受省人大 + 秦岭保护条例等执法检查: the organ is no title's
        while pos < end and (m := _INSPECTED_ITEM.match(clean, pos, end)) is not None:
            mention = _unbracketed_title(m, gazetteer, taken)
            if mention is not None:
                out.append(mention)
            pos = m.end() + 1
    return out


# A title that leaves its territory out is a local instrument when the report says it was issued
# (出台《城市管理条例》 in a 合肥 report is 合肥市城市管理条例). Only legal instruments: plans and
# opinions are often a larger region's or the Party's, and their titles say too little.
_LOCAL_KINDS = ("条例", "规定", "办法", "细则")
_NATIONAL_OPENERS = ("中华人民共和国", "中国", "全国", "国家", "国务院", "中共", "中央", "关于", "“", "\"")
_OWNER_UNSAID = "省市县区州镇乡政党人"  # 市容和环境卫生管理条例, 政府议事规则: whose is not said
_ISSUED_BEFORE = re.compile(r"(?:出台|制定|制订|颁布|审议通过|表决通过|通过|审议|修订|修改|修正|废止)(?:了)?" + _AND_THEN + "$")
# …or the verb opens a list the title is in: 出台机动车排气污染防治条例、黑臭水体防治条例
_ISSUED_LIST = re.compile(_ISSUED_BEFORE.pattern.removesuffix("$") + r"(?:[^，。；：！？《》\n]{2,40}?、)+$")
_ISSUED_AFTER = re.compile(r"(?:正式|相继|即将|已|已经)?(?:出台|施行|颁布|公布|通过)|"
                           r"的?(?:立法|起草|制定|修订|修改|修正)(?:工作|调研|论证)")  # (启动X条例立法工作: made here)
_NATIONAL_BEFORE = re.compile(r"(?:国务院|国家|中央|党中央)(?:的|和省|、省)?$")
# …or it is called a local instrument: 第一部地方性法规《饮用水源保护条例》, 政府规章《气象灾害防御办法》
_LOCAL_KIND_BEFORE = re.compile(r"(?:地方性|实体性|实体|地方)法规$|政府规章$")


def _decision_maker(m: Mention, clean: str, jurisdiction: Division | None, gazetteer: Gazetteer) -> Division | None:
    """The territory of the standing committee written right before a bracketed 《关于……的决定》
    or 决议 that does not name its maker, by name (江西省人大常委会) or level (自治区人大常委会)."""
    if m.key[:1] not in (("title",), ("decision",)) or not m.canonical.startswith("关于") \
            or not m.canonical.endswith(("的决定", "的决议")):
        return None
    owner = _DECISION_OWNER.search(clean, max(0, m.begin - 16), m.begin)
    if owner is None:
        return None
    named = _division_named_before(clean, owner.start(), gazetteer)
    if named is not None:
        return gazetteer.reference.divisions_by_name[named][0]
    return relative_division(clean, owner.start() - 1, jurisdiction, gazetteer)


def _division_named_before(clean: str, pos: int, gazetteer: Gazetteer) -> str | None:
    """The longest division name ending right before `pos` (江西省 in 江西省人大常委会)."""
    return next((clean[k:pos] for k in range(max(0, pos - 12), pos - 1)
                 if clean[k:pos] in gazetteer.reference.divisions_by_name), None)


def _list_end(m: Mention, starts: dict[int, Mention], clean: str) -> int:
    """Where the list of titles `m` opens ends (A条例、B条例等 + 立法工作), given the titles by
    their start: what is said after it is said of each."""
    end = m.end
    while clean[end:end + 1] in ("、", "和") and (end + 1) in starts:
        end = starts[end + 1].end
    return end + (clean[end:end + 1] == "等")


def localised(regulations: list[Mention], clean: str, places: list[Mention], jurisdiction: Division | None,
              gazetteer: Gazetteer) -> list[Mention]:
    """Give an issued title that leaves its territory out the name of that territory: the one a
    level word before it names (省《安全生产条例》), else the document's jurisdiction. A national
    title (《优化营商环境条例》) is local only when the report's own organs issued it just before
    (率先出台《优化营商环境条例》), not when they implement it (贯彻落实《…》)."""
    regions = [(p.begin, p.end) for p in places if p.key[:2] == ("feature", "region")]
    # a zone (西咸新区) is no territory, nor a city inside a region's name (《武汉城市圈…条例》 is the province's)
    place_starts = {p.begin for p in places if p.key[0] == "division" and not any(b <= p.begin and p.end < e for b, e in regions)}
    prefectures = {p.begin: p for p in places if p.key == ("division", "city") and p.canonical.endswith("自治州")
                   and p.surface.endswith("州") and p.surface != p.canonical}
    starts = {r.begin: r for r in regulations}
    out = []
    for m in regulations:
        maker = _decision_maker(m, clean, jurisdiction, gazetteer)
        if maker is not None:  # 自治区人大常委会《关于加强…的决定》: the committee's decision, under its name
            out.append(replace(m, canonical=f"{maker.name}人民代表大会常务委员会{m.canonical}"))
            continue
        opening = prefectures.get(m.begin) or prefectures.get(m.begin + 1)
        if m.key[:1] == ("title",) and opening is not None and m.canonical.startswith(opening.surface):
            # 《凉山州森林草原防灭火条例》 is 凉山彝族自治州's: the title under the prefecture's full name
            m = replace(m, canonical=opening.canonical + m.canonical[len(opening.surface):])
        if m.key[:1] != ("title",) or not m.canonical.endswith(_LOCAL_KINDS) or m.canonical.startswith(_NATIONAL_OPENERS) \
                or m.canonical[0] in _OWNER_UNSAID or m.begin in place_starts or m.begin + 1 in place_starts:
            out.append(m)
            continue
        before = clean[max(0, m.begin - 8):m.begin]
        owner = relative_division(clean, m.begin - 1, jurisdiction, gazetteer) if before[-1:] in "省市县区州" else None
        if (owner is None and (_NATIONAL_BEFORE.search(before) or jurisdiction is None)) or \
                clean[m.end:m.end + 2] in ("实施", "的"):  # 《物业管理条例》实施办法 is what was made
            out.append(m)
            continue
        listed = out[-1] if out and out[-1].end + 1 == m.begin else None
        if listed is not None and clean[listed.end] in "、和" and listed.key[2:] and owner is None:
            # the next item of a list of titles without 《》 (制定A条例、B条例) shares the first's territory
            territory = gazetteer.reference.divisions_by_code[listed.key[2]]
            out.append(replace(m, canonical=territory.name + m.canonical, key=("title", "", territory.code)))
            continue
        issued_before = bool(_ISSUED_BEFORE.search(before.rstrip("省市县区州")) or _LOCAL_KIND_BEFORE.search(before)
                             or _ISSUED_LIST.search(clean, max(0, m.begin - 150), m.begin))
        national = m.key[1:2] != ("",)
        if not (issued_before or (not national and _ISSUED_AFTER.match(clean, _list_end(m, starts, clean)))) \
                and owner is None:
            out.append(m)
            continue
        territory = owner or jurisdiction
        if m.canonical.startswith((territory.name, *(s for s in territory.short if len(s) >= 2))):
            out.append(m)  # 《温州市民间融资管理条例》 (温州市民 read as a word), 《海南经济特区企业基本条例》
            continue
        out.append(replace(m, canonical=territory.name + m.canonical, key=("title", "", territory.code)))
    # One title, one instrument within a report: where a citation says whose it is, all say so
    # (unless citations give it to two territories: 省《安全生产条例》 and the city's own).
    owners: dict[str, set[tuple[str, tuple]]] = {}
    for r, o in zip(regulations, out):
        if o is not r:
            owners.setdefault(r.canonical, set()).add((o.canonical, o.key))
    result = []
    for r, o in zip(regulations, out):
        if o is r and len(owners.get(r.canonical, ())) == 1:
            canonical, key = next(iter(owners[r.canonical]))
            o = replace(r, canonical=canonical, key=key)
        result.append(o)
    return result
